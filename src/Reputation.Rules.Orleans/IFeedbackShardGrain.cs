using System.Collections.Immutable;
using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Orleans.Concurrency;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Orleans;

/// <summary>
/// One shard of one ratee's feedback: the records of the raters whose stable hash falls in this shard. The key is the
/// shard index (0 to <see cref="ReputationRulesOrleansOptions.ShardCount"/> − 1) with the ratee as key extension.
/// </summary>
/// <remarks>
/// The shard keeps, per (rater, order, instant), the canonically latest record and how many arrived, and every record
/// without an order: exactly what is needed to build the ratee's partial <see cref="FeedbackTally"/> as of any instant.
/// </remarks>
public interface IFeedbackShardGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Adds records (all for this shard's ratee) and returns once they are persisted.</summary>
    /// <param name="feedback">The records, in any order.</param>
    /// <returns>A task that completes when the records are stored.</returns>
    Task AddAsync(ImmutableArray<Feedback> feedback);

    /// <summary>The shard's partial tally as of an instant.</summary>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The tally of this shard's records.</returns>
    [AlwaysInterleave]
    Task<FeedbackTally> GetTallyAsync(Instant asOf);

    /// <summary>How many records were added (revisions and duplicates included).</summary>
    /// <returns>The count.</returns>
    [AlwaysInterleave]
    Task<long> GetRecordCountAsync();
}
