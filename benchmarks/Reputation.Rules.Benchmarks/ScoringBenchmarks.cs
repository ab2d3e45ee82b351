using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// One million generated ratings (100 sellers × 500 buyers each = 50,000 (ratee, rater) pairs, revisions,
/// removed and auto ratings, detailed ratings) scored per scheme by <see cref="CreditScoreCalculator"/> against the
/// straightforward LINQ GroupBy/OrderBy implementation of the same scheme (<see cref="LinqScoring"/>).
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Ratings = 1_000_000;
    private const int Sellers = 100;
    private const int BuyersPerSeller = 500;

    private readonly CreditScoreCalculator _calculator = new();
    private Feedback[] _history = null!;
    private Instant _asOf;

    /// <summary>The scheme scored.</summary>
    [ParamsAllValues]
    public ScoringScheme Scheme { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _asOf = Instant.FromUtc(2026, 6, 30, 23, 59, 59);
        _history = Generate(_asOf);
        var fast = _calculator.CalculateAll(_history, Scheme, _asOf);
        var linq = LinqScoring.Score(Scheme, _history, _asOf);
        for (var i = 0; i < linq.Count; i++)
        {
            if (fast[i].Ratee != linq[i].Ratee || fast[i].Score != linq[i].Score || fast[i].PositivePercent != linq[i].Percent)
            {
                throw new InvalidOperationException($"{Scheme}: the calculator and the LINQ baseline disagree on {linq[i].Ratee}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "LINQ GroupBy/OrderBy")]
    public int Linq() => LinqScoring.Score(Scheme, _history, _asOf).Count;

    [Benchmark(Description = "CreditScoreCalculator")]
    public int Calculator() => _calculator.CalculateAll(_history, Scheme, _asOf).Length;

    internal static Feedback[] Generate(Instant asOf)
    {
        var random = new Random(20260630);
        var sellers = new string[Sellers];
        for (var s = 0; s < Sellers; s++)
        {
            sellers[s] = "S" + s.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        }

        var buyers = new string[Sellers * BuyersPerSeller];
        for (var b = 0; b < buyers.Length; b++)
        {
            buyers[b] = "B" + b.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        }

        var items = new string[50];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = "I" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        DetailedRatings[] dsrs = [new(5, 5, 5), new(5, 4, 4), new(4, 4, 3), new(2, 3, 1)];
        var start = asOf - Duration.FromDays(730);
        var history = new Feedback[Ratings];
        for (var i = 0; i < Ratings; i++)
        {
            var pair = random.Next(Sellers * BuyersPerSeller);
            var seller = sellers[pair / BuyersPerSeller];
            var buyer = buyers[pair];
            var roll = random.Next(100);
            var stars = roll < 70 ? 5 : roll < 85 ? 4 : roll < 90 ? 3 : roll < 94 ? 2 : 1;
            var at = start + Duration.FromSeconds(random.NextInt64(730L * 86_400));

            // Order ids repeat within a pair (one rating in five or so revises an earlier one). Each record gets its own
            // string, as a parser or a database reader would give it; seller and buyer names are shared (interned).
            var orderKey = (pair * 64) + random.Next(roll < 5 ? 2 : 60);
            var order = "O" + orderKey.ToString(System.Globalization.CultureInfo.InvariantCulture);

            var flags = random.Next(100);
            history[i] = new Feedback(
                seller, buyer, stars, at, order, items[random.Next(items.Length)],
                isAuto: flags < 3, isRemoved: flags == 3, detailedRatings: flags >= 80 ? dsrs[random.Next(dsrs.Length)] : null);
        }

        return history;
    }
}
