using System;
using System.Linq;
using NodaTime;
using Reputation.Rules.Scoring;
using Xunit;

namespace Reputation.Rules.Tests.Scoring;

/// <summary>The one-pass path allocates per distinct ratee and pair, not per rating (buffers are pooled).</summary>
public sealed class AllocationTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 6, 30, 0, 0);

    private static Feedback[] History(int ratings, int pairs)
    {
        var random = new Random(7);
        var ratees = Enumerable.Range(0, 20).Select(i => "S" + i).ToArray();
        var raters = Enumerable.Range(0, pairs).Select(i => "B" + i).ToArray();
        return [.. Enumerable.Range(0, ratings).Select(i =>
        {
            var pair = random.Next(pairs);
            return new Feedback(ratees[pair % ratees.Length], raters[pair], random.Next(1, 6), AsOf - Duration.FromMinutes(random.Next(1_000_000)), "O" + random.Next(100), "I" + random.Next(10));
        })];
    }

    [Theory]
    [InlineData(ScoringScheme.Taobao)]
    [InlineData(ScoringScheme.Ebay)]
    [InlineData(ScoringScheme.EbayClassic)]
    [InlineData(ScoringScheme.AliExpress)]
    [InlineData(ScoringScheme.Amazon)]
    [InlineData(ScoringScheme.Composite)]
    public void Four_times_the_ratings_over_the_same_pairs_allocate_about_the_same(ScoringScheme scheme)
    {
        var calculator = new CreditScoreCalculator();
        var few = History(20_000, 500);
        var many = History(80_000, 500);
        long Measure(Feedback[] history)
        {
            calculator.CalculateAll(history, scheme, AsOf); // warm the pools and the JIT
            var before = GC.GetAllocatedBytesForCurrentThread();
            calculator.CalculateAll(history, scheme, AsOf);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var fewBytes = Measure(few);
        var manyBytes = Measure(many);
        Assert.True(manyBytes < (fewBytes * 1.25) + 16_384, $"{scheme}: {fewBytes} bytes for 20,000 ratings, {manyBytes} for 80,000");
        Assert.True(manyBytes < 500 * 300, $"{scheme}: {manyBytes} bytes for 500 pairs");
    }
}
