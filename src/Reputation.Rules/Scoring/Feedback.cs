using System;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Scoring;

/// <summary>
/// One rating: who was rated (the ratee, a seller or a buyer), who rated (the rater), for which order and item, how
/// many stars, when, and whether it was a platform default rating or was removed by the platform.
/// </summary>
/// <remarks>
/// <para>
/// Revised feedback: for the same (ratee, rater, order) the latest record replaces earlier ones, and when that latest
/// record is <see cref="IsRemoved"/> nothing of the order counts. Records without an <see cref="OrderId"/> never
/// replace each other (docs/sources/credit-scores.md §6, "revised / edited feedback should replace the original").
/// </para>
/// <para>This type is immutable and thread-safe; equality compares every field.</para>
/// </remarks>
[JsonConverter(typeof(Serialization.FeedbackJsonConverter))]
public sealed record Feedback
{
    /// <summary>Creates a validated feedback record.</summary>
    /// <param name="ratee">The rated party (seller or buyer); not blank.</param>
    /// <param name="rater">The party who gave the rating; not blank.</param>
    /// <param name="stars">1 to 5: 4–5 positive, 3 neutral, 1–2 negative.</param>
    /// <param name="at">When the rating was given.</param>
    /// <param name="orderId">The order, or null; when given, not blank. Later records for the same order replace earlier ones.</param>
    /// <param name="itemId">The item (listing), or null; when given, not blank. Used by Taobao's 14-day same-item rule.</param>
    /// <param name="isAuto">A platform default rating (Taobao's 15-day default positive, 系统默认好评); counts only for Taobao.</param>
    /// <param name="isRemoved">Withdrawn by the platform: never counts, and removes its order when it is the order's latest record.</param>
    /// <param name="detailedRatings">Detailed seller ratings, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="ratee"/> or <paramref name="rater"/> is null or blank, or
    /// <paramref name="orderId"/> or <paramref name="itemId"/> is given but blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stars"/> is outside 1–5.</exception>
    public Feedback(
        string ratee,
        string rater,
        int stars,
        Instant at,
        string? orderId = null,
        string? itemId = null,
        bool isAuto = false,
        bool isRemoved = false,
        DetailedRatings? detailedRatings = null)
    {
        Ratee = Preconditions.NotNullOrWhiteSpace(ratee, nameof(ratee));
        Rater = Preconditions.NotNullOrWhiteSpace(rater, nameof(rater));
        if (stars < 1 || stars > 5)
        {
            Preconditions.ThrowOutOfRange(nameof(stars), stars, $"must be from 1 to 5 (got {stars.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (orderId is not null)
        {
            Preconditions.NotNullOrWhiteSpace(orderId, nameof(orderId));
        }

        if (itemId is not null)
        {
            Preconditions.NotNullOrWhiteSpace(itemId, nameof(itemId));
        }

        Stars = stars;
        At = at;
        OrderId = orderId;
        ItemId = itemId;
        IsAuto = isAuto;
        IsRemoved = isRemoved;
        DetailedRatings = detailedRatings;

        // Hashed once here so that scoring a history (for several schemes or as-of instants) never re-hashes strings.
        PairHash = HashCode.Combine(Ratee.GetHashCode(StringComparison.Ordinal), Rater.GetHashCode(StringComparison.Ordinal));
        OrderHash = orderId?.GetHashCode(StringComparison.Ordinal) ?? 0;
        ItemHash = itemId?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }

    /// <summary>The rated party (a seller, or a buyer for buyer credit).</summary>
    public string Ratee { get; }

    /// <summary>The party who gave the rating.</summary>
    public string Rater { get; }

    /// <summary>The order, or null.</summary>
    public string? OrderId { get; }

    /// <summary>The item (listing), or null.</summary>
    public string? ItemId { get; }

    /// <summary>1 to 5 stars.</summary>
    public int Stars { get; }

    /// <summary>When the rating was given.</summary>
    public Instant At { get; }

    /// <summary>A platform default rating (Taobao's 系统默认好评): counts as positive for Taobao, ignored by every other scheme.</summary>
    public bool IsAuto { get; }

    /// <summary>Withdrawn by the platform: never counts.</summary>
    public bool IsRemoved { get; }

    /// <summary>Detailed seller ratings, or null.</summary>
    public DetailedRatings? DetailedRatings { get; }

    /// <summary>The ordinal hash of (ratee, rater), computed once (randomised per process, like string hashes).</summary>
    internal int PairHash { get; }

    /// <summary>The ordinal hash of <see cref="OrderId"/>, 0 without one.</summary>
    internal int OrderHash { get; }

    /// <summary>The ordinal hash of <see cref="ItemId"/>, 0 without one.</summary>
    internal int ItemHash { get; }

    /// <summary>The polarity from <see cref="Stars"/>: 4–5 positive, 3 neutral, 1–2 negative.</summary>
    public Polarity Polarity => Stars >= 4 ? Polarity.Positive : Stars == 3 ? Polarity.Neutral : Polarity.Negative;
}
