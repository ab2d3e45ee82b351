using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

public sealed class EngineAndOptionsTests
{
    /// <summary>A custom rule: flags refunds above 50.00 that were made without any deduction (for a fraud review queue).</summary>
    private sealed class LargeRefundRule : IReturnRule
    {
        public RuleDescriptor Descriptor { get; } = new("ACME-LARGE-REFUND", "returns", "Large refund", Severity.Violation);

        public Finding? Evaluate(in ReturnRuleContext context) =>
            context.Refunded.Amount > 50m
                ? new Finding(Descriptor.Id, Descriptor.DefaultSeverity, $"Refunded {context.Refunded}; due {context.AmountDue}.", evidence: [new("refunded", context.Refunded.FormatAmount())])
                : null;
    }

    private sealed class CollidingRule : IReturnRule
    {
        public RuleDescriptor Descriptor { get; } = new("RET-LATE", "returns", "Not the real one", Severity.Info);

        public Finding? Evaluate(in ReturnRuleContext context) => null;
    }

    [Fact]
    public void Default_options_are_valid_and_documented_values()
    {
        var options = new ReturnsOptions();
        Assert.Empty(options.Validate());
        Assert.Equal(1, options.DueSoonWorkingDays);
        Assert.Equal(30, options.FaultyGoodsMinimumWindowDays);
        var policy = options.DefaultSellerPolicy.ToSellerPolicy();
        Assert.Equal(new SellerPolicy(), policy);
        Assert.Equal(30, policy.ReturnWindowDays);
        Assert.Equal(5, policy.RefundWithinWorkingDays);
        Assert.True(policy.WithdrawalInfoGiven);
        Assert.False(policy.BuyerPaysReturnInformed);
        Assert.False(policy.OffersCollection);
        Assert.Equal(0m, policy.RestockingFeePercent);
        Assert.True(policy.ReturnTermsDisplayed);
    }

    [Fact]
    public void Validate_lists_every_problem_with_its_path()
    {
        var options = new ReturnsOptions
        {
            DueSoonWorkingDays = -1,
            FaultyGoodsMinimumWindowDays = 5000,
            DefaultSellerPolicy = new SellerPolicyOptions { ReturnWindowDays = -1, RefundWithinWorkingDays = 400, RestockingFeePercent = 120m },
        };
        Assert.Equal(
            [
                "DefaultSellerPolicy.ReturnWindowDays: must be between 0 and 3650 (got -1).",
                "DefaultSellerPolicy.RefundWithinWorkingDays: must be between 0 and 365 (got 400).",
                "DefaultSellerPolicy.RestockingFeePercent: must be between 0 and 100 (got 120).",
                "DueSoonWorkingDays: must be between 0 and 30 (got -1).",
                "FaultyGoodsMinimumWindowDays: must be between 0 and 3650 (got 5000).",
            ],
            options.Validate().ToArray());
        Assert.Equal(["DefaultSellerPolicy: must not be null."], new ReturnsOptions { DefaultSellerPolicy = null! }.Validate().ToArray());
    }

    [Fact]
    public void The_constructor_throws_listing_every_problem_of_options_rules_and_marketplaces()
    {
        var options = new ReturnsOptions { DueSoonWorkingDays = 99, DefaultSellerPolicy = new SellerPolicyOptions { ReturnWindowDays = -3 } };
        var duplicate = new MarketplaceProfile("shop", "Shop", new Citation("Shop", "rules"), 1, null);
        var ex = Assert.Throws<ArgumentException>(() => new ReturnComplianceEngine(
            options,
            CalendarProvider.BuiltIn,
            [new CollidingRule(), null!],
            [duplicate, duplicate]));
        Assert.Contains("DefaultSellerPolicy.ReturnWindowDays", ex.Message);
        Assert.Contains("DueSoonWorkingDays", ex.Message);
        Assert.Contains("customRules[0].Descriptor.Id: 'RET-LATE'", ex.Message);
        Assert.Contains("customRules[1]: must not be null.", ex.Message);
        Assert.Contains("marketplaces[1].Name: 'shop' appears more than once.", ex.Message);
        Assert.Throws<ArgumentNullException>(() => new ReturnComplianceEngine(null!, CalendarProvider.BuiltIn));
        Assert.Throws<ArgumentNullException>(() => new ReturnComplianceEngine(new ReturnsOptions(), null!));
    }

    [Fact]
    public void The_engine_copies_its_options()
    {
        var options = new ReturnsOptions();
        var engine = new ReturnComplianceEngine(options, CalendarProvider.BuiltIn);
        options.DefaultSellerPolicy.RefundWithinWorkingDays = 1;
        options.DueSoonWorkingDays = 20;
        Assert.Equal(5, engine.DefaultSellerPolicy.RefundWithinWorkingDays);
        var report = engine.Evaluate(Make(buyer: "US", seller: "DE", currency: "USD", requested: "2026-03-30", received: "2026-04-02"), D("2026-04-03"));
        Assert.Equal(D("2026-04-13"), report.RefundDueBy);
        Assert.False(report.Has("RET-DUE-SOON"));
    }

    [Fact]
    public void Cases_without_a_seller_policy_use_the_options_defaults()
    {
        var options = new ReturnsOptions { DefaultSellerPolicy = new SellerPolicyOptions { RefundWithinWorkingDays = 2 } };
        var engine = new ReturnComplianceEngine(options, CalendarProvider.BuiltIn);
        // DE: received Thu 04-02 + 2 working days = 04-07, 04-08 (Good Friday and Easter Monday skipped).
        var report = engine.Evaluate(Make(buyer: "US", seller: "DE", currency: "USD", requested: "2026-03-30", received: "2026-04-02"), D("2026-04-03"));
        Assert.Equal(D("2026-04-08"), report.RefundDueBy);
        Assert.Same(engine.DefaultSellerPolicy, report.Policy.Seller);
    }

    [Fact]
    public void Custom_rules_run_in_the_same_pass_after_the_built_in_rules_and_count_for_the_verdict()
    {
        var engine = new ReturnComplianceEngine(new ReturnsOptions(), CalendarProvider.BuiltIn, [new LargeRefundRule()]);
        Assert.Equal("ACME-LARGE-REFUND", engine.Rules[^1].Id.Value);
        Assert.Equal(ReturnRuleDescriptors.All.Length + 1, engine.Rules.Length);
        var returnCase = Make(buyer: "US", seller: "DE", currency: "USD", requested: "2026-03-30", received: "2026-04-02", refunds: [Refund("2026-04-03", 100m, "USD", "paypal")]);
        var report = engine.Evaluate(returnCase, D("2026-04-05"));
        Assert.Equal(["RET-PAYMENT-METHOD", "ACME-LARGE-REFUND"], Ids(report));
        Assert.Equal("100.00", report.Findings[^1].GetEvidence("refunded"));
        Assert.Equal(ReturnVerdict.Violation, report.Verdict);
    }

    [Fact]
    public void Extra_marketplace_profiles_are_added_and_can_replace_a_built_in_one()
    {
        var fast = new MarketplaceProfile("amazon", "Amazon (stricter)", new Citation("Amazon", "refund within 1 business day"), 1, 30);
        var local = new MarketplaceProfile("localmart", "LocalMart", new Citation("LocalMart", "refund within 3 business days"), 3, 45);
        var engine = new ReturnComplianceEngine(new ReturnsOptions(), CalendarProvider.BuiltIn, marketplaces: [fast, local]);
        Assert.Equal(["aliexpress", "amazon", "ebay", "localmart"], engine.Marketplaces.Select(m => m.Name).ToArray());
        var amazon = engine.Evaluate(Make(buyer: "US", seller: "US", currency: "USD", marketplace: "Amazon", requested: "2026-03-30", received: "2026-04-02"), D("2026-04-02"));
        Assert.Equal(D("2026-04-03"), amazon.RefundDueBy);
        Assert.Equal("Amazon refund within 1 business day", amazon.DeadlineCitation!.ToString());
        var localmart = engine.Evaluate(Make(buyer: "US", seller: "US", currency: "USD", marketplace: "localmart", requested: "2026-03-30"), D("2026-04-02"));
        Assert.Equal(D("2026-04-16"), localmart.Policy.ReturnWindowEnds.Value);
    }

    [Fact]
    public void An_unknown_marketplace_is_a_field_named_error()
    {
        var ex = Assert.Throws<InvalidReturnCaseException>(() => Eval(Make(marketplace: "etsy"), "2026-03-10"));
        Assert.Equal("marketplace", ex.Field);
        Assert.Equal("marketplace: 'etsy' is not a known marketplace (known: aliexpress, amazon, ebay).", ex.Message);
    }

    [Fact]
    public void As_of_outside_the_supported_range_is_a_field_named_error()
    {
        var ex = Assert.Throws<InvalidReturnCaseException>(() => Engine.Evaluate(Make(), new NodaTime.LocalDate(2300, 1, 1)));
        Assert.Equal("asOf", ex.Field);
        Assert.Throws<ArgumentNullException>(() => Engine.Evaluate(null!, D("2026-03-10")));
    }

    [Fact]
    public void Evaluation_is_thread_safe_one_engine_many_threads()
    {
        var cases = Enumerable.Range(0, 64)
            .Select(i => Make(buyer: i % 2 == 0 ? "DE" : "CN", seller: "CN", requested: "2026-03-05", received: "2026-03-09", refunds: [Refund("2026-03-1" + (i % 10), 90m + (i % 20))], caseId: "C" + i))
            .ToArray();
        var sequential = cases.Select(c => Eval(c, "2026-03-25").ToString()).ToArray();
        var parallel = new string[cases.Length];
        Parallel.For(0, cases.Length * 4, i => parallel[i % cases.Length] = Eval(cases[i % cases.Length], "2026-03-25").ToString());
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void A_compliant_case_allocates_only_its_report()
    {
        var returnCase = Make(buyer: "FR", seller: "FR", requested: "2026-06-10", evidence: "2026-06-12", received: "2026-06-16", refunds: [Refund("2026-06-18", 100m)]);
        var asOf = D("2026-07-01");
        var report = Engine.Evaluate(returnCase, asOf);
        Assert.Equal(ReturnVerdict.Compliant, report.Verdict);
        Assert.Empty(report.Findings);
        for (var i = 0; i < 100; i++)
        {
            Engine.Evaluate(returnCase, asOf);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        const int runs = 1000;
        for (var i = 0; i < runs; i++)
        {
            Engine.Evaluate(returnCase, asOf);
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / runs;

        // Nothing but the report object (its effective policy is inline) may be allocated. Its size depends on the
        // runtime and the platform (200 bytes on .NET 10 x64), so it is measured here, on the same runtime: allocating
        // a bare ReturnReport instance costs exactly one report object.
        Assert.Equal(BytesOfOneReturnReport(), perCall);
    }

    private static long BytesOfOneReturnReport()
    {
        _ = RuntimeHelpers.GetUninitializedObject(typeof(ReturnReport)); // warm up (the first call may cache type data)
        const int runs = 1000;
        var keep = new object[runs];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            keep[i] = RuntimeHelpers.GetUninitializedObject(typeof(ReturnReport));
        }

        var perObject = (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
        GC.KeepAlive(keep);
        return perObject;
    }

    [Fact]
    public void Built_in_rules_are_in_the_catalog_with_their_titles_and_severities()
    {
        Assert.Equal(8, ReturnRuleDescriptors.All.Length);
        foreach (var rule in ReturnRuleDescriptors.All)
        {
            Assert.Same(rule, RuleCatalog.BuiltIn[rule.Id]);
            Assert.Equal("returns", rule.Engine);
        }

        Assert.Equal("Refund later than the deadline", RuleCatalog.BuiltIn["RET-LATE"].Title);
        Assert.Equal(Severity.Warning, RuleCatalog.BuiltIn["RET-DUE-SOON"].DefaultSeverity);
        Assert.Equal(Severity.Info, RuleCatalog.BuiltIn["RET-CALENDAR-ESTIMATE"].DefaultSeverity);
        Assert.Equal(ImmutableArray.CreateRange(ReturnRuleDescriptors.All), Engine.Rules);
    }

    [Fact]
    public void Law_profiles_cover_the_named_markets()
    {
        Assert.Same(LawProfile.Eu, LawProfile.ForMarket(CountryCode.Parse("IT")));
        Assert.Same(LawProfile.Eu, LawProfile.ForMarket(CountryCode.Parse("PL")));
        Assert.Same(LawProfile.Gb, LawProfile.ForMarket(CountryCode.Parse("GB")));
        Assert.Null(LawProfile.ForMarket(CountryCode.Parse("AE")));
        Assert.Null(LawProfile.ForMarket(CountryCode.Parse("CH")));
        Assert.Equal(["EU", "GB", "CN", "KR", "BR", "RU", "JP", "AU", "US"], LawProfile.All.Select(p => p.Id).ToArray());
    }
}
