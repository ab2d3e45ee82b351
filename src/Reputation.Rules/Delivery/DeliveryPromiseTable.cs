using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Serialization;

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
[JsonConverter(typeof(Serialization.DeliveryPromiseTableJsonConverter))]
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

    /// <summary>
    /// Reads a promise table from CSV: a header line <c>origin,destination,method,handlingDays,transitMin,transitMax,transitUnit,cutoffHour</c>
    /// (in this order; <c>transitUnit</c> may be empty for <c>working</c>, <c>cutoffHour</c> empty for none), then one row per
    /// line; blank lines and lines starting with <c>#</c> are skipped. Fields are plain (no quoting).
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">The header or a row is invalid; the message names the line and the field.</exception>
    public static DeliveryPromiseTable ReadCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<DeliveryPromiseEntry>();
        var number = 0;
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var cells = text.Split(',').Select(c => c.Trim()).ToArray();
            if (!header)
            {
                if (!cells.SequenceEqual(CsvHeader, StringComparer.Ordinal))
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {number}: the header must be '{string.Join(",", CsvHeader)}'."));
                }

                header = true;
                continue;
            }

            if (cells.Length != CsvHeader.Length)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {number}: expected {CsvHeader.Length} fields, got {cells.Length}."));
            }

            entries.Add(ReadCsvRow(cells, number));
        }

        return header ? new DeliveryPromiseTable(entries) : throw new FormatException("the CSV has no header line.");
    }

    private static readonly string[] CsvHeader = ["origin", "destination", "method", "handlingDays", "transitMin", "transitMax", "transitUnit", "cutoffHour"];

    private static DeliveryPromiseEntry ReadCsvRow(string[] cells, int number)
    {
        string Where(int i) => string.Create(CultureInfo.InvariantCulture, $"line {number}, {CsvHeader[i]}");
        CountryCode Market(int i) => CountryCode.TryParse(cells[i], out var code) ? code : throw new FormatException($"{Where(i)}: '{cells[i]}' is not a market code such as CN.");
        int Number(int i) => int.TryParse(cells[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"{Where(i)}: '{cells[i]}' is not a whole number.");
        var origin = Market(0);
        var destination = Market(1);
        if (cells[2].Length == 0)
        {
            throw new FormatException($"{Where(2)}: must not be blank.");
        }

        var unit = TransitUnit.Working;
        if (cells[6].Length > 0 && !DeliveryWireNames.TryParse(cells[6], out unit))
        {
            throw new FormatException($"{Where(6)}: '{cells[6]}' is not 'working' or 'calendar'.");
        }

        int? cutoff = cells[7].Length == 0 ? null : Number(7);
        try
        {
            return new DeliveryPromiseEntry(origin, destination, cells[2], new DeliveryPromise(Number(3), Number(4), Number(5), unit, cutoff));
        }
        catch (ArgumentOutOfRangeException ex)
        {
            var message = ex.Message.Split(Environment.NewLine)[0];
            var parameter = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {number}, {(parameter < 0 ? message : message[..parameter])}"), ex);
        }
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
