using System.Collections.Immutable;
using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Orleans;

/// <summary>
/// One ratee (keyed by the ratee id): knows which shards hold its feedback and merges their partial tallies on demand
/// into the reports <see cref="CreditScoreCalculator"/> makes from the whole history.
/// </summary>
public interface IRateeScoreGrain : IGrainWithStringKey
{
    /// <summary>Records that a shard holds feedback for this ratee (called by the shard before its first write; idempotent).</summary>
    /// <param name="shard">The shard index.</param>
    /// <returns>A task that completes when the registration is persisted.</returns>
    Task RegisterShardAsync(int shard);

    /// <summary>The merged tally of every shard as of an instant.</summary>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The tally (only this ratee).</returns>
    Task<FeedbackTally> GetTallyAsync(Instant asOf);

    /// <summary>The report under one scheme as of an instant.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The same report as <see cref="CreditScoreCalculator.Calculate(System.Collections.Generic.IEnumerable{Feedback}, string, ScoringScheme, Instant)"/> on the whole history.</returns>
    Task<CreditReport> GetReportAsync(ScoringScheme scheme, Instant asOf);

    /// <summary>Reports under several schemes from one merge.</summary>
    /// <param name="schemes">The schemes.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>One report per scheme, in the order given.</returns>
    Task<ImmutableArray<CreditReport>> GetReportsAsync(ImmutableArray<ScoringScheme> schemes, Instant asOf);
}
