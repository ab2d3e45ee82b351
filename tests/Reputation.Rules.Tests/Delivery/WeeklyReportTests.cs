using System.Linq;
using NodaTime;
using Reputation.Rules.Delivery;
using Xunit;
using static Reputation.Rules.Tests.Delivery.DeliveryTestCases;

namespace Reputation.Rules.Tests.Delivery;

public sealed class WeeklyReportTests
{
    private static Shipment Ship(string id, string shippedAt, params TrackingEvent[] events) =>
        new(id, C("CN"), C("DE"), "standard", I("2026-03-01T00:00:00Z"), I(shippedAt), events)
        {
            Promise = new DeliveryPromise(0, 2, 4),
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        };

    [Fact]
    public void CountsRatesAndAbnormal_PerIsoWeekOfShippingInTheOriginZone()
    {
        // Latest date: order Sun 03-01 08:00 Shanghai → starts Mon 03-02, +4 DE working days = Fri 03-06.
        var asOf = I("2026-03-10T12:00:00Z");
        var shipments = new[]
        {
            Ship("a", "2026-03-02T01:00:00Z", E("2026-03-02T05:00:00Z", TrackingStatus.InTransit), E("2026-03-05T09:00:00Z", TrackingStatus.Delivered)), // W10 delivered
            Ship("b", "2026-03-02T01:00:00Z", E("2026-03-02T05:00:00Z", TrackingStatus.InTransit), E("2026-03-09T09:00:00Z", TrackingStatus.Delivered)), // W10 delivered-late
            Ship("c", "2026-03-02T01:00:00Z", E("2026-03-02T05:00:00Z", TrackingStatus.InTransit)),                                                      // W10 late
            Ship("d", "2026-03-02T01:00:00Z"),                                                                                                          // W10 late (no scan)
            Ship("e", "2026-03-08T17:00:00Z", E("2026-03-09T05:00:00Z", TrackingStatus.Exception)),                                                      // Mon 01:00 Shanghai: W11 exception
        };
        var results = shipments.Select(s => Engine.Classify(s, asOf)).ToList();
        Assert.Equal(
            [ShipmentState.Delivered, ShipmentState.DeliveredLate, ShipmentState.Late, ShipmentState.Late, ShipmentState.Exception],
            results.Select(r => r.State));
        var weeks = Engine.Summarize(results);
        Assert.Equal(["2026-W10", "2026-W11"], weeks.Select(w => w.WeekName));
        var w10 = weeks[0];
        Assert.Equal(4, w10.Total);
        Assert.Equal(2, w10.Count(ShipmentState.Late));
        Assert.Equal(0.75m, w10.LateDeliveryRate); // (2 late + 1 delivered-late) / 4
        Assert.Equal(0.75m, w10.ValidTrackingRate);
        Assert.False(w10.LateDeliveryTargetMet);
        Assert.False(w10.ValidTrackingTargetMet);
        Assert.Equal(["c", "d"], w10.Abnormal.Select(a => a.Id));
        Assert.All(w10.Abnormal, a => Assert.False(string.IsNullOrEmpty(a.Action)));
        var w11 = weeks[1];
        Assert.Null(w11.LateDeliveryRate);
        Assert.Equal(1m, w11.ValidTrackingRate);
        Assert.True(w11.ValidTrackingTargetMet);
        Assert.Equal(ShipmentState.Exception, Assert.Single(w11.Abnormal).State);
    }
}
