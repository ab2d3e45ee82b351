using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Orleans;

/// <summary>
/// Sends feedback to the shard grains and asks ratee grains for reports. Registered by
/// <c>AddReputationRulesScoring</c> on silos and clients; thread-safe.
/// </summary>
public sealed class ReputationRulesScoringClient
{
    private readonly IGrainFactory _grains;
    private readonly int _shardCount;

    /// <summary>Creates a client.</summary>
    /// <param name="grains">The grain factory (the cluster client, or a grain's factory in a silo).</param>
    /// <param name="options">The options; <see cref="ReputationRulesOrleansOptions.ShardCount"/> must match the silos'.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ReputationRulesScoringClient(IGrainFactory grains, IOptions<ReputationRulesOrleansOptions> options)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Value.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(options));
        }

        _grains = grains;
        _shardCount = options.Value.ShardCount;
    }

    /// <summary>The shard a rater's records go to: a stable hash (FNV-1a of the UTF-16 code units) modulo the shard count.</summary>
    /// <param name="rater">The rater.</param>
    /// <returns>The shard index, 0 to <see cref="ReputationRulesOrleansOptions.ShardCount"/> − 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rater"/> is null.</exception>
    public int GetShard(string rater)
    {
        ArgumentNullException.ThrowIfNull(rater);
        var hash = 2166136261u;
        foreach (var c in rater)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)_shardCount);
    }

    /// <summary>
    /// Sends records to their shards (grouped by ratee and rater shard, the groups in parallel) and completes when
    /// every record is persisted. Records may arrive in any order, batch and silo: the reports do not change.
    /// </summary>
    /// <param name="feedback">The records.</param>
    /// <returns>A task that completes when every record is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="feedback"/> contains null; the message gives its index.</exception>
    public Task AddAsync(IEnumerable<Feedback> feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var groups = new Dictionary<(string Ratee, int Shard), ImmutableArray<Feedback>.Builder>();
        var index = 0;
        foreach (var record in feedback)
        {
            if (record is null)
            {
                throw new ArgumentException($"feedback[{index}]: must not be null.", nameof(feedback));
            }

            var key = (record.Ratee, GetShard(record.Rater));
            if (!groups.TryGetValue(key, out var group))
            {
                group = ImmutableArray.CreateBuilder<Feedback>();
                groups.Add(key, group);
            }

            group.Add(record);
            index++;
        }

        return Task.WhenAll(groups.Select(g => _grains.GetGrain<IFeedbackShardGrain>(g.Key.Shard, g.Key.Ratee, null).AddAsync(g.Value.ToImmutable())));
    }

    /// <summary>One ratee's report under one scheme as of an instant.</summary>
    /// <param name="ratee">The ratee.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The same report as <see cref="CreditScoreCalculator"/> on the whole history.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratee"/> is null or blank.</exception>
    public Task<CreditReport> GetReportAsync(string ratee, ScoringScheme scheme, Instant asOf)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ratee);
        return _grains.GetGrain<IRateeScoreGrain>(ratee).GetReportAsync(scheme, asOf);
    }

    /// <summary>One ratee's reports under several schemes from one merge of its shards.</summary>
    /// <param name="ratee">The ratee.</param>
    /// <param name="schemes">The schemes.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>One report per scheme, in the order given.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratee"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schemes"/> is null.</exception>
    public Task<ImmutableArray<CreditReport>> GetReportsAsync(string ratee, IEnumerable<ScoringScheme> schemes, Instant asOf)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ratee);
        ArgumentNullException.ThrowIfNull(schemes);
        return _grains.GetGrain<IRateeScoreGrain>(ratee).GetReportsAsync([.. schemes], asOf);
    }

    /// <summary>One ratee's merged tally as of an instant.</summary>
    /// <param name="ratee">The ratee.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratee"/> is null or blank.</exception>
    public Task<FeedbackTally> GetTallyAsync(string ratee, Instant asOf)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ratee);
        return _grains.GetGrain<IRateeScoreGrain>(ratee).GetTallyAsync(asOf);
    }
}
