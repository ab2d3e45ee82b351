using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;
using Xunit;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>The published schedules: the State Council's 2026 arrangement, GB and US observance rules.</summary>
public sealed class PublishedSchedulesTests
{
    private static WorkingDayCalendar Calendar(string market) => CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse(market));

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void China_2026_issue_example_adds_five_working_days_across_national_day()
    {
        // 10-01..10-07 off; 10-08 (1), 10-09 (2), Saturday 10-10 make-up (3), 10-11 Sunday off, 10-12 (4), 10-13 (5).
        Assert.Equal(D("2026-10-13"), Calendar("CN").AddWorkingDays(D("2026-09-30"), 5));
    }

    [Theory]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    public void China_make_up_weekend_days_are_working_days(string date)
    {
        var calendar = Calendar("CN");
        Assert.True(calendar.IsWorkingDay(D(date)));
        Assert.Equal(DayKind.MakeUpWorkingDay, calendar.GetDayKind(D(date)));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-03")]
    [InlineData("2026-02-15", "2026-02-23")]
    [InlineData("2026-04-04", "2026-04-06")]
    [InlineData("2026-05-01", "2026-05-05")]
    [InlineData("2026-06-19", "2026-06-21")]
    [InlineData("2026-09-25", "2026-09-27")]
    [InlineData("2026-10-01", "2026-10-07")]
    public void China_2026_rest_days_are_not_working_days(string first, string last)
    {
        var calendar = Calendar("CN");
        for (var d = D(first); d <= D(last); d = d.PlusDays(1))
        {
            Assert.False(calendar.IsWorkingDay(d), $"{d} should be a rest day");
        }
    }

    [Fact]
    public void China_2026_has_exactly_the_published_make_up_days()
    {
        var makeUp = Calendar("CN").MakeUpWorkingDays.Keys.Where(d => d.Year == 2026).Order().Select(d => d.ToString("MM-dd", null));
        Assert.Equal(["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"], makeUp);
    }

    [Fact]
    public void Germany_easter_2026_leaves_one_working_day_between_maundy_thursday_and_tuesday()
    {
        // (04-02, 04-07]: Good Friday 04-03, weekend, Easter Monday 04-06 → only Tuesday 04-07 counts.
        Assert.Equal(1, Calendar("DE").WorkingDaysBetween(D("2026-04-02"), D("2026-04-07")));
    }

    [Fact]
    public void England_2026_boxing_day_substitute_is_monday_28_december()
    {
        var calendar = Calendar("GB");
        Assert.False(calendar.IsWorkingDay(D("2026-12-28")));
        Assert.Contains("Boxing Day", calendar.GetHolidayName(D("2026-12-28")));
        Assert.False(calendar.IsWorkingDay(D("2026-12-25")));
        Assert.True(calendar.IsWorkingDay(D("2026-12-29")));
    }

    [Theory]
    [InlineData("2022-12-26", "Boxing Day")]
    [InlineData("2022-12-27", "Christmas Day (substitute day)")]
    [InlineData("2021-12-27", "Christmas Day (substitute day)")]
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    [InlineData("2022-01-03", "New Year's Day (substitute day)")]
    [InlineData("2020-05-08", "Early May bank holiday (VE Day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee of Elizabeth II")]
    [InlineData("2023-05-08", "Coronation of King Charles III")]
    public void England_substitute_and_special_days(string date, string name) =>
        Assert.Equal(name, Calendar("GB").GetHolidayName(D(date)));

    [Fact]
    public void United_states_2026_independence_day_is_observed_on_friday_3_july()
    {
        var calendar = Calendar("US");
        Assert.False(calendar.IsWorkingDay(D("2026-07-03")));
        Assert.Equal("Independence Day (observed)", calendar.GetHolidayName(D("2026-07-03")));
    }

    [Theory]
    [InlineData("2021-12-31", "New Year's Day (observed)")] // 2022-01-01 was a Saturday
    [InlineData("2021-06-18", "Juneteenth National Independence Day (observed)")]
    [InlineData("2026-11-26", "Thanksgiving Day")]
    [InlineData("2026-01-19", "Birthday of Martin Luther King, Jr.")]
    [InlineData("2026-05-25", "Memorial Day")]
    public void United_states_federal_holidays(string date, string name) =>
        Assert.Equal(name, Calendar("US").GetHolidayName(D(date)));

    [Fact]
    public void United_states_has_no_juneteenth_before_2021() =>
        Assert.Null(Calendar("US").GetHolidayName(D("2020-06-19")));

    [Theory]
    [InlineData("FR", "2006-06-05", false)] // Lundi de Pentecôte worked 2005–2007
    [InlineData("FR", "2026-05-25", true)]
    [InlineData("FR", "2026-05-08", true)]
    [InlineData("DE", "2017-10-31", true)]
    [InlineData("DE", "2026-05-14", true)] // Ascension
    [InlineData("BR", "2026-11-20", true)]
    [InlineData("BR", "2023-11-20", false)]
    [InlineData("BR", "2026-04-03", true)] // Good Friday
    public void Rule_based_holidays(string market, string date, bool holiday) =>
        Assert.Equal(holiday, Calendar(market).GetHolidayName(D(date)) is not null);

    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    [InlineData(2100, 3, 28)]
    public void Easter_sunday_matches_published_dates(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), Reputation.Rules.Calendars.Data.HolidayRules.EasterSunday(year));
}
