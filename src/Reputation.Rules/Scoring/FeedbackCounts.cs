namespace Reputation.Rules.Scoring;

/// <summary>How many counted units (ratings, or a scheme's groups) were positive, neutral and negative.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
/// <param name="Positive">Counted positives.</param>
/// <param name="Neutral">Counted neutrals.</param>
/// <param name="Negative">Counted negatives.</param>
public readonly record struct FeedbackCounts(long Positive, long Neutral, long Negative)
{
    /// <summary>Positive + neutral + negative.</summary>
    public long Total => Positive + Neutral + Negative;
}
