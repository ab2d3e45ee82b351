using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

/// <summary>Next year's holidays and new markets from appsettings.json (<c>Calendars.Markets</c>) and data files (<c>Calendars.DataFiles</c>).</summary>
public sealed class CalendarDataOptionsTests
{
    private static readonly CountryCode Cn = CountryCode.Parse("CN");

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddReputationRules(configuration.GetSection(ReputationRulesOptions.SectionName));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void A_2027_schedule_in_appsettings_reaches_calendars_and_returns()
    {
        var configuration = Json("""
            { "ReputationRules": { "Calendars": { "Markets": { "CN": { "Years": [ {
                "Year": 2027,
                "Holidays": [ "2027-01-01..2027-01-03 元旦", "2027-02-06..2027-02-12 春节" ],
                "MakeUpWorkingDays": [ "2027-02-20 补班（春节）" ],
                "Source": "test schedule", "Retrieved": "2026-12-01" } ] } },
              "ExtraHolidays": { "CN": { "2027-03-01": "company day" } } } } }
            """);
        using var sp = Build(configuration);
        var cn = sp.GetRequiredService<ICalendarProvider>().GetCalendar(Cn);
        Assert.Equal(2027, cn.LastCoveredYear);
        Assert.Equal(DayKind.MakeUpWorkingDay, cn.GetDayKind(new LocalDate(2027, 2, 20)));
        Assert.Equal("company day", cn.GetHolidayName(new LocalDate(2027, 3, 1))); // ExtraHolidays apply after Markets
        Assert.Equal("test schedule (retrieved 2026-12-01)", cn.YearSources[2027]);

        var engine = sp.GetRequiredService<IReturnComplianceEngine>();
        var report = engine.Evaluate(
            new ReturnCase(
                "R-1", Cn, Cn,
                new Order(new Rules.Money(10m, "CNY"), new Rules.Money(0m, "CNY"), "alipay", new LocalDate(2027, 1, 20)),
                new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard, new LocalDate(2027, 1, 25), receivedOn: new LocalDate(2027, 2, 4)),
                []),
            new LocalDate(2027, 2, 5));
        Assert.DoesNotContain(report.Findings, f => f.RuleId.Value == "RET-CALENDAR-ESTIMATE");
    }

    [Fact]
    public void A_new_market_added_purely_by_configuration_has_its_weekend_and_holidays()
    {
        var configuration = Json("""
            { "ReputationRules": { "Calendars": { "Markets": { "EG": {
                "Name": "Egypt (configured)", "Source": "test",
                "Weekends": [ { "Days": [ "Friday", "Saturday" ] } ],
                "Years": [ { "Year": 2027, "Holidays": [ "2027-01-07 Coptic Christmas" ], "Source": "test" } ] } } } } }
            """);
        using var sp = Build(configuration);
        var provider = sp.GetRequiredService<ICalendarProvider>();
        var eg = provider.GetCalendar(CountryCode.Parse("EG"));
        Assert.True(provider.HasHolidayData(CountryCode.Parse("EG")));
        Assert.Equal("Egypt (configured)", eg.Name);
        Assert.False(eg.IsWorkingDay(new LocalDate(2027, 1, 8))); // Friday
        Assert.True(eg.IsWorkingDay(new LocalDate(2027, 1, 10))); // Sunday
        Assert.False(eg.IsWorkingDay(new LocalDate(2027, 1, 7)));
    }

    [Fact]
    public void Data_files_from_configuration_are_applied()
    {
        var file = Path.Combine(Path.GetTempPath(), $"calendar-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"calendars":[{"market":"KR","years":[{"year":2027,"source":"test","holidays":["2027-01-01 신정"]}]}]}""");
        try
        {
            var configuration = Json($$"""{ "ReputationRules": { "Calendars": { "DataFiles": [ {{System.Text.Json.JsonSerializer.Serialize(file)}} ] } } }""");
            using var sp = Build(configuration);
            var kr = sp.GetRequiredService<ICalendarProvider>().GetCalendar(CountryCode.Parse("KR"));
            Assert.Equal(2027, kr.LastCoveredYear);
            Assert.Equal("신정", kr.GetHolidayName(new LocalDate(2027, 1, 1)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Bad_calendar_data_in_configuration_lists_every_problem_with_its_path()
    {
        var configuration = Json("""
            { "ReputationRules": { "Calendars": {
                "DataFiles": [ "/no/such/calendar.json" ],
                "Markets": {
                  "CN": { "Years": [ { "Year": 2027, "Holidays": [ "2027-02-30" ], "Source": "x" }, { "Year": 2029, "Source": "" } ] },
                  "Egypt": { "Years": [] },
                  "EG": { "Weekends": [ { "Days": [ "Fri" ] } ], "Years": [] } } } } }
            """);
        using var sp = Build(configuration);
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<ICalendarProvider>().GetCalendar(Cn));
        var all = string.Join("\n", ex.Failures);
        Assert.Contains("Calendars.Markets.CN.Years[0].Holidays[0]: '2027-02-30' is not a date", all);
        Assert.Contains("Calendars.Markets.CN.Years[1].Source: required", all);
        Assert.Contains("Calendars.Markets.Egypt: 'Egypt' is not an ISO 3166-1 alpha-2 market code.", all);
        Assert.Contains("Calendars.Markets.EG.Weekends[0].Days[0]: 'Fri' is not a day of the week", all);
    }

    [Fact]
    public void A_gap_between_covered_years_is_reported_and_a_missing_file_too()
    {
        var configuration = Json("""
            { "ReputationRules": { "Calendars": {
                "DataFiles": [ "/no/such/calendar.json" ],
                "Markets": { "CN": { "Years": [ { "Year": 2028, "Source": "x" } ] } } } } }
            """);
        using var sp = Build(configuration);
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<ICalendarProvider>().GetCalendar(Cn));
        var all = string.Join("\n", ex.Failures);
        Assert.Contains("Calendars.DataFiles[0]: cannot read '/no/such/calendar.json'", all);
        Assert.Contains("Calendars.Markets.CN: ", all);
        Assert.Contains("no data for 2027", all);
        Assert.Equal(2, ex.Failures.Count());
    }
}
