using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Returns;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

public sealed class EngineRegistrationTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 2);

    /// <summary>US buyer and seller (no statutory refund clock): the seller layer's working days decide.</summary>
    internal static ReturnCase UsCase(string id = "DI-1") => new(
        caseId: id,
        buyerMarket: CountryCode.Parse("US"),
        sellerMarket: CountryCode.Parse("US"),
        order: new Order(new Money(40m, "USD"), new Money(0m, "USD"), "card", new LocalDate(2026, 5, 20)),
        @return: new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard,
            requestedOn: new LocalDate(2026, 5, 25), evidenceOfSendingOn: null, receivedOn: new LocalDate(2026, 6, 1)),
        refunds: [],
        sellerPolicy: null);

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void Every_engine_resolves_from_a_real_container()
    {
        using var sp = Build(s => s.AddReputationRules());
        Assert.NotNull(sp.GetRequiredService<IReturnComplianceEngine>());
        Assert.NotNull(sp.GetRequiredService<Reputation.Rules.Calendars.ICalendarProvider>());
        Assert.Equal(RuleCatalog.BuiltIn.Count, sp.GetRequiredService<RuleCatalog>().Count);
    }

    [Fact]
    public void Refund_working_days_from_json_configuration_change_the_due_date()
    {
        // Received Monday 2026-06-01: 5 working days → Monday 06-08; 3 working days → Thursday 06-04.
        using var defaults = Build(s => s.AddReputationRules());
        Assert.Equal(new LocalDate(2026, 6, 8), defaults.GetRequiredService<IReturnComplianceEngine>().Evaluate(UsCase(), AsOf).RefundDueBy);

        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""
            { "ReputationRules": { "Returns": { "DefaultSellerPolicy": { "RefundWithinWorkingDays": 3 } } } }
            """))).Build();
        using var sp = Build(s => s.AddReputationRules(configuration.GetSection("ReputationRules")));
        Assert.Equal(new LocalDate(2026, 6, 4), sp.GetRequiredService<IReturnComplianceEngine>().Evaluate(UsCase(), AsOf).RefundDueBy);
    }

    [Fact]
    public void A_custom_rule_registered_through_the_builder_produces_findings_and_joins_the_catalog()
    {
        using var sp = Build(s => s.AddReputationRules().AddReturnRule<AlwaysRemindRule>());
        var report = sp.GetRequiredService<IReturnComplianceEngine>().Evaluate(UsCase(), AsOf);
        Assert.Contains(report.Findings, f => f.RuleId == AlwaysRemindRule.Id);
        Assert.True(sp.GetRequiredService<RuleCatalog>().Contains(AlwaysRemindRule.Id));
        Assert.Contains(sp.GetRequiredService<IReturnComplianceEngine>().Rules, r => r.Id == AlwaysRemindRule.Id);
    }

    [Fact]
    public void A_custom_marketplace_profile_can_be_named_by_cases()
    {
        var profile = new MarketplaceProfile("localmart", "LocalMart", new Citation("LocalMart seller terms", "§4"), refundWithinWorkingDays: 1, minimumReturnWindowDays: 45);
        using var sp = Build(s => s.AddReputationRules().AddMarketplaceProfile(profile));
        Assert.Contains(sp.GetRequiredService<IReturnComplianceEngine>().Marketplaces, m => m.Name == "localmart");
    }

    [Fact]
    public void A_user_registered_clock_is_respected()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 11, 18, 0));
        using var sp = Build(s =>
        {
            s.AddSingleton<IClock>(clock);
            s.AddReputationRules();
        });
        Assert.Same(clock, sp.GetRequiredService<IClock>());
        Assert.Same(clock, sp.GetRequiredService<ReputationRulesRuntime>().Clock);
    }

    [Fact]
    public void Concurrent_resolution_and_evaluation_from_16_threads_give_identical_results()
    {
        using var sp = Build(s => s.AddReputationRules());
        var expected = ReturnComplianceEngine.CreateDefault().Evaluate(UsCase(), AsOf);
        var results = new ReturnReport[16 * 50];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
            results[i] = sp.GetRequiredService<IReturnComplianceEngine>().Evaluate(UsCase(), AsOf));
        Assert.All(results, r =>
        {
            Assert.Equal(expected.Verdict, r.Verdict);
            Assert.Equal(expected.RefundDueBy, r.RefundDueBy);
            Assert.Equal(expected.Findings.Select(f => f.RuleId), r.Findings.Select(f => f.RuleId));
        });
    }

    [Fact]
    public void Duplicate_custom_rule_ids_fail_at_resolution_with_the_id()
    {
        using var sp = Build(s => s.AddReputationRules().AddReturnRule<AlwaysRemindRule>().AddReturnRule<SameIdRule>());
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IReturnComplianceEngine>().Evaluate(UsCase(), AsOf));
        Assert.Contains(AlwaysRemindRule.Id.Value, string.Join("\n", ex.Failures));
    }

    private sealed class AlwaysRemindRule : IReturnRule
    {
        public static readonly RuleId Id = "SHOP-REMIND";

        public RuleDescriptor Descriptor { get; } = new(Id, "returns", "Remind the agent", Severity.Info);

        public Finding? Evaluate(in ReturnRuleContext context) =>
            new(Id, Severity.Info, $"Case {context.Case.CaseId} checked.");
    }

    private sealed class SameIdRule : IReturnRule
    {
        public RuleDescriptor Descriptor { get; } = new(AlwaysRemindRule.Id, "returns", "Same id", Severity.Info);

        public Finding? Evaluate(in ReturnRuleContext context) => null;
    }
}
