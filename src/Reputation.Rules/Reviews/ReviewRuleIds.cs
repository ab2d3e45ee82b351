namespace Reputation.Rules.Reviews;

/// <summary>The ids of the built-in review-solicitation rules (part of the public contract; see docs/reviews.md).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class ReviewRuleIds
{
    /// <summary>A benefit tied to a positive/5-star review, or to changing or removing a review.</summary>
    public static RuleId IncentiveSentiment { get; } = "REV-INCENTIVE-SENTIMENT";

    /// <summary>A benefit tied to leaving any review, regardless of its content.</summary>
    public static RuleId Incentive { get; } = "REV-INCENTIVE";

    /// <summary>Asking for a positive or 5-star review without an incentive.</summary>
    public static RuleId PositiveAsk { get; } = "REV-POSITIVE-ASK";

    /// <summary>Asking to revise, update or modify an existing review, or to add a follow-up review (追评).</summary>
    public static RuleId ChangeAsk { get; } = "REV-CHANGE-ASK";

    /// <summary>Asking to delete, remove or take down a review.</summary>
    public static RuleId RemoveAsk { get; } = "REV-REMOVE-ASK";

    /// <summary>Threats, intimidation, legal threats, fees or penalties for negative reviews, doxxing, blacklisting.</summary>
    public static RuleId Threat { get; } = "REV-THREAT";

    /// <summary>Inviting only satisfied customers, or steering unhappy ones away from reviewing.</summary>
    public static RuleId Gating { get; } = "REV-GATING";

    /// <summary>Reviews from people who did not buy or use the product, insider reviews, supplied review text.</summary>
    public static RuleId Fake { get; } = "REV-FAKE";

    /// <summary>Telling the reviewer what to mention or omit.</summary>
    public static RuleId ContentSteer { get; } = "REV-CONTENT-STEER";

    /// <summary>More review requests for the order than the profile allows, or sooner than the minimum gap.</summary>
    public static RuleId Frequency { get; } = "REV-FREQUENCY";

    /// <summary>A review request before delivery, or outside the platform's window after delivery.</summary>
    public static RuleId Timing { get; } = "REV-TIMING";

    /// <summary>A review request sent during quiet hours (21:00–08:00) in the buyer's time zone.</summary>
    public static RuleId QuietHours { get; } = "REV-QUIET-HOURS";
}
