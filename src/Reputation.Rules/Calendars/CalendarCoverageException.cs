using System;
using NodaTime;

namespace Reputation.Rules.Calendars;

/// <summary>
/// Thrown when a working-day question needs holiday data the calendar does not have: the date lies outside the
/// years its holiday data covers, or the market has no holiday data at all. The message names the market and the
/// covered years. Opt into weekend-only counting with <see cref="WorkingDayCalendar.WithWeekendOnlyOutsideCoverage"/>.
/// </summary>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="market">The calendar's market.</param>
    /// <param name="date">The date that lies outside the coverage.</param>
    /// <param name="firstCoveredYear">The first covered year, or null when the calendar has no holiday data.</param>
    /// <param name="lastCoveredYear">The last covered year, or null when the calendar has no holiday data.</param>
    public CalendarCoverageException(CountryCode market, LocalDate date, int? firstCoveredYear, int? lastCoveredYear)
        : base(BuildMessage(market, date, firstCoveredYear, lastCoveredYear))
    {
        Market = market;
        Date = date;
        FirstCoveredYear = firstCoveredYear;
        LastCoveredYear = lastCoveredYear;
    }

    /// <summary>Creates the exception with a custom message.</summary>
    public CalendarCoverageException()
    {
    }

    /// <summary>Creates the exception with a custom message.</summary>
    /// <param name="message">The message.</param>
    public CalendarCoverageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a custom message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarCoverageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The calendar's market.</summary>
    public CountryCode Market { get; }

    /// <summary>The date outside the coverage.</summary>
    public LocalDate Date { get; }

    /// <summary>The first year the holiday data covers, or null when there is none.</summary>
    public int? FirstCoveredYear { get; }

    /// <summary>The last year the holiday data covers, or null when there is none.</summary>
    public int? LastCoveredYear { get; }

    private static string BuildMessage(CountryCode market, LocalDate date, int? first, int? last) =>
        first is null || last is null
            ? $"The {market} calendar has no holiday data, so {date:uuuu-MM-dd} cannot be counted exactly; opt into weekend-only counting to count Saturdays and Sundays only."
            : $"{date:uuuu-MM-dd} is outside the {market} calendar's holiday data, which covers {first}–{last}; opt into weekend-only counting to count weekends only outside those years.";
}
