using NodaTime;

namespace Reputation.Rules.Calendars.Data;

/// <summary>Date arithmetic shared by the rule-based holiday calendars.</summary>
internal static class HolidayRules
{
    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>The <paramref name="n"/>-th (1-based) <paramref name="day"/> of the month.</summary>
    public static LocalDate NthWeekday(int year, int month, IsoDayOfWeek day, int n)
    {
        var first = new LocalDate(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(offset + (7 * (n - 1)));
    }

    /// <summary>The last <paramref name="day"/> of the month.</summary>
    public static LocalDate LastWeekday(int year, int month, IsoDayOfWeek day)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.PlusDays(-offset);
    }

    /// <summary>US federal observance (5 U.S.C. 6103(b)): Saturday → the Friday before, Sunday → the Monday after.</summary>
    public static LocalDate UsObserved(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(-1),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };

    /// <summary>Whether the day is Saturday or Sunday.</summary>
    public static bool IsSaturdayOrSunday(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
