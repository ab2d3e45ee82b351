using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Orleans.Tests;

/// <summary>Random histories near the schemes' edges (weeks, months, windows), with revisions, removals and duplicates.</summary>
internal static class Histories
{
    public static readonly Instant AsOf = Instant.FromUtc(2026, 6, 30, 23, 59, 59);

    /// <summary>As-of instants to check: the end, one cutting through the history, one before most of it.</summary>
    public static readonly Instant[] AsOfs = [AsOf, Instant.FromUtc(2026, 3, 10, 0, 0), Instant.FromUtc(2025, 10, 31, 12, 0)];

    public static readonly ScoringScheme[] Schemes = Enum.GetValues<ScoringScheme>();

    private static readonly Instant[] Anchors =
    [
        Instant.FromUtc(2025, 6, 15, 0, 0),
        Instant.FromUtc(2025, 10, 30, 0, 0),
        Instant.FromUtc(2026, 3, 5, 0, 0),
        Instant.FromUtc(2026, 6, 25, 0, 0),
    ];

    private static readonly DetailedRatings?[] Dsrs = [null, null, new(5, 4, 4), new(3, null, 2)];

    public static Gen<Feedback> FeedbackGen =>
        from ratee in Gen.Elements("S1", "S2")
        from rater in Gen.Elements("B1", "B2", "B3", "B4", "B5", "B6", "B7")
        from stars in Gen.Choose(1, 5)
        from anchor in Gen.Elements(Anchors)
        from halfDays in Gen.Choose(0, 40) // coarse, so that records of one order often share an instant
        from nanos in Gen.Elements(0L, 0L, 0L, 1L, 123_456_789L)
        from order in Gen.Elements<string?>(null, null, "O1", "O2", "O3")
        from item in Gen.Elements<string?>(null, "A", "B")
        from flags in Gen.Choose(0, 9)
        from dsr in Gen.Elements(Dsrs)
        select new Feedback(
            ratee, rater, stars, anchor + Duration.FromHours(12 * halfDays) + Duration.FromNanoseconds(nanos), order, item,
            isAuto: flags == 0, isRemoved: flags == 1, detailedRatings: dsr);

    /// <summary>A history (some records repeated: exact duplicates count as revisions; some revised at the same instant), shuffled, and cut into batches.</summary>
    public static Gen<(Feedback[] History, Feedback[][] Batches)> Batched =>
        from length in Gen.Choose(0, 40)
        from records in Gen.ArrayOf(FeedbackGen, length)
        from repeats in Gen.Choose(0, 3)
        from ties in Gen.Choose(0, 4)
        let history = records.Concat(records.Take(repeats)).Concat(TiedRevisions(records, ties)).ToArray()
        from shuffled in Gen.Shuffle(history)
        from cuts in Gen.ArrayOf(Gen.Choose(1, 8), 40)
        select (history, Cut(shuffled, cuts));

    /// <summary>
    /// Revisions at exactly the instant of a record of the same order (other stars, sometimes a removal): only the
    /// canonical order decides which one stands, whichever arrives first.
    /// </summary>
    public static Feedback[] TiedRevisions(Feedback[] records, int count) =>
        records.Where(r => r.OrderId is not null).Take(count)
            .Select((r, i) => new Feedback(r.Ratee, r.Rater, r.Stars % 5 + 1, r.At, r.OrderId, r.ItemId, r.IsAuto, isRemoved: i % 3 == 2, r.DetailedRatings))
            .ToArray();

    /// <summary>The same history for a fresh set of ratees, so that cases sharing one cluster never meet.</summary>
    public static Feedback[] Rename(Feedback[] history, string prefix) =>
        history.Select(f => new Feedback(prefix + f.Ratee, f.Rater, f.Stars, f.At, f.OrderId, f.ItemId, f.IsAuto, f.IsRemoved, f.DetailedRatings)).ToArray();

    private static Feedback[][] Cut(Feedback[] records, int[] sizes)
    {
        var batches = new System.Collections.Generic.List<Feedback[]>();
        var start = 0;
        for (var i = 0; start < records.Length; i++)
        {
            var size = Math.Min(sizes[i % sizes.Length], records.Length - start);
            batches.Add(records[start..(start + size)]);
            start += size;
        }

        return [.. batches];
    }
}
