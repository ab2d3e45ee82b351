using System;
using System.Collections.Generic;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// The canonical time order of one (ratee, rater)'s records: by instant, and at an exact tie by every other field, so
/// that results never depend on input order. At a tie the record that "wins" a revision is the later one: a removed
/// record over a kept one, a buyer's own rating over a platform default, the lower star rating over the higher (the
/// more critical word stands), then ordinal item id, order id and detailed ratings.
/// </summary>
internal readonly struct CanonicalOrder : IComparer<Feedback>
{
    public int Compare(Feedback? x, Feedback? y) => CompareRecords(x!, y!);

    public static int CompareRecords(Feedback x, Feedback y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var c = x.At.CompareTo(y.At);
        if (c != 0)
        {
            return c;
        }

        return CompareTies(x, y);
    }

    public static int CompareTies(Feedback x, Feedback y)
    {
        var c = x.IsRemoved.CompareTo(y.IsRemoved);
        if (c != 0)
        {
            return c;
        }

        c = y.IsAuto.CompareTo(x.IsAuto);
        if (c != 0)
        {
            return c;
        }

        c = y.Stars.CompareTo(x.Stars);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.ItemId, y.ItemId);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.OrderId, y.OrderId);
        if (c != 0)
        {
            return c;
        }

        c = DetailedRatings.Compare(x.DetailedRatings, y.DetailedRatings);
        if (c != 0)
        {
            return c;
        }

        // Only the ratee and rater are left; within one pair they are equal.
        c = string.CompareOrdinal(x.Ratee, y.Ratee);
        return c != 0 ? c : string.CompareOrdinal(x.Rater, y.Rater);
    }
}

/// <summary>Groups records of one order together (records without an order last), each group in canonical order.</summary>
internal readonly struct RevisionOrder : IComparer<Feedback>
{
    public int Compare(Feedback? x, Feedback? y)
    {
        var a = x!;
        var b = y!;
        if (a.OrderId is null || b.OrderId is null)
        {
            if (a.OrderId is not null)
            {
                return -1;
            }

            if (b.OrderId is not null)
            {
                return 1;
            }
        }
        else
        {
            var c = string.CompareOrdinal(a.OrderId, b.OrderId);
            if (c != 0)
            {
                return c;
            }
        }

        return CanonicalOrder.CompareRecords(a, b);
    }
}

/// <summary>Revision resolution shared by the calculator's one-pass path and by <see cref="FeedbackTally"/>.</summary>
internal static class Revisions
{
    /// <summary>
    /// Keeps the latest record per order id (records without one are all kept), sorts the survivors canonically in
    /// place and returns how many survive; <paramref name="revised"/> counts the dropped ones.
    /// </summary>
    public static int Resolve(Span<Feedback> records, out long revised)
    {
        revised = 0;
        if (records.Length <= 1)
        {
            return records.Length;
        }

        var anyOrder = false;
        foreach (var record in records)
        {
            if (record.OrderId is not null)
            {
                anyOrder = true;
                break;
            }
        }

        if (!anyOrder)
        {
            records.Sort(default(CanonicalOrder));
            return records.Length;
        }

        records.Sort(default(RevisionOrder));
        var write = 0;
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            if (record.OrderId is not null && i + 1 < records.Length && string.Equals(records[i + 1].OrderId, record.OrderId, StringComparison.Ordinal))
            {
                revised++;
                continue; // a later record of the same order follows
            }

            records[write++] = record;
        }

        var kept = records[..write];
        kept.Sort(default(CanonicalOrder));
        return write;
    }
}

/// <summary>
/// The calculator's fast path for one pair's entries: sorts them canonically (by ticks, exact ties by the full
/// canonical order) and keeps the latest entry per order with a reusable open-addressing set keyed by the
/// precomputed order hash. Same result as <see cref="Revisions.Resolve"/>; one instance per calculation, not thread-safe.
/// </summary>
internal sealed class RevisionResolver
{
    private long[] _ticks = new long[64];
    private Entry[] _scratch = new Entry[64];
    private int[] _slots = new int[128];

    /// <summary>
    /// Keeps the latest entry per order (entries without an order are all kept) and returns how many remain at the
    /// front of <paramref name="entries"/>; with <paramref name="timeOrder"/> they are also put in canonical order
    /// (schemes that only count or group by week do not need it).
    /// </summary>
    public int Resolve(Span<Entry> entries, ReadOnlySpan<Feedback> source, bool timeOrder, out long revised)
    {
        revised = 0;
        var n = entries.Length;
        if (n <= 1)
        {
            return n;
        }

        if (_ticks.Length < n)
        {
            _ticks = new long[Math.Max(n, _ticks.Length * 2)];
        }

        if (timeOrder)
        {
            SortByTime(entries, source);
        }

        // Per order the canonically latest entry stays; the others are revised (superseded). Slots hold index + 1.
        var capacity = 16;
        while (capacity < n * 2)
        {
            capacity *= 2;
        }

        if (_slots.Length < capacity)
        {
            _slots = new int[capacity];
        }

        var slots = _slots.AsSpan(0, capacity);
        var mask = capacity - 1;
        var dropped = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            ref var entry = ref entries[i];
            if (!entry.HasOrder)
            {
                continue;
            }

            var slot = entry.OrderHash & mask;
            var duplicate = false;
            while (slots[slot] != 0)
            {
                ref readonly var other = ref entries[slots[slot] - 1];
                if (other.OrderHash == entry.OrderHash
                    && string.Equals(source[other.Index].OrderId, source[entry.Index].OrderId, StringComparison.Ordinal))
                {
                    duplicate = true;
                    break;
                }

                slot = (slot + 1) & mask;
            }

            if (!duplicate)
            {
                slots[slot] = i + 1;
            }
            else if (IsLater(in entry, in entries[slots[slot] - 1], source))
            {
                entries[slots[slot] - 1].Index = -1;
                slots[slot] = i + 1;
                dropped++;
            }
            else
            {
                entry.Index = -1;
                dropped++;
            }
        }

        slots.Clear();
        if (dropped == 0)
        {
            return n;
        }

        var write = 0;
        for (var i = 0; i < n; i++)
        {
            if (entries[i].Index >= 0)
            {
                entries[write++] = entries[i];
            }
        }

        revised = dropped;
        return write;
    }

    private static bool IsLater(in Entry x, in Entry y, ReadOnlySpan<Feedback> source)
    {
        var c = x.At.CompareTo(y.At);
        return c != 0 ? c > 0 : CanonicalOrder.CompareRecords(source[x.Index], source[y.Index]) > 0;
    }

    /// <summary>
    /// Sorts by instant: packs (ticks since the pair's first, position) into one long and sorts those — moving 8-byte
    /// keys instead of entries — then permutes once; exact tick ties go through the full canonical order.
    /// </summary>
    private void SortByTime(Span<Entry> entries, ReadOnlySpan<Feedback> source)
    {
        var n = entries.Length;
        var ticks = _ticks.AsSpan(0, n);
        var sorted = true;
        var min = long.MaxValue;
        var max = long.MinValue;
        for (var i = 0; i < n; i++)
        {
            var t = entries[i].At.ToUnixTimeTicks();
            ticks[i] = t;
            sorted &= i == 0 || t > ticks[i - 1];
            min = Math.Min(min, t);
            max = Math.Max(max, t);
        }

        if (sorted)
        {
            return;
        }

        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(n - 1));
        var range = (ulong)(max - min); // max ≥ min, so no overflow as unsigned
        if (bits > 0 && bits < 62 && range < (1UL << (62 - bits)))
        {
            var mask = (1L << bits) - 1;
            for (var i = 0; i < n; i++)
            {
                ticks[i] = ((ticks[i] - min) << bits) | (long)i;
            }

            ticks.Sort();
            if (_scratch.Length < n)
            {
                _scratch = new Entry[Math.Max(n, _scratch.Length * 2)];
            }

            var scratch = _scratch.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                scratch[i] = entries[(int)(ticks[i] & mask)];
            }

            scratch.CopyTo(entries);
            for (var i = 0; i < n; i++)
            {
                ticks[i] >>= bits; // back to ticks (relative), for the tie scan
            }
        }
        else
        {
            ticks.Sort(entries);
        }

        for (var i = 0; i < n - 1;)
        {
            var j = i + 1;
            while (j < n && ticks[j] == ticks[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                SortTies(entries[i..j], source);
            }

            i = j;
        }
    }

    /// <summary>Insertion sort of entries with equal ticks by the full canonical order (exact ties are rare and short).</summary>
    private static void SortTies(Span<Entry> run, ReadOnlySpan<Feedback> source)
    {
        for (var i = 1; i < run.Length; i++)
        {
            var current = run[i];
            var j = i - 1;
            while (j >= 0 && CanonicalOrder.CompareRecords(source[run[j].Index], source[current.Index]) > 0)
            {
                run[j + 1] = run[j];
                j--;
            }

            run[j + 1] = current;
        }
    }
}
