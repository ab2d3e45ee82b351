using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Reputation.Rules.Returns;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>
/// Every rule against every profile (the nine law profiles, a market without one, and the three marketplaces). Each
/// profile has a base case whose deadline is worked out in <see cref="RefundDeadlineTests"/>; the tests then refund
/// late, short, by another method, refuse, shorten the window, or look on the deadline day.
/// </summary>
public sealed class RulesPerProfileTests
{
    private sealed record Profile(
        string Buyer,
        string Seller,
        string Currency,
        string? Marketplace,
        ReturnReason Reason,
        string Delivered,
        string Requested,
        string? Evidence,
        string? Received,
        string Due,
        PolicyLayer Layer,
        string PaymentCitation,
        bool HasMinimumWindow,
        int RefundWithinWorkingDays = 5)
    {
        public LocalDate DueDate => D(Due);

        public ReturnCase Case(IEnumerable<Refund>? refunds = null, Refusal? refusal = null, SellerPolicy? policy = null) =>
            Make(
                buyer: Buyer,
                seller: Seller,
                currency: Currency,
                marketplace: Marketplace,
                reason: Reason,
                delivered: Delivered,
                requested: Requested,
                evidence: Evidence,
                received: Received,
                refunds: refunds,
                refusal: refusal,
                policy: policy ?? new SellerPolicy { RefundWithinWorkingDays = RefundWithinWorkingDays });

        public Refund FullRefund(LocalDate on, string method = "card", bool agreed = false) =>
            new(on, M(100m, Currency), method, agreed);
    }

    private const string SellerGuide = "Seller guide refund to the original payment method";

    private static readonly Dictionary<string, Profile> Profiles = new()
    {
        ["EU"] = new("DE", "DE", "EUR", null, ReturnReason.ChangeOfMind, "2026-03-02", "2026-03-16", "2026-03-20", null, "2026-03-30", PolicyLayer.Law, "EU Directive 2011/83/EU Art. 13(1)", true),
        ["GB"] = new("GB", "GB", "GBP", null, ReturnReason.ChangeOfMind, "2026-03-02", "2026-03-02", "2026-03-05", null, "2026-03-19", PolicyLayer.Law, "UK Consumer Contracts Regulations 2013 reg. 34(7)-(8)", true),
        ["CN"] = new("CN", "CN", "CNY", null, ReturnReason.ChangeOfMind, "2026-09-20", "2026-09-25", null, "2026-09-30", "2026-10-07", PolicyLayer.Law, "SAMR 7-day Measures (SAMR Order 31/2020) Art. 14", true),
        ["KR"] = new("KR", "CN", "KRW", null, ReturnReason.ChangeOfMind, "2026-04-01", "2026-04-06", null, "2026-04-08", "2026-04-13", PolicyLayer.Law, SellerGuide, true),
        ["BR"] = new("BR", "CN", "BRL", null, ReturnReason.ChangeOfMind, "2026-03-02", "2026-03-02", null, null, "2026-03-03", PolicyLayer.Law, "Brazil Decree 7.962/2013 art. 5 §3", true),
        ["RU"] = new("RU", "CN", "RUB", null, ReturnReason.ChangeOfMind, "2026-03-02", "2026-03-02", null, null, "2026-03-12", PolicyLayer.Law, SellerGuide, true),
        ["JP"] = new("JP", "CN", "JPY", null, ReturnReason.ChangeOfMind, "2026-04-01", "2026-04-06", null, "2026-04-08", "2026-04-15", PolicyLayer.Seller, SellerGuide, false),
        ["AU"] = new("AU", "CN", "AUD", null, ReturnReason.Faulty, "2026-04-01", "2026-04-06", null, "2026-04-08", "2026-04-15", PolicyLayer.Seller, "Australian Consumer Law s. 263(5)", false),
        ["US"] = new("US", "DE", "USD", null, ReturnReason.ChangeOfMind, "2026-03-25", "2026-03-30", null, "2026-04-02", "2026-04-13", PolicyLayer.Seller, SellerGuide, false),
        ["AE"] = new("AE", "CN", "AED", null, ReturnReason.ChangeOfMind, "2026-04-01", "2026-04-06", null, "2026-04-08", "2026-04-15", PolicyLayer.Seller, SellerGuide, false),
        ["amazon"] = new("DE", "CN", "EUR", "amazon", ReturnReason.ChangeOfMind, "2026-03-20", "2026-03-25", null, "2026-04-01", "2026-04-07", PolicyLayer.Marketplace, "EU Directive 2011/83/EU Art. 13(1)", true, RefundWithinWorkingDays: 3),
        ["ebay"] = new("US", "US", "USD", "ebay", ReturnReason.ChangeOfMind, "2026-06-20", "2026-06-25", null, "2026-07-02", "2026-07-07", PolicyLayer.Marketplace, SellerGuide, false, RefundWithinWorkingDays: 2),
        ["aliexpress"] = new("US", "CN", "USD", "aliexpress", ReturnReason.ChangeOfMind, "2026-04-01", "2026-04-06", null, "2026-04-08", "2026-04-15", PolicyLayer.Seller, SellerGuide, false),
    };

    public static TheoryData<string> ProfileNames => [.. Profiles.Keys];

    public static TheoryData<string> ProfilesWithAMinimumWindow => [.. Profiles.Where(p => p.Value.HasMinimumWindow).Select(p => p.Key)];

    public static TheoryData<string> ProfilesWithoutAMinimumWindow => [.. Profiles.Where(p => !p.Value.HasMinimumWindow).Select(p => p.Key)];

    private static ReturnReport Evaluate(ReturnCase returnCase, LocalDate asOf) => Engine.Evaluate(returnCase, asOf);

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Base_case_refunded_in_full_on_the_deadline_is_compliant(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate)]), p.DueDate.PlusDays(5));
        Assert.Equal(p.DueDate, report.RefundDueBy);
        Assert.Equal(p.Layer, report.DeadlineSetBy);
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict);
        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_LATE_fires_the_day_after_the_deadline_without_a_refund(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case(), p.DueDate.PlusDays(1));
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-LATE");
        Assert.Equal(Severity.Violation, finding.Severity);
        Assert.Equal(p.Due, finding.GetEvidence("refundDueBy"));
        Assert.Equal(report.DeadlineCitation, finding.Citation);
        Assert.Equal(ReturnVerdict.Violation, report.Verdict);
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_LATE_counts_only_refunds_made_by_the_deadline(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate.PlusDays(1))]), p.DueDate.PlusDays(3));
        Assert.True(report.Has("RET-LATE"));
        Assert.False(report.Has("RET-PARTIAL-REFUND"));
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_PARTIAL_REFUND_fires_when_one_unit_short(string name)
    {
        var p = Profiles[name];
        var refund = new Refund(p.DueDate, M(99m, p.Currency), "card");
        var report = Evaluate(p.Case([refund]), p.DueDate.PlusDays(2));
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-PARTIAL-REFUND");
        Assert.Equal("1" + (M(1m, p.Currency).FormatAmount()[1..]), finding.GetEvidence("shortfall"));
        Assert.True(report.Has("RET-LATE")); // 99 by the deadline is less than 100 due
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_PAYMENT_METHOD_fires_for_another_method_without_agreement_citing_the_strictest_layer(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate, "store-credit")]), p.DueDate.PlusDays(1));
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-PAYMENT-METHOD");
        Assert.Equal(p.PaymentCitation, finding.Citation!.ToString());
        Assert.Equal("store-credit", finding.GetEvidence("refundMethods"));
        Assert.False(report.Has("RET-PARTIAL-REFUND")); // the money still counts as refunded
        Assert.False(report.Has("RET-LATE"));
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_PAYMENT_METHOD_does_not_fire_when_the_buyer_agreed(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate, "store-credit", agreed: true)]), p.DueDate.PlusDays(1));
        Assert.False(report.Has("RET-PAYMENT-METHOD"));
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_REFUSED_fires_for_a_timely_request_for_standard_goods(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case(refusal: Refusal(p.Requested, RefusalReason.Other)), p.DueDate);
        Assert.True(report.Has("RET-REFUSED"));
        Assert.False(report.RefusalValid);
        Assert.Equal(p.DueDate, report.RefundDueBy); // an invalid refusal leaves the refund due
    }

    [Theory]
    [MemberData(nameof(ProfilesWithAMinimumWindow))]
    public void RET_POLICY_BELOW_LAW_fires_for_a_5_day_window_where_a_layer_sets_a_minimum(string name)
    {
        var p = Profiles[name];
        var policy = new SellerPolicy { ReturnWindowDays = 5, RefundWithinWorkingDays = p.RefundWithinWorkingDays };
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate)], policy: policy), p.DueDate);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-POLICY-BELOW-LAW");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("5", finding.GetEvidence("returnWindowDays"));
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict); // a warning alone does not make a case at risk
    }

    [Theory]
    [MemberData(nameof(ProfilesWithoutAMinimumWindow))]
    public void RET_POLICY_BELOW_LAW_is_silent_for_a_5_day_window_where_no_layer_sets_a_minimum(string name)
    {
        var p = Profiles[name];
        var policy = new SellerPolicy { ReturnWindowDays = 5, RefundWithinWorkingDays = p.RefundWithinWorkingDays };
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate)], policy: policy), p.DueDate);
        Assert.False(report.Has("RET-POLICY-BELOW-LAW"));
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_DUE_SOON_fires_on_the_deadline_day_and_makes_the_case_at_risk(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case(), p.DueDate);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-DUE-SOON");
        Assert.Equal("0", finding.GetEvidence("workingDaysLeft"));
        Assert.Equal(ReturnVerdict.AtRisk, report.Verdict);
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_DUE_SOON_is_silent_once_refunded_in_full(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case([p.FullRefund(D(p.Requested))]), p.DueDate);
        Assert.False(report.Has("RET-DUE-SOON"));
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict);
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void RET_NO_LAW_PROFILE_fires_only_without_a_law_profile(string name)
    {
        var p = Profiles[name];
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate)]), p.DueDate);
        Assert.Equal(p.Buyer == "AE", report.Has("RET-NO-LAW-PROFILE"));
    }

    [Fact]
    public void RET_DUE_SOON_counts_working_days_on_the_deciding_layers_calendar()
    {
        // EU deadline Mon 03-30 (DE calendar): as of Fri 03-27 one working day is left → fires; as of Thu 03-26, two → silent.
        var p = Profiles["EU"];
        Assert.True(Evaluate(p.Case(), D("2026-03-27")).Has("RET-DUE-SOON"));
        Assert.False(Evaluate(p.Case(), D("2026-03-26")).Has("RET-DUE-SOON"));
    }

    [Fact]
    public void RET_DUE_SOON_threshold_comes_from_the_options()
    {
        var engine = new ReturnComplianceEngine(new ReturnsOptions { DueSoonWorkingDays = 3 }, Rules.Calendars.CalendarProvider.BuiltIn);
        var p = Profiles["EU"];
        Assert.True(engine.Evaluate(p.Case(), D("2026-03-25")).Has("RET-DUE-SOON"));  // 03-26, 27, 30: three left
        Assert.False(engine.Evaluate(p.Case(), D("2026-03-24")).Has("RET-DUE-SOON")); // four left
    }

    [Fact]
    public void RET_POLICY_BELOW_LAW_c_fires_when_the_seller_promises_a_later_refund_than_Amazon()
    {
        // Seller (CN) 5 working days from 04-01 → 04-09; Amazon (DE) 2 working days → 04-07.
        var p = Profiles["amazon"];
        var report = Evaluate(p.Case([p.FullRefund(p.DueDate)], policy: new SellerPolicy()), p.DueDate);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-POLICY-BELOW-LAW");
        Assert.Equal("2026-04-09", finding.GetEvidence("sellerRefundDeadline"));
        Assert.Equal("2026-04-07", finding.GetEvidence("marketplaceRefundDeadline"));
    }

    [Theory]
    [InlineData("DE", true)]
    [InlineData("GB", true)]
    [InlineData("CN", true)]
    [InlineData("BR", true)]
    [InlineData("KR", false)]
    [InlineData("RU", false)]
    [InlineData("US", false)]
    [InlineData("AE", false)]
    public void RET_POLICY_BELOW_LAW_b_fires_for_a_declared_restocking_fee_where_the_law_forbids_it(string buyer, bool fires)
    {
        var report = Eval(Make(buyer: buyer, seller: "CN", requested: "2026-03-05", policy: new SellerPolicy { RestockingFeePercent = 10m }), "2026-03-06");
        Assert.Equal(fires, report.Findings.Any(f => f.RuleId == "RET-POLICY-BELOW-LAW" && f.GetEvidence("restockingFeePercent") == "10"));
    }

    [Theory]
    [InlineData(ReturnReason.Faulty, true)]
    [InlineData(ReturnReason.ChangeOfMind, false)] // AU law has no change-of-mind right, so it does not apply
    public void RET_POLICY_BELOW_LAW_b_in_AU_applies_to_faulty_returns_only(ReturnReason reason, bool fires)
    {
        var report = Eval(Make(buyer: "AU", seller: "CN", currency: "AUD", reason: reason, requested: "2026-03-05", policy: new SellerPolicy { RestockingFeePercent = 10m }), "2026-03-06");
        Assert.Equal(fires, report.Has("RET-POLICY-BELOW-LAW"));
    }

    [Fact]
    public void RET_CALENDAR_ESTIMATE_fires_when_the_seller_market_has_no_holiday_data()
    {
        // RU seller: received Wed 04-08 + 5 working days on a Saturday–Sunday weekend = 04-15.
        var report = Eval(Make(buyer: "US", seller: "RU", currency: "USD", requested: "2026-04-06", received: "2026-04-08"), "2026-04-09");
        Assert.Equal(D("2026-04-15"), report.RefundDueBy);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "RET-CALENDAR-ESTIMATE");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("RU", finding.GetEvidence("markets"));
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict);
    }

    [Fact]
    public void RET_CALENDAR_ESTIMATE_fires_when_a_date_is_outside_the_calendars_coverage()
    {
        // The CN calendar covers 2025–2026: a 2027 receipt is counted on weekends only.
        var report = Eval(Make(buyer: "US", seller: "CN", currency: "USD", delivered: "2027-03-01", requested: "2027-03-03", received: "2027-03-10"), "2027-03-11");
        Assert.Equal(D("2027-03-17"), report.RefundDueBy);
        Assert.True(report.Has("RET-CALENDAR-ESTIMATE"));
    }

    [Fact]
    public void RET_CALENDAR_ESTIMATE_is_silent_inside_coverage()
    {
        var report = Eval(Make(buyer: "US", seller: "CN", currency: "USD", requested: "2026-04-06", received: "2026-04-08"), "2026-04-09");
        Assert.False(report.Has("RET-CALENDAR-ESTIMATE"));
    }

    [Fact]
    public void RET_CALENDAR_ESTIMATE_fires_when_a_window_is_rolled_without_holiday_data()
    {
        // IT (an EU member without built-in holiday data): delivered Sat 03-07 + 14 = Sat 03-21 → Mon 03-23 on weekends only.
        var refused = Eval(Make(buyer: "IT", seller: "CN", delivered: "2026-03-07", requested: "2026-03-23", refusal: Refusal("2026-03-24"), policy: new SellerPolicy { ReturnWindowDays = 3 }), "2026-03-25");
        Assert.Equal(D("2026-03-23"), refused.Policy.ReturnWindowEnds.Value);
        Assert.True(refused.Has("RET-REFUSED"));
        Assert.Equal("IT", Assert.Single(refused.Findings, f => f.RuleId == "RET-CALENDAR-ESTIMATE").GetEvidence("markets"));

        // Review fix: the window's last day is a deadline counted without holiday data even when no refusal depends on it
        // (issue 3: "a deadline was counted without holiday data"), so the finding fires here too. The CN seller's
        // deadline is counted with holiday data, so only IT is named.
        var plain = Eval(Make(buyer: "IT", seller: "CN", delivered: "2026-03-07", requested: "2026-03-23", received: "2026-03-25", policy: new SellerPolicy { ReturnWindowDays = 3 }), "2026-03-25");
        Assert.Equal("IT", Assert.Single(plain.Findings, f => f.RuleId == "RET-CALENDAR-ESTIMATE").GetEvidence("markets"));
    }

    [Fact]
    public void RET_CALENDAR_ESTIMATE_names_both_markets_when_both_were_estimated()
    {
        // RU seller (no data) counts the seller deadline; Amazon counts 2 working days on the IT calendar (no data).
        var report = Eval(Make(buyer: "IT", seller: "RU", marketplace: "amazon", requested: "2026-04-06", received: "2026-04-08"), "2026-04-09");
        Assert.Equal("RU, IT", Assert.Single(report.Findings, f => f.RuleId == "RET-CALENDAR-ESTIMATE").GetEvidence("markets"));
    }
}
