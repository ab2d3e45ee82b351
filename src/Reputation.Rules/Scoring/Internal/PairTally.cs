using System;
using System.Collections.Immutable;
using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// One (ratee, rater)'s part of a <see cref="FeedbackTally"/>: the revision-resolved records (latest per order, every
/// record without an order) in canonical order, and how many records were dropped as revised or after as-of.
/// </summary>
internal sealed class PairTally : IEquatable<PairTally>
{
    public static readonly PairTally Empty = new(ImmutableArray<Feedback>.Empty, 0, 0);

    public PairTally(ImmutableArray<Feedback> records, long revised, long afterAsOf)
    {
        Records = records;
        Revised = revised;
        AfterAsOf = afterAsOf;
    }

    public ImmutableArray<Feedback> Records { get; }

    public long Revised { get; }

    public long AfterAsOf { get; }

    public PairTally Add(Feedback feedback, Instant asOf)
    {
        if (feedback.At > asOf)
        {
            return new PairTally(Records, Revised, AfterAsOf + 1);
        }

        return Merge(new PairTally([feedback], 0, 0));
    }

    public PairTally Merge(PairTally other)
    {
        if (other.Records.IsEmpty)
        {
            return other.Revised == 0 && other.AfterAsOf == 0 ? this : new PairTally(Records, Revised + other.Revised, AfterAsOf + other.AfterAsOf);
        }

        if (Records.IsEmpty)
        {
            return new PairTally(other.Records, Revised + other.Revised, AfterAsOf + other.AfterAsOf);
        }

        var buffer = new Feedback[Records.Length + other.Records.Length];
        Records.CopyTo(buffer);
        other.Records.CopyTo(buffer, Records.Length);
        var kept = Revisions.Resolve(buffer, out var revised);
        return new PairTally(
            ImmutableArray.Create(buffer, 0, kept),
            Revised + other.Revised + revised,
            AfterAsOf + other.AfterAsOf);
    }

    public bool Equals(PairTally? other) =>
        other is not null
        && Revised == other.Revised
        && AfterAsOf == other.AfterAsOf
        && Records.AsSpan().SequenceEqual(other.Records.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as PairTally);

    public override int GetHashCode() => HashCode.Combine(Records.Length, Revised, AfterAsOf);
}
