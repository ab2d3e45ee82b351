using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>
/// A plain day-by-day implementation of the calendar questions, built only from the calendar's published data
/// (weekend rules, holidays, make-up days) — never from its index — to check the index against.
/// </summary>
internal static class ReferenceCalendar
{
    public static bool IsWorkingDay(WorkingDayCalendar calendar, LocalDate date)
    {
        if (calendar.MakeUpWorkingDays.ContainsKey(date))
        {
            return true;
        }

        if (calendar.Holidays.ContainsKey(date))
        {
            return false;
        }

        var rule = calendar.WeekendRules.Last(r => r.EffectiveFrom <= date);
        return !rule.IsWeekend(date.DayOfWeek);
    }

    public static LocalDate AddWorkingDays(WorkingDayCalendar calendar, LocalDate start, int n)
    {
        var date = start;
        var step = n >= 0 ? 1 : -1;
        var remaining = n < 0 ? -n : n;
        while (remaining > 0)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(calendar, date))
            {
                remaining--;
            }
        }

        return date;
    }

    public static int WorkingDaysBetween(WorkingDayCalendar calendar, LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(calendar, end, start);
        }

        var count = 0;
        for (var d = start.PlusDays(1); d <= end; d = d.PlusDays(1))
        {
            if (IsWorkingDay(calendar, d))
            {
                count++;
            }
        }

        return count;
    }
}
