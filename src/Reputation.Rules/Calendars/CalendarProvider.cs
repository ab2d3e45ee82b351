using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Reputation.Rules.Calendars.Data;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Calendars;

/// <summary>
/// The built-in working-day calendars (CN, DE, FR, GB, US, JP, KR, BR, AE, SA), plus any calendars an application
/// adds with <see cref="With"/>. Any other market gets a Saturday–Sunday weekend calendar that says it has no
/// holiday data.
/// </summary>
/// <remarks>This type is immutable and thread-safe; calendars are built on first use and then shared.</remarks>
public sealed class CalendarProvider : ICalendarProvider
{
    private static readonly FrozenDictionary<CountryCode, Lazy<WorkingDayCalendar>> BuiltInFactories =
        new Dictionary<CountryCode, Func<WorkingDayCalendar>>
        {
            [CountryCode.Parse("CN")] = EmbeddedCalendars.China,
            [CountryCode.Parse("DE")] = EuropeCalendars.Germany,
            [CountryCode.Parse("FR")] = EuropeCalendars.France,
            [CountryCode.Parse("GB")] = EuropeCalendars.EnglandAndWales,
            [CountryCode.Parse("US")] = AmericasCalendars.UnitedStates,
            [CountryCode.Parse("BR")] = AmericasCalendars.Brazil,
            [CountryCode.Parse("JP")] = JapanCalendar.Create,
            [CountryCode.Parse("KR")] = EmbeddedCalendars.Korea,
            [CountryCode.Parse("AE")] = EmbeddedCalendars.UnitedArabEmirates,
            [CountryCode.Parse("SA")] = EmbeddedCalendars.SaudiArabia,
        }.ToFrozenDictionary(kv => kv.Key, kv => new Lazy<WorkingDayCalendar>(kv.Value));

    private static readonly ConcurrentDictionary<CountryCode, WorkingDayCalendar> WeekendOnlyCalendars = new();

    private readonly FrozenDictionary<CountryCode, WorkingDayCalendar> _custom;

    private CalendarProvider(FrozenDictionary<CountryCode, WorkingDayCalendar> custom) => _custom = custom;

    /// <summary>The built-in calendars only.</summary>
    public static CalendarProvider BuiltIn { get; } = new(FrozenDictionary<CountryCode, WorkingDayCalendar>.Empty);

    /// <summary>The markets that have a built-in calendar with holiday data.</summary>
    public static ImmutableArray<CountryCode> BuiltInMarkets { get; } = [.. BuiltInFactories.Keys.Order()];

    /// <summary>The markets with holiday data in this provider (built-in and added), alphabetically.</summary>
    public ImmutableArray<CountryCode> Markets =>
        [.. BuiltInFactories.Keys.Concat(_custom.Where(kv => kv.Value.HasHolidayData).Select(kv => kv.Key)).Distinct().Order()];

    /// <summary>A provider with <paramref name="calendar"/> added, replacing any calendar of the same market.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>A new provider; this one is unchanged.</returns>
    public CalendarProvider With(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var custom = new Dictionary<CountryCode, WorkingDayCalendar>(_custom) { [calendar.Market] = calendar.WithStrictCoverage() };
        return new CalendarProvider(custom.ToFrozenDictionary());
    }

    /// <summary>
    /// A provider with calendar data added: for each market in the document, the listed years are added to its
    /// calendar or replace the years it has (holidays and make-up working days alike), the covered years grow to include
    /// them, and a market without holiday data gets a new calendar. The schema is described in docs/calendars.md:
    /// <c>{"calendars":[{"market":"CN","years":[{"year":2027,"holidays":["2027-01-01 元旦", "2027-02-06..2027-02-13 春节"],"makeUpWorkingDays":["2027-02-20"],"source":"…"}]}]}</c>.
    /// </summary>
    /// <param name="utf8Json">The document, UTF-8 JSON (comments and trailing commas allowed), at most 16 MiB.</param>
    /// <returns>A new provider; this one is unchanged.</returns>
    /// <exception cref="JsonInputException">
    /// The document is not valid JSON or not valid calendar data, or a market's calendar would become inconsistent (a
    /// gap between covered years, a make-up working day that is not a weekend day…). Every problem is listed with its
    /// JSON path; nothing is added when there is any.
    /// </exception>
    public CalendarProvider WithData(Stream utf8Json) => CalendarData.Apply(this, CalendarData.Read(utf8Json));

    /// <summary>A provider with calendar data added from a file (see <see cref="WithData(Stream)"/>).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>A new provider; this one is unchanged.</returns>
    /// <exception cref="JsonInputException">The file's content is invalid; every problem is listed with its JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public CalendarProvider WithDataFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return WithData(stream);
    }

    /// <summary>A provider with <paramref name="years"/> added to <paramref name="market"/>'s calendar, as <see cref="WithData(Stream)"/> does.</summary>
    /// <param name="market">The market.</param>
    /// <param name="years">The years to add or replace.</param>
    /// <returns>A new provider; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The calendar would become inconsistent; the message lists every problem.</exception>
    public CalendarProvider WithYears(CountryCode market, params IEnumerable<CalendarYear> years)
    {
        if (market.Value.Length == 0)
        {
            throw new ArgumentException("market: must not be default(CountryCode).", nameof(market));
        }

        ArgumentNullException.ThrowIfNull(years);
        var data = new MarketCalendarData(market, "$", null, null, null, [.. years.Select(y => (y ?? throw new ArgumentException("years: must not contain null.", nameof(years)), "$"))]);
        return With(CalendarData.Build(GetCalendar(market), data));
    }

    /// <inheritdoc />
    public WorkingDayCalendar GetCalendar(CountryCode market)
    {
        if (market.Value.Length == 0)
        {
            throw new ArgumentException("market: must not be default(CountryCode).", nameof(market));
        }

        if (_custom.TryGetValue(market, out var custom))
        {
            return custom;
        }

        if (BuiltInFactories.TryGetValue(market, out var builtIn))
        {
            return builtIn.Value;
        }

        return WeekendOnlyCalendars.GetOrAdd(
            market,
            static m => new WorkingDayCalendarBuilder(m, $"{m} (Saturday–Sunday weekend, no holiday data)")
                .WithSource("none: weekend-only calendar")
                .Build());
    }

    /// <inheritdoc />
    public bool HasHolidayData(CountryCode market) =>
        (_custom.TryGetValue(market, out var custom) && custom.HasHolidayData) || BuiltInFactories.ContainsKey(market);
}
