using Reputation.Rules.Returns;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>
/// Deviations from issue 3 found in review, each pinned through the library API (the CLI side is in
/// <c>ReturnsReviewTests</c>). Default case: DE buyer and seller, 100.00 EUR, delivered Mon 2026-03-02, requested 03-05.
/// </summary>
public sealed class ReviewDeviationTests
{
    [Fact]
    public void RET_PARTIAL_REFUND_fires_when_the_only_refund_is_dated_after_asOf()
    {
        // Issue table: "at least one refund exists and refunds dated on or before asOf total less than the amount due".
        // One refund exists (03-16); by asOf 03-13 nothing was refunded: 0.00 < 100.00.
        var report = Eval(Make(received: "2026-03-10", refunds: [Refund("2026-03-16", 100m)]), "2026-03-13");
        Assert.True(report.Has("RET-PARTIAL-REFUND"));
        Assert.Equal(M(0m), report.Refunded);
        Assert.Equal(ReturnVerdict.Violation, report.Verdict);
    }

    [Fact]
    public void RET_PARTIAL_REFUND_stays_silent_without_any_refund()
    {
        var report = Eval(Make(received: "2026-03-10"), "2026-03-13");
        Assert.False(report.Has("RET-PARTIAL-REFUND"));
    }

    [Fact]
    public void RET_PAYMENT_METHOD_counts_a_refund_dated_after_asOf()
    {
        // Issue table: "a refund whose method differs from order.paymentMethod and buyerAgreedToMethod is false".
        var report = Eval(Make(received: "2026-03-10", refunds: [Refund("2026-03-12", 100m), Refund("2026-03-16", 1m, method: "voucher")]), "2026-03-13");
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-PAYMENT-METHOD");
        Assert.Equal("voucher", finding.GetEvidence("refundMethods"));
        Assert.False(report.Has("RET-PARTIAL-REFUND")); // 100.00 refunded by asOf covers the amount due
    }

    [Fact]
    public void RET_CALENDAR_ESTIMATE_fires_for_a_RU_buyer_window_without_a_refusal()
    {
        // RU has no holiday data: the 7-day window (rolled forward, Civil Code RF Art. 193) is counted on a weekend-only
        // calendar. RU refund clock: requested 06-02 + 10 = 06-12; refunded in full on 06-05; US seller has no receipt.
        var report = Eval(Make(buyer: "RU", seller: "US", currency: "RUB", delivered: "2026-06-01", requested: "2026-06-02", refunds: [Refund("2026-06-05", 100m, "RUB")]), "2026-06-20");
        Assert.Equal(D("2026-06-12"), report.RefundDueBy);
        Assert.Equal("RU", Assert.Single(report.Findings, f => f.RuleId == "RET-CALENDAR-ESTIMATE").GetEvidence("markets"));
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict);
    }

    [Fact]
    public void RET_CALENDAR_ESTIMATE_stays_silent_for_a_covered_rolled_window()
    {
        // DE has holiday data for 2026: the rolled EU window is exact.
        var report = Eval(Make(received: "2026-03-10", refunds: [Refund("2026-03-12", 100m)]), "2026-03-20");
        Assert.False(report.Has("RET-CALENDAR-ESTIMATE"));
    }
}
