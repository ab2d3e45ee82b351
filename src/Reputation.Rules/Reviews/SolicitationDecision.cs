namespace Reputation.Rules.Reviews;

/// <summary>
/// What to do with a review-solicitation message or campaign before it is sent, and what a profile says about one
/// rule. Ordered: <see cref="Allow"/> &lt; <see cref="Warn"/> &lt; <see cref="Block"/>, so the strictest is the maximum.
/// </summary>
/// <remarks>
/// In a <see cref="ReviewProfile"/>, <see cref="Allow"/> means "no opinion": the profile does not object to the rule's
/// findings. A finding's <see cref="Finding.Severity"/> is <see cref="Severity.Violation"/> for <see cref="Block"/> and
/// <see cref="Severity.Warning"/> for <see cref="Warn"/>. This type is an immutable value type and is thread-safe.
/// </remarks>
public enum SolicitationDecision
{
    /// <summary>Nothing found that any applicable profile objects to; the message may be sent.</summary>
    Allow = 0,

    /// <summary>Questionable: allowed in law or on the platform only with care (for example a disclosed neutral incentive).</summary>
    Warn = 1,

    /// <summary>Forbidden by the platform or the buyer market's law; do not send.</summary>
    Block = 2,
}
