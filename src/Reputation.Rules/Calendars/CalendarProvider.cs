using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Reputation.Rules.Calendars.Data;

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
            [CountryCode.Parse("CN")] = AsiaCalendars.China,
            [CountryCode.Parse("DE")] = EuropeCalendars.Germany,
            [CountryCode.Parse("FR")] = EuropeCalendars.France,
            [CountryCode.Parse("GB")] = EuropeCalendars.EnglandAndWales,
            [CountryCode.Parse("US")] = AmericasCalendars.UnitedStates,
            [CountryCode.Parse("BR")] = AmericasCalendars.Brazil,
            [CountryCode.Parse("JP")] = JapanCalendar.Create,
            [CountryCode.Parse("KR")] = KoreaCalendar.Create,
            [CountryCode.Parse("AE")] = GulfCalendars.UnitedArabEmirates,
            [CountryCode.Parse("SA")] = GulfCalendars.SaudiArabia,
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
