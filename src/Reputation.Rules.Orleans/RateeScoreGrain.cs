using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans;
using Orleans.Runtime;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Orleans;

/// <summary>The ratee grain: merges its shards' partial tallies (the merge law) and scores the result.</summary>
internal sealed class RateeScoreGrain : Grain, IRateeScoreGrain
{
    private readonly IPersistentState<RateeState> _state;
    private readonly ICreditScoreCalculator _calculator;

    public RateeScoreGrain(
        IPersistentStateFactory stateFactory,
        IGrainContext context,
        IOptions<ReputationRulesOrleansOptions> options,
        ICreditScoreCalculator calculator)
    {
        _state = stateFactory.Create<RateeState>(context, new StateConfiguration("ratee", options.Value.StorageName));
        _calculator = calculator;
    }

    public async Task RegisterShardAsync(int shard)
    {
        if (_state.State.Shards.Contains(shard))
        {
            return;
        }

        _state.State.Shards.Add(shard);
        _state.State.Shards.Sort();
        try
        {
            await _state.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    public async Task<FeedbackTally> GetTallyAsync(Instant asOf)
    {
        var ratee = this.GetPrimaryKeyString();
        var tallies = await Task.WhenAll(_state.State.Shards.Select(
            shard => GrainFactory.GetGrain<IFeedbackShardGrain>(shard, ratee, null).GetTallyAsync(asOf))).ConfigureAwait(true);

        // The merge law: Merge is associative and commutative with Empty as identity, so the order shards answer in
        // and the grouping never change the result.
        var tally = FeedbackTally.Empty(asOf);
        foreach (var part in tallies)
        {
            tally = tally.Merge(part);
        }

        return tally;
    }

    public async Task<CreditReport> GetReportAsync(ScoringScheme scheme, Instant asOf)
    {
        var tally = await GetTallyAsync(asOf).ConfigureAwait(true);
        return _calculator.Calculate(tally, this.GetPrimaryKeyString(), scheme);
    }

    public async Task<ImmutableArray<CreditReport>> GetReportsAsync(ImmutableArray<ScoringScheme> schemes, Instant asOf)
    {
        if (schemes.IsDefault)
        {
            throw new ArgumentNullException(nameof(schemes));
        }

        var tally = await GetTallyAsync(asOf).ConfigureAwait(true);
        var ratee = this.GetPrimaryKeyString();
        return schemes.Select(scheme => _calculator.Calculate(tally, ratee, scheme)).ToImmutableArray();
    }
}
