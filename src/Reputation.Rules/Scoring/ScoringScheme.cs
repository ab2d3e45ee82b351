using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Reputation.Rules.Scoring;

/// <summary>A way of turning feedback into a credit score.</summary>
/// <remarks>Sources and conventions: docs/sources/credit-scores.md §0–§8 and docs/scoring.md.</remarks>
public enum ScoringScheme
{
    /// <summary>Taobao 淘宝信用: +1/0/−1 with the 14-day same-item rule and the monthly ±6 cap, 20 levels, 好评率 and DSR.</summary>
    Taobao,

    /// <summary>eBay Feedback: one net point per (rater, Pacific-Time week), 12-month positive percentage, star colours.</summary>
    Ebay,

    /// <summary>eBay before 2008: raters with a positive minus raters with a negative.</summary>
    EbayClassic,

    /// <summary>AliExpress: one representative rating per rater per anchored 10-day window, 6-month positive percentage.</summary>
    AliExpress,

    /// <summary>Amazon seller feedback: one per order, percent positive with neutrals in the denominator.</summary>
    Amazon,

    /// <summary>CRS-1, our composite: recency-weighted, Bayesian-smoothed, Wilson lower bound (0–100).</summary>
    Composite,
}

/// <summary>The stable names of <see cref="ScoringScheme"/> values (<c>taobao</c>, <c>ebay</c>, <c>ebay-classic</c>, …).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ScoringSchemes
{
    /// <summary>Every scheme, in the order reports list them.</summary>
    public static ImmutableArray<ScoringScheme> All { get; } =
    [
        ScoringScheme.Taobao,
        ScoringScheme.Ebay,
        ScoringScheme.EbayClassic,
        ScoringScheme.AliExpress,
        ScoringScheme.Amazon,
        ScoringScheme.Composite,
    ];

    /// <summary>The scheme's stable lower-case name.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns><c>taobao</c>, <c>ebay</c>, <c>ebay-classic</c>, <c>aliexpress</c>, <c>amazon</c> or <c>composite</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not defined.</exception>
    public static string GetName(ScoringScheme scheme) => scheme switch
    {
        ScoringScheme.Taobao => "taobao",
        ScoringScheme.Ebay => "ebay",
        ScoringScheme.EbayClassic => "ebay-classic",
        ScoringScheme.AliExpress => "aliexpress",
        ScoringScheme.Amazon => "amazon",
        ScoringScheme.Composite => "composite",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, $"scheme: {scheme} is not a defined ScoringScheme."),
    };

    /// <summary>Parses a scheme name (case-insensitive).</summary>
    /// <param name="name">A name such as <c>ebay-classic</c>.</param>
    /// <param name="scheme">The scheme when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out ScoringScheme scheme)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(GetName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                scheme = candidate;
                return true;
            }
        }

        scheme = default;
        return false;
    }
}
