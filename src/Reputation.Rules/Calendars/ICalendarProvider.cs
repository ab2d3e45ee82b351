namespace Reputation.Rules.Calendars;

/// <summary>Gives the working-day calendar of a market. Implementations are thread-safe.</summary>
public interface ICalendarProvider
{
    /// <summary>
    /// The calendar of <paramref name="market"/>: a built-in or registered one, or else a Saturday–Sunday weekend
    /// calendar without holiday data (<see cref="WorkingDayCalendar.HasHolidayData"/> false).
    /// </summary>
    /// <param name="market">The market.</param>
    /// <returns>The calendar (strict view).</returns>
    WorkingDayCalendar GetCalendar(CountryCode market);

    /// <summary>Whether a calendar with holiday data is known for <paramref name="market"/>.</summary>
    /// <param name="market">The market.</param>
    /// <returns><see langword="true"/> when <see cref="GetCalendar"/> returns a calendar with holiday data.</returns>
    bool HasHolidayData(CountryCode market);
}
