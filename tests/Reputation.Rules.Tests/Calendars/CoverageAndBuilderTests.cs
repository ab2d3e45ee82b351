using System;
using NodaTime;
using Reputation.Rules.Calendars;
using Xunit;

namespace Reputation.Rules.Tests.Calendars;

public sealed class CoverageAndBuilderTests
{
    private static readonly CountryCode Cn = CountryCode.Parse("CN");

    [Fact]
    public void Outside_coverage_throws_an_exception_naming_the_market_and_years()
    {
        var calendar = CalendarProvider.BuiltIn.GetCalendar(Cn);
        var ex = Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(new LocalDate(2027, 3, 1), 1));
        Assert.Contains("CN", ex.Message);
        Assert.Contains("2025–2026", ex.Message);
        Assert.Equal(2025, ex.FirstCoveredYear);
        Assert.Equal(2026, ex.LastCoveredYear);
    }

    [Fact]
    public void A_result_that_leaves_coverage_throws_in_strict_mode()
    {
        var calendar = CalendarProvider.BuiltIn.GetCalendar(Cn);
        Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(new LocalDate(2026, 12, 30), 5));
        Assert.False(calendar.TryAddWorkingDays(new LocalDate(2026, 12, 30), 5, out _));
    }

    [Fact]
    public void Weekend_only_view_uses_holidays_inside_and_weekends_outside_coverage()
    {
        var calendar = CalendarProvider.BuiltIn.GetCalendar(Cn).WithWeekendOnlyOutsideCoverage();
        // 2026-12-31 (Thu) +2: 2027-01-01 (Fri, no 2027 data → working), 2027-01-04 (Mon).
        Assert.Equal(new LocalDate(2027, 1, 4), calendar.AddWorkingDays(new LocalDate(2026, 12, 31), 2));
        Assert.Equal(new LocalDate(2026, 10, 13), calendar.AddWorkingDays(new LocalDate(2026, 9, 30), 5));
        Assert.True(calendar.WeekendOnlyOutsideCoverage);
        Assert.False(calendar.WithStrictCoverage().WeekendOnlyOutsideCoverage);
    }

    [Fact]
    public void Market_without_holiday_data_is_a_weekend_calendar_that_says_so()
    {
        var ru = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("RU"));
        Assert.False(ru.HasHolidayData);
        Assert.Null(ru.FirstCoveredYear);
        var ex = Assert.Throws<CalendarCoverageException>(() => ru.IsWorkingDay(new LocalDate(2026, 1, 5)));
        Assert.Contains("no holiday data", ex.Message);
        var lenient = ru.WithWeekendOnlyOutsideCoverage();
        Assert.True(lenient.IsWorkingDay(new LocalDate(2026, 1, 1)));
        Assert.False(lenient.IsWorkingDay(new LocalDate(2026, 1, 3)));
        Assert.False(CalendarProvider.BuiltIn.HasHolidayData(CountryCode.Parse("RU")));
    }

    [Fact]
    public void Dates_outside_the_supported_range_are_rejected_with_the_range()
    {
        var calendar = CalendarProvider.BuiltIn.GetCalendar(Cn).WithWeekendOnlyOutsideCoverage();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(new LocalDate(1969, 12, 31)));
        Assert.Contains("1970-01-01", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(new LocalDate(2199, 12, 30), 10));
    }

    [Fact]
    public void Weekend_rules_can_change_on_a_date()
    {
        var calendar = new WorkingDayCalendarBuilder(CountryCode.Parse("AE"), "test")
            .WithWeekend(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)
            .WithWeekendFrom(new LocalDate(2022, 1, 1), IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)
            .Build()
            .WithWeekendOnlyOutsideCoverage();
        Assert.False(calendar.IsWorkingDay(new LocalDate(2021, 12, 31))); // Friday, old weekend
        Assert.True(calendar.IsWorkingDay(new LocalDate(2021, 12, 26))); // Sunday, old working week
        Assert.False(calendar.IsWorkingDay(new LocalDate(2022, 1, 2))); // Sunday, new weekend
        Assert.True(calendar.IsWorkingDay(new LocalDate(2022, 1, 7))); // Friday, new working week
        // Thursday 2021-12-30 + 1 → Sunday 2022-01-02 is weekend now → Monday 2022-01-03.
        Assert.Equal(new LocalDate(2022, 1, 3), calendar.AddWorkingDays(new LocalDate(2021, 12, 30), 1));
    }

    [Fact]
    public void Builder_reports_every_problem_at_once()
    {
        var builder = new WorkingDayCalendarBuilder(Cn, "bad")
            .CoveringYears(2026, 2026)
            .AddHoliday(new LocalDate(2027, 1, 1), "outside")
            .AddMakeUpWorkingDay(new LocalDate(2026, 3, 4), "a Wednesday")
            .AddHoliday(new LocalDate(2026, 3, 7), "clash")
            .AddMakeUpWorkingDay(new LocalDate(2026, 3, 7), "clash");
        var ex = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Contains("2027-01-01 is outside the covered years 2026–2026", ex.Message);
        Assert.Contains("2026-03-04 is a Wednesday", ex.Message);
        Assert.Contains("2026-03-07 is both a holiday and a make-up working day", ex.Message);
    }

    [Fact]
    public void To_builder_round_trips_a_built_in_calendar()
    {
        var original = CalendarProvider.BuiltIn.GetCalendar(Cn);
        var copy = original.ToBuilder().AddHoliday(new LocalDate(2026, 3, 2), "company closure").Build();
        Assert.Equal(original.Holidays.Count + 1, copy.Holidays.Count);
        Assert.Equal(original.MakeUpWorkingDays.Count, copy.MakeUpWorkingDays.Count);
        Assert.False(copy.IsWorkingDay(new LocalDate(2026, 3, 2)));
        Assert.True(original.IsWorkingDay(new LocalDate(2026, 3, 2)));
    }

    [Fact]
    public void Provider_with_a_custom_calendar_replaces_the_built_in_one()
    {
        var custom = new WorkingDayCalendarBuilder(CountryCode.Parse("RU"), "Russia test").CoveringYears(2026, 2026)
            .AddHoliday(new LocalDate(2026, 1, 7), "Christmas").Build();
        var provider = CalendarProvider.BuiltIn.With(custom);
        Assert.True(provider.HasHolidayData(CountryCode.Parse("RU")));
        Assert.Contains(CountryCode.Parse("RU"), provider.Markets);
        Assert.False(provider.GetCalendar(CountryCode.Parse("RU")).IsWorkingDay(new LocalDate(2026, 1, 7)));
        Assert.False(CalendarProvider.BuiltIn.HasHolidayData(CountryCode.Parse("RU")));
    }
}
