using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;

namespace Reputation.Rules.Calendars;

/// <summary>
/// A market's working-day calendar: weekend rules (which may change on a date), public holidays and make-up
/// working days (China's 调休 Saturdays and Sundays), with exact working-day arithmetic.
/// </summary>
/// <remarks>
/// <para>
/// Every question is answered in O(1) through an index precomputed once per calendar over
/// <see cref="MinSupportedDate"/>–<see cref="MaxSupportedDate"/> (built lazily on first use, about 0.7 MB);
/// no call allocates.
/// </para>
/// <para>
/// Holiday data covers <see cref="FirstCoveredYear"/>–<see cref="LastCoveredYear"/>. A question that touches a date
/// outside those years throws <see cref="CalendarCoverageException"/> unless the calendar was obtained through
/// <see cref="WithWeekendOnlyOutsideCoverage"/>, in which case days outside the covered years are counted on the
/// weekend rules alone. A calendar without holiday data (<see cref="HasHolidayData"/> false) covers no year.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    /// <summary>The first date any calendar can answer for.</summary>
    public static readonly LocalDate MinSupportedDate = new(1970, 1, 1);

    /// <summary>The last date any calendar can answer for.</summary>
    public static readonly LocalDate MaxSupportedDate = new(2199, 12, 31);

    private static readonly int OriginDayNumber = MinSupportedDate.ToDateOnly().DayNumber;
    private static readonly int DayCount = MaxSupportedDate.ToDateOnly().DayNumber - OriginDayNumber + 1;

    private static LocalDate[]? _dates;

    private readonly Definition _definition;

    private WorkingDayCalendar(Definition definition, bool weekendOnlyOutsideCoverage)
    {
        _definition = definition;
        WeekendOnlyOutsideCoverage = weekendOnlyOutsideCoverage;
    }

    /// <summary>The market (country) the calendar is for.</summary>
    public CountryCode Market => _definition.Market;

    /// <summary>A human-readable name, e.g. <c>China (State Council schedule)</c>.</summary>
    public string Name => _definition.Name;

    /// <summary>Where the holiday data comes from.</summary>
    public string Source => _definition.Source;

    /// <summary>Whether the calendar has any holiday data (false for a weekend-only calendar).</summary>
    public bool HasHolidayData => _definition.FirstYear is not null;

    /// <summary>The first year the holiday data covers, or null when there is none.</summary>
    public int? FirstCoveredYear => _definition.FirstYear;

    /// <summary>The last year the holiday data covers, or null when there is none.</summary>
    public int? LastCoveredYear => _definition.LastYear;

    /// <summary>
    /// The last day the holiday data covers (31 December of <see cref="LastCoveredYear"/>), or null when there is none.
    /// After it the calendar throws <see cref="CalendarCoverageException"/> (strict view) or counts weekends only.
    /// </summary>
    public LocalDate? DataEndsOn => _definition.LastYear is { } last ? new LocalDate(last, 12, 31) : null;

    /// <summary>
    /// Where each year's holiday data comes from, for years set from data (<see cref="WorkingDayCalendarBuilder.SetYear"/>,
    /// a calendar data file or configuration); years computed by rule are described by <see cref="Source"/> alone.
    /// </summary>
    public IReadOnlyDictionary<int, string> YearSources => _definition.YearSources;

    /// <summary>Whether days outside the covered years are counted on the weekend rules alone instead of throwing.</summary>
    public bool WeekendOnlyOutsideCoverage { get; }

    /// <summary>The weekend rules, earliest first; the first applies from <see cref="MinSupportedDate"/>.</summary>
    public ImmutableArray<WeekendRule> WeekendRules => _definition.WeekendRules;

    /// <summary>The public holidays and rest days, by date; enumerated in date order.</summary>
    public IReadOnlyDictionary<LocalDate, string> Holidays => _definition.Holidays;

    /// <summary>The make-up working days (weekend days that are worked), by date, with a note; enumerated in date order.</summary>
    public IReadOnlyDictionary<LocalDate, string> MakeUpWorkingDays => _definition.MakeUpDays;

    private Index DayIndex => _definition.Index;

    /// <summary>The number of supported days: day index 0 is <see cref="MinSupportedDate"/> (1970-01-01, the Unix epoch).</summary>
    internal static int SupportedDayCount => DayCount;

    /// <summary>The day tables (kinds, cumulative working-day counts, working days in order), for index-based fast paths.</summary>
    internal Index Days => DayIndex;

    /// <summary>The first covered day index (<see cref="int.MaxValue"/> without holiday data).</summary>
    internal int FirstCoveredIndex => _definition.FirstCoveredIndex;

    /// <summary>The last covered day index (<see cref="int.MinValue"/> without holiday data).</summary>
    internal int LastCoveredIndex => _definition.LastCoveredIndex;

    /// <summary>
    /// The date of a day index (0 = <see cref="MinSupportedDate"/>); any index DateOnly accepts. Supported days come
    /// from a table built on first use (84,000 dates, 336 KB, shared by the process): converting a day number to a
    /// <see cref="LocalDate"/> otherwise costs a year/month/day computation on every call.
    /// </summary>
    /// <param name="index">The day index.</param>
    /// <returns>The date.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LocalDate DateOfIndex(int index)
    {
        var dates = Volatile.Read(ref _dates) ?? BuildDates();
        return (uint)index < (uint)dates.Length ? dates[index] : FromIndex(index);
    }

    private static LocalDate[] BuildDates()
    {
        var dates = new LocalDate[DayCount];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = FromIndex(i);
        }

        // A race builds two identical tables and keeps one.
        return Interlocked.CompareExchange(ref _dates, dates, null) ?? dates;
    }

    /// <summary>
    /// A view of this calendar that counts days outside the covered years on the weekend rules alone, instead of
    /// throwing <see cref="CalendarCoverageException"/>. Inside the covered years the holiday data still applies.
    /// </summary>
    /// <returns>The lenient view (sharing this calendar's data and index).</returns>
    public WorkingDayCalendar WithWeekendOnlyOutsideCoverage() =>
        WeekendOnlyOutsideCoverage ? this : new WorkingDayCalendar(_definition, weekendOnlyOutsideCoverage: true);

    /// <summary>A view of this calendar that throws outside the covered years (the default behaviour).</summary>
    /// <returns>The strict view.</returns>
    public WorkingDayCalendar WithStrictCoverage() =>
        WeekendOnlyOutsideCoverage ? new WorkingDayCalendar(_definition, weekendOnlyOutsideCoverage: false) : this;

    /// <summary>Whether the holiday data covers <paramref name="date"/>'s year.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns><see langword="true"/> when the year is covered.</returns>
    public bool IsCovered(LocalDate date) =>
        _definition.FirstYear is { } first && date.Year >= first && date.Year <= _definition.LastYear!.Value;

    /// <summary>Whether every date from <paramref name="from"/> to <paramref name="to"/> (either order) is covered.</summary>
    /// <param name="from">One end.</param>
    /// <param name="to">The other end.</param>
    /// <returns><see langword="true"/> when both ends' years are covered.</returns>
    public bool IsCovered(LocalDate from, LocalDate to) => IsCovered(from) && IsCovered(to);

    /// <summary>What kind of day <paramref name="date"/> is.</summary>
    /// <param name="date">An ISO date within the supported range.</param>
    /// <returns>The kind of day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range or not ISO.</exception>
    /// <exception cref="CalendarCoverageException">The date is outside the holiday coverage (strict view).</exception>
    public DayKind GetDayKind(LocalDate date)
    {
        var i = ToIndex(date, nameof(date));
        EnsureCovered(date);
        return (DayKind)DayIndex.Kinds[i];
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">An ISO date within the supported range.</param>
    /// <returns><see langword="true"/> for a working day (including make-up working days).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range or not ISO.</exception>
    /// <exception cref="CalendarCoverageException">The date is outside the holiday coverage (strict view).</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        var kind = GetDayKind(date);
        return kind is DayKind.WorkingDay or DayKind.MakeUpWorkingDay;
    }

    /// <summary>The holiday's name when <paramref name="date"/> is a public holiday or rest day, else null.</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>The name, or null.</returns>
    public string? GetHolidayName(LocalDate date) => _definition.Holidays.TryGetValue(date, out var name) ? name : null;

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/>
    /// (strictly before it when negative); <paramref name="start"/> itself when zero.
    /// </summary>
    /// <param name="start">The start date; it need not be a working day and is never counted.</param>
    /// <param name="workingDays">How many working days to move.</param>
    /// <returns>The resulting working day (or <paramref name="start"/> for zero).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range or not ISO.</exception>
    /// <exception cref="CalendarCoverageException">The start or the result is outside the holiday coverage (strict view).</exception>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        var s = ToIndex(start, nameof(start));
        EnsureCovered(start);
        if (workingDays == 0)
        {
            return start;
        }

        if (!TryMove(s, workingDays, out var result))
        {
            ThrowResultOutOfRange(start, workingDays);
        }

        EnsureCovered(result);
        return result;
    }

    /// <summary>Like <see cref="AddWorkingDays"/>, but returns false instead of throwing when coverage or range is left.</summary>
    /// <param name="start">The start date.</param>
    /// <param name="workingDays">How many working days to move.</param>
    /// <param name="result">The result when the method returns true.</param>
    /// <returns><see langword="true"/> when the answer is exact under this view.</returns>
    public bool TryAddWorkingDays(LocalDate start, int workingDays, out LocalDate result)
    {
        result = default;
        if (!IsInSupportedRange(start) || !CoversOrLenient(start))
        {
            return false;
        }

        if (workingDays == 0)
        {
            result = start;
            return true;
        }

        if (!TryMove(start.ToDateOnly().DayNumber - OriginDayNumber, workingDays, out var candidate) || !CoversOrLenient(candidate))
        {
            return false;
        }

        result = candidate;
        return true;
    }

    /// <summary>
    /// The number of working days in the half-open range (<paramref name="start"/>, <paramref name="end"/>]:
    /// <paramref name="start"/> excluded, <paramref name="end"/> included. Negative when <paramref name="end"/>
    /// is before <paramref name="start"/> (minus the count in (end, start]).
    /// </summary>
    /// <param name="start">The excluded start.</param>
    /// <param name="end">The included end.</param>
    /// <returns>The signed count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range or not ISO.</exception>
    /// <exception cref="CalendarCoverageException">A date is outside the holiday coverage (strict view).</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var s = ToIndex(start, nameof(start));
        var e = ToIndex(end, nameof(end));
        EnsureCovered(start);
        EnsureCovered(end);
        var cumulative = DayIndex.Cumulative;
        return cumulative[e] - cumulative[s];
    }

    /// <summary>Like <see cref="WorkingDaysBetween"/>, but returns false instead of throwing when coverage or range is left.</summary>
    /// <param name="start">The excluded start.</param>
    /// <param name="end">The included end.</param>
    /// <param name="count">The signed count when the method returns true.</param>
    /// <returns><see langword="true"/> when the answer is exact under this view.</returns>
    public bool TryWorkingDaysBetween(LocalDate start, LocalDate end, out int count)
    {
        count = 0;
        if (!IsInSupportedRange(start) || !IsInSupportedRange(end) || !CoversOrLenient(start) || !CoversOrLenient(end))
        {
            return false;
        }

        var cumulative = DayIndex.Cumulative;
        count = cumulative[end.ToDateOnly().DayNumber - OriginDayNumber] - cumulative[start.ToDateOnly().DayNumber - OriginDayNumber];
        return true;
    }

    /// <summary><paramref name="date"/> when it is a working day, else the next working day after it (deadlines that roll forward).</summary>
    /// <param name="date">An ISO date.</param>
    /// <returns>The first working day on or after <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range or not ISO.</exception>
    /// <exception cref="CalendarCoverageException">A date is outside the holiday coverage (strict view).</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <inheritdoc />
    public override string ToString() =>
        HasHolidayData ? $"{Market} {Name} (holidays {FirstCoveredYear}–{LastCoveredYear})" : $"{Market} {Name} (no holiday data)";

    /// <summary>Creates a builder pre-filled with this calendar's weekend rules, holidays, make-up days and coverage.</summary>
    /// <returns>A builder; changing it does not change this calendar.</returns>
    public WorkingDayCalendarBuilder ToBuilder()
    {
        var builder = new WorkingDayCalendarBuilder(Market, Name).WithSource(Source);
        foreach (var rule in WeekendRules)
        {
            builder.WithWeekendFrom(rule.EffectiveFrom, [.. rule.Days]);
        }

        if (_definition.FirstYear is { } first)
        {
            builder.CoveringYears(first, _definition.LastYear!.Value);
        }

        foreach (var (date, name) in _definition.Holidays)
        {
            builder.AddHoliday(date, name);
        }

        foreach (var (date, note) in _definition.MakeUpDays)
        {
            builder.AddMakeUpWorkingDay(date, note);
        }

        foreach (var (year, source) in _definition.YearSources)
        {
            builder.WithYearSource(year, source);
        }

        return builder;
    }

    internal static WorkingDayCalendar Create(
        CountryCode market,
        string name,
        string source,
        ImmutableArray<WeekendRule> weekendRules,
        ImmutableSortedDictionary<LocalDate, string> holidays,
        ImmutableSortedDictionary<LocalDate, string> makeUpDays,
        int? firstYear,
        int? lastYear,
        ImmutableSortedDictionary<int, string> yearSources) =>
        new(new Definition(market, name, source, weekendRules, holidays, makeUpDays, firstYear, lastYear, yearSources), weekendOnlyOutsideCoverage: false);

    internal static bool IsInSupportedRange(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date >= MinSupportedDate && date <= MaxSupportedDate;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWorkingKind(byte kind) => kind is (byte)DayKind.WorkingDay or (byte)DayKind.MakeUpWorkingDay;

    private static int ToIndex(LocalDate date, string paramName)
    {
        if (!IsInSupportedRange(date))
        {
            ThrowDateOutOfRange(date, paramName);
        }

        return date.ToDateOnly().DayNumber - OriginDayNumber;
    }

    private static LocalDate FromIndex(int index) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(index + OriginDayNumber));

    [DoesNotReturn]
    private static void ThrowDateOutOfRange(LocalDate date, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            date,
            date.Calendar == CalendarSystem.Iso
                ? $"{paramName}: {date:uuuu-MM-dd} is outside the supported range {MinSupportedDate:uuuu-MM-dd}–{MaxSupportedDate:uuuu-MM-dd}."
                : $"{paramName}: only ISO calendar dates are supported (got {date.Calendar.Id}).");

    [DoesNotReturn]
    private static void ThrowResultOutOfRange(LocalDate start, int workingDays) =>
        throw new ArgumentOutOfRangeException(
            nameof(workingDays),
            workingDays,
            $"workingDays: moving {workingDays} working days from {start:uuuu-MM-dd} leaves the supported range {MinSupportedDate:uuuu-MM-dd}–{MaxSupportedDate:uuuu-MM-dd}.");

    /// <summary>
    /// The working day <paramref name="workingDays"/> (non-zero) away from day index <paramref name="s"/>, by two array
    /// reads: cum[s] working days lie in [origin, s], so moving forward lands on working day number cum[s] + n (1-based),
    /// and moving back on number (working days strictly before s) + n + 1.
    /// </summary>
    private bool TryMove(int s, int workingDays, out LocalDate result)
    {
        var index = DayIndex;
        var ordinal = workingDays > 0
            ? index.Cumulative[s] + workingDays - 1
            : index.Cumulative[s] - (IsWorkingKind(index.Kinds[s]) ? 1 : 0) + workingDays;
        if ((uint)ordinal >= (uint)index.WorkingDays.Length)
        {
            result = default;
            return false;
        }

        result = FromIndex(index.WorkingDays[ordinal]);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool CoversOrLenient(LocalDate date) => WeekendOnlyOutsideCoverage || IsCovered(date);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureCovered(LocalDate date)
    {
        if (!CoversOrLenient(date))
        {
            ThrowNotCovered(date);
        }
    }

    [DoesNotReturn]
    private void ThrowNotCovered(LocalDate date) =>
        throw new CalendarCoverageException(Market, date, _definition.FirstYear, _definition.LastYear);

    /// <summary>The immutable data behind a calendar, shared by its strict and lenient views.</summary>
    private sealed class Definition(
        CountryCode market,
        string name,
        string source,
        ImmutableArray<WeekendRule> weekendRules,
        ImmutableSortedDictionary<LocalDate, string> holidays,
        ImmutableSortedDictionary<LocalDate, string> makeUpDays,
        int? firstYear,
        int? lastYear,
        ImmutableSortedDictionary<int, string> yearSources)
    {
        private Index? _index;

        public ImmutableSortedDictionary<int, string> YearSources { get; } = yearSources;

        public CountryCode Market { get; } = market;

        public string Name { get; } = name;

        public string Source { get; } = source;

        public ImmutableArray<WeekendRule> WeekendRules { get; } = weekendRules;

        public ImmutableSortedDictionary<LocalDate, string> Holidays { get; } = holidays;

        public ImmutableSortedDictionary<LocalDate, string> MakeUpDays { get; } = makeUpDays;

        public int? FirstYear { get; } = firstYear;

        public int? LastYear { get; } = lastYear;

        // IsCovered(date) for a supported date, as a day-index range: [Jan 1 of the first year, Dec 31 of the last].
        public int FirstCoveredIndex { get; } = firstYear is not { } f || lastYear is null ? int.MaxValue
            : f <= MinSupportedDate.Year ? 0
            : f > MaxSupportedDate.Year ? int.MaxValue
            : new DateOnly(f, 1, 1).DayNumber - OriginDayNumber;

        public int LastCoveredIndex { get; } = firstYear is null || lastYear is not { } l ? int.MinValue
            : l >= MaxSupportedDate.Year ? DayCount - 1
            : l < MinSupportedDate.Year ? int.MinValue
            : new DateOnly(l, 12, 31).DayNumber - OriginDayNumber;

        // Built once on first use; a race builds two identical indexes and keeps one (the build is pure).
        public Index Index => Volatile.Read(ref _index) ?? BuildIndex();

        private Index BuildIndex()
        {
            var kinds = new byte[DayCount];
            var ruleIndex = 0;
            var nextRuleStart = WeekendRules.Length > 1 ? WeekendRules[1].EffectiveFrom.ToDateOnly().DayNumber - OriginDayNumber : int.MaxValue;
            var mask = WeekendRules[0].Mask;
            var dayOfWeek = (int)MinSupportedDate.DayOfWeek;
            for (var i = 0; i < DayCount; i++)
            {
                if (i == nextRuleStart)
                {
                    ruleIndex++;
                    mask = WeekendRules[ruleIndex].Mask;
                    nextRuleStart = ruleIndex + 1 < WeekendRules.Length
                        ? WeekendRules[ruleIndex + 1].EffectiveFrom.ToDateOnly().DayNumber - OriginDayNumber
                        : int.MaxValue;
                }

                kinds[i] = (mask & (1 << dayOfWeek)) != 0 ? (byte)DayKind.Weekend : (byte)DayKind.WorkingDay;
                dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
            }

            foreach (var date in Holidays.Keys)
            {
                kinds[date.ToDateOnly().DayNumber - OriginDayNumber] = (byte)DayKind.PublicHoliday;
            }

            foreach (var date in MakeUpDays.Keys)
            {
                kinds[date.ToDateOnly().DayNumber - OriginDayNumber] = (byte)DayKind.MakeUpWorkingDay;
            }

            var cumulative = new int[DayCount];
            var working = new List<int>(DayCount);
            var count = 0;
            for (var i = 0; i < DayCount; i++)
            {
                if (IsWorkingKind(kinds[i]))
                {
                    count++;
                    working.Add(i);
                }

                cumulative[i] = count;
            }

            var built = new Index(kinds, cumulative, [.. working]);
            return Interlocked.CompareExchange(ref _index, built, null) ?? built;
        }
    }

    /// <summary>
    /// Per supported day: its kind, and the number of working days in [MinSupportedDate, day]; per working day
    /// (in order): its day index. Together they answer every question in O(1).
    /// </summary>
    internal sealed class Index(byte[] kinds, int[] cumulative, int[] workingDays)
    {
        public byte[] Kinds { get; } = kinds;

        public int[] Cumulative { get; } = cumulative;

        public int[] WorkingDays { get; } = workingDays;
    }
}
