using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Reputation.Rules.Delivery;

/// <summary>One row of a promise table.</summary>
/// <param name="Origin">The origin market.</param>
/// <param name="Destination">The destination market.</param>
/// <param name="Method">The shipping method.</param>
/// <param name="Promise">The promise.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DeliveryPromiseEntry(CountryCode Origin, CountryCode Destination, string Method, DeliveryPromise Promise);

/// <summary>
/// A promise table: one <see cref="DeliveryPromise"/> per (origin, destination, method); a later row for the same key
/// replaces an earlier one.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DeliveryPromiseTable
{
    private readonly FrozenDictionary<(CountryCode, CountryCode, string), DeliveryPromise> _index;

    /// <summary>Creates a table.</summary>
    /// <param name="entries">The rows; a later row for the same key wins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or a row is null.</exception>
    public DeliveryPromiseTable(IEnumerable<DeliveryPromiseEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var index = new Dictionary<(CountryCode, CountryCode, string), DeliveryPromiseEntry>();
        var order = new List<(CountryCode, CountryCode, string)>();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            var key = (entry.Origin, entry.Destination, entry.Method);
            if (!index.ContainsKey(key))
            {
                order.Add(key);
            }

            index[key] = entry;
        }

        Entries = [.. order.Select(k => index[k])];
        _index = index.ToFrozenDictionary(p => p.Key, p => p.Value.Promise);
    }

    /// <summary>An empty table.</summary>
    public static DeliveryPromiseTable Empty { get; } = new([]);

    /// <summary>The rows, in first-seen key order.</summary>
    public ImmutableArray<DeliveryPromiseEntry> Entries { get; }

    /// <summary>The table of promise rows in options.</summary>
    /// <param name="rows">The rows (validated by <see cref="DeliveryOptions.Validate"/>).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is invalid.</exception>
    public static DeliveryPromiseTable FromOptions(IEnumerable<DeliveryPromiseOptions> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new(rows.Select(r => new DeliveryPromiseEntry(CountryCode.Parse(r.Origin), CountryCode.Parse(r.Destination), r.Method, r.ToPromise())));
    }

    /// <summary>This table with more rows (which replace rows with the same key).</summary>
    /// <param name="entries">The rows to add.</param>
    /// <returns>A new table.</returns>
    public DeliveryPromiseTable With(IEnumerable<DeliveryPromiseEntry> entries) => new(Entries.Concat(entries ?? []));

    /// <summary>The promise for (origin, destination, method), or null.</summary>
    /// <param name="origin">The origin market.</param>
    /// <param name="destination">The destination market.</param>
    /// <param name="method">The method.</param>
    /// <returns>The promise, or null when the table has no row for the key.</returns>
    public DeliveryPromise? Find(CountryCode origin, CountryCode destination, string method) =>
        method is not null && _index.TryGetValue((origin, destination, method), out var promise) ? promise : null;
}
