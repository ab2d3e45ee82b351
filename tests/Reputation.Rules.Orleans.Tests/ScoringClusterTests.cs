using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Orleans.Runtime;
using Reputation.Rules.Scoring;
using Xunit;

namespace Reputation.Rules.Orleans.Tests;

/// <summary>
/// The cluster gives exactly the single-process calculator's reports, whatever order, batch and silo the records
/// arrive in: random histories (FsCheck), revisions and removals out of order, concurrent producers, reactivation.
/// </summary>
[Collection(nameof(ClusterGroup))]
public sealed class ScoringClusterTests(ClusterFixture fixture)
{
    private static readonly CreditScoreCalculator Calculator = new();

    // An asynchronous property: FsCheck awaits the Task each case returns.
    [Property(MaxTest = 20)]
    public Property Random_histories_in_random_order_and_batches_give_the_calculators_reports_for_every_scheme() =>
        Prop.ForAll(Histories.Batched.ToArbitrary(), async c =>
        {
            var prefix = Guid.NewGuid().ToString("N")[..8] + "-";
            var history = Histories.Rename(c.History, prefix);
            foreach (var batch in c.Batches)
            {
                await fixture.Scoring.AddAsync(Histories.Rename(batch, prefix));
            }

            await AssertSameAsCalculator(history, [prefix + "S1", prefix + "S2"]);
        });

    [Fact]
    public async Task Revisions_and_removals_arriving_out_of_order_resolve_as_in_the_library()
    {
        var ratee = "R-" + Guid.NewGuid().ToString("N");
        var t = Instant.FromUtc(2026, 1, 5, 12, 0);
        Feedback[] history =
        [
            new(ratee, "B1", 5, t, orderId: "O1", itemId: "A"),
            new(ratee, "B1", 1, t + Duration.FromDays(10), orderId: "O1", itemId: "A"),           // revised down
            new(ratee, "B1", 1, t + Duration.FromDays(20), orderId: "O1", itemId: "A", isRemoved: true), // then removed
            new(ratee, "B1", 4, t + Duration.FromDays(20), orderId: "O1", itemId: "A"),           // a tie: removal wins
            new(ratee, "B2", 2, t + Duration.FromDays(1), orderId: "O2"),
            new(ratee, "B2", 5, t + Duration.FromDays(40), orderId: "O2"),                        // revised up, later
            new(ratee, "B2", 5, t + Duration.FromDays(40), orderId: "O2"),                        // an exact duplicate
            new(ratee, "B3", 3, t + Duration.FromDays(2)),
            new(ratee, "B3", 3, t + Duration.FromDays(2)),                                        // no order: both count
            new(ratee, "B4", 5, t + Duration.FromDays(3), orderId: "O4", isAuto: true),
            new(ratee, "B4", 2, t + Duration.FromDays(3), orderId: "O4"),                         // a tie: the buyer wins
        ];

        // Latest first, one record per call, so every revision arrives before what it revises.
        foreach (var record in history.Reverse())
        {
            await fixture.Scoring.AddAsync([record]);
        }

        Instant[] asOfs = [t + Duration.FromDays(5), t + Duration.FromDays(15), t + Duration.FromDays(25), t + Duration.FromDays(60)];
        await AssertSameAsCalculator(history, [ratee], asOfs);

        var end = await fixture.Scoring.GetReportAsync(ratee, ScoringScheme.Ebay, asOfs[^1]);
        Assert.Equal(1, end.Excluded.Removed);
        Assert.Equal(6, end.Excluded.Revised); // O1: 3, O2: 2 (the duplicate too), O4: 1
    }

    [Fact]
    public async Task Sixteen_concurrent_producers_give_the_calculators_reports()
    {
        var prefix = "P-" + Guid.NewGuid().ToString("N")[..8] + "-";
        var gen = Histories.FeedbackGen;
        var history = Histories.Rename(Gen.Sample(gen, 400, new Rnd(20261203UL), 10), prefix);
        Assert.Equal(400, history.Length);
        var producers = Enumerable.Range(0, 16)
            .Select(p => history.Where((_, i) => i % 16 == p).ToArray())
            .Select(part => Task.Run(async () =>
            {
                for (var i = 0; i < part.Length; i += 5)
                {
                    await fixture.Scoring.AddAsync(part.Skip(i).Take(5));
                }
            }));
        await Task.WhenAll(producers);

        await AssertSameAsCalculator(history, [prefix + "S1", prefix + "S2"]);
    }

    [Fact]
    public async Task Acknowledged_records_survive_the_deactivation_of_every_grain()
    {
        var ratee = "D-" + Guid.NewGuid().ToString("N");
        var history = Gen.Sample(Histories.FeedbackGen, 60, new Rnd(7UL), 10).Select(f => new Feedback(ratee, f.Rater, f.Stars, f.At, f.OrderId, f.ItemId, f.IsAuto, f.IsRemoved, f.DetailedRatings)).ToArray();
        await fixture.Scoring.AddAsync(history[..30]);

        var management = fixture.Cluster.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        await fixture.Scoring.AddAsync(history[30..]);
        await management.ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        await AssertSameAsCalculator(history, [ratee]);
        var shards = history.Select(f => fixture.Scoring.GetShard(f.Rater)).Distinct();
        long stored = 0;
        foreach (var shard in shards)
        {
            stored += await fixture.Cluster.Client.GetGrain<IFeedbackShardGrain>(shard, ratee, null).GetRecordCountAsync();
        }

        Assert.Equal(history.Length, stored);
    }

    [Fact]
    public async Task A_ratee_without_feedback_gets_the_calculators_empty_report()
    {
        var ratee = "E-" + Guid.NewGuid().ToString("N");
        await AssertSameAsCalculator([], [ratee]);
    }

    [Fact]
    public async Task A_shard_rejects_records_of_another_ratee()
    {
        var shard = fixture.Cluster.Client.GetGrain<IFeedbackShardGrain>(0, "X-" + Guid.NewGuid().ToString("N"), null);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => shard.AddAsync([new Feedback("OTHER", "B1", 5, Histories.AsOf)]));
        Assert.Contains("feedback[0]", error.Message, StringComparison.Ordinal);
    }

    private async Task AssertSameAsCalculator(Feedback[] history, IReadOnlyList<string> ratees, Instant[]? asOfs = null)
    {
        foreach (var asOf in asOfs ?? Histories.AsOfs)
        {
            foreach (var ratee in ratees)
            {
                var reports = await fixture.Scoring.GetReportsAsync(ratee, Histories.Schemes, asOf);
                for (var i = 0; i < Histories.Schemes.Length; i++)
                {
                    var expected = Calculator.Calculate(history, ratee, Histories.Schemes[i], asOf);
                    Assert.Equal(expected, reports[i]);
                }

                var tally = await fixture.Scoring.GetTallyAsync(ratee, asOf);
                Assert.Equal(FeedbackTally.From(history.Where(f => f.Ratee == ratee), asOf), tally);
            }
        }
    }
}
