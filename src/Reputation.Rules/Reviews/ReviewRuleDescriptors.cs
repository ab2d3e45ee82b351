using System.Collections.Immutable;
using static Reputation.Rules.Reviews.ReviewCitations;

namespace Reputation.Rules.Reviews;

/// <summary>The descriptors of the built-in review-solicitation rules (engine <c>reviews</c>).</summary>
/// <remarks>
/// The default severity is the EU law profile's (the fallback profile for markets without their own): every finding's
/// actual severity is the strictest of the platform and buyer-market law profiles. This type is immutable and thread-safe.
/// </remarks>
public static class ReviewRuleDescriptors
{
    /// <summary>The engine name used in <see cref="RuleDescriptor.Engine"/>.</summary>
    public const string Engine = "reviews";

    /// <summary>A benefit tied to a review's sentiment, or to changing or removing a review.</summary>
    public static RuleDescriptor IncentiveSentiment { get; } = new(ReviewRuleIds.IncentiveSentiment, Engine,
        "Benefit tied to a positive review or to changing one", Severity.Violation, [Ftc4654, AmazonReviews, Taobao, Samr95, EuUcpd23c, UkDmcc13]);

    /// <summary>A benefit tied to leaving any review.</summary>
    public static RuleDescriptor Incentive { get; } = new(ReviewRuleIds.Incentive, Engine,
        "Benefit tied to leaving a review", Severity.Warning, [Ftc2555, AmazonReviews, Samr95, UkDmcc13]);

    /// <summary>Asking for a positive review.</summary>
    public static RuleDescriptor PositiveAsk { get; } = new(ReviewRuleIds.PositiveAsk, Engine,
        "Asks for a positive or 5-star review", Severity.Warning, [AmazonReviews, Ebay, Taobao, FtcGuide]);

    /// <summary>Asking to change or add to a review.</summary>
    public static RuleDescriptor ChangeAsk { get; } = new(ReviewRuleIds.ChangeAsk, Engine,
        "Asks to revise or add to an existing review", Severity.Warning, [AmazonProhibited, Taobao, EuGuidance]);

    /// <summary>Asking to remove a review.</summary>
    public static RuleDescriptor RemoveAsk { get; } = new(ReviewRuleIds.RemoveAsk, Engine,
        "Asks to delete or take down a review", Severity.Warning, [AmazonProhibited, EuGuidance]);

    /// <summary>Threats or penalties over a review.</summary>
    public static RuleDescriptor Threat { get; } = new(ReviewRuleIds.Threat, Engine,
        "Threatens or penalises a reviewer", Severity.Violation, [Ftc4657a, Crfa, UkCma208]);

    /// <summary>Review gating.</summary>
    public static RuleDescriptor Gating { get; } = new(ReviewRuleIds.Gating, Engine,
        "Invites only satisfied buyers or diverts unhappy ones", Severity.Violation, [AmazonProhibited, FtcGuide, UkCma208]);

    /// <summary>Fake or insider reviews, supplied review text.</summary>
    public static RuleDescriptor Fake { get; } = new(ReviewRuleIds.Fake, Engine,
        "Solicits a fake or insider review", Severity.Violation, [Ftc4652, EuUcpd23c, UkDmcc13, CnEcommerce17]);

    /// <summary>Steering review content.</summary>
    public static RuleDescriptor ContentSteer { get; } = new(ReviewRuleIds.ContentSteer, Engine,
        "Tells the reviewer what to mention or omit", Severity.Warning, [AmazonReviews, Samr95]);

    /// <summary>Too many or too frequent requests.</summary>
    public static RuleDescriptor Frequency { get; } = new(ReviewRuleIds.Frequency, Engine,
        "Too many or too frequent review requests", Severity.Warning, [AmazonOnePerOrder, CheckerDefault]);

    /// <summary>Requests before delivery or outside the window.</summary>
    public static RuleDescriptor Timing { get; } = new(ReviewRuleIds.Timing, Engine,
        "Review request outside the allowed window", Severity.Warning, [AmazonSolicitationWindow, CheckerDefault]);

    /// <summary>Requests during quiet hours.</summary>
    public static RuleDescriptor QuietHours { get; } = new(ReviewRuleIds.QuietHours, Engine,
        "Review request during the buyer's quiet hours", Severity.Warning, [Tcpa, CnCivilCode1033]);

    /// <summary>Every built-in review-solicitation rule.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        IncentiveSentiment, Incentive, PositiveAsk, ChangeAsk, RemoveAsk, Threat, Gating, Fake, ContentSteer, Frequency, Timing, QuietHours,
    ];
}
