using System.Collections.Immutable;

namespace Reputation.Rules.Reviews;

/// <summary>
/// Checks a seller's review-solicitation message or campaign before it is sent and answers Allow / Warn / Block with
/// the offending spans, the rules and their sources. Mock this interface in tests of code that sends messages.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface ISolicitationGuard
{
    /// <summary>
    /// Whether a platform profile with this name exists (case-insensitive, ignoring spaces, hyphens and underscores), so a
    /// service can reject an unknown platform with "400 Bad Request" before <c>Check</c> would throw.
    /// </summary>
    /// <param name="name">The platform name, e.g. <c>amazon</c> or <c>own-site</c>.</param>
    /// <returns><see langword="true"/> if the guard has that profile.</returns>
    bool HasPlatform(string? name);

    /// <summary>Every rule the guard runs (built-in first, then custom), in evaluation order.</summary>
    ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Checks one message.</summary>
    /// <param name="message">The message and its context.</param>
    /// <returns>The decision and the findings.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The message's platform has no profile; the message lists the known ones.</exception>
    SolicitationReport Check(SolicitationMessage message);

    /// <summary>Checks one campaign (its template, audience, incentive and schedule).</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The decision and the findings.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="campaign"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The campaign's platform has no profile; the message lists the known ones.</exception>
    SolicitationReport Check(SolicitationCampaign campaign);

    /// <summary>
    /// The guard's fix for a message it warns about or blocks: a compliant rewrite (sentences without a finding kept
    /// verbatim) and the earliest lawful send time, checked by the guard itself; or no text and the reason when nothing
    /// lawful is left. The default implementation (for guards that cannot rewrite) returns no text with a reason.
    /// </summary>
    /// <param name="message">The message and its context.</param>
    /// <returns>Null when the guard allows the message as it is; otherwise the suggestion.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The message's platform has no profile; the message lists the known ones.</exception>
    SolicitationSuggestion? Suggest(SolicitationMessage message) =>
        Check(message).Decision == SolicitationDecision.Allow
            ? null
            : SolicitationSuggestion.None("This guard does not suggest rewrites; change the message as the findings say.");
}
