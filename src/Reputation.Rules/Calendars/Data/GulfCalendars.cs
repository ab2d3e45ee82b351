using NodaTime;

namespace Reputation.Rules.Calendars.Data;

/// <summary>
/// United Arab Emirates and Saudi Arabia: weekends that changed on a date, and the announced public holidays for the
/// private sector, 2025–2026. Islamic holidays follow moon sighting and are announced shortly before; dates marked
/// "(estimated)" are the Umm al-Qura calendar's, used where no announcement could be sourced.
/// </summary>
internal static class GulfCalendars
{
    public const int FirstYear = 2025;
    public const int LastYear = 2026;

    private const string Estimated = " (estimated, Umm al-Qura)";

    /// <summary>
    /// United Arab Emirates: Friday–Saturday weekend before 2022-01-01, Saturday–Sunday from then (federal
    /// government and private sector; Sharjah's government keeps Friday off, not modelled). Holidays per Cabinet
    /// Resolution No. 27 of 2024 Concerning Public Holidays, which gives the public and private sectors the same days
    /// and lets the Cabinet move non-Eid holidays to the start or end of the week, as it did for Hijri New Year 2025
    /// (Thursday 26 June → Friday 27 June) and Eid Al Etihad 2025 (2–3 → 1–2 December). Commemoration Day is no longer
    /// a day off.
    /// </summary>
    public static WorkingDayCalendar UnitedArabEmirates()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("AE"), "United Arab Emirates (federal public holidays, public and private sector)")
            .WithSource(
                "Cabinet Resolution No. 27 of 2024 Concerning Public Holidays; FAHR and MoHRE circulars (WAM) for 2025–2026; " +
                "weekend: Saturday–Sunday from 2022-01-01 (returns-law research §3.1); 2026 dates after March estimated from the Umm al-Qura calendar")
            .WithWeekend(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)
            .WithWeekendFrom(new LocalDate(2022, 1, 1), IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)
            .CoveringYears(FirstYear, LastYear);

        // 2025 (all announced).
        b.AddHoliday(new LocalDate(2025, 1, 1), "New Year's Day")
            .AddHoliday(new LocalDate(2025, 3, 30), "Eid al-Fitr")
            .AddHolidayRange(new LocalDate(2025, 3, 31), new LocalDate(2025, 4, 1), "Eid al-Fitr holiday")
            .AddHoliday(new LocalDate(2025, 6, 5), "Arafat Day")
            .AddHoliday(new LocalDate(2025, 6, 6), "Eid al-Adha")
            .AddHolidayRange(new LocalDate(2025, 6, 7), new LocalDate(2025, 6, 8), "Eid al-Adha holiday")
            .AddHoliday(new LocalDate(2025, 6, 27), "Hijri New Year (moved from Thursday 26 June)")
            .AddHoliday(new LocalDate(2025, 9, 5), "Prophet's Birthday")
            .AddHolidayRange(new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 2), "Eid Al Etihad (National Day, moved from 2–3 December)");

        // 2026: New Year and Eid al-Fitr announced (holiday from Thursday 19 March, Ramadan 30 when the month has 30
        // days); the rest estimated.
        b.AddHoliday(new LocalDate(2026, 1, 1), "New Year's Day")
            .AddHoliday(new LocalDate(2026, 3, 19), "Eid al-Fitr holiday")
            .AddHoliday(new LocalDate(2026, 3, 20), "Eid al-Fitr")
            .AddHolidayRange(new LocalDate(2026, 3, 21), new LocalDate(2026, 3, 22), "Eid al-Fitr holiday")
            .AddHoliday(new LocalDate(2026, 5, 26), "Arafat Day" + Estimated)
            .AddHoliday(new LocalDate(2026, 5, 27), "Eid al-Adha" + Estimated)
            .AddHolidayRange(new LocalDate(2026, 5, 28), new LocalDate(2026, 5, 29), "Eid al-Adha holiday" + Estimated)
            .AddHoliday(new LocalDate(2026, 6, 16), "Hijri New Year" + Estimated)
            .AddHoliday(new LocalDate(2026, 8, 25), "Prophet's Birthday" + Estimated)
            .AddHolidayRange(new LocalDate(2026, 12, 2), new LocalDate(2026, 12, 3), "Eid Al Etihad (National Day)");
        return b.Build();
    }

    /// <summary>
    /// Saudi Arabia, private and non-profit sector: Friday–Saturday weekend (Thursday–Friday before 2013-06-28).
    /// Holidays per the Labour Law Executive Regulations Art. 24 as announced each year by the Ministry of Human
    /// Resources and Social Development: Eid al-Fitr four days from the day after 29 Ramadan, Eid al-Adha four days
    /// from Arafat Day, Founding Day (22 February, Royal Order A/371 of 2022) and National Day (23 September); a
    /// Founding or National Day on a Friday moves to the Thursday before, on a Saturday to the Sunday after.
    /// Government employees get longer Eid breaks (civil service rules), not modelled. Art. 24(2) compensation days
    /// for Eid days that fall on the weekend are placed by each employer before or after the break and are not
    /// included.
    /// </summary>
    public static WorkingDayCalendar SaudiArabia()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("SA"), "Saudi Arabia (private and non-profit sector holidays)")
            .WithSource(
                "Labour Law Executive Regulations Art. 24 and MHRSD announcements for 2025–2026; Royal Order A/371 (2022, Founding Day); " +
                "weekend: Friday–Saturday from 2013-06-28 (returns-law research §3.1); 2026 Eid al-Adha estimated from the Umm al-Qura calendar")
            .WithWeekend(IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .WithWeekendFrom(new LocalDate(2013, 6, 28), IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)
            .CoveringYears(FirstYear, LastYear);

        for (var y = FirstYear; y <= LastYear; y++)
        {
            AddObservedNationalDay(b, new LocalDate(y, 2, 22), "Founding Day");
            AddObservedNationalDay(b, new LocalDate(y, 9, 23), "National Day");
        }

        // 2025: Eid al-Fitr on Sunday 30 March (29-day Ramadan), Arafat Day on Thursday 5 June (announced).
        b.AddHolidayRange(new LocalDate(2025, 3, 30), new LocalDate(2025, 4, 2), "Eid al-Fitr holiday")
            .AddHoliday(new LocalDate(2025, 6, 5), "Arafat Day")
            .AddHolidayRange(new LocalDate(2025, 6, 6), new LocalDate(2025, 6, 8), "Eid al-Adha holiday");

        // 2026: Eid al-Fitr break from the end of Wednesday 18 March (29 Ramadan), announced; Eid al-Adha estimated.
        b.AddHolidayRange(new LocalDate(2026, 3, 19), new LocalDate(2026, 3, 22), "Eid al-Fitr holiday")
            .AddHoliday(new LocalDate(2026, 5, 26), "Arafat Day" + Estimated)
            .AddHolidayRange(new LocalDate(2026, 5, 27), new LocalDate(2026, 5, 29), "Eid al-Adha holiday" + Estimated);
        return b.Build();
    }

    private static void AddObservedNationalDay(WorkingDayCalendarBuilder b, LocalDate date, string name)
    {
        b.AddHoliday(date, name);
        switch (date.DayOfWeek)
        {
            case IsoDayOfWeek.Friday:
                b.AddHoliday(date.PlusDays(-1), name + " (observed)");
                break;
            case IsoDayOfWeek.Saturday:
                b.AddHoliday(date.PlusDays(1), name + " (observed)");
                break;
        }
    }
}
