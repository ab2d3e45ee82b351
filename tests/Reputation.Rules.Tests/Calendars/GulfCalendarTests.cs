using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;
using Xunit;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>United Arab Emirates and Saudi Arabia: weekends that changed on a date, and the 2025–2026 holidays.</summary>
public sealed class GulfCalendarTests
{
    private static readonly WorkingDayCalendar Ae = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("AE"));
    private static readonly WorkingDayCalendar Sa = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("SA"));

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void Uae_weekend_switches_from_friday_saturday_to_saturday_sunday_on_1_january_2022()
    {
        Assert.Equal(
            [new LocalDate(1970, 1, 1), new LocalDate(2022, 1, 1)],
            Ae.WeekendRules.Select(r => r.EffectiveFrom));
        var lenient = Ae.WithWeekendOnlyOutsideCoverage();
        Assert.False(lenient.IsWorkingDay(D("2021-12-31"))); // Friday, old weekend
        Assert.False(lenient.IsWorkingDay(D("2021-12-25"))); // Saturday, old weekend
        Assert.True(lenient.IsWorkingDay(D("2021-12-26"))); // Sunday, old working week
        Assert.False(lenient.IsWorkingDay(D("2022-01-01"))); // Saturday, new weekend
        Assert.False(lenient.IsWorkingDay(D("2022-01-02"))); // Sunday, new weekend
        Assert.True(lenient.IsWorkingDay(D("2022-01-07"))); // Friday, new working week
        // Thursday 2021-12-30 + 1: Friday 12-31 and the new Saturday–Sunday weekend are off → Monday 2022-01-03.
        Assert.Equal(D("2022-01-03"), lenient.AddWorkingDays(D("2021-12-30"), 1));
        Assert.Equal(3, lenient.WorkingDaysBetween(D("2021-12-29"), D("2022-01-04"))); // 12-30, 01-03, 01-04
    }

    [Fact]
    public void Uae_covers_2025_and_2026_and_counts_fridays_as_working_days()
    {
        Assert.Equal((2025, 2026), (Ae.FirstCoveredYear!.Value, Ae.LastCoveredYear!.Value));
        Assert.True(Ae.IsWorkingDay(D("2026-01-09"))); // Friday
        Assert.False(Ae.IsWorkingDay(D("2026-01-10"))); // Saturday
        Assert.Throws<CalendarCoverageException>(() => Ae.IsWorkingDay(D("2024-12-31")));
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-03-31")] // Eid al-Fitr 3-30..4-01
    [InlineData("2025-04-01")]
    [InlineData("2025-06-05")] // Arafat Day
    [InlineData("2025-06-06")] // Eid al-Adha (Friday: a working day otherwise)
    [InlineData("2025-06-27")] // Hijri New Year, moved to the Friday
    [InlineData("2025-09-05")] // Prophet's Birthday (Friday)
    [InlineData("2025-12-01")] // Eid Al Etihad, moved to Monday–Tuesday
    [InlineData("2025-12-02")]
    [InlineData("2026-01-01")]
    [InlineData("2026-03-19")] // Eid al-Fitr break from Thursday
    [InlineData("2026-03-20")]
    [InlineData("2026-05-26")] // Arafat Day (estimated)
    [InlineData("2026-12-02")]
    [InlineData("2026-12-03")]
    public void Uae_holidays_are_not_working_days(string date) => Assert.False(Ae.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2025-06-26")] // 1 Muharram, but the holiday was moved to Friday 6-27
    [InlineData("2025-12-03")] // National Day holiday moved from 2–3 to 1–2 December
    [InlineData("2025-04-02")]
    public void Uae_days_the_cabinet_moved_away_are_working_days(string date) => Assert.True(Ae.IsWorkingDay(D(date)));

    [Fact]
    public void Uae_estimated_dates_say_so()
    {
        Assert.Contains("estimated", Ae.GetHolidayName(D("2026-05-27")));
        Assert.DoesNotContain("estimated", Ae.GetHolidayName(D("2025-06-06")));
    }

    [Fact]
    public void Saudi_weekend_is_thursday_friday_before_28_june_2013_and_friday_saturday_from_then()
    {
        var lenient = Sa.WithWeekendOnlyOutsideCoverage();
        Assert.False(lenient.IsWorkingDay(D("2013-06-20"))); // Thursday, old weekend
        Assert.True(lenient.IsWorkingDay(D("2013-06-22"))); // Saturday, old working week
        Assert.False(lenient.IsWorkingDay(D("2013-06-28"))); // Friday, both
        Assert.False(lenient.IsWorkingDay(D("2013-06-29"))); // Saturday, new weekend
        Assert.True(lenient.IsWorkingDay(D("2013-07-04"))); // Thursday, new working week
        Assert.True(Sa.IsWorkingDay(D("2026-01-04"))); // Sunday
        Assert.False(Sa.IsWorkingDay(D("2026-01-02"))); // Friday
    }

    [Theory]
    [InlineData("2025-02-22")] // Founding Day (Saturday)…
    [InlineData("2025-02-23")] // …observed on the Sunday
    [InlineData("2025-03-30")] // Eid al-Fitr: four days from the day after 29 Ramadan (3-29)
    [InlineData("2025-04-02")]
    [InlineData("2025-06-05")] // Arafat Day, then Eid al-Adha to 6-08
    [InlineData("2025-06-08")]
    [InlineData("2025-09-23")] // National Day
    [InlineData("2026-02-22")]
    [InlineData("2026-03-19")] // break from the end of Wednesday 3-18 (29 Ramadan)
    [InlineData("2026-03-22")]
    [InlineData("2026-05-26")] // Arafat Day (estimated)
    [InlineData("2026-05-28")]
    [InlineData("2026-09-23")]
    public void Saudi_private_sector_holidays_are_not_working_days(string date) => Assert.False(Sa.IsWorkingDay(D(date)));

    [Fact]
    public void Saudi_2025_eid_al_adha_break_ends_on_sunday()
    {
        // Arafat Day Thursday 6-05, Eid 6-06..6-08; weekend compensation days (Art. 24(2)) are placed by each employer
        // and are not counted as closures.
        Assert.True(Sa.IsWorkingDay(D("2025-06-09")));
        Assert.Equal(D("2025-06-09"), Sa.AddWorkingDays(D("2025-06-04"), 1));
    }

    [Fact]
    public void Saudi_2025_has_exactly_the_announced_days()
    {
        string[] expected =
        [
            "02-22", "02-23", "03-30", "03-31", "04-01", "04-02", "06-05", "06-06", "06-07", "06-08", "09-23",
        ];
        Assert.Equal(expected, Sa.Holidays.Keys.Where(d => d.Year == 2025).Order().Select(d => d.ToString("MM-dd", null)));
    }
}
