using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Calendars;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

public sealed class CalendarRegistrationTests
{
    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void Calendar_provider_resolves_with_defaults()
    {
        using var sp = Build(s => s.AddReputationRules());
        var calendars = sp.GetRequiredService<ICalendarProvider>();
        Assert.Equal(new LocalDate(2026, 10, 13), calendars.GetCalendar(CountryCode.Parse("CN")).AddWorkingDays(new LocalDate(2026, 9, 30), 5));
        Assert.Same(SystemClock.Instance, sp.GetRequiredService<IClock>());
    }

    [Fact]
    public void Extra_holidays_from_json_configuration_reach_the_calendar()
    {
        var configuration = Json("""
            { "ReputationRules": { "Calendars": { "ExtraHolidays": { "DE": { "2026-12-24": "Company closure" } },
                                                    "MakeUpWorkingDays": { "de": { "2026-12-19": "Stocktaking Saturday" } } } } }
            """);
        using var sp = Build(s => s.AddReputationRules(configuration.GetSection(ReputationRulesOptions.SectionName)));
        var de = sp.GetRequiredService<ICalendarProvider>().GetCalendar(CountryCode.Parse("DE"));
        Assert.False(de.IsWorkingDay(new LocalDate(2026, 12, 24)));
        Assert.True(de.IsWorkingDay(new LocalDate(2026, 12, 19)));
        Assert.Equal("Company closure", de.GetHolidayName(new LocalDate(2026, 12, 24)));
    }

    [Fact]
    public void Invalid_configuration_fails_on_first_resolution_listing_every_problem()
    {
        var configuration = Json("""
            { "Returns": { "DueSoonWorkingDays": 99, "DefaultSellerPolicy": { "RestockingFeePercent": 120 } },
              "Calendars": { "ExtraHolidays": { "ZZ": { "2026-01-02": "x" }, "DE": { "2026-02-30": "bad date", "2026-03-02": "" } } } }
            """);
        using var sp = Build(s => s.AddReputationRules(configuration));
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<ICalendarProvider>().GetCalendar(CountryCode.Parse("DE")));
        var all = string.Join("\n", ex.Failures);
        Assert.Contains("Returns.DueSoonWorkingDays", all);
        Assert.Contains("Returns.DefaultSellerPolicy.RestockingFeePercent", all);
        Assert.Contains("Calendars.ExtraHolidays.ZZ", all);
        Assert.Contains("Calendars.ExtraHolidays.DE.2026-02-30", all);
        Assert.Contains("Calendars.ExtraHolidays.DE.2026-03-02: the name must not be empty", all);
        Assert.True(ex.Failures.Count() >= 5);
    }

    [Fact]
    public void Extra_days_outside_the_calendars_coverage_are_reported()
    {
        using var sp = Build(s => s.AddReputationRules(o => o.Calendars.ExtraHolidays["CN"] = new() { ["2031-01-02"] = "too late" }));
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<ICalendarProvider>().GetCalendar(CountryCode.Parse("CN")));
        Assert.Contains("2031-01-02 is outside the covered years 2025–2026", string.Join("\n", ex.Failures));
    }

    [Fact]
    public async Task A_host_validates_on_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddReputationRules(o => o.Calendars.ExtraHolidays["C1"] = new() { ["2026-01-02"] = "x" });
        using var host = builder.Build();
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Calendars.ExtraHolidays.C1", string.Join("\n", ex.Failures));
    }

    [Fact]
    public async Task A_host_reports_coverage_problems_at_start_with_everything_else()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddReputationRules(o => o.Calendars.ExtraHolidays["CN"] = new() { ["2031-01-02"] = "too late" });
        using var host = builder.Build();
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("2031-01-02 is outside the covered years 2025–2026", string.Join("\n", ex.Failures));
    }

    [Fact]
    public void An_invalid_reload_keeps_the_previous_engines_and_records_the_error()
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        using var sp = Build(s => s.AddReputationRules(root));
        var calendars = sp.GetRequiredService<ICalendarProvider>();
        var runtime = sp.GetRequiredService<ReputationRulesRuntime>();
        root["Calendars:ExtraHolidays:CN:2031-01-02"] = "too late";
        try
        {
            root.Reload();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // IOptionsMonitor surfaces the validation failure to the reloading caller; the engines must survive it.
        }

        Assert.True(calendars.GetCalendar(CountryCode.Parse("CN")).IsWorkingDay(new LocalDate(2026, 3, 2)));
        Assert.Equal(1, runtime.Builds);
    }

    [Fact]
    public void Calling_add_twice_registers_once()
    {
        var services = new ServiceCollection();
        services.AddReputationRules();
        var count = services.Count;
        services.AddReputationRules(o => o.Returns.DueSoonWorkingDays = 2);
        Assert.Equal(count + 1, services.Count); // only the Configure<> action is added
        Assert.Single(services, d => d.ServiceType == typeof(ICalendarProvider));
    }

    [Fact]
    public void A_registered_calendar_replaces_the_built_in_one()
    {
        var custom = new WorkingDayCalendarBuilder(CountryCode.Parse("RU"), "Russia").CoveringYears(2026, 2026)
            .AddHolidayRange(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 8), "Новогодние каникулы").Build();
        using var sp = Build(s => s.AddReputationRules().AddCalendar(CountryCode.Parse("RU"), custom));
        var ru = sp.GetRequiredService<ICalendarProvider>().GetCalendar(CountryCode.Parse("RU"));
        Assert.True(ru.HasHolidayData);
        Assert.Equal(new LocalDate(2026, 1, 9), ru.AddWorkingDays(new LocalDate(2025, 12, 31).PlusDays(1), 1));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddReputationRules().AddCalendar(CountryCode.Parse("DE"), custom));
    }

    [Fact]
    public void Reloaded_configuration_rebuilds_once_and_swaps_atomically()
    {
        var source = new Dictionary<string, string?>();
        var root = new ConfigurationBuilder().AddInMemoryCollection(source).Build();
        using var sp = Build(s => s.AddReputationRules(root));
        var calendars = sp.GetRequiredService<ICalendarProvider>();
        var runtime = sp.GetRequiredService<ReputationRulesRuntime>();
        var day = new LocalDate(2026, 12, 24);
        Assert.True(calendars.GetCalendar(CountryCode.Parse("DE")).IsWorkingDay(day));
        Assert.Equal(1, runtime.Builds);

        root["Calendars:ExtraHolidays:DE:2026-12-24"] = "Company closure";
        root.Reload();

        Assert.False(calendars.GetCalendar(CountryCode.Parse("DE")).IsWorkingDay(day));
        Assert.Equal(2, runtime.Builds);
    }
}
