using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Scoring;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

/// <summary>
/// Configuration values the binder cannot convert (an unknown enum name, text where a number belongs) are validation
/// problems listed with every other problem in one <see cref="OptionsValidationException"/>, never a binder exception.
/// </summary>
public sealed class ConfigurationBindingTests
{
    private static IConfigurationRoot Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => v.Value)).Build();

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddReputationRules(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void Unknown_enum_names_and_unconvertible_values_are_listed_with_every_other_problem()
    {
        var configuration = Config(
            ("ReputationRules:Scoring:AliExpress:Representative", "Latest"),
            ("ReputationRules:Scoring:DefaultScheme", "Yelp"),
            ("ReputationRules:Returns:DueSoonWorkingDays", "soon"),
            ("ReputationRules:Returns:FaultyGoodsMinimumWindowDays", "99999"),
            ("ReputationRules:Scoring:Ebay:CountNeutralsInPercentage", "maybe"));
        using var sp = Build(configuration.GetSection(ReputationRulesOptions.SectionName));
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<ICreditScoreCalculator>());
        var failures = string.Join("\n", ex.Failures);
        Assert.Contains("Scoring.AliExpress.Representative: 'Latest' is not one of Earliest, NetSign.", failures);
        Assert.Contains("Scoring.DefaultScheme: 'Yelp' is not one of", failures);
        Assert.Contains("Returns.DueSoonWorkingDays: 'soon' is not a whole number.", failures);
        Assert.Contains("Scoring.Ebay.CountNeutralsInPercentage: 'maybe' is not true or false.", failures);
        Assert.Contains("Returns.FaultyGoodsMinimumWindowDays", failures); // a range problem from validation, in the same exception
        Assert.DoesNotContain("Failed to convert", failures);
    }

    [Fact]
    public async Task A_host_reports_an_unknown_enum_name_as_an_options_validation_error_at_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddReputationRules(Config(("Scoring:AliExpress:Representative", "Latest")));
        using var host = builder.Build();
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Scoring.AliExpress.Representative: 'Latest' is not one of Earliest, NetSign."], ex.Failures);
    }

    [Fact]
    public void Valid_configuration_still_binds_every_kind_of_value()
    {
        var configuration = Config(
            ("Scoring:AliExpress:Representative", "netsign"),
            ("Returns:DueSoonWorkingDays", "2"),
            ("Calendars:ExtraHolidays:DE:2026-12-24", "Company closure"),
            ("Reviews:Platforms:amazon:Severities:REV-GATING", "Warn"),
            ("Reviews:FallbackLaw", "US"));
        using var sp = Build(configuration);
        var options = sp.GetRequiredService<IOptions<ReputationRulesOptions>>().Value;
        Assert.Equal(AliExpressRepresentative.NetSign, options.Scoring.AliExpress.Representative);
        Assert.Equal(2, options.Returns.DueSoonWorkingDays);
        Assert.False(sp.GetRequiredService<ICalendarProvider>().GetCalendar(CountryCode.Parse("DE")).IsWorkingDay(new LocalDate(2026, 12, 24)));
        Assert.Equal(Rules.Reviews.SolicitationDecision.Warn, options.Reviews.Platforms["amazon"].Severities["REV-GATING"]);
        Assert.Equal("US", options.Reviews.FallbackLaw);
    }

    [Fact]
    public void A_reload_with_an_unknown_enum_name_is_a_validation_failure_and_the_engines_stay()
    {
        var root = Config();
        using var sp = Build(root);
        var calculator = sp.GetRequiredService<ICreditScoreCalculator>();
        root["Scoring:AliExpress:Representative"] = "Latest";
        var ex = Assert.Throws<AggregateException>(root.Reload);
        var validation = Assert.IsType<OptionsValidationException>(Assert.Single(ex.InnerExceptions));
        Assert.Contains("Scoring.AliExpress.Representative: 'Latest' is not one of Earliest, NetSign.", validation.Failures);
        Assert.NotNull(calculator.Calculate([], "S1", ScoringScheme.AliExpress, Instant.FromUtc(2026, 6, 30, 0, 0)));
    }

    [Fact]
    public void Many_unconvertible_values_are_all_reported()
    {
        var values = Enumerable.Range(0, 5).Select(i => ($"Reviews:Platforms:p{i}:QuietHoursStart", (string?)"late")).ToArray();
        using var sp = Build(Config(values));
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<ICreditScoreCalculator>());
        Assert.Equal(5, ex.Failures.Count(f => f.EndsWith("'late' is not a whole number.", StringComparison.Ordinal)));
    }
}
