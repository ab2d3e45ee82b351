using NodaTime;

namespace Reputation.Rules.Delivery;

/// <summary>The buyer notices' texts (English and Chinese). They never ask for a review.</summary>
internal static class DeliveryNotices
{
    public static string Draft(string kind, bool chinese, Shipment shipment, DeliveryEstimate estimate, LocalDate revised, TrackingEvent? last)
    {
        var tracking = shipment.TrackingNumber ?? shipment.Id;
        var order = shipment.OrderId ?? shipment.Id;
        var earliest = DeliveryEngine.Date(estimate.Earliest);
        var latest = DeliveryEngine.Date(estimate.Latest);
        var newEstimate = DeliveryEngine.Date(revised);
        var where = last?.Location;
        return (kind, chinese) switch
        {
            ("shipped", false) => $"Hello, your order {order} has shipped. Tracking number: {tracking}. Estimated delivery: {earliest} to {latest}.",
            ("shipped", true) => $"您好，您的订单 {order} 已发货。运单号：{tracking}。预计送达：{earliest} 至 {latest}。",
            ("customs", false) => $"Hello, your order {order} (tracking number {tracking}) is in customs clearance{(where is null ? string.Empty : " in " + where)}. Clearance can take a few days; the estimated delivery is still {earliest} to {latest}.",
            ("customs", true) => $"您好，您的订单 {order}（运单号 {tracking}）正在{(where is null ? string.Empty : where + "的")}海关清关。清关可能需要几天，预计送达时间仍为 {earliest} 至 {latest}。",
            ("at-risk", false) => $"Hello, an update on your order {order} (tracking number {tracking}): it is due by {latest} and may arrive close to that date. We are following it with the carrier and will tell you if anything changes.",
            ("at-risk", true) => $"您好，关于您的订单 {order}（运单号 {tracking}）：预计最晚 {latest} 送达，可能接近该日期才到。我们正在与物流公司跟进，如有变化会及时告知您。",
            ("late", false) => $"Hello, we are sorry: your order {order} (tracking number {tracking}) did not arrive by {latest} as promised. New estimate: by {newEstimate}. We have opened an inquiry with the carrier and will keep you informed.",
            ("late", true) => $"您好，非常抱歉：您的订单 {order}（运单号 {tracking}）未能在承诺的 {latest} 前送达。新的预计送达日期：{newEstimate} 前。我们已向物流公司查询，会随时告知您进展。",
            ("stalled", false) => $"Hello, we are sorry: the tracking of your order {order} (tracking number {tracking}) has not updated for several days. We have asked the carrier to trace it. New estimate: by {newEstimate}.",
            _ => $"您好，非常抱歉：您的订单 {order}（运单号 {tracking}）的物流信息已多日未更新。我们已要求物流公司追查。新的预计送达日期：{newEstimate} 前。",
        };
    }
}
