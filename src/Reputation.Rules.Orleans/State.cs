using System.Collections.Generic;
using NodaTime;
using Orleans;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Orleans;

/// <summary>
/// A shard grain's persisted state: plain fields only, so that any grain storage serializer (Orleans' binary one or a
/// provider's JSON) stores it. <see cref="Version"/> is 1.
/// </summary>
[GenerateSerializer]
internal sealed class ShardState
{
    public const int CurrentVersion = 1;

    [Id(0)]
    public int Version { get; set; } = CurrentVersion;

    [Id(1)]
    public bool Registered { get; set; }

    [Id(2)]
    public List<StoredFeedback> Records { get; set; } = [];
}

/// <summary>One stored record and how many records it stands for (same rater, order and instant; or identical records without an order).</summary>
[GenerateSerializer]
internal sealed class StoredFeedback
{
    [Id(0)]
    public string Rater { get; set; } = string.Empty;

    [Id(1)]
    public string? OrderId { get; set; }

    [Id(2)]
    public string? ItemId { get; set; }

    [Id(3)]
    public int Stars { get; set; }

    [Id(4)]
    public long AtUnixTicks { get; set; }

    [Id(5)]
    public int AtNanosecondsOfTick { get; set; }

    [Id(6)]
    public bool IsAuto { get; set; }

    [Id(7)]
    public bool IsRemoved { get; set; }

    [Id(8)]
    public int? Description { get; set; }

    [Id(9)]
    public int? Service { get; set; }

    [Id(10)]
    public int? Shipping { get; set; }

    [Id(11)]
    public long Count { get; set; } = 1;

    public static StoredFeedback From(Feedback feedback, long count)
    {
        var (ticks, nanos) = InstantParts.Split(feedback.At);
        return new StoredFeedback
        {
            Rater = feedback.Rater,
            OrderId = feedback.OrderId,
            ItemId = feedback.ItemId,
            Stars = feedback.Stars,
            AtUnixTicks = ticks,
            AtNanosecondsOfTick = nanos,
            IsAuto = feedback.IsAuto,
            IsRemoved = feedback.IsRemoved,
            Description = feedback.DetailedRatings?.Description,
            Service = feedback.DetailedRatings?.Service,
            Shipping = feedback.DetailedRatings?.Shipping,
            Count = count,
        };
    }

    public Feedback ToFeedback(string ratee) => new(
        ratee,
        Rater,
        Stars,
        InstantParts.Join(AtUnixTicks, AtNanosecondsOfTick),
        OrderId,
        ItemId,
        IsAuto,
        IsRemoved,
        Description is null && Service is null && Shipping is null ? null : new DetailedRatings(Description, Service, Shipping));
}

/// <summary>The persisted state of a ratee grain: the shards holding its feedback. <see cref="Version"/> is 1.</summary>
[GenerateSerializer]
internal sealed class RateeState
{
    [Id(0)]
    public int Version { get; set; } = ShardState.CurrentVersion;

    [Id(1)]
    public List<int> Shards { get; set; } = [];
}

/// <summary>An instant as Unix ticks (floored) and the nanoseconds within the tick: exact, and plain integers.</summary>
internal static class InstantParts
{
    public static (long Ticks, int Nanoseconds) Split(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var nanos = (instant - Instant.FromUnixTimeTicks(ticks)).ToInt64Nanoseconds();
        return (ticks, (int)nanos);
    }

    public static Instant Join(long ticks, int nanoseconds) => Instant.FromUnixTimeTicks(ticks) + Duration.FromNanoseconds(nanoseconds);
}
