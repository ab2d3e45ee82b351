using NodaTime;

namespace Reputation.Rules.Calendars.Data;

/// <summary>United States (federal) and Brazil (national): rule-based holidays, 2000–2100.</summary>
internal static class AmericasCalendars
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>
    /// United States: the eleven federal legal public holidays of 5 U.S.C. 6103(a) with the observance rule of
    /// 6103(b) (Saturday → Friday, Sunday → Monday). Juneteenth from 2021. One-off executive-order closures are not
    /// holidays and are not included.
    /// </summary>
    public static WorkingDayCalendar UnitedStates()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("US"), "United States (federal holidays)")
            .WithSource("5 U.S.C. 6103(a) and (b); Juneteenth National Independence Day Act, Pub. L. 117-17 (2021)")
            .CoveringYears(FirstYear, LastYear);
        for (var y = FirstYear; y <= LastYear + 1; y++)
        {
            // A New Year's Day on a Saturday is observed on 31 December of the year before (2100-12-31 for 2101).
            AddObserved(b, new LocalDate(y, 1, 1), "New Year's Day");
        }

        for (var y = FirstYear; y <= LastYear; y++)
        {
            b.AddHoliday(HolidayRules.NthWeekday(y, 1, IsoDayOfWeek.Monday, 3), "Birthday of Martin Luther King, Jr.")
                .AddHoliday(HolidayRules.NthWeekday(y, 2, IsoDayOfWeek.Monday, 3), "Washington's Birthday")
                .AddHoliday(HolidayRules.LastWeekday(y, 5, IsoDayOfWeek.Monday), "Memorial Day");
            if (y >= 2021)
            {
                AddObserved(b, new LocalDate(y, 6, 19), "Juneteenth National Independence Day");
            }

            AddObserved(b, new LocalDate(y, 7, 4), "Independence Day");
            b.AddHoliday(HolidayRules.NthWeekday(y, 9, IsoDayOfWeek.Monday, 1), "Labor Day")
                .AddHoliday(HolidayRules.NthWeekday(y, 10, IsoDayOfWeek.Monday, 2), "Columbus Day");
            AddObserved(b, new LocalDate(y, 11, 11), "Veterans Day");
            b.AddHoliday(HolidayRules.NthWeekday(y, 11, IsoDayOfWeek.Thursday, 4), "Thanksgiving Day");
            AddObserved(b, new LocalDate(y, 12, 25), "Christmas Day");
        }

        return b.Build();
    }

    /// <summary>
    /// Brazil: national holidays (Lei 662/1949 as amended, Lei 6.802/1980, Lei 9.093/1995 for Good Friday,
    /// Lei 14.759/2023 for Black Consciousness Day from 2024). Carnival and Corpus Christi are optional
    /// (ponto facultativo) and not included; state and municipal holidays are not included.
    /// </summary>
    public static WorkingDayCalendar Brazil()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("BR"), "Brazil (national holidays)")
            .WithSource("Lei 662/1949 and Lei 10.607/2002; Lei 6.802/1980; Lei 9.093/1995; Lei 14.759/2023")
            .CoveringYears(FirstYear, LastYear);
        for (var y = FirstYear; y <= LastYear; y++)
        {
            var easter = HolidayRules.EasterSunday(y);
            b.AddHoliday(new LocalDate(y, 1, 1), "Confraternização Universal")
                .AddHoliday(easter.PlusDays(-2), "Sexta-feira Santa")
                .AddHoliday(new LocalDate(y, 4, 21), "Tiradentes")
                .AddHoliday(new LocalDate(y, 5, 1), "Dia do Trabalhador")
                .AddHoliday(new LocalDate(y, 9, 7), "Independência do Brasil")
                .AddHoliday(new LocalDate(y, 10, 12), "Nossa Senhora Aparecida")
                .AddHoliday(new LocalDate(y, 11, 2), "Finados")
                .AddHoliday(new LocalDate(y, 11, 15), "Proclamação da República")
                .AddHoliday(new LocalDate(y, 12, 25), "Natal");
            if (y >= 2024)
            {
                b.AddHoliday(new LocalDate(y, 11, 20), "Dia Nacional de Zumbi e da Consciência Negra");
            }
        }

        return b.Build();
    }

    private static void AddObserved(WorkingDayCalendarBuilder b, LocalDate actual, string name)
    {
        var observed = HolidayRules.UsObserved(actual);
        if (observed.Year < FirstYear || observed.Year > LastYear)
        {
            return; // e.g. New Year's Day 2000 (a Saturday) was observed on 1999-12-31, outside the data; 2101-01-01 counts only for 2100-12-31.
        }

        b.AddHoliday(observed, observed == actual ? name : name + " (observed)");
    }
}
