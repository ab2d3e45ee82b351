using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Orleans;
using Reputation.Rules.Scoring;
using Reputation.Rules.Scoring.Internal;

namespace Reputation.Rules.Orleans;

// Versioned surrogates: the library's types are not Orleans types, so each one travels as a plain surrogate that
// Orleans' source generator writes the codec for. New fields get new ids; old ids are never reused.

/// <summary>Surrogate of <see cref="Instant"/>: Unix ticks (floored) and nanoseconds within the tick.</summary>
[GenerateSerializer]
internal struct InstantSurrogate
{
    [Id(0)]
    public long Ticks;

    [Id(1)]
    public int Nanoseconds;
}

/// <summary>Converts <see cref="Instant"/>.</summary>
[RegisterConverter]
internal sealed class InstantSurrogateConverter : IConverter<Instant, InstantSurrogate>
{
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) => InstantParts.Join(surrogate.Ticks, surrogate.Nanoseconds);

    public InstantSurrogate ConvertToSurrogate(in Instant value)
    {
        var (ticks, nanos) = InstantParts.Split(value);
        return new InstantSurrogate { Ticks = ticks, Nanoseconds = nanos };
    }
}

/// <summary>Surrogate of <see cref="ScoringScheme"/>.</summary>
[GenerateSerializer]
internal struct ScoringSchemeSurrogate
{
    [Id(0)]
    public int Value;
}

/// <summary>Converts <see cref="ScoringScheme"/>.</summary>
[RegisterConverter]
internal sealed class ScoringSchemeSurrogateConverter : IConverter<ScoringScheme, ScoringSchemeSurrogate>
{
    public ScoringScheme ConvertFromSurrogate(in ScoringSchemeSurrogate surrogate) => (ScoringScheme)surrogate.Value;

    public ScoringSchemeSurrogate ConvertToSurrogate(in ScoringScheme value) => new() { Value = (int)value };
}

/// <summary>Surrogate of <see cref="Feedback"/> (the stored form, with the ratee).</summary>
[GenerateSerializer]
internal struct FeedbackSurrogate
{
    [Id(0)]
    public string Ratee;

    [Id(1)]
    public StoredFeedback Record;
}

/// <summary>Converts <see cref="Feedback"/>.</summary>
[RegisterConverter]
internal sealed class FeedbackSurrogateConverter : IConverter<Feedback, FeedbackSurrogate>
{
    public Feedback ConvertFromSurrogate(in FeedbackSurrogate surrogate) => surrogate.Record.ToFeedback(surrogate.Ratee);

    public FeedbackSurrogate ConvertToSurrogate(in Feedback value) => new() { Ratee = value.Ratee, Record = StoredFeedback.From(value, 1) };
}

/// <summary>Surrogate of <see cref="FeedbackTally"/>: its pairs, each with its resolved records and counts.</summary>
[GenerateSerializer]
internal struct FeedbackTallySurrogate
{
    [Id(0)]
    public InstantSurrogate AsOf;

    [Id(1)]
    public PairSurrogate[] Pairs;
}

/// <summary>One (ratee, rater) of a <see cref="FeedbackTallySurrogate"/>.</summary>
[GenerateSerializer]
internal struct PairSurrogate
{
    [Id(0)]
    public string Ratee;

    [Id(1)]
    public string Rater;

    [Id(2)]
    public StoredFeedback[] Records;

    [Id(3)]
    public long Revised;

    [Id(4)]
    public long AfterAsOf;
}

/// <summary>Converts <see cref="FeedbackTally"/>.</summary>
[RegisterConverter]
internal sealed class FeedbackTallySurrogateConverter : IConverter<FeedbackTally, FeedbackTallySurrogate>
{
    private static readonly InstantSurrogateConverter Instants = new();

    public FeedbackTally ConvertFromSurrogate(in FeedbackTallySurrogate surrogate)
    {
        var pairs = (surrogate.Pairs ?? []).Select(pair => (
            pair.Ratee,
            pair.Rater,
            new PairTally((pair.Records ?? []).Select(r => r.ToFeedback(pair.Ratee)).ToImmutableArray(), pair.Revised, pair.AfterAsOf)));
        return FeedbackTally.FromPairs(Instants.ConvertFromSurrogate(surrogate.AsOf), pairs);
    }

    public FeedbackTallySurrogate ConvertToSurrogate(in FeedbackTally value)
    {
        var pairs = value.RateeMap
            .SelectMany(ratee => ratee.Value.Select(rater => new PairSurrogate
            {
                Ratee = ratee.Key,
                Rater = rater.Key,
                Records = rater.Value.Records.Select(r => StoredFeedback.From(r, 1)).ToArray(),
                Revised = rater.Value.Revised,
                AfterAsOf = rater.Value.AfterAsOf,
            }))
            .ToArray();
        return new FeedbackTallySurrogate { AsOf = Instants.ConvertToSurrogate(value.AsOf), Pairs = pairs };
    }
}

/// <summary>Surrogate of <see cref="CreditReport"/>, every nested value flattened.</summary>
[GenerateSerializer]
internal struct CreditReportSurrogate
{
    [Id(0)]
    public string Ratee;

    [Id(1)]
    public int Scheme;

    [Id(2)]
    public InstantSurrogate AsOf;

    [Id(3)]
    public decimal? Score;

    [Id(4)]
    public CreditLevelSurrogate? Level;

    [Id(5)]
    public CreditLevelSurrogate? NextLevel;

    [Id(6)]
    public long NextLevelPositivesNeeded;

    [Id(7)]
    public decimal? PositivePercent;

    [Id(8)]
    public string WindowName;

    [Id(9)]
    public InstantSurrogate? WindowStart;

    [Id(10)]
    public long[] Counts;

    [Id(11)]
    public long[] Excluded;

    [Id(12)]
    public decimal? DescriptionAverage;

    [Id(13)]
    public decimal? ServiceAverage;

    [Id(14)]
    public decimal? ShippingAverage;

    [Id(15)]
    public long? DetailedRatings;

    [Id(16)]
    public CompositeSurrogate? Composite;
}

/// <summary>Surrogate of a <see cref="CreditLevel"/>.</summary>
[GenerateSerializer]
internal sealed class CreditLevelSurrogate
{
    [Id(0)]
    public int Index { get; set; }

    [Id(1)]
    public string Name { get; set; } = string.Empty;

    [Id(2)]
    public decimal? MinimumScore { get; set; }

    public static CreditLevelSurrogate? From(CreditLevel? level) =>
        level is null ? null : new CreditLevelSurrogate { Index = level.Index, Name = level.Name, MinimumScore = level.MinimumScore };

    public CreditLevel ToLevel() => new(Index, Name, MinimumScore);
}

/// <summary>Surrogate of a <see cref="CompositeScore"/>.</summary>
[GenerateSerializer]
internal sealed class CompositeSurrogate
{
    [Id(0)]
    public decimal Crs { get; set; }

    [Id(1)]
    public decimal Stars { get; set; }

    [Id(2)]
    public double Mean { get; set; }

    [Id(3)]
    public double EffectiveWeight { get; set; }

    [Id(4)]
    public long Groups { get; set; }
}

/// <summary>Converts <see cref="CreditReport"/>.</summary>
[RegisterConverter]
internal sealed class CreditReportSurrogateConverter : IConverter<CreditReport, CreditReportSurrogate>
{
    private static readonly InstantSurrogateConverter Instants = new();

    public CreditReport ConvertFromSurrogate(in CreditReportSurrogate surrogate)
    {
        var c = surrogate.Counts;
        var e = surrogate.Excluded;
        return new CreditReport(
            surrogate.Ratee,
            (ScoringScheme)surrogate.Scheme,
            Instants.ConvertFromSurrogate(surrogate.AsOf),
            surrogate.Score,
            surrogate.Level?.ToLevel(),
            surrogate.NextLevel is { } next ? new NextLevel(next.ToLevel(), surrogate.NextLevelPositivesNeeded) : null,
            surrogate.PositivePercent,
            new ScoreWindow(surrogate.WindowName, surrogate.WindowStart is { } start ? Instants.ConvertFromSurrogate(start) : null),
            new FeedbackCounts(c[0], c[1], c[2]),
            new ExclusionCounts(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9]),
            surrogate.DetailedRatings is { } ratings
                ? new DetailedRatingAverages(surrogate.DescriptionAverage, surrogate.ServiceAverage, surrogate.ShippingAverage, ratings)
                : null,
            surrogate.Composite is { } composite
                ? new CompositeScore(composite.Crs, composite.Stars, composite.Mean, composite.EffectiveWeight, composite.Groups)
                : null);
    }

    public CreditReportSurrogate ConvertToSurrogate(in CreditReport value)
    {
        var x = value.Excluded;
        return new CreditReportSurrogate
        {
            Ratee = value.Ratee,
            Scheme = (int)value.Scheme,
            AsOf = Instants.ConvertToSurrogate(value.AsOf),
            Score = value.Score,
            Level = CreditLevelSurrogate.From(value.Level),
            NextLevel = CreditLevelSurrogate.From(value.NextLevel?.Level),
            NextLevelPositivesNeeded = value.NextLevel?.PositivesNeeded ?? 0,
            PositivePercent = value.PositivePercent,
            WindowName = value.Window.Name,
            WindowStart = value.Window.Start is { } start ? Instants.ConvertToSurrogate(start) : null,
            Counts = [value.Counts.Positive, value.Counts.Neutral, value.Counts.Negative],
            Excluded = [x.Removed, x.Revised, x.AfterAsOf, x.AutoIgnored, x.RepeatInSameWeek, x.RepeatWithinWindow, x.RepeatRater, x.SameItemRule, x.MonthlyCap, x.OutsideWindow],
            DescriptionAverage = value.DetailedRatings?.Description,
            ServiceAverage = value.DetailedRatings?.Service,
            ShippingAverage = value.DetailedRatings?.Shipping,
            DetailedRatings = value.DetailedRatings?.Ratings,
            Composite = value.Composite is { } composite
                ? new CompositeSurrogate { Crs = composite.Crs, Stars = composite.Stars, Mean = composite.Mean, EffectiveWeight = composite.EffectiveWeight, Groups = composite.Groups }
                : null,
        };
    }
}
