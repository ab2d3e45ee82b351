using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans.Serialization;
using Reputation.Rules.Scoring;
using Xunit;

namespace Reputation.Rules.Orleans.Tests;

/// <summary>Options validation and the surrogates' round trips through Orleans' serializer.</summary>
[Collection(nameof(ClusterGroup))]
public sealed class OptionsAndSerializationTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1025)]
    public void Shard_counts_outside_1_to_1024_are_rejected(int shardCount)
    {
        var options = new ReputationRulesOrleansOptions { ShardCount = shardCount };
        Assert.Equal(["ShardCount: must be from 1 to 1024 (got " + shardCount + ")."], options.Validate());
        var error = Assert.Throws<ArgumentException>(() => new ReputationRulesScoringClient(fixture.Cluster.Client, Options.Create(options)));
        Assert.Contains("ShardCount", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1024)]
    public void Shard_counts_from_1_to_1024_are_valid_and_every_rater_lands_in_range(int shardCount)
    {
        var options = new ReputationRulesOrleansOptions { ShardCount = shardCount };
        Assert.Empty(options.Validate());
        var client = new ReputationRulesScoringClient(fixture.Cluster.Client, Options.Create(options));
        Assert.All(Enumerable.Range(0, 500).Select(i => client.GetShard("B" + i)), s => Assert.InRange(s, 0, shardCount - 1));
    }

    [Fact]
    public void A_blank_storage_name_is_rejected() =>
        Assert.Equal(["StorageName: must not be blank."], new ReputationRulesOrleansOptions { StorageName = " " }.Validate());

    [Fact]
    public void The_shard_of_a_rater_is_stable_across_processes() =>
        // FNV-1a, not string.GetHashCode (randomised per process): clients and silos must agree.
        Assert.Equal(
            [0, 1, 1],
            new[] { "B1", "B2", "buyer-42" }.Select(new ReputationRulesScoringClient(fixture.Cluster.Client, Options.Create(new ReputationRulesOrleansOptions { ShardCount = 4 })).GetShard));

    [Fact]
    public void Feedback_tallies_and_reports_round_trip_through_orleans_serialization()
    {
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        var at = Instant.FromUtc(2026, 2, 1, 8, 30) + Duration.FromNanoseconds(123_456_789);
        Feedback[] history =
        [
            new("S1", "B1", 4, at, "O1", "A", detailedRatings: new DetailedRatings(5, null, 3)),
            new("S1", "B1", 2, at + Duration.FromDays(1), "O1", "A"),
            new("S1", "B2", 5, at, isAuto: true),
            new("S1", "B3", 1, at - Duration.FromDays(300), isRemoved: true),
            new("S1", "B4", 5, Histories.AsOf + Duration.FromDays(1)),
        ];
        foreach (var record in history)
        {
            Assert.Equal(record, RoundTrip(serializer, record));
        }

        var tally = FeedbackTally.From(history, Histories.AsOf);
        Assert.Equal(tally, RoundTrip(serializer, tally));
        foreach (var scheme in Histories.Schemes)
        {
            var report = new CreditScoreCalculator().Calculate(history, "S1", scheme, Histories.AsOf);
            Assert.Equal(report, RoundTrip(serializer, report));
        }
    }

    private static T RoundTrip<T>(Serializer serializer, T value) => serializer.Deserialize<T>(serializer.SerializeToArray(value))!;
}
