using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;
using Reputation.Rules.Testing;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>
/// A law layer for a market without a built-in profile, added purely by configuration (<c>Returns.Laws.AE</c> with the
/// market's calendar in <c>Calendars.Markets.AE</c>), checked end to end through the engine.
/// </summary>
/// <remarks>
/// TEST DATA ONLY: the "Fictional Test Consumer Code" and its holidays are invented to exercise the engine. They are
/// not the law or the public holidays of the United Arab Emirates or any other market.
/// </remarks>
public sealed class CustomLawProfileTests
{
    private const string Law = "Fictional Test Consumer Code (test data, not real law)";

    /// <summary>
    /// The configuration shown in docs/returns.md ("Adding a market's law"), used verbatim: window 10 working days after
    /// delivery (rolled forward), refund 5 working days after the goods come back, return shipping allowed, restocking
    /// fee capped at 10 %, everything else forbidden, perishable and custom-made goods exempt, original payment method
    /// required. Calendar: Saturday–Sunday weekend, 2027-03-10 and 2027-03-11 off.
    /// </summary>
    private static readonly string Settings = DocumentedSettings();

    /// <summary>A seller promising less than the fictional law: 7 days to return, 10 working days to refund, a 20 % restocking fee.</summary>
    private static readonly SellerPolicy Seller = new() { ReturnWindowDays = 7, RefundWithinWorkingDays = 10, RestockingFeePercent = 20m };

    private static string DocumentedSettings()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "returns.md"));
        var section = doc.IndexOf("## Adding a market's law", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/returns.md has no 'Adding a market's law' section.");
        var start = doc.IndexOf("```json\n", section, StringComparison.Ordinal) + "```json\n".Length;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);
        return doc[start..end];
    }

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static ServiceProvider Build(string json)
    {
        var services = new ServiceCollection();
        services.AddReputationRules(Json(json).GetSection(ReputationRulesOptions.SectionName));
        return services.BuildServiceProvider();
    }

    private static ReturnCase AeCase(
        string requested = "2027-03-05",
        string? received = "2027-03-09",
        GoodsCategory goods = GoodsCategory.Standard,
        Refund[]? refunds = null,
        Refusal? refusal = null,
        SellerPolicy? policy = null) =>
        Make(
            buyer: "AE", seller: "AE", currency: "AED", delivered: "2027-03-01", requested: requested, received: received,
            goods: goods, refunds: refunds, refusal: refusal, policy: policy ?? Seller);

    private static Citation Art(string reference) => new(Law, reference);

    private static (ServiceProvider Provider, IReturnComplianceEngine Engine) Configured()
    {
        var sp = Build(Settings);
        return (sp, sp.GetRequiredService<IReturnComplianceEngine>());
    }

    [Fact]
    public void The_configured_profile_is_the_law_layer_with_its_window_on_the_configured_calendar()
    {
        var (sp, engine) = Configured();
        using var _ = sp;
        var report = engine.Evaluate(AeCase(), D("2027-03-10"));
        Assert.Equal("AE", report.Policy.Law!.Id);
        Assert.NotNull(report.Policy.Law.Definition);
        Assert.DoesNotContain("RET-NO-LAW-PROFILE", Ids(report));
        Assert.DoesNotContain("RET-CALENDAR-ESTIMATE", Ids(report));

        // 10 working days after Monday 2027-03-01, skipping the weekend and the two configured holidays.
        Assert.Equal(new PolicySetting<NodaTime.LocalDate>(D("2027-03-17"), PolicyLayer.Law, Art("Art. 1")), report.Policy.ReturnWindowEnds);

        // The seller's 7-day window is below the law's 10.
        var below = Assert.Single(report.Findings, f => f.RuleId.Value == "RET-POLICY-BELOW-LAW");
        Assert.Equal(Art("Art. 1"), below.Citation);
    }

    [Fact]
    public void An_on_time_refund_is_compliant_and_the_deadline_is_the_laws()
    {
        var (sp, engine) = Configured();
        using var _ = sp;

        // Received Tuesday 2027-03-09; 5 working days skip 03-10 and 03-11 (holidays) and the weekend: 2027-03-18.
        var report = engine.Evaluate(AeCase(refunds: [Refund("2027-03-18", 100m, "AED")]), D("2027-03-25"));
        Assert.Equal(D("2027-03-18"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);
        Assert.Equal(Art("Art. 2"), report.DeadlineCitation);
        Assert.DoesNotContain("RET-LATE", Ids(report));
        Assert.DoesNotContain("RET-PARTIAL-REFUND", Ids(report));
    }

    [Fact]
    public void A_late_refund_is_reported_with_the_configured_citation()
    {
        var (sp, engine) = Configured();
        using var _ = sp;
        var report = engine.Evaluate(AeCase(refunds: [Refund("2027-03-19", 100m, "AED")]), D("2027-03-25"));
        var late = Assert.Single(report.Findings, f => f.RuleId.Value == "RET-LATE");
        Assert.Equal(Art("Art. 2"), late.Citation);
        Assert.Equal(ReturnVerdict.Violation, report.Verdict);
    }

    [Fact]
    public void A_deduction_the_profile_does_not_list_is_forbidden_and_a_capped_one_is_capped()
    {
        var (sp, engine) = Configured();
        using var _ = sp;
        var report = engine.Evaluate(
            AeCase(refunds: [Refund("2027-03-12", 80m, "AED", deductions: [("card-fee", 5m), ("restocking-fee", 15m)])]),
            D("2027-03-25"));

        var cardFee = report.Policy.Deductions.Single(d => d.Kind == DeductionKind.CardFee);
        Assert.True(cardFee.IsForbidden);
        Assert.Equal(PolicyLayer.Law, cardFee.Layer);
        Assert.Equal(Art("Art. 3"), cardFee.Citation);

        // The seller declared 20 %, the law caps at 10 % of 100.00: 10.00 of the 15.00 may be kept.
        var restocking = report.Policy.Deductions.Single(d => d.Kind == DeductionKind.RestockingFee);
        Assert.Equal(M(10m, "AED"), restocking.Allowed);
        Assert.Equal(PolicyLayer.Law, restocking.Layer);
        Assert.Equal(Art("Art. 3(2)"), restocking.Citation);

        Assert.Equal(M(90m, "AED"), report.AmountDue);
        var partial = Assert.Single(report.Findings, f => f.RuleId.Value == "RET-PARTIAL-REFUND");
        Assert.Equal(Art("Art. 3"), partial.Citation);
    }

    [Fact]
    public void An_allowed_deduction_is_kept_with_its_own_citation()
    {
        var (sp, engine) = Configured();
        using var _ = sp;
        var policy = Seller with { BuyerPaysReturnInformed = true };
        var returnCase = AeCase(refunds: [Refund("2027-03-12", 93m, "AED", deductions: [("return-shipping", 7m)])], policy: policy);
        var report = engine.Evaluate(returnCase, D("2027-03-25"));
        var shipping = Assert.Single(report.Policy.Deductions);
        Assert.Equal(M(7m, "AED"), shipping.Allowed);
        Assert.Equal(Art("Art. 3(1)"), shipping.Citation);
        Assert.DoesNotContain("RET-PARTIAL-REFUND", Ids(report));
    }

    [Fact]
    public void Refusing_exempt_goods_is_valid_and_refusing_other_goods_is_not()
    {
        var (sp, engine) = Configured();
        using var _ = sp;
        var exempt = engine.Evaluate(AeCase(goods: GoodsCategory.Perishable, refusal: Refusal("2027-03-06")), D("2027-03-25"));
        Assert.True(exempt.RefusalValid);
        Assert.Equal(new PolicySetting<bool>(true, PolicyLayer.Law, Art("Art. 4")), exempt.Policy.GoodsExempt);
        Assert.DoesNotContain("RET-REFUSED", Ids(exempt));
        Assert.DoesNotContain("RET-LATE", Ids(exempt));

        // Sealed media is exempt in the EU but not under this profile: the refusal is not valid.
        var notExempt = engine.Evaluate(AeCase(goods: GoodsCategory.SealedMediaOpened, refusal: Refusal("2027-03-06")), D("2027-03-25"));
        Assert.False(notExempt.RefusalValid);
        var refused = Assert.Single(notExempt.Findings, f => f.RuleId.Value == "RET-REFUSED");
        Assert.Equal(Art("Art. 1"), refused.Citation);
    }

    [Fact]
    public void A_request_after_the_window_may_be_refused()
    {
        var (sp, engine) = Configured();
        using var _ = sp;
        var onLastDay = engine.Evaluate(AeCase(requested: "2027-03-17", received: null, refusal: Refusal("2027-03-18", RefusalReason.WindowExpired)), D("2027-03-25"));
        Assert.False(onLastDay.RefusalValid);
        Assert.Contains("RET-REFUSED", Ids(onLastDay));

        var expired = engine.Evaluate(AeCase(requested: "2027-03-18", received: null, refusal: Refusal("2027-03-19", RefusalReason.WindowExpired)), D("2027-03-25"));
        Assert.True(expired.RefusalValid);
        Assert.DoesNotContain("RET-REFUSED", Ids(expired));
    }

    [Fact]
    public void A_refund_to_another_method_cites_the_configured_payment_rule()
    {
        var (sp, engine) = Configured();
        using var _ = sp;
        var report = engine.Evaluate(AeCase(refunds: [Refund("2027-03-12", 100m, "AED", method: "store-credit")]), D("2027-03-25"));
        var finding = Assert.Single(report.Findings, f => f.RuleId.Value == "RET-PAYMENT-METHOD");
        Assert.Equal(Art("Art. 5"), finding.Citation);
    }

    [Fact]
    public void Exempt_goods_accept_wire_names_and_enum_names()
    {
        var options = new LawProfileOptions
        {
            Name = "Test (fictional)",
            ExemptGoods = ["custom-made", "SealedMediaOpened"],
            DeductionCitation = new LawCitationOptions { Authority = "Test (fictional)" },
            ExemptionCitation = new LawCitationOptions { Authority = "Test (fictional)" },
        };
        Assert.Empty(options.Validate("Laws.AE"));
        Assert.Equal([GoodsCategory.CustomMade, GoodsCategory.SealedMediaOpened], options.ToDefinition(CountryCode.Parse("AE")).ExemptGoods);
    }

    [Fact]
    public void Without_the_configuration_AE_has_no_law_layer()
    {
        var report = Engine.Evaluate(AeCase(), D("2027-03-10"));
        Assert.Contains("RET-NO-LAW-PROFILE", Ids(report));
    }

    [Fact]
    public void A_configured_profile_replaces_a_built_in_market_profile_for_that_market_only()
    {
        using var sp = Build("""
            { "ReputationRules": { "Returns": { "Laws": { "de": {
                "Name": "Test profile replacing DE (fictional)",
                "ReturnWindow": { "Days": 40, "RollsForwardToWorkingDay": false, "Citation": { "Authority": "Test law (fictional)", "Reference": "§ 1" } },
                "RefundClock": { "Days": 3, "Start": "ReturnRequested", "Citation": { "Authority": "Test law (fictional)", "Reference": "§ 2" } },
                "DeductionCitation": { "Authority": "Test law (fictional)", "Reference": "§ 3" },
                "ExemptionCitation": { "Authority": "Test law (fictional)", "Reference": "§ 4" } } } } } }
            """);
        var engine = sp.GetRequiredService<IReturnComplianceEngine>();
        var de = engine.Evaluate(Make(buyer: "DE", received: "2026-03-10"), D("2026-03-07"));
        Assert.Equal("DE", de.Policy.Law!.Id);
        Assert.Equal(D("2026-04-11"), de.Policy.ReturnWindowEnds.Value); // 2026-03-02 + 40 days
        Assert.Equal(new Citation("Test law (fictional)", "§ 1"), de.Policy.ReturnWindowEnds.Citation);
        Assert.Equal(D("2026-03-08"), de.RefundDueBy); // requested 2026-03-05 + 3 calendar days
        Assert.Equal(new Citation("Test law (fictional)", "§ 2"), de.DeadlineCitation);

        var fr = engine.Evaluate(Make(buyer: "FR", seller: "FR"), D("2026-03-07"));
        Assert.Same(LawProfile.Eu, fr.Policy.Law);
    }

    [Fact]
    public void A_profile_made_in_code_is_used_by_the_engine()
    {
        var test = new Citation("Test law (fictional)", "s. 1");
        var profile = LawProfile.Create(new LawProfileDefinition
        {
            Id = "SA-TEST",
            Name = "Test profile (fictional)",
            Markets = [CountryCode.Parse("SA")],
            ReturnWindow = new LawReturnWindow(5, LawDayCounting.Calendar, RollsForwardToWorkingDay: false, test),
            RefundClock = new LawRefundClock(7, LawDayCounting.Calendar, LawRefundClockStart.GoodsReceivedOrEvidenceOfSending, MayWithholdUntilGoodsOrEvidence: false, test),
            Deductions = ImmutableDictionary<DeductionKind, LawDeductionTerm>.Empty.Add(DeductionKind.CardFee, new LawDeductionTerm(LawDeductionRule.NotRegulated)),
            DeductionCitation = test,
            ExemptGoods = [GoodsCategory.Newspaper],
            ExemptionCitation = test,
        });
        Assert.True(profile.ForbidsRestockingFee); // unlisted kinds are forbidden
        var engine = new ReturnComplianceEngine(new ReturnsOptions(), CalendarProvider.BuiltIn, null, null, [profile]);
        var report = engine.Evaluate(
            Make(buyer: "SA", seller: "SA", currency: "SAR", requested: "2026-03-05", evidence: "2026-03-06", received: "2026-03-09"),
            D("2026-03-07"));
        Assert.Same(profile, report.Policy.Law);
        Assert.Equal(D("2026-03-13"), report.Policy.LawRefundDeadline!.Value.Value); // evidence of sending + 7 days
        Assert.Equal(test, report.Policy.LawRefundDeadline.Value.Citation);
    }

    [Fact]
    public void A_profile_registered_through_the_builder_is_used_and_configuration_wins_for_its_market()
    {
        var citation = new Citation("Test law (fictional)", "s. 9");
        var profile = LawProfile.Create(new LawProfileDefinition
        {
            Id = "AE-CODE",
            Name = "Test profile in code (fictional)",
            Markets = [CountryCode.Parse("AE"), CountryCode.Parse("SA")],
            DeductionCitation = citation,
            ExemptionCitation = citation,
        });
        var services = new ServiceCollection();
        services.AddReputationRules(Json(Settings).GetSection(ReputationRulesOptions.SectionName)).AddLawProfile(profile);
        using var sp = services.BuildServiceProvider();
        var engine = sp.GetRequiredService<IReturnComplianceEngine>();
        Assert.Same(profile, engine.Evaluate(Make(buyer: "SA", seller: "SA", currency: "SAR"), D("2026-03-07")).Policy.Law);
        Assert.Equal("AE", engine.Evaluate(AeCase(), D("2027-03-10")).Policy.Law!.Id); // Returns.Laws.AE applies after it
    }

    [Fact]
    public void A_built_in_profile_registered_through_the_builder_fails_validation()
    {
        var services = new ServiceCollection();
        services.AddReputationRules().AddLawProfile(LawProfile.Eu);
        using var sp = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IReturnComplianceEngine>().Rules);
        Assert.Contains("'EU' is a built-in profile", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_profile_cannot_be_passed_as_a_custom_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReturnComplianceEngine(new ReturnsOptions(), CalendarProvider.BuiltIn, null, null, [LawProfile.Cn]));
        Assert.Contains("laws[0]: 'CN' is a built-in profile", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_definition_lists_every_problem()
    {
        var ex = Assert.Throws<ArgumentException>(() => LawProfile.Create(new LawProfileDefinition
        {
            Id = "XX",
            Name = " ",
            Markets = [],
            ReturnWindow = new LawReturnWindow(0, LawDayCounting.Working, true, new Citation("Test", "1")),
            Deductions = ImmutableDictionary<DeductionKind, LawDeductionTerm>.Empty.Add(DeductionKind.RestockingFee, new LawDeductionTerm(LawDeductionRule.Capped)),
            DeductionCitation = new Citation("Test", "2"),
            ExemptGoods = [GoodsCategory.Standard],
            ExemptionCitation = new Citation("Test", "3"),
            RequiresOriginalPaymentMethod = true,
        }));
        Assert.Contains("Name: must not be blank.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Markets: at least one market is required.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ReturnWindow.Days: must be between 1 and 3650 (got 0).", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Deductions.restocking-fee.CapPercentOfItemsTotal: is required when the rule is Capped.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ExemptGoods: standard goods cannot be exempt", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PaymentMethodCitation: is required when RequiresOriginalPaymentMethod is true.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_configuration_is_rejected_with_a_path_and_a_reason_per_field()
    {
        using var sp = Build("""
            { "ReputationRules": { "Returns": { "Laws": {
                "ZZ": { "Name": "x" },
                "AE": {
                  "ReturnWindow": { "Days": 0, "Counting": "Weekdays", "Citation": { "Reference": "Art. 1" } },
                  "RefundClock": { "Days": 400, "Start": "GoodsReceived" },
                  "Deductions": { "restocking-fee": { "Rule": "Capped" }, "card-fee": { "Rule": "Allowed", "CapPercentOfItemsTotal": 5 } },
                  "ExemptGoods": [ "fresh-fish", "standard" ],
                  "RequiresOriginalPaymentMethod": true } } } } }
            """);
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IReturnComplianceEngine>().Rules);
        var expected = new[]
        {
            "Returns.Laws.ZZ: 'ZZ' is not an ISO 3166-1 alpha-2 market code.",
            "Returns.Laws.AE.ReturnWindow.Counting: 'Weekdays' is not one of Calendar, Working.",
            "Returns.Laws.AE.Name: is required.",
            "Returns.Laws.AE.ReturnWindow.Days: must be between 1 and 3650 (got 0).",
            "Returns.Laws.AE.ReturnWindow.Citation.Authority: is required.",
            "Returns.Laws.AE.RefundClock.Days: must be between 0 and 365 (got 400).",
            "Returns.Laws.AE.RefundClock.Citation: is required.",
            "Returns.Laws.AE.Deductions.restocking-fee.CapPercentOfItemsTotal: is required when Rule is Capped.",
            "Returns.Laws.AE.Deductions.card-fee.CapPercentOfItemsTotal: only a Capped rule has a cap (Rule is Allowed).",
            "Returns.Laws.AE.DeductionCitation: is required.",
            "Returns.Laws.AE.ExemptGoods[0]: 'fresh-fish' is not one of standard, custom-made, perishable, sealed-hygiene-opened, sealed-media-opened, digital-started, newspaper.",
            "Returns.Laws.AE.ExemptGoods[1]: standard goods cannot be exempt (set AppliesToChangeOfMind to false for a law without a change-of-mind right).",
            "Returns.Laws.AE.ExemptionCitation: is required.",
            "Returns.Laws.AE.PaymentMethodCitation: is required (RequiresOriginalPaymentMethod is true).",
        };
        foreach (var problem in expected)
        {
            Assert.True(ex.Failures.Contains(problem), problem + " not in: " + string.Join(" | ", ex.Failures));
        }
    }
}
