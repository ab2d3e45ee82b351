using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Calendars;

/// <summary>
/// One year of a market's holiday data: the days off and the make-up working days (weekend days that are worked),
/// with where the data comes from. Every other day of the year follows the market's weekend rules. This is the unit
/// that calendar data files, configuration and <see cref="WorkingDayCalendarBuilder.SetYear"/> add or replace.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CalendarYear
{
    /// <summary>Creates a year of holiday data.</summary>
    /// <param name="year">The year, within the supported range (1970–2199).</param>
    /// <param name="holidays">The public holidays and official rest days, by date, with a name; all in <paramref name="year"/>.</param>
    /// <param name="makeUpWorkingDays">The make-up working days, by date, with a note; all in <paramref name="year"/>.</param>
    /// <param name="source">Where the data comes from (e.g. the official notice and its address).</param>
    /// <param name="retrieved">When the source was retrieved, if known.</param>
    /// <exception cref="ArgumentException">
    /// A date lies outside <paramref name="year"/>, a date is both a holiday and a make-up working day, a name is blank,
    /// or <paramref name="source"/> is blank; the message lists every problem.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public CalendarYear(
        int year,
        IEnumerable<KeyValuePair<LocalDate, string>> holidays,
        IEnumerable<KeyValuePair<LocalDate, string>> makeUpWorkingDays,
        string source,
        LocalDate? retrieved = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, WorkingDayCalendar.MinSupportedDate.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, WorkingDayCalendar.MaxSupportedDate.Year);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeUpWorkingDays);
        Year = year;
        Source = Preconditions.NotNullOrWhiteSpace(source, nameof(source));
        Retrieved = retrieved;

        var problems = new List<string>();
        Holidays = Collect(holidays, "holiday", problems);
        MakeUpWorkingDays = Collect(makeUpWorkingDays, "make-up working day", problems);
        foreach (var date in MakeUpWorkingDays.Keys.Where(Holidays.ContainsKey))
        {
            problems.Add($"{date:uuuu-MM-dd} is both a holiday and a make-up working day.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The holiday data for {year} is inconsistent: " + string.Join(" ", problems));
        }
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The public holidays and official rest days, by date; enumerated in date order.</summary>
    public ImmutableSortedDictionary<LocalDate, string> Holidays { get; }

    /// <summary>The make-up working days (weekend days that are worked), by date; enumerated in date order.</summary>
    public ImmutableSortedDictionary<LocalDate, string> MakeUpWorkingDays { get; }

    /// <summary>Where the data comes from.</summary>
    public string Source { get; }

    /// <summary>When the source was retrieved, or null when not recorded.</summary>
    public LocalDate? Retrieved { get; }

    /// <summary>The year, the number of days off and make-up days, and the source.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Year}: {Holidays.Count} days off, {MakeUpWorkingDays.Count} make-up working days ({Source})";

    private ImmutableSortedDictionary<LocalDate, string> Collect(IEnumerable<KeyValuePair<LocalDate, string>> days, string what, List<string> problems)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<LocalDate, string>();
        foreach (var (date, name) in days)
        {
            if (date.Calendar != CalendarSystem.Iso || date.Year != Year)
            {
                problems.Add($"{what} {date:uuuu-MM-dd} is not in {Year}.");
            }
            else if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add($"{what} {date:uuuu-MM-dd} has no name.");
            }
            else if (!result.TryAdd(date, name))
            {
                problems.Add($"{what} {date:uuuu-MM-dd} is listed twice.");
            }
        }

        return result.ToImmutable();
    }
}
