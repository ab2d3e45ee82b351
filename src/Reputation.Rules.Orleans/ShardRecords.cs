using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Reputation.Rules.Scoring;
using Reputation.Rules.Scoring.Internal;

namespace Reputation.Rules.Orleans;

/// <summary>
/// A shard's records in memory, compacted without losing anything any as-of instant needs: records of one (rater,
/// order) at the same instant are either all at or before an as-of instant or all after it, and of those only the
/// canonically latest can win the order's revision, so one record and a count stand for them; identical records
/// without an order are one record and a count (all of them count).
/// </summary>
internal sealed class ShardRecords
{
    private readonly string _ratee;
    private readonly List<StoredFeedback> _stored;
    private readonly List<Feedback> _records = [];
    private readonly Dictionary<(string Rater, string Order, Instant At), int> _byOrder = [];
    private readonly Dictionary<Feedback, int> _withoutOrder = [];

    public ShardRecords(string ratee, List<StoredFeedback> stored)
    {
        _ratee = ratee;
        _stored = stored;
        for (var i = 0; i < stored.Count; i++)
        {
            var record = stored[i].ToFeedback(ratee);
            _records.Add(record);
            Index(record, i);
            RecordCount += stored[i].Count;
        }
    }

    /// <summary>How many records were added, revisions and duplicates included.</summary>
    public long RecordCount { get; private set; }

    public void Add(Feedback feedback)
    {
        RecordCount++;
        if (feedback.OrderId is { } order)
        {
            if (_byOrder.TryGetValue((feedback.Rater, order, feedback.At), out var i))
            {
                var count = _stored[i].Count + 1;
                if (CanonicalOrder.CompareRecords(feedback, _records[i]) > 0)
                {
                    _records[i] = feedback;
                    _stored[i] = StoredFeedback.From(feedback, count);
                }
                else
                {
                    _stored[i].Count = count;
                }

                return;
            }
        }
        else if (_withoutOrder.TryGetValue(feedback, out var i))
        {
            _stored[i].Count++;
            return;
        }

        _stored.Add(StoredFeedback.From(feedback, 1));
        _records.Add(feedback);
        Index(feedback, _records.Count - 1);
    }

    /// <summary>The tally of these records as of an instant: equal to <see cref="FeedbackTally.From"/> of every record added.</summary>
    public FeedbackTally ToTally(Instant asOf)
    {
        var pairs = new Dictionary<string, PairParts>(StringComparer.Ordinal);
        for (var i = 0; i < _records.Count; i++)
        {
            var record = _records[i];
            var count = _stored[i].Count;
            if (!pairs.TryGetValue(record.Rater, out var pair))
            {
                pair = new PairParts();
                pairs.Add(record.Rater, pair);
            }

            if (record.At > asOf)
            {
                pair.AfterAsOf += count;
            }
            else if (record.OrderId is { } order)
            {
                pair.Orders.TryGetValue(order, out var latest);
                var winner = latest.Record is null || CanonicalOrder.CompareRecords(record, latest.Record) > 0 ? record : latest.Record;
                pair.Orders[order] = (winner, latest.Count + count);
            }
            else
            {
                for (var k = 0L; k < count; k++)
                {
                    pair.Records.Add(record);
                }
            }
        }

        var result = new List<(string, string, PairTally)>(pairs.Count);
        foreach (var (rater, pair) in pairs)
        {
            var revised = 0L;
            foreach (var (record, count) in pair.Orders.Values)
            {
                pair.Records.Add(record);
                revised += count - 1;
            }

            var records = pair.Records.ToArray();
            records.AsSpan().Sort(default(CanonicalOrder));
            result.Add((_ratee, rater, new PairTally(ImmutableArray.Create(records), revised, pair.AfterAsOf)));
        }

        return FeedbackTally.FromPairs(asOf, result);
    }

    private void Index(Feedback record, int i)
    {
        if (record.OrderId is { } order)
        {
            _byOrder[(record.Rater, order, record.At)] = i;
        }
        else
        {
            _withoutOrder[record] = i;
        }
    }

    private sealed class PairParts
    {
        public List<Feedback> Records { get; } = [];

        public Dictionary<string, (Feedback Record, long Count)> Orders { get; } = new(StringComparer.Ordinal);

        public long AfterAsOf { get; set; }
    }
}
