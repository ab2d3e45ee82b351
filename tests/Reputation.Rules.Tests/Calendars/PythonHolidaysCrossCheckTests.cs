using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;
using Xunit;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>
/// The 2025 and 2026 holidays of the rule-based calendars, day for day, against python-holidays
/// (vacanza/holidays snapshots, public category; GB is its England subdivision) and the official lists.
/// </summary>
public sealed class PythonHolidaysCrossCheckTests
{
    private static string[] Holidays(string market, int year) =>
        [.. CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse(market)).Holidays.Keys
            .Where(d => d.Year == year).Order().Select(d => d.ToString("MM-dd", null))];

    [Theory]
    [InlineData("DE", 2025, "01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26")]
    [InlineData("DE", 2026, "01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26")]
    [InlineData("FR", 2025, "01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-01 11-11 12-25")]
    [InlineData("FR", 2026, "01-01 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25")]
    [InlineData("GB", 2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26")]
    [InlineData("GB", 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28")]
    [InlineData("US", 2025, "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25")]
    [InlineData("US", 2026, "01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25")]
    [InlineData("BR", 2025, "01-01 04-18 04-21 05-01 09-07 10-12 11-02 11-15 11-20 12-25")]
    [InlineData("BR", 2026, "01-01 04-03 04-21 05-01 09-07 10-12 11-02 11-15 11-20 12-25")]
    [InlineData("CN", 2025, "01-01 01-28 01-29 01-30 01-31 02-01 02-02 02-03 02-04 04-04 04-05 04-06 05-01 05-02 05-03 05-04 05-05 05-31 06-01 06-02 10-01 10-02 10-03 10-04 10-05 10-06 10-07 10-08")]
    [InlineData("CN", 2026, "01-01 01-02 01-03 02-15 02-16 02-17 02-18 02-19 02-20 02-21 02-22 02-23 04-04 04-05 04-06 05-01 05-02 05-03 05-04 05-05 06-19 06-20 06-21 09-25 09-26 09-27 10-01 10-02 10-03 10-04 10-05 10-06 10-07")]
    public void Holidays_match_python_holidays_day_for_day(string market, int year, string expected) =>
        Assert.Equal(expected.Split(' '), Holidays(market, year));

    [Fact]
    public void China_2025_make_up_days_match_python_holidays_weekend_workdays()
    {
        var makeUp = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("CN")).MakeUpWorkingDays.Keys
            .Where(d => d.Year == 2025).Order().Select(d => d.ToString("MM-dd", null));
        Assert.Equal(["01-26", "02-08", "04-27", "09-28", "10-11"], makeUp);
    }

    [Fact]
    public void United_states_new_years_day_2101_on_a_saturday_is_observed_on_friday_31_december_2100()
    {
        // Fix: the data loop stopped at 2100 and missed the observance that falls inside it (5 U.S.C. 6103(b)(1);
        // python-holidays lists e.g. 2038-12-31 "New Year's Day (observed)").
        var us = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("US"));
        Assert.Equal(IsoDayOfWeek.Saturday, new LocalDate(2101, 1, 1).DayOfWeek);
        Assert.Equal("New Year's Day (observed)", us.GetHolidayName(new LocalDate(2100, 12, 31)));
        Assert.Equal("New Year's Day (observed)", us.GetHolidayName(new LocalDate(2038, 12, 31)));
        Assert.False(us.IsWorkingDay(new LocalDate(2100, 12, 31)));
    }
}
