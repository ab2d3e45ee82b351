using NodaTime;

namespace Reputation.Rules.Calendars.Data;

/// <summary>Germany, France and England &amp; Wales: rule-based national holidays, 2000–2100.</summary>
internal static class EuropeCalendars
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>Germany: the nine nationwide public holidays (regional ones such as Epiphany are not included).</summary>
    public static WorkingDayCalendar Germany()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("DE"), "Germany (nationwide public holidays)")
            .WithSource("Einigungsvertrag Art. 2(2) (Tag der Deutschen Einheit); the Länder holiday laws (Feiertagsgesetze) for the days every Land observes")
            .CoveringYears(FirstYear, LastYear);
        for (var y = FirstYear; y <= LastYear; y++)
        {
            var easter = HolidayRules.EasterSunday(y);
            b.AddHoliday(new LocalDate(y, 1, 1), "Neujahr")
                .AddHoliday(easter.PlusDays(-2), "Karfreitag")
                .AddHoliday(easter.PlusDays(1), "Ostermontag")
                .AddHoliday(new LocalDate(y, 5, 1), "Tag der Arbeit")
                .AddHoliday(easter.PlusDays(39), "Christi Himmelfahrt")
                .AddHoliday(easter.PlusDays(50), "Pfingstmontag")
                .AddHoliday(new LocalDate(y, 10, 3), "Tag der Deutschen Einheit")
                .AddHoliday(new LocalDate(y, 12, 25), "1. Weihnachtstag")
                .AddHoliday(new LocalDate(y, 12, 26), "2. Weihnachtstag");
        }

        // The 500th anniversary of the Reformation was a one-off holiday in every Land.
        b.AddHoliday(new LocalDate(2017, 10, 31), "Reformationstag (500. Jubiläum)");
        return b.Build();
    }

    /// <summary>France (metropolitan): the eleven jours fériés of Code du travail art. L3133-1.</summary>
    public static WorkingDayCalendar France()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("FR"), "France (jours fériés, Code du travail L3133-1)")
            .WithSource("Code du travail art. L3133-1; Loi 2004-626 (Lundi de Pentecôte worked 2005–2007), Loi 2008-351")
            .CoveringYears(FirstYear, LastYear);
        for (var y = FirstYear; y <= LastYear; y++)
        {
            var easter = HolidayRules.EasterSunday(y);
            b.AddHoliday(new LocalDate(y, 1, 1), "Jour de l'an")
                .AddHoliday(easter.PlusDays(1), "Lundi de Pâques")
                .AddHoliday(new LocalDate(y, 5, 1), "Fête du Travail")
                .AddHoliday(new LocalDate(y, 5, 8), "Victoire 1945")
                .AddHoliday(easter.PlusDays(39), "Ascension")
                .AddHoliday(new LocalDate(y, 7, 14), "Fête nationale")
                .AddHoliday(new LocalDate(y, 8, 15), "Assomption")
                .AddHoliday(new LocalDate(y, 11, 1), "Toussaint")
                .AddHoliday(new LocalDate(y, 11, 11), "Armistice 1918")
                .AddHoliday(new LocalDate(y, 12, 25), "Noël");
            if (y is < 2005 or > 2007)
            {
                b.AddHoliday(easter.PlusDays(50), "Lundi de Pentecôte");
            }
        }

        return b.Build();
    }

    /// <summary>England and Wales: bank holidays with substitute days, including the one-off royal holidays.</summary>
    public static WorkingDayCalendar EnglandAndWales()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("GB"), "United Kingdom (England and Wales bank holidays)")
            .WithSource("Banking and Financial Dealings Act 1971 Sch. 1 and the annual royal proclamations (gov.uk/bank-holidays)")
            .CoveringYears(FirstYear, LastYear);
        for (var y = FirstYear; y <= LastYear; y++)
        {
            var easter = HolidayRules.EasterSunday(y);
            var newYear = new LocalDate(y, 1, 1);
            b.AddHoliday(SubstituteMonday(newYear), newYear.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? "New Year's Day (substitute day)" : "New Year's Day")
                .AddHoliday(easter.PlusDays(-2), "Good Friday")
                .AddHoliday(easter.PlusDays(1), "Easter Monday");

            var earlyMay = y == 2020 ? new LocalDate(2020, 5, 8) : HolidayRules.NthWeekday(y, 5, IsoDayOfWeek.Monday, 1);
            b.AddHoliday(earlyMay, y == 2020 ? "Early May bank holiday (VE Day)" : "Early May bank holiday");

            var spring = y switch
            {
                2002 => new LocalDate(2002, 6, 4),
                2012 => new LocalDate(2012, 6, 4),
                2022 => new LocalDate(2022, 6, 2),
                _ => HolidayRules.LastWeekday(y, 5, IsoDayOfWeek.Monday),
            };
            b.AddHoliday(spring, "Spring bank holiday")
                .AddHoliday(HolidayRules.LastWeekday(y, 8, IsoDayOfWeek.Monday), "Summer bank holiday");

            // Christmas Day and Boxing Day; a day on a weekend moves to the next weekday that is not already a holiday.
            var christmas = new LocalDate(y, 12, 25);
            switch (christmas.DayOfWeek)
            {
                case IsoDayOfWeek.Friday: // Boxing Day on Saturday
                    b.AddHoliday(christmas, "Christmas Day").AddHoliday(christmas.PlusDays(3), "Boxing Day (substitute day)");
                    break;
                case IsoDayOfWeek.Saturday: // both on the weekend
                    b.AddHoliday(christmas.PlusDays(2), "Christmas Day (substitute day)").AddHoliday(christmas.PlusDays(3), "Boxing Day (substitute day)");
                    break;
                case IsoDayOfWeek.Sunday: // Boxing Day on Monday
                    b.AddHoliday(christmas.PlusDays(1), "Boxing Day").AddHoliday(christmas.PlusDays(2), "Christmas Day (substitute day)");
                    break;
                default:
                    b.AddHoliday(christmas, "Christmas Day").AddHoliday(christmas.PlusDays(1), "Boxing Day");
                    break;
            }
        }

        b.AddHoliday(new LocalDate(2002, 6, 3), "Golden Jubilee of Elizabeth II")
            .AddHoliday(new LocalDate(2011, 4, 29), "Wedding of Prince William and Catherine Middleton")
            .AddHoliday(new LocalDate(2012, 6, 5), "Diamond Jubilee of Elizabeth II")
            .AddHoliday(new LocalDate(2022, 6, 3), "Platinum Jubilee of Elizabeth II")
            .AddHoliday(new LocalDate(2022, 9, 19), "State Funeral of Queen Elizabeth II")
            .AddHoliday(new LocalDate(2023, 5, 8), "Coronation of King Charles III");
        return b.Build();
    }

    private static LocalDate SubstituteMonday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(2),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };
}
