using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans;
using Orleans.Runtime;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Orleans;

/// <summary>The shard grain: persists its ratee's records of one rater shard and builds partial tallies from them.</summary>
internal sealed class FeedbackShardGrain : Grain, IFeedbackShardGrain
{
    private readonly IPersistentState<ShardState> _state;
    private ShardRecords? _records;
    private string _ratee = string.Empty;
    private int _shard;

    public FeedbackShardGrain(IPersistentStateFactory stateFactory, IGrainContext context, IOptions<ReputationRulesOrleansOptions> options)
    {
        _state = stateFactory.Create<ShardState>(context, new StateConfiguration("shard", options.Value.StorageName));
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _shard = (int)this.GetPrimaryKeyLong(out var ratee);
        _ratee = ratee ?? string.Empty;
        _records = new ShardRecords(_ratee, _state.State.Records);
        return Task.CompletedTask;
    }

    public async Task AddAsync(ImmutableArray<Feedback> feedback)
    {
        for (var i = 0; i < feedback.Length; i++)
        {
            if (feedback[i] is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"feedback[{i}]: must not be null."), nameof(feedback));
            }

            if (!string.Equals(feedback[i].Ratee, _ratee, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"feedback[{i}]: ratee '{feedback[i].Ratee}' does not belong to the shard of ratee '{_ratee}'."),
                    nameof(feedback));
            }
        }

        if (feedback.IsEmpty)
        {
            return;
        }

        if (!_state.State.Registered)
        {
            // Registered before the first write: a report never misses a shard that holds acknowledged records.
            await GrainFactory.GetGrain<IRateeScoreGrain>(_ratee).RegisterShardAsync(_shard).ConfigureAwait(true);
            _state.State.Registered = true;
        }

        foreach (var record in feedback)
        {
            _records!.Add(record);
        }

        try
        {
            await _state.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            // The records in memory are not the stored ones any more: reload them on the next call.
            DeactivateOnIdle();
            throw;
        }
    }

    public Task<FeedbackTally> GetTallyAsync(Instant asOf) => Task.FromResult(_records!.ToTally(asOf));

    public Task<long> GetRecordCountAsync() => Task.FromResult(_records!.RecordCount);
}

/// <summary>A grain state's name and storage provider.</summary>
internal sealed class StateConfiguration(string stateName, string storageName) : IPersistentStateConfiguration
{
    public string StateName { get; } = stateName;

    public string StorageName { get; } = storageName;
}
