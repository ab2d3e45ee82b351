using Reputation.Rules.Returns;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>
/// Return windows (longest layer wins; a request on or before the last day is timely) and the validity of refusals
/// (valid iff the request came after the window, or the goods are exempt). Worked 2026 dates in each name.
/// </summary>
public sealed class ReturnWindowTests
{
    private static readonly SellerPolicy ShortWindow = new() { ReturnWindowDays = 3 };

    private static ReturnReport Refused(
        string buyer,
        string delivered,
        string requested,
        GoodsCategory goods = GoodsCategory.Standard,
        ReturnReason reason = ReturnReason.ChangeOfMind,
        SellerPolicy? policy = null,
        string? marketplace = null,
        string currency = "EUR") =>
        Eval(Make(buyer: buyer, seller: "CN", currency: currency, marketplace: marketplace, delivered: delivered, requested: requested, goods: goods, reason: reason, policy: policy ?? ShortWindow, refusal: Refusal(requested, RefusalReason.WindowExpired)), requested);

    [Theory]
    [InlineData("2026-03-23", false)] // Sat 03-07 + 14 = Sat 03-21, rolled to Mon 03-23: still timely
    [InlineData("2026-03-24", true)]
    public void EU_DE_delivered_Sat_03_07_window_rolls_from_Sat_03_21_to_Mon_03_23(string requested, bool refusalValid)
    {
        var report = Refused("DE", "2026-03-07", requested);
        Assert.Equal(D("2026-03-23"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(PolicyLayer.Law, report.Policy.ReturnWindowEnds.Layer);
        Assert.Equal(refusalValid, report.RefusalValid);
        Assert.Equal(!refusalValid, report.Has("RET-REFUSED"));
    }

    [Theory]
    [InlineData("DE", "2026-04-07")] // Fri 03-20 + 14 = Good Friday 04-03 → Sat, Sun, Easter Monday → Tue 04-07
    [InlineData("FR", "2026-04-03")] // Good Friday is a working day in France: no roll
    public void EU_window_rolls_on_the_member_states_own_calendar(string buyer, string expected)
    {
        var report = Refused(buyer, "2026-03-20", "2026-03-25");
        Assert.Equal(D(expected), report.Policy.ReturnWindowEnds.Value);
    }

    [Fact]
    public void EU_without_withdrawal_information_adds_12_months_03_16_to_2027_03_16()
    {
        // 03-02 + 14 = Mon 03-16 (working day) → + 12 months = Tue 2027-03-16 (Art. 10(1)).
        var policy = new SellerPolicy { ReturnWindowDays = 3, WithdrawalInfoGiven = false };
        var report = Refused("DE", "2026-03-02", "2027-03-10", policy: policy);
        Assert.Equal(D("2027-03-16"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal("EU Directive 2011/83/EU Art. 10(1); Reg. 1182/71 Art. 3(4)", report.Policy.ReturnWindowEnds.Citation.ToString());
        Assert.False(report.RefusalValid);
    }

    [Theory]
    [InlineData("2026-03-21", false)]
    [InlineData("2026-03-23", true)] // GB does not roll: Sat 03-21 is the last day
    public void GB_delivered_Sat_03_07_window_ends_Sat_03_21_without_rolling(string requested, bool refusalValid)
    {
        var report = Refused("GB", "2026-03-07", requested, currency: "GBP");
        Assert.Equal(D("2026-03-21"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(refusalValid, report.RefusalValid);
    }

    [Fact]
    public void GB_without_information_adds_12_months_to_2027_03_16()
    {
        var report = Refused("GB", "2026-03-02", "2026-12-01", policy: new SellerPolicy { ReturnWindowDays = 3, WithdrawalInfoGiven = false }, currency: "GBP");
        Assert.Equal(D("2027-03-16"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal("UK Consumer Contracts Regulations 2013 reg. 31", report.Policy.ReturnWindowEnds.Citation.ToString());
    }

    [Fact]
    public void GB_faulty_goods_have_30_days_under_the_Consumer_Rights_Act_03_02_to_04_01()
    {
        var report = Refused("GB", "2026-03-02", "2026-04-01", reason: ReturnReason.Faulty, currency: "GBP");
        Assert.Equal(D("2026-04-01"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal("UK Consumer Rights Act 2015 s. 22(3)", report.Policy.ReturnWindowEnds.Citation.ToString());
        Assert.True(report.Has("RET-REFUSED"));
    }

    [Fact]
    public void CN_delivered_Sat_09_26_window_rolls_from_National_Day_10_03_to_Thu_10_08()
    {
        // 09-26 + 7 = 10-03 (National Day, 10-01..10-07 off) → first CN working day 10-08 (Civil Code Art. 203).
        var report = Refused("CN", "2026-09-26", "2026-10-08", currency: "CNY");
        Assert.Equal(D("2026-10-08"), report.Policy.ReturnWindowEnds.Value);
        Assert.True(report.Has("RET-REFUSED"));
    }

    [Theory]
    [InlineData("2026-04-13", false)] // Sat 04-04 + 7 = Sat 04-11 → Mon 04-13 (Civil Act Art. 161)
    [InlineData("2026-04-14", true)]
    public void KR_delivered_Sat_04_04_window_rolls_to_Mon_04_13(string requested, bool refusalValid)
    {
        var report = Refused("KR", "2026-04-04", requested, currency: "KRW");
        Assert.Equal(D("2026-04-13"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(refusalValid, report.RefusalValid);
    }

    [Fact]
    public void BR_delivered_Tue_04_14_window_rolls_over_Tiradentes_04_21_to_04_22()
    {
        var report = Refused("BR", "2026-04-14", "2026-04-22", currency: "BRL");
        Assert.Equal(D("2026-04-22"), report.Policy.ReturnWindowEnds.Value);
        Assert.False(report.RefusalValid);
    }

    [Theory]
    [InlineData(true, "2026-03-09")]  // 7 days after delivery 03-02 (a Monday: no roll)
    [InlineData(false, "2026-06-02")] // 3 months without written return information
    public void RU_window_is_7_days_or_3_months_without_information(bool informed, string expected)
    {
        var report = Refused("RU", "2026-03-02", "2026-03-09", policy: new SellerPolicy { ReturnWindowDays = 3, WithdrawalInfoGiven = informed }, currency: "RUB");
        Assert.Equal(D(expected), report.Policy.ReturnWindowEnds.Value);
    }

    [Theory]
    [InlineData("2026-03-09", false)] // 8 days counted from and including 03-02: 03-02..03-09
    [InlineData("2026-03-10", true)]
    public void JP_without_displayed_terms_has_8_days_including_the_delivery_day(string requested, bool refusalValid)
    {
        var report = Refused("JP", "2026-03-02", requested, policy: new SellerPolicy { ReturnWindowDays = 3, ReturnTermsDisplayed = false }, currency: "JPY");
        Assert.Equal(D("2026-03-09"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(refusalValid, report.RefusalValid);
    }

    [Fact]
    public void JP_with_displayed_terms_leaves_the_window_to_the_seller()
    {
        var report = Refused("JP", "2026-03-02", "2026-03-06", currency: "JPY");
        Assert.Equal(D("2026-03-05"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(PolicyLayer.Seller, report.Policy.ReturnWindowEnds.Layer);
        Assert.True(report.RefusalValid);
    }

    [Fact]
    public void Amazon_window_is_at_least_30_days_03_02_to_04_01()
    {
        var report = Refused("US", "2026-03-02", "2026-04-01", marketplace: "amazon", currency: "USD");
        Assert.Equal(D("2026-04-01"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(PolicyLayer.Marketplace, report.Policy.ReturnWindowEnds.Layer);
        Assert.True(report.Has("RET-REFUSED"));
    }

    [Fact]
    public void The_longest_window_wins_a_60_day_seller_promise_beats_the_EU_14_days()
    {
        var report = Refused("DE", "2026-03-02", "2026-04-20", policy: new SellerPolicy { ReturnWindowDays = 60 });
        Assert.Equal(D("2026-05-01"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(PolicyLayer.Seller, report.Policy.ReturnWindowEnds.Layer);
        Assert.True(report.Has("RET-REFUSED"));
    }

    [Fact]
    public void Faulty_goods_get_30_days_even_where_no_law_applies()
    {
        var report = Refused("AE", "2026-03-02", "2026-03-30", reason: ReturnReason.NotAsDescribed, currency: "AED");
        Assert.Equal(D("2026-04-01"), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(PolicyLayer.BuyerProtection, report.Policy.ReturnWindowEnds.Layer);
        Assert.True(report.Has("RET-REFUSED"));
    }

    [Theory]
    [InlineData("DE", GoodsCategory.SealedHygieneOpened, true)]
    [InlineData("DE", GoodsCategory.Newspaper, true)]
    [InlineData("GB", GoodsCategory.CustomMade, true)]
    [InlineData("CN", GoodsCategory.Perishable, true)]
    [InlineData("CN", GoodsCategory.SealedHygieneOpened, false)]
    [InlineData("KR", GoodsCategory.DigitalStarted, true)]
    [InlineData("KR", GoodsCategory.Perishable, false)]
    [InlineData("RU", GoodsCategory.CustomMade, true)]
    [InlineData("RU", GoodsCategory.Perishable, false)]
    [InlineData("BR", GoodsCategory.CustomMade, false)]
    [InlineData("AE", GoodsCategory.Perishable, true)]
    [InlineData("US", GoodsCategory.SealedMediaOpened, true)]
    [InlineData("AU", GoodsCategory.CustomMade, true)]
    [InlineData("DE", GoodsCategory.Standard, false)]
    [InlineData("AE", GoodsCategory.Standard, false)]
    public void Change_of_mind_exemptions_per_law_profile(string buyer, GoodsCategory goods, bool exempt)
    {
        // Request inside every window (day 2), so only the exemption can make the refusal valid.
        var report = Refused(buyer, "2026-03-02", "2026-03-04", goods: goods, policy: new SellerPolicy());
        Assert.Equal(exempt, report.Policy.GoodsExempt.Value);
        Assert.Equal(exempt, report.RefusalValid);
        Assert.Equal(!exempt, report.Has("RET-REFUSED"));
    }

    [Fact]
    public void JP_without_displayed_terms_exempts_nothing()
    {
        var report = Refused("JP", "2026-03-02", "2026-03-04", goods: GoodsCategory.CustomMade, policy: new SellerPolicy { ReturnTermsDisplayed = false }, currency: "JPY");
        Assert.False(report.Policy.GoodsExempt.Value);
        Assert.True(report.Has("RET-REFUSED"));
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("CN")]
    [InlineData("AE")]
    public void Faulty_goods_are_never_exempt(string buyer)
    {
        var report = Refused(buyer, "2026-03-02", "2026-03-04", goods: GoodsCategory.Perishable, reason: ReturnReason.Faulty);
        Assert.False(report.Policy.GoodsExempt.Value);
        Assert.Equal(PolicyLayer.BuyerProtection, report.Policy.GoodsExempt.Layer);
        Assert.True(report.Has("RET-REFUSED"));
    }

    [Fact]
    public void The_reason_the_seller_gives_does_not_decide_validity()
    {
        // "window-expired" is claimed, but the request on day 2 was timely and the goods are standard.
        var report = Refused("DE", "2026-03-02", "2026-03-04", policy: new SellerPolicy());
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-REFUSED");
        Assert.Equal("window-expired", finding.GetEvidence("refusalReason"));
        Assert.Equal(Severity.Violation, finding.Severity);
        Assert.Equal(ReturnVerdict.Violation, report.Verdict);
    }

    [Fact]
    public void A_refusal_dated_after_as_of_has_not_happened_yet()
    {
        var returnCase = Make(requested: "2026-03-04", refusal: Refusal("2026-03-10"));
        var report = Eval(returnCase, "2026-03-05");
        Assert.Null(report.RefusalValid);
        Assert.False(report.Has("RET-REFUSED"));
    }
}
