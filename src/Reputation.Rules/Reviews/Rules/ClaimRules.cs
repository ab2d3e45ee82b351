using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Reviews.Rules;

/// <summary>
/// A built-in text rule: reports the claims of one kind that the interpreter found in the text (one finding per rule,
/// with every triggering span), plus, for campaigns, what the campaign's structure implies. Immutable and thread-safe.
/// </summary>
internal sealed class ClaimRule : ISolicitationRule
{
    private readonly ClaimKind _kind;
    private readonly ClaimKind? _suppressedBy;
    private readonly string _what;
    private readonly Func<SolicitationContext, string?>? _campaignCheck;

    public ClaimRule(RuleDescriptor descriptor, ClaimKind kind, string what, ClaimKind? suppressedBy = null, Func<SolicitationContext, string?>? campaignCheck = null)
    {
        Descriptor = descriptor;
        _kind = kind;
        _what = what;
        _suppressedBy = suppressedBy;
        _campaignCheck = campaignCheck;
    }

    public RuleDescriptor Descriptor { get; }

    public void Evaluate(SolicitationContext context)
    {
        var result = context.Interpretation;
        if (_suppressedBy is { } suppressor && (Has(result, suppressor) || (context.Campaign is not null && SuppressedByCampaign(context, suppressor))))
        {
            return;
        }

        if (Has(result, _kind))
        {
            var spans = Spans(context, result, _kind);
            context.Report(Describe(context.Text, spans), spans);
        }
        else if (_kind == ClaimKind.Incentive && Has(result, ClaimKind.IncentiveUncertain))
        {
            // Where the lexicon-and-window reading is unsure, a warning with the evidence beats a silent allow.
            var spans = Spans(context, result, ClaimKind.IncentiveUncertain);
            context.ReportAtMost(SolicitationDecision.Warn, UncertainLink(context.Text, spans), spans);
        }

        if (context.Campaign is not null && _campaignCheck?.Invoke(context) is { } message)
        {
            context.Report(message);
        }
    }

    private static string UncertainLink(string text, TextSpan[] spans)
    {
        var quoted = string.Join(", ", spans.Select(s => "\"" + (s.Slice(text).Length > 60 ? s.Slice(text)[..60] + "…" : s.Slice(text)) + "\""));
        return "Offers a benefit in the same message as a review request, too far apart to tell whether it depends on the review "
            + $"(check that it does not; reported as a warning at most): {quoted}.";
    }

    private static bool SuppressedByCampaign(SolicitationContext context, ClaimKind suppressor) =>
        suppressor == ClaimKind.IncentiveSentiment && context.Campaign!.Incentive is not null && context.CampaignIncentiveIsSentimentCoded;

    private string Describe(string text, TextSpan[] spans)
    {
        var quoted = new StringBuilder();
        foreach (var span in spans.Take(6))
        {
            if (quoted.Length > 0)
            {
                quoted.Append(", ");
            }

            var slice = span.Slice(text);
            quoted.Append('"').Append(slice.Length > 60 ? slice[..60] + "…" : slice).Append('"');
        }

        return quoted.Length == 0 ? _what + "." : $"{_what}: {quoted}.";
    }

    internal static bool Has(InterpretationResult result, ClaimKind kind) => result.HasClaim(kind);

    /// <summary>The original-text spans of every claim of a kind, sorted, with overlapping or adjacent ones merged.</summary>
    internal static TextSpan[] Spans(SolicitationContext context, InterpretationResult result, ClaimKind kind)
    {
        var list = new List<TextSpan>();
        for (var i = 0; i < result.ClaimCount; i++)
        {
            var claim = result.Claims[i];
            if (claim.Kind != kind)
            {
                continue;
            }

            for (var j = claim.SpanStart; j < claim.SpanStart + claim.SpanCount; j++)
            {
                var span = context.Analysis.SpanOf(result.SpanMatches[j]);
                if (span.Length > 0)
                {
                    list.Add(span);
                }
            }
        }

        return Merge(context.Text, list);
    }

    internal static TextSpan[] Merge(string text, List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<TextSpan>();
        foreach (var span in spans)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                if (span.Start <= last.End || OnlySpacing(text, last.End, span.Start))
                {
                    var end = Math.Max(last.End, span.End);
                    merged[^1] = new TextSpan(last.Start, end - last.Start);
                    continue;
                }
            }

            merged.Add(span);
        }

        return merged.Count > 32 ? merged.GetRange(0, 32).ToArray() : merged.ToArray();
    }

    private static bool OnlySpacing(string text, int from, int to)
    {
        if (to - from > 2)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '-')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The built-in rules in catalog order.</summary>
internal static class BuiltInSolicitationRules
{
    public static IReadOnlyList<ISolicitationRule> Create() =>
    [
        new ClaimRule(ReviewRuleDescriptors.IncentiveSentiment, ClaimKind.IncentiveSentiment,
            "Offers a benefit for a review with a particular sentiment, or for changing or removing a review", campaignCheck: CampaignIncentiveSentiment),
        new ClaimRule(ReviewRuleDescriptors.Incentive, ClaimKind.Incentive,
            "Offers a benefit for leaving a review (disclose it where allowed; platforms that ban all incentives block it)",
            suppressedBy: ClaimKind.IncentiveSentiment, campaignCheck: CampaignIncentiveNeutral),
        new ClaimRule(ReviewRuleDescriptors.PositiveAsk, ClaimKind.PositiveAsk,
            "Asks for a positive or 5-star review (ask for an honest review instead)", suppressedBy: ClaimKind.IncentiveSentiment),
        new ClaimRule(ReviewRuleDescriptors.ChangeAsk, ClaimKind.ChangeAsk, "Asks the buyer to revise, update or add to a review"),
        new ClaimRule(ReviewRuleDescriptors.RemoveAsk, ClaimKind.RemoveAsk, "Asks the buyer to delete or take down a review"),
        new ClaimRule(ReviewRuleDescriptors.Threat, ClaimKind.Threat, "Threatens, pressures or penalises the buyer over a review"),
        new ClaimRule(ReviewRuleDescriptors.Gating, ClaimKind.Gating,
            "Invites only satisfied buyers or steers unhappy ones away from reviewing", campaignCheck: CampaignAudience),
        new ClaimRule(ReviewRuleDescriptors.Fake, ClaimKind.Fake,
            "Solicits a review from someone who did not buy or use the product, or supplies the review text"),
        new ClaimRule(ReviewRuleDescriptors.ContentSteer, ClaimKind.ContentSteer, "Tells the reviewer what to mention or leave out"),
        new FrequencyRule(),
        new TimingRule(),
        new QuietHoursRule(),
    ];

    private static string? CampaignIncentiveSentiment(SolicitationContext context) =>
        context.Campaign!.Incentive is { } incentive && context.CampaignIncentiveIsSentimentCoded
            ? $"The campaign offers \"{incentive.Description}\" for a positive, changed or removed review."
            : null;

    private static string? CampaignIncentiveNeutral(SolicitationContext context) =>
        context.Campaign!.Incentive is { } incentive && !context.CampaignIncentiveIsSentimentCoded
            ? $"The campaign offers \"{incentive.Description}\" for a review; disclose it where allowed (platforms that ban all incentives block it)."
            : null;

    private static string? CampaignAudience(SolicitationContext context)
    {
        var audience = context.Campaign!.Audience;
        if (!audience.IsFilteredBySatisfaction)
        {
            return null;
        }

        var parts = new List<string>();
        if (audience.MinimumStars is { } stars)
        {
            parts.Add($"only buyers rating {stars}+ stars");
        }

        if (audience.MinimumSatisfactionScore is { } score)
        {
            parts.Add($"only buyers scoring {score.ToString(System.Globalization.CultureInfo.InvariantCulture)}+ on satisfaction");
        }

        if (audience.SatisfiedOnly)
        {
            parts.Add("only satisfied buyers");
        }

        if (audience.ExcludesComplaints)
        {
            parts.Add("buyers with complaints left out");
        }

        return $"The campaign's audience is filtered by satisfaction ({string.Join("; ", parts)}): invite every buyer equally.";
    }
}
