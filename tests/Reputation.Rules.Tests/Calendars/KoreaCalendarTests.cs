using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;
using Xunit;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>South Korea: lunar holidays, 대체공휴일 under the rules of each year, elections and temporary holidays.</summary>
public sealed class KoreaCalendarTests
{
    private static readonly WorkingDayCalendar Kr = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("KR"));

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static string[] Year(int year) => [.. Kr.Holidays.Keys.Where(d => d.Year == year).Order().Select(d => d.ToString("MM-dd", null))];

    [Fact]
    public void Covers_exactly_2020_to_2026()
    {
        Assert.Equal(2020, Kr.FirstCoveredYear);
        Assert.Equal(2026, Kr.LastCoveredYear);
        var ex = Assert.Throws<CalendarCoverageException>(() => Kr.AddWorkingDays(D("2027-02-05"), 1));
        Assert.Contains("2020–2026", ex.Message);
    }

    [Fact]
    public void Korea_2025_has_exactly_the_official_public_holidays()
    {
        // 1-27 temporary holiday; 설날 1-28..1-30; 3-01 (Sat) → 3-03; 5-05 is both Children's Day and Buddha's
        // Birthday → 5-06; 6-03 presidential election; 추석 10-05 (Sun)..10-07 → 10-08.
        string[] expected =
        [
            "01-01", "01-27", "01-28", "01-29", "01-30", "03-01", "03-03", "05-05", "05-06", "06-03", "06-06", "08-15",
            "10-03", "10-05", "10-06", "10-07", "10-08", "10-09", "12-25",
        ];
        Assert.Equal(expected, Year(2025));
    }

    [Fact]
    public void Korea_2026_has_exactly_the_official_public_holidays()
    {
        // 설날 2-16..2-18; 3-01 (Sun) → 3-02; 부처님오신날 5-24 (Sun) → 5-25; 6-03 local elections; 제헌절 7-17 again
        // a public holiday; 8-15 (Sat) → 8-17; 추석 9-24..9-26 (the Saturday earns nothing); 10-03 (Sat) → 10-05.
        string[] expected =
        [
            "01-01", "02-16", "02-17", "02-18", "03-01", "03-02", "05-05", "05-24", "05-25", "06-03", "06-06", "07-17",
            "08-15", "08-17", "09-24", "09-25", "09-26", "10-03", "10-05", "10-09", "12-25",
        ];
        Assert.Equal(expected, Year(2026));
    }

    [Theory]
    [InlineData("2025-01-29", "설날")]
    [InlineData("2025-10-06", "추석")]
    [InlineData("2025-05-05", "부처님오신날")]
    [InlineData("2026-02-17", "설날")]
    [InlineData("2026-09-25", "추석")]
    [InlineData("2026-05-24", "부처님오신날")]
    [InlineData("2025-10-08", "대체공휴일")]
    [InlineData("2025-05-06", "대체공휴일")]
    [InlineData("2025-03-03", "대체공휴일")]
    [InlineData("2026-03-02", "대체공휴일")]
    [InlineData("2026-05-25", "대체공휴일")]
    [InlineData("2026-08-17", "대체공휴일")]
    [InlineData("2026-10-05", "대체공휴일")]
    [InlineData("2026-06-03", "지방선거일")]
    [InlineData("2025-06-03", "대통령 선거일")]
    [InlineData("2025-01-27", "임시공휴일")]
    [InlineData("2026-07-17", "제헌절")]
    public void Lunar_substitute_election_and_temporary_days(string date, string name)
    {
        Assert.Contains(name, Kr.GetHolidayName(D(date)));
        Assert.False(Kr.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-09-28")] // 추석 다음날 on a Saturday earns no substitute
    [InlineData("2025-07-17")] // 제헌절 was not a public holiday before 2026
    [InlineData("2026-05-01")] // 노동절 is a paid holiday for employees, not a public holiday
    [InlineData("2025-05-01")]
    [InlineData("2026-06-08")] // 현충일 (Saturday 6-06) has no substitute
    [InlineData("2025-10-10")]
    public void Working_days_that_look_like_holidays(string date) => Assert.True(Kr.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2020-01-27")] // 설날 다음날 on a Sunday (lunar rule since 2014)
    [InlineData("2021-08-16")] // first national-day substitute (광복절 on a Sunday)
    [InlineData("2021-10-04")]
    [InlineData("2021-10-11")]
    [InlineData("2023-05-29")] // first Buddha's Birthday substitute (since 2023-05-04)
    [InlineData("2024-05-06")] // Children's Day on a Sunday
    public void Substitutes_start_when_the_rules_did(string date) => Assert.Contains("대체공휴일", Kr.GetHolidayName(D(date)));

    [Theory]
    [InlineData("2020-10-05")] // 개천절 2020 on a Saturday: national-day substitutes only from 2021-08
    [InlineData("2022-05-09")] // 부처님오신날 2022 on a Sunday: substitutes only from 2023-05
    [InlineData("2022-12-26")] // Christmas 2022 on a Sunday, same
    public void No_substitute_before_the_rule_applied(string date) => Assert.Null(Kr.GetHolidayName(D(date)));

    [Fact]
    public void Every_substitute_is_a_weekday()
    {
        var substitutes = Kr.Holidays.Where(kv => kv.Value.StartsWith("대체공휴일", System.StringComparison.Ordinal)).Select(kv => kv.Key).ToList();
        Assert.Equal(17, substitutes.Count);
        Assert.All(substitutes, d => Assert.DoesNotContain(d.DayOfWeek, new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }));
    }

    [Fact]
    public void Refund_three_business_days_after_goods_return_before_chuseok_2025()
    {
        // Goods back on Thursday 2025-10-02; 10-03 holiday, weekend, 추석 10-05..10-07, substitute 10-08, 한글날 10-09:
        // business days 1..3 are 10-10 (Fri), 10-13 (Mon), 10-14 (Tue).
        Assert.Equal(D("2025-10-14"), Kr.AddWorkingDays(D("2025-10-02"), 3));
    }
}

/// <summary>The embedded KR data agrees, day by day, with the substitute-holiday rules it was derived from.</summary>
public sealed class KoreaDataMatchesRulesTests
{
    [Fact]
    public void Embedded_data_equals_the_rules_oracle()
    {
        var data = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("KR"));
        var rules = KoreaRulesOracle.Create();
        Assert.Equal(rules.FirstCoveredYear, data.FirstCoveredYear);
        Assert.Equal(rules.LastCoveredYear, data.LastCoveredYear);
        Assert.Equal(rules.Holidays.ToArray(), data.Holidays.ToArray());
        Assert.Equal(rules.MakeUpWorkingDays.ToArray(), data.MakeUpWorkingDays.ToArray());
        Assert.Equal(rules.WeekendRules.Select(r => r.ToString()), data.WeekendRules.Select(r => r.ToString()));
    }
}
