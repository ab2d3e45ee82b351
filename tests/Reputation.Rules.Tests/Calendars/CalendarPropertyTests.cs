using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>Laws of working-day arithmetic over random dates and counts inside each calendar's coverage.</summary>
public sealed class CalendarPropertyTests : IDisposable
{
    // Counts the cases that met each conditional property's premise; checked after the property's run (see PremiseTally).
    private readonly PremiseTally _premises = new();

    private static readonly WorkingDayCalendar[] Calendars =
        [.. CalendarProvider.BuiltInMarkets.Select(m => CalendarProvider.BuiltIn.GetCalendar(m).WithWeekendOnlyOutsideCoverage())];

    /// <summary>(calendar, a date inside its coverage, n in 0..120).</summary>
    private static Arbitrary<(WorkingDayCalendar Calendar, LocalDate Start, int N)> Cases()
    {
        var gen =
            from calendar in Gen.Elements(Calendars)
            from offset in Gen.Choose(0, DaysCovered(calendar) - 200)
            from n in Gen.Choose(0, 120)
            select (calendar, new LocalDate(calendar.FirstCoveredYear!.Value, 1, 1).PlusDays(offset), n);
        return gen.ToArbitrary();
    }

    private static int DaysCovered(WorkingDayCalendar calendar) =>
        Period.DaysBetween(new LocalDate(calendar.FirstCoveredYear!.Value, 1, 1), new LocalDate(calendar.LastCoveredYear!.Value, 12, 31));

    [Fact]
    public void Built_in_markets_are_the_ten_of_issue_2_and_each_has_holiday_data()
    {
        Assert.Equal(["AE", "BR", "CN", "DE", "FR", "GB", "JP", "KR", "SA", "US"], CalendarProvider.BuiltInMarkets.Select(m => m.Value));
        Assert.All(Calendars, c => Assert.True(c.HasHolidayData && c.Holidays.Count > 0, $"{c.Market} has no holidays"));
        Assert.All(Calendars, c => Assert.All(c.Holidays.Keys, d => Assert.True(c.IsCovered(d), $"{c.Market} {d} outside coverage")));
    }

    [Fact]
    public void Holidays_and_make_up_days_enumerate_in_date_order() =>
        Assert.All(Calendars, c =>
        {
            Assert.Equal(c.Holidays.Keys.Order(), c.Holidays.Keys);
            Assert.Equal(c.MakeUpWorkingDays.Keys.Order(), c.MakeUpWorkingDays.Keys);
        });

    [Property(MaxTest = 300)]
    public Property Working_days_between_start_and_added_date_is_n() =>
        Prop.ForAll(Cases(), c =>
            c.Calendar.WorkingDaysBetween(c.Start, c.Calendar.AddWorkingDays(c.Start, c.N)) == c.N);

    [Property(MaxTest = 300)]
    public Property Added_date_is_a_working_day_for_positive_n() =>
        Prop.ForAll(Cases(), c =>
            _premises.When("n is positive", c.N > 0, atLeast: 250, () => c.Calendar.IsWorkingDay(c.Calendar.AddWorkingDays(c.Start, c.N))));

    [Property(MaxTest = 300)]
    public Property Add_working_days_is_strictly_monotonic_in_n() =>
        Prop.ForAll(Cases(), c =>
            c.Calendar.AddWorkingDays(c.Start, c.N) < c.Calendar.AddWorkingDays(c.Start, c.N + 1));

    [Property(MaxTest = 300)]
    public Property Add_working_days_agrees_with_the_day_by_day_reference() =>
        Prop.ForAll(Cases(), c =>
            c.Calendar.AddWorkingDays(c.Start, c.N) == ReferenceCalendar.AddWorkingDays(c.Calendar, c.Start, c.N)
            && c.Calendar.AddWorkingDays(c.Start, -c.N) == ReferenceCalendar.AddWorkingDays(c.Calendar, c.Start, -c.N));

    [Property(MaxTest = 300)]
    public Property Working_days_between_agrees_with_the_reference_in_both_directions() =>
        Prop.ForAll(Cases(), c =>
        {
            var end = c.Start.PlusDays(c.N);
            return c.Calendar.WorkingDaysBetween(c.Start, end) == ReferenceCalendar.WorkingDaysBetween(c.Calendar, c.Start, end)
                && c.Calendar.WorkingDaysBetween(end, c.Start) == -ReferenceCalendar.WorkingDaysBetween(c.Calendar, c.Start, end);
        });

    [Property(MaxTest = 300)]
    public Property Is_working_day_agrees_with_the_reference() =>
        Prop.ForAll(Cases(), c =>
            c.Calendar.IsWorkingDay(c.Start) == ReferenceCalendar.IsWorkingDay(c.Calendar, c.Start));

    [Property(MaxTest = 300)]
    public Property Next_working_day_on_or_after_is_the_first_working_day_not_before_the_date() =>
        Prop.ForAll(Cases(), c =>
        {
            var next = c.Calendar.NextWorkingDayOnOrAfter(c.Start);
            var between = Enumerable.Range(0, Period.DaysBetween(c.Start, next)).Select(i => c.Start.PlusDays(i));
            return next >= c.Start && c.Calendar.IsWorkingDay(next) && between.All(d => !c.Calendar.IsWorkingDay(d));
        });

    [Fact]
    public void Adding_zero_returns_the_start_even_on_a_holiday()
    {
        var calendar = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("CN"));
        Assert.Equal(new LocalDate(2026, 10, 1), calendar.AddWorkingDays(new LocalDate(2026, 10, 1), 0));
    }

    [Property(MaxTest = 300)]
    public Property Adding_then_subtracting_returns_to_a_working_start() =>
        Prop.ForAll(Cases(), c =>
        {
            var start = c.Calendar.NextWorkingDayOnOrAfter(c.Start);
            return c.Calendar.AddWorkingDays(c.Calendar.AddWorkingDays(start, c.N), -c.N) == start;
        });

    [Property(MaxTest = 300)]
    public Property Try_variants_agree_with_throwing_variants_inside_coverage() =>
        Prop.ForAll(Cases(), c =>
        {
            var strict = c.Calendar.WithStrictCoverage();
            var ok = strict.TryAddWorkingDays(c.Start, c.N, out var result);
            var okBetween = strict.TryWorkingDaysBetween(c.Start, result, out var count);
            return ok && okBetween && result == strict.AddWorkingDays(c.Start, c.N) && count == c.N;
        });

    [Fact]
    public void Far_targets_across_decades_agree_with_the_reference()
    {
        var us = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("US"));
        var start = new LocalDate(2000, 1, 3);
        var far = us.AddWorkingDays(start, 20_000);
        Assert.Equal(20_000, us.WorkingDaysBetween(start, far));
        Assert.Equal(far, ReferenceCalendar.AddWorkingDays(us, start, 20_000));
    }

    public void Dispose() => _premises.Verify();
}
