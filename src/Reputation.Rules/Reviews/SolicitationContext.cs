using System;
using System.Collections.Generic;
using NodaTime;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Reviews;

/// <summary>
/// What a <see cref="ISolicitationRule"/> sees of one check — the message or campaign, its text analysis, the platform
/// and law profiles that apply, the send time — and how it reports findings. Valid only during the rule's
/// <see cref="ISolicitationRule.Evaluate(SolicitationContext)"/>; do not keep it.
/// </summary>
/// <remarks>Not thread-safe; each check has its own instance for its duration.</remarks>
public sealed class SolicitationContext
{
    internal SolicitationContext(ReviewTextAnalysis analysis, TextWorkspace workspace, InterpretationResult interpretation)
    {
        Analysis = analysis;
        Workspace = workspace;
        Interpretation = interpretation;
    }

    /// <summary>The message being checked, or null for a campaign.</summary>
    public SolicitationMessage? Message { get; private set; }

    /// <summary>The campaign being checked, or null for a message.</summary>
    public SolicitationCampaign? Campaign { get; private set; }

    /// <summary>The text that was analysed (the message text or the campaign template).</summary>
    public string Text => Analysis.Text;

    /// <summary>What the guard read in the text.</summary>
    public ReviewTextAnalysis Analysis { get; }

    /// <summary>The platform profile that applies.</summary>
    public ReviewPlatformProfile Platform { get; private set; } = ReviewPlatformProfile.OwnSite;

    /// <summary>The buyer market's law profile that applies.</summary>
    public ReviewLawProfile Law { get; private set; } = ReviewLawProfile.EuropeanUnion;

    /// <summary>When the message is sent (the message's <see cref="SolicitationMessage.SentAt"/>, else the guard's clock).</summary>
    public Instant SentAt { get; private set; }

    /// <summary>The rule being evaluated.</summary>
    public RuleDescriptor Rule { get; internal set; } = ReviewRuleDescriptors.Incentive;

    internal TextWorkspace Workspace { get; }

    internal InterpretationResult Interpretation { get; }

    internal List<PendingFinding>? Pending { get; private set; }

    internal bool CampaignIncentiveIsSentimentCoded { get; set; }

    /// <summary>Reports a finding for the current rule, judged by both profiles (the strictest wins).</summary>
    /// <param name="message">A sentence a support agent can act on.</param>
    /// <param name="spans">Spans of the original text that triggered it (may be empty).</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A span does not lie inside <see cref="Text"/>.</exception>
    public void Report(string message, params ReadOnlySpan<TextSpan> spans) => Add(null, message, spans);

    /// <summary>Reports a finding for the current rule judged by one profile only (for limits that differ per profile).</summary>
    /// <param name="profile">The profile whose limit or rule was broken (<see cref="Platform"/> or <see cref="Law"/>).</param>
    /// <param name="message">A sentence a support agent can act on.</param>
    /// <param name="spans">Spans of the original text that triggered it (may be empty).</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A span does not lie inside <see cref="Text"/>.</exception>
    public void ReportFor(ReviewProfile profile, string message, params ReadOnlySpan<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Add(profile, message, spans);
    }

    /// <summary>Reports a finding judged by both profiles but never above <paramref name="cap"/> (an uncertain reading).</summary>
    internal void ReportAtMost(SolicitationDecision cap, string message, params ReadOnlySpan<TextSpan> spans) => Add(null, message, spans, cap);

    internal void Reset(SolicitationMessage? message, SolicitationCampaign? campaign, ReviewPlatformProfile platform, ReviewLawProfile law, Instant sentAt)
    {
        Message = message;
        Campaign = campaign;
        Platform = platform;
        Law = law;
        SentAt = sentAt;
        Pending?.Clear();
        Pending = null;
        CampaignIncentiveIsSentimentCoded = false;
    }

    private void Add(ReviewProfile? only, string message, ReadOnlySpan<TextSpan> spans, SolicitationDecision cap = SolicitationDecision.Block)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException("message: must not be blank.", nameof(message));
        }

        foreach (var span in spans)
        {
            if (span.End > Text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(spans), span, $"spans: {span} does not lie inside the text (length {Text.Length}).");
            }
        }

        var id = Rule.Id;
        SolicitationDecision decision;
        ReviewProfile? decidedBy;
        if (only is not null)
        {
            decision = only.SeverityFor(id) ?? SolicitationDecision.Allow;
            decidedBy = only;
        }
        else
        {
            var p = Platform.SeverityFor(id);
            var l = Law.SeverityFor(id);
            if (p is null && l is null)
            {
                decision = Rule.DefaultSeverity switch
                {
                    Severity.Violation => SolicitationDecision.Block,
                    Severity.Warning => SolicitationDecision.Warn,
                    _ => SolicitationDecision.Allow,
                };
                decidedBy = null;
            }
            else
            {
                var pd = p ?? SolicitationDecision.Allow;
                var ld = l ?? SolicitationDecision.Allow;
                decision = pd > ld ? pd : ld;
                decidedBy = ld >= pd ? Law : Platform;
            }
        }

        if (decision > cap)
        {
            decision = cap;
        }

        if (decision == SolicitationDecision.Allow)
        {
            return;
        }

        var citation = decidedBy?.CitationFor(id) ?? (Rule.Citations.IsEmpty ? null : Rule.Citations[0]);
        Pending ??= [];
        Pending.Add(new PendingFinding(Rule, decision, message, spans.ToArray(), citation, decidedBy?.Name));
    }
}

/// <summary>A reported finding before findings of the same rule are merged.</summary>
internal sealed record PendingFinding(RuleDescriptor Rule, SolicitationDecision Decision, string Message, TextSpan[] Spans, Citation? Citation, string? DecidedBy);
