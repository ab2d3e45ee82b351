using System.Collections.Generic;
using System.Globalization;

namespace Reputation.Rules.Orleans;

/// <summary>
/// How feedback is spread over grains and where their state is kept. Validated when the silo or client starts.
/// </summary>
/// <remarks>
/// Use the same <see cref="ShardCount"/> on every silo and client: a different count is still exact (merging is exact
/// for any partition) but spreads one rater's records over several shards.
/// </remarks>
public sealed class ReputationRulesOrleansOptions
{
    /// <summary>The default <see cref="ShardCount"/>.</summary>
    public const int DefaultShardCount = 16;

    /// <summary>The largest <see cref="ShardCount"/>.</summary>
    public const int MaxShardCount = 1024;

    /// <summary>The default <see cref="StorageName"/>.</summary>
    public const string DefaultStorageName = "reputation-rules";

    /// <summary>How many shard grains one ratee's raters are spread over (by a stable hash of the rater), 1 to 1024.</summary>
    public int ShardCount { get; set; } = DefaultShardCount;

    /// <summary>The name of the grain storage provider the grains persist their state with (register it on the silo).</summary>
    public string StorageName { get; set; } = DefaultStorageName;

    /// <summary>Lists every problem as <c>Field: what is wrong</c>; empty when the options are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ShardCount < 1 || ShardCount > MaxShardCount)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"ShardCount: must be from 1 to {MaxShardCount} (got {ShardCount})."));
        }

        if (string.IsNullOrWhiteSpace(StorageName))
        {
            problems.Add("StorageName: must not be blank.");
        }

        return problems;
    }
}
