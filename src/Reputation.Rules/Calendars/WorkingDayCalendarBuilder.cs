using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Calendars;

/// <summary>
/// Builds a <see cref="WorkingDayCalendar"/>: weekend rules, public holidays, make-up working days and the years the
/// holiday data covers. Every problem is reported by <see cref="Build"/> at once, naming the offending date.
/// </summary>
/// <example>
/// <code>
/// var calendar = new WorkingDayCalendarBuilder(CountryCode.Parse("AE"), "United Arab Emirates")
///     .WithWeekend(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)
///     .WithWeekendFrom(new LocalDate(2022, 1, 1), IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)
///     .CoveringYears(2025, 2026)
///     .AddHoliday(new LocalDate(2025, 12, 2), "National Day")
///     .Build();
/// </code>
/// </example>
/// <remarks>This type is mutable and not thread-safe; the calendar it builds is immutable.</remarks>
public sealed class WorkingDayCalendarBuilder
{
    private readonly SortedDictionary<LocalDate, IsoDayOfWeek[]> _weekendRules = [];
    private readonly Dictionary<LocalDate, string> _holidays = [];
    private readonly Dictionary<LocalDate, string> _makeUpDays = [];
    private readonly List<string> _problems = [];
    private readonly SortedDictionary<int, CalendarYear> _years = [];
    private readonly SortedDictionary<int, string> _yearSources = [];
    private int? _firstYear;
    private int? _lastYear;
    private string _source = "user-defined";

    /// <summary>Starts a calendar with a Saturday–Sunday weekend and no holiday data.</summary>
    /// <param name="market">The market the calendar is for.</param>
    /// <param name="name">A human-readable name.</param>
    /// <exception cref="ArgumentException"><paramref name="market"/> is default or <paramref name="name"/> is blank.</exception>
    public WorkingDayCalendarBuilder(CountryCode market, string name)
    {
        if (market.Value.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(market), "must not be default(CountryCode).");
        }

        Market = market;
        Name = Preconditions.NotNullOrWhiteSpace(name, nameof(name));
        _weekendRules[WorkingDayCalendar.MinSupportedDate] = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
    }

    /// <summary>The market the calendar is for.</summary>
    public CountryCode Market { get; }

    /// <summary>The calendar's name.</summary>
    public string Name { get; private set; }

    /// <summary>Sets the weekend that applies from the earliest supported date (replacing the Saturday–Sunday default).</summary>
    /// <param name="days">The weekend days.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder WithWeekend(params IsoDayOfWeek[] days) => WithWeekendFrom(WorkingDayCalendar.MinSupportedDate, days);

    /// <summary>Sets the weekend that applies from <paramref name="effectiveFrom"/> until the next weekend rule.</summary>
    /// <param name="effectiveFrom">The first date of the new weekend.</param>
    /// <param name="days">The weekend days.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder WithWeekendFrom(LocalDate effectiveFrom, params IsoDayOfWeek[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _ = new WeekendRule(effectiveFrom, days); // validates the days now, with a clear message
        if (effectiveFrom < WorkingDayCalendar.MinSupportedDate)
        {
            effectiveFrom = WorkingDayCalendar.MinSupportedDate;
        }

        _weekendRules[effectiveFrom] = days;
        return this;
    }

    /// <summary>Declares the years the holiday data covers (inclusive). Without this call the calendar has no holiday data.</summary>
    /// <param name="firstYear">The first covered year.</param>
    /// <param name="lastYear">The last covered year, not before <paramref name="firstYear"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of the supported range or reversed.</exception>
    public WorkingDayCalendarBuilder CoveringYears(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, WorkingDayCalendar.MinSupportedDate.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, WorkingDayCalendar.MaxSupportedDate.Year);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);
        _firstYear = firstYear;
        _lastYear = lastYear;
        return this;
    }

    /// <summary>Records where the holiday data comes from (shown in docs and reports).</summary>
    /// <param name="source">A citation of the data source.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder WithSource(string source)
    {
        _source = Preconditions.NotNullOrWhiteSpace(source, nameof(source));
        return this;
    }

    /// <summary>Adds a public holiday or official rest day. Adding the same date again keeps the first name and appends the second.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddHoliday(LocalDate date, string name)
    {
        Preconditions.NotNullOrWhiteSpace(name, nameof(name));
        if (_holidays.TryGetValue(date, out var existing))
        {
            if (!existing.Contains(name, StringComparison.Ordinal))
            {
                _holidays[date] = existing + "; " + name;
            }
        }
        else
        {
            _holidays[date] = name;
        }

        return this;
    }

    /// <summary>Adds every day from <paramref name="first"/> to <paramref name="last"/> (inclusive) as a holiday or rest day.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, not before <paramref name="first"/>.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddHolidayRange(LocalDate first, LocalDate last, string name)
    {
        if (last < first)
        {
            Preconditions.ThrowArgument(nameof(last), $"{last:uuuu-MM-dd} is before {first:uuuu-MM-dd}.");
        }

        for (var d = first; d <= last; d = d.PlusDays(1))
        {
            AddHoliday(d, name);
        }

        return this;
    }

    /// <summary>Removes a holiday (for example to correct built-in data); no effect when absent.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder RemoveHoliday(LocalDate date)
    {
        _holidays.Remove(date);
        return this;
    }

    /// <summary>
    /// Sets one year of holiday data, replacing whatever this builder holds for that year (holidays and make-up working
    /// days alike), and extends the covered years to include it. Years must stay contiguous: <see cref="Build"/>
    /// reports a gap between the covered years and an added one.
    /// </summary>
    /// <param name="year">The year's data.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder SetYear(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        foreach (var date in _holidays.Keys.Where(d => d.Year == year.Year).ToList())
        {
            _holidays.Remove(date);
        }

        foreach (var date in _makeUpDays.Keys.Where(d => d.Year == year.Year).ToList())
        {
            _makeUpDays.Remove(date);
        }

        foreach (var (date, name) in year.Holidays)
        {
            _holidays[date] = name;
        }

        foreach (var (date, note) in year.MakeUpWorkingDays)
        {
            _makeUpDays[date] = note;
        }

        _years[year.Year] = year;
        _yearSources[year.Year] = year.Retrieved is { } retrieved
            ? $"{year.Source} (retrieved {retrieved:uuuu-MM-dd})"
            : year.Source;
        return this;
    }

    /// <summary>Renames the calendar (a calendar data file may name a market's calendar).</summary>
    internal WorkingDayCalendarBuilder WithName(string name)
    {
        Name = Preconditions.NotNullOrWhiteSpace(name, nameof(name));
        return this;
    }

    /// <summary>Removes every weekend rule, leaving a Saturday–Sunday weekend (before new rules are set).</summary>
    internal WorkingDayCalendarBuilder ResetWeekendRules()
    {
        _weekendRules.Clear();
        _weekendRules[WorkingDayCalendar.MinSupportedDate] = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
        return this;
    }

    /// <summary>Records where one year's data comes from (used when copying a calendar).</summary>
    internal WorkingDayCalendarBuilder WithYearSource(int year, string source)
    {
        _yearSources[year] = source;
        return this;
    }

    /// <summary>Adds a make-up working day: a weekend day that is worked by official arrangement (China's 调休 补班).</summary>
    /// <param name="date">The date; must be a weekend day under the weekend rules.</param>
    /// <param name="note">Why it is worked, e.g. <c>补班 for National Day</c>.</param>
    /// <returns>This builder.</returns>
    public WorkingDayCalendarBuilder AddMakeUpWorkingDay(LocalDate date, string note)
    {
        _makeUpDays[date] = Preconditions.NotNullOrWhiteSpace(note, nameof(note));
        return this;
    }

    /// <summary>Builds the calendar.</summary>
    /// <returns>An immutable calendar.</returns>
    /// <exception cref="ArgumentException">
    /// The data is inconsistent; the message lists every problem (a date outside the covered years or the supported
    /// range, a date that is both a holiday and a make-up day, a make-up day that is not a weekend day).
    /// </exception>
    public WorkingDayCalendar Build()
    {
        _problems.Clear();
        var (firstYear, lastYear) = Coverage();
        var weekendRules = _weekendRules.Select(kv => new WeekendRule(kv.Key, kv.Value)).ToImmutableArray();

        foreach (var date in _holidays.Keys.Order())
        {
            CheckDate(date, "holiday", firstYear, lastYear);
        }

        foreach (var date in _makeUpDays.Keys.Order())
        {
            CheckDate(date, "make-up working day", firstYear, lastYear);
            if (_holidays.ContainsKey(date))
            {
                _problems.Add($"{date:uuuu-MM-dd} is both a holiday and a make-up working day.");
            }

            var rule = weekendRules.Last(r => r.EffectiveFrom <= date);
            if (!rule.IsWeekend(date.DayOfWeek))
            {
                _problems.Add($"make-up working day {date:uuuu-MM-dd} is a {date.DayOfWeek}, which is already a working day.");
            }
        }

        if (_problems.Count > 0)
        {
            throw new ArgumentException($"The {Market} calendar '{Name}' is inconsistent: " + string.Join(" ", _problems));
        }

        return WorkingDayCalendar.Create(
            Market,
            Name,
            _source,
            weekendRules,
            _holidays.ToImmutableSortedDictionary(),
            _makeUpDays.ToImmutableSortedDictionary(),
            firstYear,
            lastYear,
            _yearSources.Where(kv => firstYear <= kv.Key && kv.Key <= lastYear).ToImmutableSortedDictionary());
    }

    /// <summary>The covered years: the declared range joined with the years set by <see cref="SetYear"/>; gaps are problems.</summary>
    private (int? First, int? Last) Coverage()
    {
        if (_years.Count == 0)
        {
            return (_firstYear, _lastYear);
        }

        var first = Math.Min(_firstYear ?? int.MaxValue, _years.Keys.First());
        var last = Math.Max(_lastYear ?? int.MinValue, _years.Keys.Last());
        var missing = Enumerable.Range(first, last - first + 1)
            .Where(y => !_years.ContainsKey(y) && (_firstYear is null || y < _firstYear || y > _lastYear))
            .ToList();
        if (missing.Count > 0)
        {
            _problems.Add(
                $"the holiday data would have a gap: no data for {string.Join(", ", missing)} between {first} and {last}; " +
                "covered years must be contiguous, so add those years too.");
        }

        return (first, last);
    }

    private void CheckDate(LocalDate date, string what, int? firstYear, int? lastYear)
    {
        if (!WorkingDayCalendar.IsInSupportedRange(date))
        {
            _problems.Add($"{what} {date:uuuu-MM-dd} is outside the supported range.");
        }
        else if (firstYear is null || date.Year < firstYear || date.Year > lastYear)
        {
            var coverage = firstYear is null ? "no years (call CoveringYears first)" : $"{firstYear}–{lastYear}";
            _problems.Add($"{what} {date:uuuu-MM-dd} is outside the covered years {coverage}.");
        }
    }
}
