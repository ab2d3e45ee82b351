using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.Returns;

/// <summary>The injected interfaces can say what is wrong with an input without throwing (for "400 Bad Request").</summary>
public sealed class ValidateWithoutThrowingTests
{
    private static ReturnCase Case(string? marketplace) => new(
        "R-1", CountryCode.Parse("DE"), CountryCode.Parse("CN"),
        new Order(new Rules.Money(10m, "EUR"), new Rules.Money(0m, "EUR"), "card", new LocalDate(2026, 3, 2)),
        new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard, new LocalDate(2026, 3, 5)),
        [],
        marketplace: marketplace);

    [Fact]
    public void Validate_lists_what_evaluate_would_throw_for()
    {
        using var sp = new ServiceCollection().AddReputationRulesServices();
        foreach (var engine in new IReturnComplianceEngine[] { ReturnComplianceEngine.CreateDefault(), sp.GetRequiredService<IReturnComplianceEngine>() })
        {
            Assert.Empty(engine.Validate(Case("amazon"), new LocalDate(2026, 4, 1)));
            var problems = engine.Validate(Case("temu"), new LocalDate(2300, 1, 1));
            Assert.Equal(2, problems.Length);
            Assert.StartsWith("asOf: ", problems[0], System.StringComparison.Ordinal);
            Assert.StartsWith("marketplace: 'temu' is not a known marketplace", problems[1], System.StringComparison.Ordinal);
            Assert.Throws<InvalidReturnCaseException>(() => engine.Evaluate(Case("temu"), new LocalDate(2026, 4, 1)));
        }
    }

    [Fact]
    public void Has_platform_answers_on_the_interface()
    {
        using var sp = new ServiceCollection().AddReputationRulesServices();
        foreach (var guard in new ISolicitationGuard[] { new SolicitationGuard(new ReviewsOptions()), sp.GetRequiredService<ISolicitationGuard>() })
        {
            Assert.True(guard.HasPlatform("Own Site"));
            Assert.True(guard.HasPlatform("AMAZON"));
            Assert.False(guard.HasPlatform("temu"));
            Assert.False(guard.HasPlatform(null));
        }
    }
}

internal static class ServiceCollectionTestExtensions
{
    public static ServiceProvider AddReputationRulesServices(this IServiceCollection services)
    {
        services.AddReputationRules();
        return services.BuildServiceProvider();
    }
}
