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
