using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace Reputation.Rules.Complaints;

/// <summary>
/// A buyer's review or dispute text to analyse: the text, and what aggregation and reply drafting need (stars, SKU,
/// when, where, on which platform).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.CustomerReviewJsonConverter))]
public sealed record CustomerReview
{
    /// <summary>The largest accepted star rating.</summary>
    public const int MaxStars = 5;

    /// <summary>Creates a review.</summary>
    /// <param name="id">The review id (echoed in every output).</param>
    /// <param name="text">The buyer's text, in any language (English and Chinese are read; other text yields no cause).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CustomerReview(string id, string text)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("id: must not be blank.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>The review id.</summary>
    public string Id { get; }

    /// <summary>The buyer's text.</summary>
    public string Text { get; }

    private readonly int? _stars;

    /// <summary>The star rating, 1–5, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–5.</exception>
    public int? Stars
    {
        get => _stars;
        init
        {
            if (value is < 1 or > MaxStars)
            {
                throw new ArgumentOutOfRangeException(nameof(Stars), value, "Stars: must be from 1 to 5.");
            }

            _stars = value;
        }
    }

    /// <summary>Whether the text is a dispute or complaint (counted as negative whatever the stars).</summary>
    public bool IsDispute { get; init; }

    /// <summary>The product's SKU, for aggregation.</summary>
    public string? Sku { get; init; }

    /// <summary>When the review was written, for aggregation by period.</summary>
    public Instant? At { get; init; }

    /// <summary>The buyer's market (the law profile the reply draft is checked under; default <c>US</c>).</summary>
    public CountryCode? Market { get; init; }

    /// <summary>The platform the review is on (the profile the reply draft is checked under; default <c>own-site</c>).</summary>
    public string? Platform { get; init; }

    /// <summary>The review's language if known (<c>en</c>, <c>zh</c>); when null the reply's language is detected from the text.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Whether the review counts as negative: a dispute, three stars or fewer, or — with no stars — a text in which a cause
    /// was found (the buyer-protective reading: an unrated complaint is a complaint).
    /// </summary>
    /// <param name="hasCause">Whether the analysis found a cause.</param>
    /// <returns><see langword="true"/> if negative.</returns>
    public bool IsNegative(bool hasCause) => IsDispute || (Stars is { } s ? s <= 3 : hasCause);
}
