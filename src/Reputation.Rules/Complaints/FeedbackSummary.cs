using System;
using System.Collections.Immutable;

namespace Reputation.Rules.Complaints;

/// <summary>One cause's share of a group's negative reviews.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CauseShare
{
    /// <summary>Creates a share.</summary>
    /// <param name="cause">The cause.</param>
    /// <param name="count">How many negative reviews carry it.</param>
    /// <param name="share">The share of the group's negative reviews that carry it (0–1, unrounded).</param>
    /// <param name="change">The share minus the previous period's share, when grouped by period and the previous period has negative reviews; else null.</param>
    /// <param name="phrases">The most quoted phrases for it, most frequent first (at most three).</param>
    public CauseShare(FeedbackCause cause, int count, decimal share, decimal? change, ImmutableArray<string> phrases)
    {
        Cause = cause;
        Count = count;
        Share = share;
        Change = change;
        Phrases = phrases.IsDefault ? [] : phrases;
    }

    /// <summary>The cause.</summary>
    public FeedbackCause Cause { get; }

    /// <summary>How many negative reviews carry it.</summary>
    public int Count { get; }

    /// <summary>Its share of the group's negative reviews (a review with two causes counts for both), unrounded; the wire rounds it to two decimals.</summary>
    public decimal Share { get; }

    /// <summary>The change against the previous period's share, or null.</summary>
    public decimal? Change { get; }

    /// <summary>The most quoted phrases for it (lower-cased), most frequent first.</summary>
    public ImmutableArray<string> Phrases { get; }
}

/// <summary>The negative feedback of one group (SKU, period, or both): counts, cause shares and what to do.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FeedbackSummary
{
    /// <summary>Creates a summary.</summary>
    /// <param name="sku">The SKU, when grouped by SKU (null for reviews without one, or when not grouped by SKU).</param>
    /// <param name="period">The period's name (<c>2026-W11</c>, <c>2026-03</c>, <c>2026-03-10</c>) when grouped by period; null for reviews without a date or when not grouped by period.</param>
    /// <param name="reviews">How many reviews the group has.</param>
    /// <param name="negative">How many of them are negative.</param>
    /// <param name="causes">The shares of the causes found, largest first (ties in contract order).</param>
    /// <param name="remedies">The remedies of those causes, in the same order.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="negative"/> exceeds <paramref name="reviews"/>.</exception>
    public FeedbackSummary(string? sku, string? period, int reviews, int negative, ImmutableArray<CauseShare> causes, ImmutableArray<FeedbackRemedy> remedies)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reviews);
        ArgumentOutOfRangeException.ThrowIfNegative(negative);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(negative, reviews);
        Sku = sku;
        Period = period;
        Reviews = reviews;
        Negative = negative;
        Causes = causes.IsDefault ? [] : causes;
        Remedies = remedies.IsDefault ? [] : remedies;
    }

    /// <summary>The SKU, or null.</summary>
    public string? Sku { get; }

    /// <summary>The period's name, or null.</summary>
    public string? Period { get; }

    /// <summary>How many reviews the group has.</summary>
    public int Reviews { get; }

    /// <summary>How many are negative (a dispute, three stars or fewer, or an unrated complaint).</summary>
    public int Negative { get; }

    /// <summary>The cause shares, largest first.</summary>
    public ImmutableArray<CauseShare> Causes { get; }

    /// <summary>What to do about those causes.</summary>
    public ImmutableArray<FeedbackRemedy> Remedies { get; }
}
