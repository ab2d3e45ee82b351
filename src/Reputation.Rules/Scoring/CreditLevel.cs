namespace Reputation.Rules.Scoring;

/// <summary>A level, star or band of a scheme: Taobao's 20 levels, eBay's star colours, AliExpress's bands, composite half-stars.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CreditLevel
{
    internal CreditLevel(int index, string name, decimal? minimumScore)
    {
        Index = index;
        Name = name;
        MinimumScore = minimumScore;
    }

    /// <summary>The level's position in its table, 0 for the lowest (Taobao: 0–20).</summary>
    public int Index { get; }

    /// <summary>The level's name, e.g. <c>2 hearts</c>, <c>Yellow</c>, <c>medal</c>.</summary>
    public string Name { get; }

    /// <summary>The lowest score that reaches the level; null for the lowest level, which has no minimum.</summary>
    public decimal? MinimumScore { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The next level up and how many additional counted positives reach it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record NextLevel
{
    internal NextLevel(CreditLevel level, long positivesNeeded)
    {
        Level = level;
        PositivesNeeded = positivesNeeded;
    }

    /// <summary>The next level.</summary>
    public CreditLevel Level { get; }

    /// <summary>The next level's name.</summary>
    public string Name => Level.Name;

    /// <summary>
    /// How many additional counted positives reach the next level (1 or more). For point schemes each counted positive
    /// is +1 point, so this is the gap in points; for the composite it is the number of fresh 5-star ratings (each from
    /// a different rater or week, given at the as-of instant).
    /// </summary>
    public long PositivesNeeded { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} in {PositivesNeeded} positives";
}
