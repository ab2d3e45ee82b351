using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Calendars.Data;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>
/// A test oracle for the built-in KR data file (Calendars/Data/kr.json): the rules that produced it, in code.
/// South Korea: public holidays (공휴일) of 관공서의 공휴일에 관한 규정 (Regulations on Holidays of Government Offices) and
/// 공휴일에 관한 법률 (Public Holidays Act, 2021), with substitute holidays (대체공휴일) under the rules in force each
/// year, election days and designated temporary holidays (임시공휴일), 2020–2026.
/// </summary>
/// <remarks>
/// <para>Substitute holidays (Regulations Art. 3), each falling on the first following day that is neither a Saturday,
/// a Sunday nor a public holiday:</para>
/// <list type="bullet">
/// <item>설날 and 추석 (the three days each): when one of the days is a Sunday or coincides with another public
/// holiday — not a Saturday (since 2014).</item>
/// <item>어린이날 (Children's Day): on a Saturday, Sunday or another public holiday (since 2014).</item>
/// <item>The national days 삼일절, 광복절, 개천절, 한글날: on a Saturday, Sunday or another public holiday (since
/// 2021-08-04; first applied to 광복절 2021); 제헌절 from 2026, when the Public Holidays Act amendment passed on
/// 2026-01-29 made it a public holiday again.</item>
/// <item>부처님오신날 and 기독탄신일 (Christmas): on a Saturday, Sunday or another public holiday (since 2023-05-04).</item>
/// </list>
/// <para>
/// 신정 (1 January), 현충일 (6 June), election days and temporary holidays never get a substitute. 노동절 (1 May,
/// 근로자의 날 until 2025) is a paid holiday for employees under its own Act, not a public holiday, and is not
/// included. Lunar dates follow the Korea Astronomy and Space Science Institute's 월력요항.
/// </para>
/// </remarks>
internal static class KoreaRulesOracle
{
    public const int FirstYear = 2020;
    public const int LastYear = 2026;

    private enum Kind
    {
        /// <summary>No substitute: 신정, 현충일, election days, temporary holidays.</summary>
        Plain,

        /// <summary>One of the three days of 설날 or 추석.</summary>
        LunarBlock,

        /// <summary>어린이날.</summary>
        ChildrensDay,

        /// <summary>국경일 with a substitute since 2021 (제헌절 since 2026).</summary>
        NationalDay,

        /// <summary>부처님오신날 and 기독탄신일, with a substitute since 2023.</summary>
        BuddhaOrChristmas,
    }

    /// <summary>Per year: 설날 (1st day of the 1st lunar month), 추석 (15th of the 8th), 부처님오신날 (8th of the 4th).</summary>
    private static readonly Dictionary<int, (LocalDate Seollal, LocalDate Chuseok, LocalDate Buddha)> LunarDates = new()
    {
        [2020] = (new(2020, 1, 25), new(2020, 10, 1), new(2020, 4, 30)),
        [2021] = (new(2021, 2, 12), new(2021, 9, 21), new(2021, 5, 19)),
        [2022] = (new(2022, 2, 1), new(2022, 9, 10), new(2022, 5, 8)),
        [2023] = (new(2023, 1, 22), new(2023, 9, 29), new(2023, 5, 27)),
        [2024] = (new(2024, 2, 10), new(2024, 9, 17), new(2024, 5, 15)),
        [2025] = (new(2025, 1, 29), new(2025, 10, 6), new(2025, 5, 5)),
        [2026] = (new(2026, 2, 17), new(2026, 9, 25), new(2026, 5, 24)),
    };

    /// <summary>Election days (공직선거법 Art. 34) and temporary holidays designated by the Cabinet.</summary>
    private static readonly (LocalDate Date, string Name)[] OneOffDays =
    [
        (new(2020, 4, 15), "국회의원 선거일 (National Assembly election)"),
        (new(2020, 8, 17), "임시공휴일 (temporary holiday)"),
        (new(2022, 3, 9), "대통령 선거일 (presidential election)"),
        (new(2022, 6, 1), "지방선거일 (local elections)"),
        (new(2023, 10, 2), "임시공휴일 (temporary holiday)"),
        (new(2024, 4, 10), "국회의원 선거일 (National Assembly election)"),
        (new(2024, 10, 1), "임시공휴일 (temporary holiday: Armed Forces Day)"),
        (new(2025, 1, 27), "임시공휴일 (temporary holiday)"),
        (new(2025, 6, 3), "대통령 선거일 (presidential election)"),
        (new(2026, 6, 3), "지방선거일 (local elections)"),
    ];

    public static WorkingDayCalendar Create()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("KR"), "South Korea (공휴일 and 대체공휴일)")
            .WithSource(
                "관공서의 공휴일에 관한 규정 Art. 2–3; 공휴일에 관한 법률 (2021; amended 2026-01-29 for 제헌절); 공직선거법 Art. 34; " +
                "Cabinet designations of 임시공휴일; lunar dates per KASI 월력요항 (cross-checked with python-holidays)")
            .CoveringYears(FirstYear, LastYear);

        for (var y = FirstYear; y <= LastYear; y++)
        {
            AddYear(b, y);
        }

        return b.Build();
    }

    private static void AddYear(WorkingDayCalendarBuilder b, int y)
    {
        var days = new SortedDictionary<LocalDate, List<(string Name, Kind Kind)>>();
        void Add(LocalDate date, string name, Kind kind)
        {
            if (!days.TryGetValue(date, out var list))
            {
                days[date] = list = [];
            }

            list.Add((name, kind));
        }

        var (seollal, chuseok, buddha) = LunarDates[y];
        Add(new LocalDate(y, 1, 1), "신정 (New Year's Day)", Kind.Plain);
        Add(seollal.PlusDays(-1), "설날 전날 (day before Seollal)", Kind.LunarBlock);
        Add(seollal, "설날 (Seollal)", Kind.LunarBlock);
        Add(seollal.PlusDays(1), "설날 다음날 (day after Seollal)", Kind.LunarBlock);
        Add(new LocalDate(y, 3, 1), "삼일절 (Independence Movement Day)", Kind.NationalDay);
        Add(new LocalDate(y, 5, 5), "어린이날 (Children's Day)", Kind.ChildrensDay);
        Add(buddha, "부처님오신날 (Buddha's Birthday)", Kind.BuddhaOrChristmas);
        Add(new LocalDate(y, 6, 6), "현충일 (Memorial Day)", Kind.Plain);
        if (y >= 2026)
        {
            Add(new LocalDate(y, 7, 17), "제헌절 (Constitution Day)", Kind.NationalDay);
        }

        Add(new LocalDate(y, 8, 15), "광복절 (Liberation Day)", Kind.NationalDay);
        Add(chuseok.PlusDays(-1), "추석 전날 (day before Chuseok)", Kind.LunarBlock);
        Add(chuseok, "추석 (Chuseok)", Kind.LunarBlock);
        Add(chuseok.PlusDays(1), "추석 다음날 (day after Chuseok)", Kind.LunarBlock);
        Add(new LocalDate(y, 10, 3), "개천절 (National Foundation Day)", Kind.NationalDay);
        Add(new LocalDate(y, 10, 9), "한글날 (Hangul Day)", Kind.NationalDay);
        Add(new LocalDate(y, 12, 25), "기독탄신일 (Christmas Day)", Kind.BuddhaOrChristmas);
        foreach (var (date, name) in OneOffDays.Where(d => d.Date.Year == y))
        {
            Add(date, name, Kind.Plain);
        }

        foreach (var (date, list) in days)
        {
            foreach (var (name, _) in list)
            {
                b.AddHoliday(date, name);
            }
        }

        // Substitute holidays, in date order, each on the first following weekday that is not already a holiday.
        var taken = new HashSet<LocalDate>(days.Keys);
        foreach (var (date, list) in days)
        {
            var triggers = list.Where(h => Triggers(h.Kind, date, list.Count > 1)).Select(h => h.Kind == Kind.LunarBlock ? (h.Name.Contains("설날", StringComparison.Ordinal) ? "설날" : "추석") : ShortName(h.Name))
                .Distinct()
                .ToList();
            if (triggers.Count == 0)
            {
                continue;
            }

            var substitute = date.PlusDays(1);
            while (HolidayRules.IsSaturdayOrSunday(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.PlusDays(1);
            }

            taken.Add(substitute);
            b.AddHoliday(substitute, "대체공휴일 (substitute holiday for " + string.Join("·", triggers) + ")");
        }
    }

    /// <summary>Whether a holiday of <paramref name="kind"/> on <paramref name="date"/> earns a substitute that year.</summary>
    private static bool Triggers(Kind kind, LocalDate date, bool coincides)
    {
        var sunday = date.DayOfWeek == IsoDayOfWeek.Sunday;
        var weekend = HolidayRules.IsSaturdayOrSunday(date);
        return kind switch
        {
            Kind.LunarBlock => date.Year >= 2014 && (sunday || coincides),
            Kind.ChildrensDay => date.Year >= 2014 && (weekend || coincides),
            Kind.NationalDay => date >= new LocalDate(2021, 8, 4) && (weekend || coincides),
            Kind.BuddhaOrChristmas => date >= new LocalDate(2023, 5, 4) && (weekend || coincides),
            _ => false,
        };
    }

    private static string ShortName(string name)
    {
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        return paren < 0 ? name : name[..paren];
    }
}
