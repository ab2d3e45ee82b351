using System.Collections.Generic;
using NodaTime;

namespace Reputation.Rules.Calendars.Data;

/// <summary>
/// Japan: the national holidays of 国民の祝日に関する法律 (Act on National Holidays, 昭和23年法律第178号) as amended,
/// with its Art. 3(2) substitute holidays (振替休日) and Art. 3(3) citizens' holidays (国民の休日), 2000–2100.
/// </summary>
/// <remarks>
/// <para>
/// Art. 3(2): when a national holiday (国民の祝日) falls on a Sunday, the nearest following day that is not a national
/// holiday is a holiday. Before the 2007 amendment (平成17年法律第43号) the rule was "the following day"; in 2000–2006
/// no Sunday holiday was followed by another national holiday, so the current rule gives the same days for every
/// covered year. Art. 3(3): a day whose previous and next days are both national holidays (and which is not one
/// itself) is a holiday — before 2007 Sundays and substitute days were excluded, which only matters for names.
/// Substitute days and citizens' holidays are not national holidays themselves, so they never sandwich a day.
/// </para>
/// <para>
/// One-off law changes: the 2019 enthronement days (天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律,
/// 平成30年法律第99号) are deemed national holidays for Art. 3, which made 2019-04-30 and 2019-05-02 citizens'
/// holidays; the Olympic moves of Marine Day, Sports Day and Mountain Day in 2020 and 2021 (平成30年法律第57号,
/// 令和2年法律第68号); no Emperor's Birthday in 2019 (23 December until 2018, 23 February from 2020).
/// </para>
/// <para>
/// Equinox days are fixed each February for the following year by the National Astronomical Observatory's 暦要項
/// in the official gazette; for other years they come from the standard approximation
/// <c>floor(c + 0.242194 (Y − 1980) − floor((Y − 1980) / 4))</c> with c = 20.8431 (vernal) / 23.2488 (autumnal) for
/// 1980–2099 and 21.8510 / 24.2488 for 2100–2150. It agrees with every announced date so far, but years beyond the
/// next announcement are predictions.
/// </para>
/// <para>Not included: the 年末年始 closures (29 December – 3 January) of government offices and banks, which are not
/// national holidays.</para>
/// </remarks>
internal static class JapanCalendar
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static WorkingDayCalendar Create()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("JP"), "Japan (国民の祝日, 振替休日 and 国民の休日)")
            .WithSource(
                "国民の祝日に関する法律 (昭和23年法律第178号) Art. 2–3 as amended; 平成30年法律第99号 (2019 enthronement days); " +
                "平成30年法律第57号 and 令和2年法律第68号 (2020/2021 Olympic moves); equinoxes per 国立天文台 暦要項 and its standard formula")
            .CoveringYears(FirstYear, LastYear);

        for (var y = FirstYear; y <= LastYear; y++)
        {
            AddYear(b, y);
        }

        return b.Build();
    }

    /// <summary>The vernal equinox day (春分の日) in March of <paramref name="year"/> (valid 1980–2150).</summary>
    public static LocalDate VernalEquinox(int year) => new(year, 3, EquinoxDay(year, year < 2100 ? 20.8431m : 21.8510m));

    /// <summary>The autumnal equinox day (秋分の日) in September of <paramref name="year"/> (valid 1980–2150).</summary>
    public static LocalDate AutumnalEquinox(int year) => new(year, 9, EquinoxDay(year, year < 2100 ? 23.2488m : 24.2488m));

    private static int EquinoxDay(int year, decimal constant) =>
        (int)decimal.Floor(constant + (0.242194m * (year - 1980)) - ((year - 1980) / 4));

    private static void AddYear(WorkingDayCalendarBuilder b, int y)
    {
        // The national holidays (国民の祝日) of the year, and days the law deems to be national holidays.
        var national = new SortedDictionary<LocalDate, string>();
        void Add(LocalDate date, string name) => national[date] = national.TryGetValue(date, out var existing) ? existing + "; " + name : name;

        Add(new LocalDate(y, 1, 1), "元日 (New Year's Day)");
        Add(HolidayRules.NthWeekday(y, 1, IsoDayOfWeek.Monday, 2), "成人の日 (Coming of Age Day)");
        Add(new LocalDate(y, 2, 11), "建国記念の日 (National Foundation Day)");
        if (y >= 2020)
        {
            Add(new LocalDate(y, 2, 23), "天皇誕生日 (Emperor's Birthday)");
        }

        Add(VernalEquinox(y), "春分の日 (Vernal Equinox Day)");
        Add(new LocalDate(y, 4, 29), y >= 2007 ? "昭和の日 (Shōwa Day)" : "みどりの日 (Greenery Day)");
        Add(new LocalDate(y, 5, 3), "憲法記念日 (Constitution Memorial Day)");
        if (y >= 2007)
        {
            Add(new LocalDate(y, 5, 4), "みどりの日 (Greenery Day)");
        }

        Add(new LocalDate(y, 5, 5), "こどもの日 (Children's Day)");
        Add(
            y switch
            {
                <= 2002 => new LocalDate(y, 7, 20),
                2020 => new LocalDate(2020, 7, 23),
                2021 => new LocalDate(2021, 7, 22),
                _ => HolidayRules.NthWeekday(y, 7, IsoDayOfWeek.Monday, 3),
            },
            "海の日 (Marine Day)");
        if (y >= 2016)
        {
            Add(
                y switch
                {
                    2020 => new LocalDate(2020, 8, 10),
                    2021 => new LocalDate(2021, 8, 8),
                    _ => new LocalDate(y, 8, 11),
                },
                "山の日 (Mountain Day)");
        }

        Add(y <= 2002 ? new LocalDate(y, 9, 15) : HolidayRules.NthWeekday(y, 9, IsoDayOfWeek.Monday, 3), "敬老の日 (Respect for the Aged Day)");
        Add(AutumnalEquinox(y), "秋分の日 (Autumnal Equinox Day)");
        Add(
            y switch
            {
                2020 => new LocalDate(2020, 7, 24),
                2021 => new LocalDate(2021, 7, 23),
                _ => HolidayRules.NthWeekday(y, 10, IsoDayOfWeek.Monday, 2),
            },
            y >= 2020 ? "スポーツの日 (Sports Day)" : "体育の日 (Health and Sports Day)");
        Add(new LocalDate(y, 11, 3), "文化の日 (Culture Day)");
        Add(new LocalDate(y, 11, 23), "勤労感謝の日 (Labour Thanksgiving Day)");
        if (y <= 2018)
        {
            Add(new LocalDate(y, 12, 23), "天皇誕生日 (Emperor's Birthday)");
        }

        if (y == 2019)
        {
            // Deemed national holidays for Art. 3 by 平成30年法律第99号 Art. 2.
            Add(new LocalDate(2019, 5, 1), "天皇の即位の日 (Enthronement Day)");
            Add(new LocalDate(2019, 10, 22), "即位礼正殿の儀の行われる日 (Enthronement Ceremony)");
        }

        foreach (var (date, name) in national)
        {
            b.AddHoliday(date, name);
        }

        // Art. 3(2): a national holiday on a Sunday → the nearest following day that is not a national holiday.
        var added = new HashSet<LocalDate>();
        foreach (var date in national.Keys)
        {
            if (date.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                continue;
            }

            var substitute = date.PlusDays(1);
            while (national.ContainsKey(substitute))
            {
                substitute = substitute.PlusDays(1);
            }

            b.AddHoliday(substitute, "振替休日 (substitute holiday)");
            added.Add(substitute);
        }

        // Art. 3(3): a day between two national holidays that is not one itself.
        foreach (var date in national.Keys)
        {
            var between = date.PlusDays(1);
            if (national.ContainsKey(date.PlusDays(2)) && !national.ContainsKey(between) && !added.Contains(between)
                && !(y < 2007 && between.DayOfWeek == IsoDayOfWeek.Sunday))
            {
                b.AddHoliday(between, "国民の休日 (citizens' holiday)");
            }
        }
    }
}
