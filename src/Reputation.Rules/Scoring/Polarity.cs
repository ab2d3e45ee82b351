namespace Reputation.Rules.Scoring;

/// <summary>Whether a rating is positive, neutral or negative.</summary>
/// <remarks>
/// From the star rating: 4–5 positive, 3 neutral, 1–2 negative (Amazon and AliExpress publish this mapping;
/// docs/sources/credit-scores.md §3.1, §4.1 and convention C1). Every scheme uses it; a Taobao default
/// rating (<see cref="Feedback.IsAuto"/>) always counts as positive.
/// </remarks>
public enum Polarity
{
    /// <summary>1 or 2 stars: −1 point where a scheme counts points.</summary>
    Negative = -1,

    /// <summary>3 stars: 0 points.</summary>
    Neutral = 0,

    /// <summary>4 or 5 stars: +1 point.</summary>
    Positive = 1,
}
