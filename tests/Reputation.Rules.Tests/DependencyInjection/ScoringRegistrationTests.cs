using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Scoring;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

public sealed class ScoringRegistrationTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 6, 30, 23, 59, 59);

    private static readonly Feedback[] History =
    [
        new("S1", "B1", 5, Instant.FromUtc(2026, 1, 5, 12, 0), orderId: "O1"),
        new("S1", "B2", 1, Instant.FromUtc(2026, 2, 10, 12, 0), orderId: "O2"),
    ];

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddReputationRules(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void Composite_parameters_from_configuration_reach_the_calculator()
    {
        using var defaults = Build(new ConfigurationBuilder().Build());
        using var tuned = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scoring:DefaultScheme"] = "Ebay",
            ["Scoring:Composite:PriorWeight"] = "1",
        }).Build());
        var a = defaults.GetRequiredService<ICreditScoreCalculator>();
        var b = tuned.GetRequiredService<ICreditScoreCalculator>();
        Assert.Equal(ScoringScheme.Composite, a.DefaultScheme);
        Assert.Equal(ScoringScheme.Ebay, b.DefaultScheme);
        Assert.NotEqual(
            a.Calculate(History, "S1", ScoringScheme.Composite, AsOf).Composite!.Crs,
            b.Calculate(History, "S1", ScoringScheme.Composite, AsOf).Composite!.Crs);
        Assert.Equal(
            new CreditScoreCalculator().Calculate(History, "S1", ScoringScheme.Composite, AsOf).Composite!.Crs,
            a.Calculate(History, "S1", ScoringScheme.Composite, AsOf).Composite!.Crs);
    }

    [Fact]
    public void Invalid_scoring_options_are_listed_with_their_paths()
    {
        using var sp = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scoring:Composite:HalfLifeDays"] = "-1",
            ["Scoring:Ebay:TimeZoneId"] = "Mars/Olympus",
        }).Build());
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<ICreditScoreCalculator>().Calculate(History, "S1", ScoringScheme.Ebay, AsOf));
        var all = string.Join("\n", ex.Failures);
        Assert.Contains("Scoring.Composite.HalfLifeDays", all);
        Assert.Contains("Scoring.Ebay.TimeZoneId", all);
    }
}
