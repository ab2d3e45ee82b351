using System;
using System.Collections.Immutable;

namespace Reputation.Rules.Scoring;

/// <summary>Why a rating did not count (or did not count in full) in a scheme.</summary>
public enum ExclusionReason
{
    /// <summary>Withdrawn by the platform (<see cref="Feedback.IsRemoved"/>), or the order's latest record was.</summary>
    Removed,

    /// <summary>Replaced by a later record for the same (ratee, rater, order).</summary>
    Revised,

    /// <summary>Given after the as-of instant.</summary>
    AfterAsOf,

    /// <summary>A platform default rating; only Taobao counts them.</summary>
    AutoIgnored,

    /// <summary>eBay: folded into the (rater, week) group of an earlier rating (the group moves the score by at most 1).</summary>
    RepeatInSameWeek,

    /// <summary>AliExpress: not the representative of its rater's 10-day window.</summary>
    RepeatWithinWindow,

    /// <summary>eBay classic: the rater was already counted.</summary>
    RepeatRater,

    /// <summary>Taobao: same rater, item and sign less than 14 days after the last counted one (scores 0).</summary>
    SameItemRule,

    /// <summary>Taobao: the (rater, ratee, month) running sum was already at the ±6 cap (scores 0).</summary>
    MonthlyCap,

    /// <summary>Counted in the score but outside the percentage's window (eBay, AliExpress) or the window shown (Amazon).</summary>
    OutsideWindow,
}

/// <summary>Stable names of <see cref="ExclusionReason"/> values and the reasons each scheme reports.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ExclusionReasons
{
    /// <summary>The reason's stable camel-case name, e.g. <c>repeatInSameWeek</c>, <c>fourteenDayRule</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The name used in JSON output.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public static string GetName(ExclusionReason reason) => reason switch
    {
        ExclusionReason.Removed => "removed",
        ExclusionReason.Revised => "revised",
        ExclusionReason.AfterAsOf => "afterAsOf",
        ExclusionReason.AutoIgnored => "autoIgnored",
        ExclusionReason.RepeatInSameWeek => "repeatInSameWeek",
        ExclusionReason.RepeatWithinWindow => "repeatWithin10Days",
        ExclusionReason.RepeatRater => "repeatRater",
        ExclusionReason.SameItemRule => "fourteenDayRule",
        ExclusionReason.MonthlyCap => "monthlyCap",
        ExclusionReason.OutsideWindow => "outsideWindow",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, $"reason: {reason} is not a defined ExclusionReason."),
    };

    /// <summary>The reasons a scheme can exclude a rating for, in report order.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The reasons (the common ones first).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not defined.</exception>
    public static ImmutableArray<ExclusionReason> For(ScoringScheme scheme) => scheme switch
    {
        ScoringScheme.Taobao => [ExclusionReason.Removed, ExclusionReason.Revised, ExclusionReason.AfterAsOf, ExclusionReason.AutoIgnored, ExclusionReason.SameItemRule, ExclusionReason.MonthlyCap],
        ScoringScheme.Ebay => [ExclusionReason.Removed, ExclusionReason.Revised, ExclusionReason.AfterAsOf, ExclusionReason.AutoIgnored, ExclusionReason.RepeatInSameWeek, ExclusionReason.OutsideWindow],
        ScoringScheme.EbayClassic => [ExclusionReason.Removed, ExclusionReason.Revised, ExclusionReason.AfterAsOf, ExclusionReason.AutoIgnored, ExclusionReason.RepeatRater],
        ScoringScheme.AliExpress => [ExclusionReason.Removed, ExclusionReason.Revised, ExclusionReason.AfterAsOf, ExclusionReason.AutoIgnored, ExclusionReason.RepeatWithinWindow, ExclusionReason.OutsideWindow],
        ScoringScheme.Amazon => [ExclusionReason.Removed, ExclusionReason.Revised, ExclusionReason.AfterAsOf, ExclusionReason.AutoIgnored, ExclusionReason.OutsideWindow],
        ScoringScheme.Composite => [ExclusionReason.Removed, ExclusionReason.Revised, ExclusionReason.AfterAsOf, ExclusionReason.AutoIgnored],
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, $"scheme: {scheme} is not a defined ScoringScheme."),
    };
}

/// <summary>How many ratings each <see cref="ExclusionReason"/> excluded.</summary>
/// <remarks>
/// Each rating is attributed to the first reason that applies, in the order of the pipeline: after as-of, revised,
/// removed, auto ignored, then the scheme's own rules. <see cref="OutsideWindow"/> is the exception: it counts units
/// that do count in the score but not in the percentage. This type is an immutable value type and is thread-safe.
/// </remarks>
/// <param name="Removed">See <see cref="ExclusionReason.Removed"/>.</param>
/// <param name="Revised">See <see cref="ExclusionReason.Revised"/>.</param>
/// <param name="AfterAsOf">See <see cref="ExclusionReason.AfterAsOf"/>.</param>
/// <param name="AutoIgnored">See <see cref="ExclusionReason.AutoIgnored"/>.</param>
/// <param name="RepeatInSameWeek">See <see cref="ExclusionReason.RepeatInSameWeek"/>.</param>
/// <param name="RepeatWithinWindow">See <see cref="ExclusionReason.RepeatWithinWindow"/>.</param>
/// <param name="RepeatRater">See <see cref="ExclusionReason.RepeatRater"/>.</param>
/// <param name="SameItemRule">See <see cref="ExclusionReason.SameItemRule"/>.</param>
/// <param name="MonthlyCap">See <see cref="ExclusionReason.MonthlyCap"/>.</param>
/// <param name="OutsideWindow">See <see cref="ExclusionReason.OutsideWindow"/>.</param>
public readonly record struct ExclusionCounts(
    long Removed,
    long Revised,
    long AfterAsOf,
    long AutoIgnored,
    long RepeatInSameWeek,
    long RepeatWithinWindow,
    long RepeatRater,
    long SameItemRule,
    long MonthlyCap,
    long OutsideWindow)
{
    /// <summary>The count for one reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>How many ratings (or units) it excluded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public long Get(ExclusionReason reason) => reason switch
    {
        ExclusionReason.Removed => Removed,
        ExclusionReason.Revised => Revised,
        ExclusionReason.AfterAsOf => AfterAsOf,
        ExclusionReason.AutoIgnored => AutoIgnored,
        ExclusionReason.RepeatInSameWeek => RepeatInSameWeek,
        ExclusionReason.RepeatWithinWindow => RepeatWithinWindow,
        ExclusionReason.RepeatRater => RepeatRater,
        ExclusionReason.SameItemRule => SameItemRule,
        ExclusionReason.MonthlyCap => MonthlyCap,
        ExclusionReason.OutsideWindow => OutsideWindow,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, $"reason: {reason} is not a defined ExclusionReason."),
    };
}
