using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;

namespace Reputation.Rules.Delivery;

/// <summary>
/// The main time zone of a market: <c>America/New_York</c> for US, <c>Asia/Shanghai</c> for CN,
/// <c>Europe/Berlin</c> for DE, <c>Europe/London</c> for GB, and for any other market the first zone listed for the
/// country in the TZDB's <c>zone.tab</c> (its most populous or historic zone, e.g. <c>Europe/Madrid</c> for ES);
/// UTC for a code the TZDB does not list.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static class MarketTimeZones
{
    private static readonly Lazy<FrozenDictionary<string, string>> Zones = new(Build);

    /// <summary>The market's main time zone.</summary>
    /// <param name="market">The market.</param>
    /// <returns>The zone.</returns>
    public static DateTimeZone Of(CountryCode market) =>
        Zones.Value.TryGetValue(market.Value, out var id) ? DateTimeZoneProviders.Tzdb[id] : DateTimeZone.Utc;

    private static FrozenDictionary<string, string> Build()
    {
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in TzdbDateTimeZoneSource.Default.ZoneLocations ?? Enumerable.Empty<TzdbZoneLocation>())
        {
            zones.TryAdd(location.CountryCode, location.ZoneId);
        }

        zones["US"] = "America/New_York";
        zones["CN"] = "Asia/Shanghai";
        zones["DE"] = "Europe/Berlin";
        zones["GB"] = "Europe/London";
        return zones.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
