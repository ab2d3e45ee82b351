using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Reputation.Rules.Scoring.Internal;

namespace Reputation.Rules.Scoring;

/// <summary>
/// The mergeable state every scheme is computed from: per (ratee, rater), the feedback that can still count as of an
/// instant — revisions resolved (the latest record per order; records without an order all kept), records after the
/// as-of instant counted and dropped. It is a commutative monoid: <see cref="Empty"/> is the identity and
/// <see cref="Merge"/> is associative and commutative.
/// </summary>
/// <remarks>
/// <para>
/// Map/reduce: partition a history by rater (every (ratee, rater, order) then lives in one partition), build a tally
/// per partition, <see cref="Merge"/> them in any grouping and order, and the result equals the tally of the whole
/// history — so do the reports <see cref="ICreditScoreCalculator"/> makes from it. (Merging equals the whole for any
/// partition in fact; partitioning by rater keeps each pair's records together, so partial tallies are already final
/// per pair and merging is a plain union.)
/// </para>
/// <para>
/// Memory grows with the distinct (ratee, rater, order) keys kept, never with revision lines. Scheme rules (weeks,
/// caps, windows, decay) are applied when a report is made, so one tally serves every scheme.
/// </para>
/// <para>This type is immutable and thread-safe; equality compares content. <see cref="Builder"/> is its mutable, single-threaded builder.</para>
/// </remarks>
public sealed class FeedbackTally : IEquatable<FeedbackTally>
{
    private static readonly ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, PairTally>> NoRatees =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, PairTally>>(StringComparer.Ordinal);

    private static readonly ImmutableSortedDictionary<string, PairTally> NoRaters =
        ImmutableSortedDictionary.Create<string, PairTally>(StringComparer.Ordinal);

    private FeedbackTally(Instant asOf, ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, PairTally>> ratees)
    {
        AsOf = asOf;
        RateeMap = ratees;
    }

    /// <summary>The instant the tally is as of: records after it are counted as <see cref="ExclusionReason.AfterAsOf"/> and dropped.</summary>
    public Instant AsOf { get; }

    /// <summary>The ratees, in ordinal order.</summary>
    public IEnumerable<string> Ratees => RateeMap.Keys;

    /// <summary>How many distinct (ratee, rater) pairs the tally holds.</summary>
    public int PairCount => RateeMap.Values.Sum(raters => raters.Count);

    /// <summary>How many records the tally keeps (after revisions and the as-of cut).</summary>
    public long RecordCount => RateeMap.Values.Sum(raters => raters.Values.Sum(pair => (long)pair.Records.Length));

    /// <summary>Whether nothing was added.</summary>
    public bool IsEmpty => RateeMap.IsEmpty;

    internal ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, PairTally>> RateeMap { get; }

    /// <summary>A tally from pairs already resolved as of <paramref name="asOf"/> (each pair's records in canonical order).</summary>
    internal static FeedbackTally FromPairs(Instant asOf, IEnumerable<(string Ratee, string Rater, PairTally Pair)> pairs)
    {
        TimeKeys.CheckAsOf(asOf, nameof(asOf));
        var ratees = new SortedDictionary<string, ImmutableSortedDictionary<string, PairTally>.Builder>(StringComparer.Ordinal);
        foreach (var (ratee, rater, pair) in pairs)
        {
            if (!ratees.TryGetValue(ratee, out var raters))
            {
                raters = ImmutableSortedDictionary.CreateBuilder<string, PairTally>(StringComparer.Ordinal);
                ratees.Add(ratee, raters);
            }

            raters[rater] = raters.TryGetValue(rater, out var existing) ? existing.Merge(pair) : pair;
        }

        var result = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, PairTally>>(StringComparer.Ordinal);
        foreach (var (ratee, raters) in ratees)
        {
            result.Add(ratee, raters.ToImmutable());
        }

        return new FeedbackTally(asOf, result.ToImmutable());
    }

    /// <summary>The empty tally as of an instant (the monoid's identity).</summary>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>An empty tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the years −9000 to 9000.</exception>
    public static FeedbackTally Empty(Instant asOf)
    {
        TimeKeys.CheckAsOf(asOf, nameof(asOf));
        return new(asOf, NoRatees);
    }

    /// <summary>Builds the tally of a history.</summary>
    /// <param name="history">The feedback, in any order.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> contains null; the message gives its index.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the years −9000 to 9000.</exception>
    public static FeedbackTally From(IEnumerable<Feedback> history, Instant asOf)
    {
        var builder = CreateBuilder(asOf);
        builder.AddRange(history);
        return builder.ToTally();
    }

    /// <summary>Creates a mutable builder (fast bulk adds).</summary>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the years −9000 to 9000.</exception>
    public static Builder CreateBuilder(Instant asOf)
    {
        TimeKeys.CheckAsOf(asOf, nameof(asOf));
        return new(asOf);
    }

    /// <summary>Adds one record.</summary>
    /// <param name="feedback">The record.</param>
    /// <returns>A new tally with the record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
    public FeedbackTally Add(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var raters = RateeMap.TryGetValue(feedback.Ratee, out var existing) ? existing : NoRaters;
        var pair = raters.TryGetValue(feedback.Rater, out var p) ? p : PairTally.Empty;
        return new FeedbackTally(AsOf, RateeMap.SetItem(feedback.Ratee, raters.SetItem(feedback.Rater, pair.Add(feedback, AsOf))));
    }

    /// <summary>Adds records.</summary>
    /// <param name="history">The records.</param>
    /// <returns>A new tally with the records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> contains null; the message gives its index.</exception>
    public FeedbackTally AddRange(IEnumerable<Feedback> history) => Merge(From(history, AsOf));

    /// <summary>Merges two tallies (associative and commutative; <see cref="Empty"/> is the identity).</summary>
    /// <param name="other">A tally with the same <see cref="AsOf"/>.</param>
    /// <returns>The merged tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is as of a different instant.</exception>
    public FeedbackTally Merge(FeedbackTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.AsOf != AsOf)
        {
            throw new ArgumentException($"other: tallies as of different instants cannot be merged ({AsOf} and {other.AsOf}).", nameof(other));
        }

        var (large, small) = RateeMap.Count >= other.RateeMap.Count ? (RateeMap, other.RateeMap) : (other.RateeMap, RateeMap);
        if (small.IsEmpty)
        {
            return ReferenceEquals(large, RateeMap) ? this : other;
        }

        var result = large.ToBuilder();
        foreach (var (ratee, smallRaters) in small)
        {
            if (!result.TryGetValue(ratee, out var largeRaters))
            {
                result[ratee] = smallRaters;
                continue;
            }

            var raters = largeRaters.ToBuilder();
            foreach (var (rater, pair) in smallRaters)
            {
                raters[rater] = raters.TryGetValue(rater, out var mine) ? mine.Merge(pair) : pair;
            }

            result[ratee] = raters.ToImmutable();
        }

        return new FeedbackTally(AsOf, result.ToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(FeedbackTally? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (AsOf != other.AsOf || RateeMap.Count != other.RateeMap.Count)
        {
            return false;
        }

        foreach (var ((ratee, raters), (otherRatee, otherRaters)) in RateeMap.Zip(other.RateeMap))
        {
            if (!string.Equals(ratee, otherRatee, StringComparison.Ordinal) || raters.Count != otherRaters.Count)
            {
                return false;
            }

            foreach (var ((rater, pair), (otherRater, otherPair)) in raters.Zip(otherRaters))
            {
                if (!string.Equals(rater, otherRater, StringComparison.Ordinal) || !pair.Equals(otherPair))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FeedbackTally);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, RateeMap.Count);

    /// <inheritdoc />
    public override string ToString() => $"FeedbackTally as of {AsOf}: {RateeMap.Count} ratees, {PairCount} pairs, {RecordCount} records";

    /// <summary>
    /// Builds a <see cref="FeedbackTally"/> by adding records in place: revisions are resolved as records arrive, so
    /// memory grows with distinct (ratee, rater, order) keys, not with lines.
    /// </summary>
    /// <remarks>This type is mutable and not thread-safe; give each thread its own builder and merge the tallies.</remarks>
    public sealed class Builder
    {
        private const int LinearScanLimit = 8;
        private readonly Dictionary<(string Ratee, string Rater), PairBuilder> _pairs = [];

        internal Builder(Instant asOf) => AsOf = asOf;

        /// <summary>The instant the tally will be as of.</summary>
        public Instant AsOf { get; }

        /// <summary>How many distinct (ratee, rater) pairs have been added.</summary>
        public int PairCount => _pairs.Count;

        /// <summary>Adds one record.</summary>
        /// <param name="feedback">The record.</param>
        /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
        public void Add(Feedback feedback)
        {
            ArgumentNullException.ThrowIfNull(feedback);
            ref var pair = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pairs, (feedback.Ratee, feedback.Rater), out _);
            pair ??= new PairBuilder();
            if (feedback.At > AsOf)
            {
                pair.AfterAsOf++;
                return;
            }

            pair.Add(feedback);
        }

        /// <summary>Adds records.</summary>
        /// <param name="history">The records.</param>
        /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="history"/> contains null; the message gives its index.</exception>
        public void AddRange(IEnumerable<Feedback> history)
        {
            ArgumentNullException.ThrowIfNull(history);
            var index = 0;
            foreach (var feedback in history)
            {
                if (feedback is null)
                {
                    throw new ArgumentException($"history[{index}]: must not be null.", nameof(history));
                }

                Add(feedback);
                index++;
            }
        }

        /// <summary>Freezes what was added into a tally (the builder can go on being used).</summary>
        /// <returns>The tally.</returns>
        public FeedbackTally ToTally()
        {
            var ratees = new SortedDictionary<string, ImmutableSortedDictionary<string, PairTally>.Builder>(StringComparer.Ordinal);
            foreach (var ((ratee, rater), pair) in _pairs)
            {
                if (!ratees.TryGetValue(ratee, out var raters))
                {
                    raters = ImmutableSortedDictionary.CreateBuilder<string, PairTally>(StringComparer.Ordinal);
                    ratees.Add(ratee, raters);
                }

                raters[rater] = pair.ToPairTally();
            }

            var result = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, PairTally>>(StringComparer.Ordinal);
            foreach (var (ratee, raters) in ratees)
            {
                result.Add(ratee, raters.ToImmutable());
            }

            return new FeedbackTally(AsOf, result.ToImmutable());
        }

        private sealed class PairBuilder
        {
            private readonly List<Feedback> _records = [];
            private Dictionary<string, int>? _orderIndex;

            public long Revised { get; private set; }

            public long AfterAsOf { get; set; }

            public void Add(Feedback feedback)
            {
                if (feedback.OrderId is not { } order)
                {
                    _records.Add(feedback);
                    return;
                }

                var index = Find(order);
                if (index >= 0)
                {
                    Revised++;
                    if (CanonicalOrder.CompareRecords(feedback, _records[index]) > 0)
                    {
                        _records[index] = feedback;
                    }

                    return;
                }

                _records.Add(feedback);
                if (_orderIndex is not null)
                {
                    _orderIndex[order] = _records.Count - 1;
                }
                else if (_records.Count > LinearScanLimit)
                {
                    _orderIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var i = 0; i < _records.Count; i++)
                    {
                        if (_records[i].OrderId is { } o)
                        {
                            _orderIndex[o] = i;
                        }
                    }
                }
            }

            public PairTally ToPairTally()
            {
                var records = _records.ToArray();
                records.AsSpan().Sort(default(CanonicalOrder));
                return new PairTally(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(records), Revised, AfterAsOf);
            }

            private int Find(string order)
            {
                if (_orderIndex is not null)
                {
                    return _orderIndex.TryGetValue(order, out var i) ? i : -1;
                }

                for (var i = 0; i < _records.Count; i++)
                {
                    if (string.Equals(_records[i].OrderId, order, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }

                return -1;
            }
        }
    }
}
