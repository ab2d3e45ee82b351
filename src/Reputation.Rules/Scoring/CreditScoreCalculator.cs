using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using NodaTime;
using Reputation.Rules.Scoring.Internal;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Scoring;

/// <summary>
/// Reproduces the Taobao, eBay, eBay classic, AliExpress and Amazon feedback schemes and computes the CRS-1 composite,
/// explaining what counted, what was excluded and why, and how far the next level is.
/// </summary>
/// <remarks>
/// <para>
/// Built once from <see cref="ScoringOptions"/> (copied and validated), then immutable and thread-safe. Results are
/// deterministic for a given as-of instant and independent of input order: records are put in a canonical order
/// and every sum is exact (integers; the composite's weights in fixed point).
/// </para>
/// <para>
/// Scoring a history groups records by (ratee, rater) once, sorts each pair's records and scores them; allocations
/// grow with distinct ratees and pairs, not with records (scratch buffers are pooled).
/// </para>
/// </remarks>
public sealed class CreditScoreCalculator : ICreditScoreCalculator
{
    private readonly ScoringSettings _settings;

    /// <summary>Creates a calculator with every default convention.</summary>
    public CreditScoreCalculator()
        : this(new ScoringOptions())
    {
    }

    /// <summary>Creates a calculator from options, which are validated and copied.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem (see <see cref="ScoringOptions.Validate"/>).</exception>
    public CreditScoreCalculator(ScoringOptions options) => _settings = new ScoringSettings(options);

    /// <inheritdoc />
    public ScoringScheme DefaultScheme => _settings.DefaultScheme;

    /// <summary>One ratee's report under <see cref="DefaultScheme"/>.</summary>
    /// <param name="history">The feedback, in any order.</param>
    /// <param name="ratee">The ratee.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratee"/> is blank, or <paramref name="history"/> contains null.</exception>
    public CreditReport Calculate(IEnumerable<Feedback> history, string ratee, Instant asOf) =>
        Calculate(history, ratee, DefaultScheme, asOf);

    /// <inheritdoc />
    public CreditReport Calculate(IEnumerable<Feedback> history, string ratee, ScoringScheme scheme, Instant asOf)
    {
        Preconditions.NotNullOrWhiteSpace(ratee, nameof(ratee));
        var reports = Run(history, scheme, asOf, ratee);
        return reports.IsEmpty ? EmptyReport(ratee, scheme, asOf) : reports[0];
    }

    /// <inheritdoc />
    public ImmutableArray<CreditReport> CalculateAll(IEnumerable<Feedback> history, ScoringScheme scheme, Instant asOf) =>
        Run(history, scheme, asOf, onlyRatee: null);

    /// <inheritdoc />
    public CreditReport Calculate(FeedbackTally tally, string ratee, ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(tally);
        Preconditions.NotNullOrWhiteSpace(ratee, nameof(ratee));
        CheckScheme(scheme);
        var evaluator = new PairEvaluator(_settings, scheme, tally.AsOf);
        var acc = new Accumulator();
        if (tally.RateeMap.TryGetValue(ratee, out var raters))
        {
            foreach (var pair in raters.Values)
            {
                AddPair(evaluator, pair, acc);
            }
        }

        return ReportFactory.Create(ratee, scheme, _settings, evaluator, acc);
    }

    /// <inheritdoc />
    public ImmutableArray<CreditReport> CalculateAll(FeedbackTally tally, ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(tally);
        CheckScheme(scheme);
        var evaluator = new PairEvaluator(_settings, scheme, tally.AsOf);
        var reports = ImmutableArray.CreateBuilder<CreditReport>(tally.RateeMap.Count);
        foreach (var (ratee, raters) in tally.RateeMap)
        {
            var acc = new Accumulator();
            foreach (var pair in raters.Values)
            {
                AddPair(evaluator, pair, acc);
            }

            reports.Add(ReportFactory.Create(ratee, scheme, _settings, evaluator, acc));
        }

        return reports.MoveToImmutable();
    }

    private static void AddPair(PairEvaluator evaluator, PairTally pair, Accumulator acc)
    {
        acc.Revised += pair.Revised;
        acc.AfterAsOf += pair.AfterAsOf;
        evaluator.Evaluate(pair.Records.AsSpan(), acc);
    }

    private static void CheckScheme(ScoringScheme scheme)
    {
        if (!Enum.IsDefined(scheme))
        {
            Preconditions.ThrowOutOfRange(nameof(scheme), scheme, $"{scheme} is not a defined ScoringScheme.");
        }
    }

    private CreditReport EmptyReport(string ratee, ScoringScheme scheme, Instant asOf) =>
        ReportFactory.Create(ratee, scheme, _settings, new PairEvaluator(_settings, scheme, asOf), new Accumulator());

    private ImmutableArray<CreditReport> Run(IEnumerable<Feedback> history, ScoringScheme scheme, Instant asOf, string? onlyRatee)
    {
        ArgumentNullException.ThrowIfNull(history);
        CheckScheme(scheme);
        TimeKeys.CheckAsOf(asOf, nameof(asOf));
        switch (history)
        {
            case Feedback[] array:
                return Run(array, scheme, asOf, onlyRatee);
            case List<Feedback> list:
                return Run(CollectionsMarshal.AsSpan(list), scheme, asOf, onlyRatee);
            case ImmutableArray<Feedback> immutable:
                return Run(immutable.AsSpan(), scheme, asOf, onlyRatee);
            default:
                var copy = history.ToArray();
                return Run(copy, scheme, asOf, onlyRatee);
        }
    }

    private ImmutableArray<CreditReport> Run(ReadOnlySpan<Feedback> history, ScoringScheme scheme, Instant asOf, string? onlyRatee)
    {
        var n = history.Length;
        var rateeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var rateeNames = new List<string>();
        var pairIds = new Dictionary<Feedback, int>(PairComparer.Instance);
        var pairRatee = new List<int>();
        var pairOf = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        int[]? starts = null;
        Entry[]? grouped = null;
        try
        {
            // 1. Number the (ratee, rater) pairs (one hash lookup per record), and the ratees as pairs appear.
            string? lastRatee = null;
            string? lastRater = null;
            var lastPairId = -1;
            var selected = 0;
            for (var i = 0; i < n; i++)
            {
                var feedback = history[i];
                if (feedback is null)
                {
                    throw new ArgumentException($"history[{i}]: must not be null.", nameof(history));
                }

                if (onlyRatee is not null && !string.Equals(feedback.Ratee, onlyRatee, StringComparison.Ordinal))
                {
                    pairOf[i] = -1;
                    continue;
                }

                selected++;
                if (!ReferenceEquals(feedback.Ratee, lastRatee) || !ReferenceEquals(feedback.Rater, lastRater))
                {
                    ref var pairId = ref CollectionsMarshal.GetValueRefOrAddDefault(pairIds, feedback, out var pairExists);
                    if (!pairExists)
                    {
                        pairId = pairRatee.Count;
                        ref var rateeId = ref CollectionsMarshal.GetValueRefOrAddDefault(rateeIds, feedback.Ratee, out var rateeExists);
                        if (!rateeExists)
                        {
                            rateeId = rateeNames.Count;
                            rateeNames.Add(feedback.Ratee);
                        }

                        pairRatee.Add(rateeId);
                    }

                    lastRatee = feedback.Ratee;
                    lastRater = feedback.Rater;
                    lastPairId = pairId;
                }

                pairOf[i] = lastPairId;
            }

            // 2. Counting sort by pair.
            var pairCount = pairRatee.Count;
            starts = ArrayPool<int>.Shared.Rent(pairCount + 1);
            Array.Clear(starts, 0, pairCount + 1);
            for (var i = 0; i < n; i++)
            {
                if (pairOf[i] >= 0)
                {
                    starts[pairOf[i] + 1]++;
                }
            }

            for (var p = 0; p < pairCount; p++)
            {
                starts[p + 1] += starts[p];
            }

            var evaluator = new PairEvaluator(_settings, scheme, asOf);
            var items = evaluator.NeedsItems ? new ItemNumbers() : null;
            grouped = ArrayPool<Entry>.Shared.Rent(Math.Max(selected, 1));
            for (var i = 0; i < n; i++)
            {
                var p = pairOf[i];
                if (p >= 0)
                {
                    var record = history[i];
                    grouped[starts[p]++] = Entry.From(record, i, items?.Of(record) ?? -1);
                }
            }

            // starts[p] now holds the end of pair p; pair p begins at the end of pair p − 1.
            var accumulators = new Accumulator[rateeNames.Count];
            for (var r = 0; r < accumulators.Length; r++)
            {
                accumulators[r] = new Accumulator();
            }

            // 3. Per pair: cut at as-of, resolve revisions, order, score.
            var resolver = new RevisionResolver();
            var timeOrder = evaluator.NeedsTimeOrder;
            var begin = 0;
            for (var p = 0; p < pairCount; p++)
            {
                var end = starts[p];
                var acc = accumulators[pairRatee[p]];
                var segment = grouped.AsSpan(begin, end - begin);
                var kept = 0;
                foreach (ref readonly var entry in segment)
                {
                    if (entry.At > asOf)
                    {
                        acc.AfterAsOf++;
                    }
                    else
                    {
                        segment[kept++] = entry;
                    }
                }

                kept = resolver.Resolve(segment[..kept], history, timeOrder, out var revised);
                acc.Revised += revised;
                evaluator.Evaluate(segment[..kept], acc);
                begin = end;
            }

            // 4. Reports, ratees in ordinal order.
            var order = new int[rateeNames.Count];
            for (var r = 0; r < order.Length; r++)
            {
                order[r] = r;
            }

            Array.Sort(order, (a, b) => string.CompareOrdinal(rateeNames[a], rateeNames[b]));
            var reports = ImmutableArray.CreateBuilder<CreditReport>(order.Length);
            foreach (var r in order)
            {
                reports.Add(ReportFactory.Create(rateeNames[r], scheme, _settings, evaluator, accumulators[r]));
            }

            return reports.MoveToImmutable();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pairOf);
            if (starts is not null)
            {
                ArrayPool<int>.Shared.Return(starts);
            }

            if (grouped is not null)
            {
                ArrayPool<Entry>.Shared.Return(grouped); // entries hold no references
            }
        }
    }

    /// <summary>Feedback compared by (ratee, rater) only, on the hash each record computed once.</summary>
    private sealed class PairComparer : IEqualityComparer<Feedback>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(Feedback? x, Feedback? y) =>
            string.Equals(x!.Ratee, y!.Ratee, StringComparison.Ordinal) && string.Equals(x.Rater, y.Rater, StringComparison.Ordinal);

        public int GetHashCode(Feedback obj) => obj.PairHash;
    }
}
