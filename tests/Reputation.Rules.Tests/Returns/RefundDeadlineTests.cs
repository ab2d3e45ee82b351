using Reputation.Rules.Returns;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>
/// Worked refund deadlines, one per layer and law profile, with the arithmetic in the name or a comment (2026 calendars:
/// Good Friday 04-03 and Easter Monday 04-06 in DE; CN National Day 10-01..10-07 with Saturday 10-10 worked).
/// </summary>
public sealed class RefundDeadlineTests
{
    private static readonly SellerPolicy SlowSeller = new() { RefundWithinWorkingDays = 30 };

    [Fact]
    public void Seller_DE_received_Thu_04_02_plus_5_working_days_skips_Easter_is_04_13()
    {
        // 04-03 Good Friday, 04-04/05 weekend, 04-06 Easter Monday; then 04-07, 08, 09, 10, 13.
        var report = Eval(Make(buyer: "US", seller: "DE", requested: "2026-03-30", received: "2026-04-02"), "2026-04-03");
        Assert.Equal(D("2026-04-13"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Seller, report.DeadlineSetBy);
        Assert.Equal(ReturnCitations.SellerRefund, report.DeadlineCitation);
    }

    [Fact]
    public void Seller_CN_received_09_30_plus_5_working_days_counts_make_up_Saturday_is_10_13()
    {
        // 10-01..10-07 off; 10-08 (1), 10-09 (2), Saturday 10-10 make-up working day (3), 10-12 (4), 10-13 (5).
        var report = Eval(Make(buyer: "US", seller: "CN", currency: "USD", requested: "2026-09-25", received: "2026-09-30"), "2026-10-01");
        Assert.Equal(D("2026-10-13"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Seller, report.DeadlineSetBy);
    }

    [Fact]
    public void EU_informed_03_16_plus_14_is_03_30_when_evidence_came_earlier_on_03_20()
    {
        // max(03-16 + 14 = 03-30, earlier of (no receipt, evidence 03-20)) = 03-30.
        var report = Eval(Make(buyer: "DE", seller: "CN", requested: "2026-03-16", evidence: "2026-03-20"), "2026-03-21");
        Assert.Equal(D("2026-03-30"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);
        Assert.Equal("EU Directive 2011/83/EU Art. 13(1)", report.DeadlineCitation!.ToString());
    }

    [Fact]
    public void EU_withholding_until_receipt_04_20_moves_the_deadline_past_informed_03_02_plus_14()
    {
        // max(03-02 + 14 = 03-16, receipt 04-20) = 04-20 (Art. 13(3)); the seller's 30 working days are later.
        var report = Eval(Make(requested: "2026-03-02", received: "2026-04-20", policy: SlowSeller), "2026-04-20");
        Assert.Equal(D("2026-04-20"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);
    }

    [Fact]
    public void EU_with_collection_offered_is_informed_plus_14_and_does_not_roll_from_Saturday_03_21()
    {
        // Informed Saturday 03-07 + 14 = Saturday 03-21: refund deadlines never roll forward (buyer-protective reading).
        var policy = new SellerPolicy { OffersCollection = true };
        var report = Eval(Make(requested: "2026-03-07", policy: policy), "2026-03-10");
        Assert.Equal(D("2026-03-21"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);
    }

    [Fact]
    public void EU_without_receipt_evidence_or_collection_nothing_is_due_yet()
    {
        var report = Eval(Make(requested: "2026-03-02"), "2026-04-30");
        Assert.Null(report.RefundDueBy);
        Assert.Null(report.DeadlineSetBy);
        Assert.DoesNotContain("RET-LATE", Ids(report));
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict);
    }

    [Fact]
    public void GB_evidence_03_05_plus_14_is_03_19_under_reg_34_5()
    {
        var report = Eval(Make(buyer: "GB", seller: "GB", currency: "GBP", requested: "2026-03-02", evidence: "2026-03-05"), "2026-03-06");
        Assert.Equal(D("2026-03-19"), report.RefundDueBy);
        Assert.Equal("UK Consumer Contracts Regulations 2013 reg. 34(5)", report.DeadlineCitation!.ToString());
    }

    [Fact]
    public void GB_earlier_of_receipt_03_04_and_evidence_03_09_plus_14_is_03_18()
    {
        var report = Eval(Make(buyer: "GB", seller: "GB", currency: "GBP", requested: "2026-03-02", evidence: "2026-03-09", received: "2026-03-04", policy: SlowSeller), "2026-03-10");
        Assert.Equal(D("2026-03-18"), report.RefundDueBy);
    }

    [Fact]
    public void GB_with_collection_offered_is_informed_03_02_plus_14_is_03_16_under_reg_34_6()
    {
        var report = Eval(Make(buyer: "GB", seller: "GB", currency: "GBP", requested: "2026-03-02", policy: new SellerPolicy { OffersCollection = true }), "2026-03-03");
        Assert.Equal(D("2026-03-16"), report.RefundDueBy);
        Assert.Equal("UK Consumer Contracts Regulations 2013 reg. 34(6)", report.DeadlineCitation!.ToString());
    }

    [Fact]
    public void CN_received_09_30_plus_7_calendar_days_is_10_07_inside_National_Day_without_rolling()
    {
        // Law: 09-30 + 7 = 10-07 (calendar days, no roll); seller: 10-13 (5 CN working days). Law is earlier.
        var report = Eval(Make(buyer: "CN", seller: "CN", currency: "CNY", delivered: "2026-09-20", requested: "2026-09-25", received: "2026-09-30"), "2026-10-01");
        Assert.Equal(D("2026-10-07"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);
        Assert.Equal(D("2026-10-13"), report.Policy.SellerRefundDeadline);
    }

    [Fact]
    public void CN_tie_between_law_and_seller_names_the_law()
    {
        // Received Monday 03-09: law 03-09 + 7 = 03-16; seller 5 CN working days = 03-10, 11, 12, 13, 16.
        var report = Eval(Make(buyer: "CN", seller: "CN", currency: "CNY", requested: "2026-03-05", received: "2026-03-09"), "2026-03-10");
        Assert.Equal(D("2026-03-16"), report.RefundDueBy);
        Assert.Equal(D("2026-03-16"), report.Policy.SellerRefundDeadline);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);
    }

    [Fact]
    public void KR_received_Wed_04_08_plus_3_working_days_is_Mon_04_13()
    {
        // 04-09 (1), 04-10 (2), weekend, 04-13 (3); the CN seller's 5 working days end 04-15.
        var report = Eval(Make(buyer: "KR", seller: "CN", currency: "KRW", items: 50000m, requested: "2026-04-06", received: "2026-04-08"), "2026-04-09");
        Assert.Equal(D("2026-04-13"), report.RefundDueBy);
        Assert.Equal("Korea E-Commerce Consumer Protection Act Art. 18(1)", report.DeadlineCitation!.ToString());
    }

    [Fact]
    public void RU_claim_03_02_plus_10_calendar_days_is_03_12()
    {
        var report = Eval(Make(buyer: "RU", seller: "CN", currency: "RUB", requested: "2026-03-02"), "2026-03-03");
        Assert.Equal(D("2026-03-12"), report.RefundDueBy);
        Assert.Equal("RF Law on Protection of Consumer Rights Art. 26.1(4)", report.DeadlineCitation!.ToString());
    }

    [Fact]
    public void BR_immediately_is_modelled_as_request_03_02_plus_1_day()
    {
        var report = Eval(Make(buyer: "BR", seller: "CN", currency: "BRL", requested: "2026-03-02"), "2026-03-02");
        Assert.Equal(D("2026-03-03"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);
    }

    [Theory]
    [InlineData("JP", "JPY")]
    [InlineData("US", "USD")]
    [InlineData("AE", "AED")]
    public void Markets_without_a_statutory_refund_clock_fall_back_to_the_seller(string buyer, string currency)
    {
        // CN seller: received 04-08 + 5 CN working days = 04-15 (04-09, 10, 13, 14, 15).
        var report = Eval(Make(buyer: buyer, seller: "CN", currency: currency, items: 1000m, requested: "2026-04-06", received: "2026-04-08"), "2026-04-09");
        Assert.Equal(D("2026-04-15"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Seller, report.DeadlineSetBy);
    }

    [Fact]
    public void AU_faulty_return_has_no_statutory_clock_so_the_seller_decides()
    {
        var report = Eval(Make(buyer: "AU", seller: "CN", currency: "AUD", reason: ReturnReason.Faulty, requested: "2026-04-06", received: "2026-04-08"), "2026-04-09");
        Assert.Equal(D("2026-04-15"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Seller, report.DeadlineSetBy);
        Assert.True(report.Policy.LawApplies);
    }

    [Fact]
    public void Amazon_DE_received_04_01_plus_2_DE_working_days_skips_Easter_and_beats_EU_and_seller()
    {
        // Amazon: 04-02 (1), Good Friday, weekend, Easter Monday, 04-07 (2). EU: max(03-25 + 14 = 04-08, 04-01) = 04-08.
        // Seller (CN): 04-02, 04-03, Qingming 04-04..06 off, 04-07, 04-08, 04-09 → 04-09.
        var report = Eval(Make(buyer: "DE", seller: "CN", marketplace: "amazon", requested: "2026-03-25", received: "2026-04-01"), "2026-04-02");
        Assert.Equal(D("2026-04-07"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Marketplace, report.DeadlineSetBy);
        Assert.Equal(D("2026-04-08"), report.Policy.LawRefundDeadline!.Value.Value);
        Assert.Equal(D("2026-04-09"), report.Policy.SellerRefundDeadline);
    }

    [Fact]
    public void Ebay_US_received_07_02_plus_2_US_working_days_skips_observed_Independence_Day_is_07_07()
    {
        var report = Eval(Make(buyer: "US", seller: "US", currency: "USD", marketplace: "ebay", delivered: "2026-06-20", requested: "2026-06-25", received: "2026-07-02"), "2026-07-03");
        Assert.Equal(D("2026-07-07"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Marketplace, report.DeadlineSetBy);
        Assert.Equal(D("2026-07-10"), report.Policy.SellerRefundDeadline);
    }

    [Fact]
    public void AliExpress_sets_no_clock_so_the_seller_decides()
    {
        var report = Eval(Make(buyer: "US", seller: "CN", currency: "USD", marketplace: "aliexpress", requested: "2026-04-06", received: "2026-04-08"), "2026-04-09");
        Assert.Equal(D("2026-04-15"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Seller, report.DeadlineSetBy);
        Assert.Null(report.Policy.MarketplaceRefundDeadline);
    }

    [Fact]
    public void Receipt_after_as_of_has_not_happened_yet()
    {
        // As of 04-01 the goods (received 04-05) are not back: the seller layer sets no deadline yet.
        var report = Eval(Make(buyer: "US", seller: "DE", currency: "USD", requested: "2026-03-30", received: "2026-04-05"), "2026-04-01");
        Assert.Null(report.RefundDueBy);
    }

    [Fact]
    public void A_valid_refusal_means_nothing_is_due()
    {
        // Perishable goods are exempt in the EU (Art. 16(d)).
        var report = Eval(Make(goods: GoodsCategory.Perishable, requested: "2026-03-05", received: "2026-03-09", refusal: Refusal("2026-03-06")), "2026-04-30");
        Assert.Null(report.RefundDueBy);
        Assert.True(report.AmountDue.IsZero);
        Assert.True(report.RefusalValid);
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict);
    }
}
