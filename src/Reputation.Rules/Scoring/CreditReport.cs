using System.Text.Json.Serialization;
using NodaTime;

namespace Reputation.Rules.Scoring;

/// <summary>The window a report's percentage (or, for Amazon, the whole rating shown) covers.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScoreWindow
{
    internal ScoreWindow(string name, Instant? start)
    {
        Name = name;
        Start = start;
    }

    /// <summary>The window's name: <c>12m</c>, <c>6m</c>, <c>365d</c> or <c>lifetime</c>.</summary>
    public string Name { get; }

    /// <summary>The exclusive start: ratings strictly after it are inside; null for the lifetime window.</summary>
    public Instant? Start { get; }

    /// <summary>Whether the window is the whole history.</summary>
    public bool IsLifetime => Start is null;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Mean detailed ratings (DSR), rounded half away from zero to 2 decimals; null where no rating counted.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DetailedRatingAverages
{
    internal DetailedRatingAverages(decimal? description, decimal? service, decimal? shipping, long ratings)
    {
        Description = description;
        Service = service;
        Shipping = shipping;
        Ratings = ratings;
    }

    /// <summary>Item as described.</summary>
    public decimal? Description { get; }

    /// <summary>Seller's service.</summary>
    public decimal? Service { get; }

    /// <summary>Shipping speed.</summary>
    public decimal? Shipping { get; }

    /// <summary>How many ratings with detailed ratings counted.</summary>
    public long Ratings { get; }
}

/// <summary>The composite score's figures.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CompositeScore
{
    internal CompositeScore(decimal crs, decimal stars, double mean, double effectiveWeight, long groups)
    {
        Crs = crs;
        Stars = stars;
        Mean = mean;
        EffectiveWeight = effectiveWeight;
        Groups = groups;
    }

    /// <summary>CRS = 100 × Wilson lower bound(μ, n = Σw + m, z), rounded half away from zero to 2 decimals.</summary>
    public decimal Crs { get; }

    /// <summary>Display stars 1 + 4μ, rounded half away from zero to 2 decimals.</summary>
    public decimal Stars { get; }

    /// <summary>μ, the smoothed mean on the 0–1 scale (unrounded).</summary>
    public double Mean { get; }

    /// <summary>Σw, the recency-weighted number of (rater, week) groups (unrounded, without the prior).</summary>
    public double EffectiveWeight { get; }

    /// <summary>How many (rater, week) groups counted.</summary>
    public long Groups { get; }
}

/// <summary>
/// One ratee's credit under one scheme as of an instant: score, level, percentages, what counted, what was excluded and
/// why, the window used, and how far the next level is.
/// </summary>
/// <remarks>This type is immutable and thread-safe; equality compares every field.</remarks>
[JsonConverter(typeof(Serialization.CreditReportJsonConverter))]
public sealed record CreditReport
{
    internal CreditReport(
        string ratee,
        ScoringScheme scheme,
        Instant asOf,
        decimal? score,
        CreditLevel? level,
        NextLevel? nextLevel,
        decimal? positivePercent,
        ScoreWindow window,
        FeedbackCounts counts,
        ExclusionCounts excluded,
        DetailedRatingAverages? detailedRatings,
        CompositeScore? composite)
    {
        Ratee = ratee;
        Scheme = scheme;
        AsOf = asOf;
        Score = score;
        Level = level;
        NextLevel = nextLevel;
        PositivePercent = positivePercent;
        Window = window;
        Counts = counts;
        Excluded = excluded;
        DetailedRatings = detailedRatings;
        Composite = composite;
    }

    /// <summary>The rated party.</summary>
    public string Ratee { get; }

    /// <summary>The scheme.</summary>
    public ScoringScheme Scheme { get; }

    /// <summary>The instant the report is as of.</summary>
    public Instant AsOf { get; }

    /// <summary>
    /// The score: points for Taobao, eBay, eBay classic and AliExpress (lifetime); the percent positive shown for Amazon
    /// (null without ratings); the CRS for the composite.
    /// </summary>
    public decimal? Score { get; }

    /// <summary>The level, star or band; null for Amazon (which has none).</summary>
    public CreditLevel? Level { get; }

    /// <summary>The next level and the positives needed; null at the top and for Amazon.</summary>
    public NextLevel? NextLevel { get; }

    /// <summary>
    /// The positive percentage, rounded half away from zero: Taobao 好评率 to 0.01, eBay and AliExpress to 0.1, Amazon to
    /// a whole number; null when there is nothing to divide by and for eBay classic and the composite.
    /// </summary>
    public decimal? PositivePercent { get; }

    /// <summary>The window the percentage covers (Amazon: the window shown).</summary>
    public ScoreWindow Window { get; }

    /// <summary>The counted units by polarity (see docs/scoring.md for each scheme's unit).</summary>
    public FeedbackCounts Counts { get; }

    /// <summary>What was excluded, by reason.</summary>
    public ExclusionCounts Excluded { get; }

    /// <summary>Taobao's mean detailed ratings (DSR); null for other schemes.</summary>
    public DetailedRatingAverages? DetailedRatings { get; }

    /// <summary>The composite's figures; null for other schemes.</summary>
    public CompositeScore? Composite { get; }
}
