using System;
using System.Collections.Generic;
using System.Globalization;

namespace Reputation.Rules.Reviews;

/// <summary>
/// Settable description of one platform or law profile; <see cref="SolicitationGuard"/> copies it into an immutable
/// <see cref="ReviewProfile"/>. Start from a built-in one with <see cref="From(ReviewProfile)"/> or from
/// <see cref="BanAllIncentives"/> (the Google/Trustpilot stance).
/// </summary>
/// <remarks>This type is mutable and not thread-safe; configure it, then build a guard.</remarks>
public sealed class ReviewProfileOptions
{
    /// <summary>What the profile says about each rule, keyed by rule id. A rule missing here has no opinion from this profile.</summary>
    /// <value>The default value is empty.</value>
    public Dictionary<string, SolicitationDecision> Severities { get; } = new(StringComparer.Ordinal);

    /// <summary>The citation to show when this profile decides a rule, keyed by rule id.</summary>
    /// <value>The default value is empty (the rule's own first citation is used).</value>
    public Dictionary<string, Citation> Citations { get; } = new(StringComparer.Ordinal);

    /// <summary>At most this many review requests per order (counting the one being checked); null means no limit.</summary>
    /// <value>The default value is 2.</value>
    public int? MaxRequestsPerOrder { get; set; } = 2;

    /// <summary>At least this many hours between two review requests for the same order; null means no minimum.</summary>
    /// <value>The default value is 72.</value>
    public int? MinimumGapHours { get; set; } = 72;

    /// <summary>Requests are allowed from this many days after delivery (0 = not before delivery); null means no lower bound.</summary>
    /// <value>The default value is 0.</value>
    public int? EarliestDaysAfterDelivery { get; set; } = 0;

    /// <summary>Requests are allowed until this many days after delivery; null means no upper bound.</summary>
    /// <value>The default value is null.</value>
    public int? LatestDaysAfterDelivery { get; set; }

    /// <summary>The local hour (0–23) at which quiet hours start in the buyer's time zone.</summary>
    /// <value>The default value is 21.</value>
    public int QuietHoursStart { get; set; } = 21;

    /// <summary>The local hour (0–23) at which quiet hours end; equal to <see cref="QuietHoursStart"/> means no quiet hours.</summary>
    /// <value>The default value is 8.</value>
    public int QuietHoursEnd { get; set; } = 8;

    /// <summary>Law profiles only: the buyer markets (ISO 3166-1 alpha-2) the profile governs.</summary>
    /// <value>The default value is empty.</value>
    public List<string> Markets { get; } = [];

    /// <summary>
    /// A profile that blocks every incentive, sentiment ask, change or removal request, threat, gating and fake review
    /// (the stance of Google and Trustpilot, research §7) and warns on the rest, with the default limits.
    /// </summary>
    /// <returns>A new options object.</returns>
    public static ReviewProfileOptions BanAllIncentives()
    {
        var options = new ReviewProfileOptions();
        foreach (var rule in ReviewRuleDescriptors.All)
        {
            options.Severities[rule.Id.Value] = SolicitationDecision.Warn;
        }

        foreach (var id in new[] { ReviewRuleIds.IncentiveSentiment, ReviewRuleIds.Incentive, ReviewRuleIds.PositiveAsk, ReviewRuleIds.ChangeAsk, ReviewRuleIds.RemoveAsk, ReviewRuleIds.Threat, ReviewRuleIds.Gating, ReviewRuleIds.Fake, ReviewRuleIds.ContentSteer })
        {
            options.Severities[id.Value] = SolicitationDecision.Block;
        }

        return options;
    }

    /// <summary>Options holding a copy of an existing profile's settings, to adjust.</summary>
    /// <param name="profile">The profile to copy, e.g. <see cref="ReviewPlatformProfile.Amazon"/>.</param>
    /// <returns>A new options object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static ReviewProfileOptions From(ReviewProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var options = new ReviewProfileOptions
        {
            MaxRequestsPerOrder = profile.MaxRequestsPerOrder,
            MinimumGapHours = profile.MinimumGapHours,
            EarliestDaysAfterDelivery = profile.EarliestDaysAfterDelivery,
            LatestDaysAfterDelivery = profile.LatestDaysAfterDelivery,
            QuietHoursStart = profile.QuietHoursStart,
            QuietHoursEnd = profile.QuietHoursEnd,
        };
        foreach (var (id, decision) in profile.Severities)
        {
            options.Severities[id.Value] = decision;
        }

        foreach (var (id, citation) in profile.Citations)
        {
            options.Citations[id.Value] = citation;
        }

        if (profile is ReviewLawProfile law)
        {
            foreach (var market in law.Markets)
            {
                options.Markets.Add(market.Value);
            }
        }

        return options;
    }

    /// <summary>Every problem with these settings, each as "Path.To.Field: what is wrong".</summary>
    /// <param name="path">The path of this object, e.g. <c>Platforms[amazon]</c>.</param>
    /// <param name="isLaw">Whether the profile is a law profile (needs <see cref="Markets"/>).</param>
    /// <returns>The problems; empty when the settings are valid.</returns>
    public IEnumerable<string> Validate(string path, bool isLaw)
    {
        foreach (var (id, decision) in Severities)
        {
            if (!RuleId.IsValid(id))
            {
                yield return $"{path}.Severities[{id}]: '{id}' is not a rule id (upper-case letters, digits and single hyphens, such as REV-INCENTIVE).";
            }

            if (!Enum.IsDefined(decision))
            {
                yield return $"{path}.Severities[{id}]: {(int)decision} is not Allow, Warn or Block.";
            }
        }

        foreach (var (id, citation) in Citations)
        {
            if (!RuleId.IsValid(id))
            {
                yield return $"{path}.Citations[{id}]: '{id}' is not a rule id.";
            }

            if (citation is null)
            {
                yield return $"{path}.Citations[{id}]: must not be null.";
            }
        }

        if (MaxRequestsPerOrder is < 1)
        {
            yield return $"{path}.MaxRequestsPerOrder: must be 1 or more, or null for no limit (got {MaxRequestsPerOrder}).";
        }

        if (MinimumGapHours is < 0)
        {
            yield return $"{path}.MinimumGapHours: must be 0 or more, or null (got {MinimumGapHours}).";
        }

        if (EarliestDaysAfterDelivery is < 0)
        {
            yield return $"{path}.EarliestDaysAfterDelivery: must be 0 or more, or null (got {EarliestDaysAfterDelivery}).";
        }

        if (LatestDaysAfterDelivery is < 0)
        {
            yield return $"{path}.LatestDaysAfterDelivery: must be 0 or more, or null (got {LatestDaysAfterDelivery}).";
        }

        if (EarliestDaysAfterDelivery is { } earliest && LatestDaysAfterDelivery is { } latest && latest < earliest)
        {
            yield return $"{path}.LatestDaysAfterDelivery: must not be before EarliestDaysAfterDelivery ({latest} < {earliest}).";
        }

        if (QuietHoursStart is < 0 or > 23)
        {
            yield return $"{path}.QuietHoursStart: must be an hour from 0 to 23 (got {QuietHoursStart}).";
        }

        if (QuietHoursEnd is < 0 or > 23)
        {
            yield return $"{path}.QuietHoursEnd: must be an hour from 0 to 23 (got {QuietHoursEnd}).";
        }

        if (QuietHoursStart == QuietHoursEnd)
        {
            yield return $"{path}.QuietHoursEnd: must differ from QuietHoursStart (both {QuietHoursEnd}); the window would be empty or the whole day.";
        }

        if (!isLaw && Markets.Count > 0)
        {
            yield return $"{path}.Markets: only law profiles govern markets.";
        }

        for (var i = 0; i < Markets.Count; i++)
        {
            if (!CountryCode.TryParse(Markets[i], out _))
            {
                yield return $"{path}.Markets[{i.ToString(CultureInfo.InvariantCulture)}]: '{Markets[i]}' is not an ISO 3166-1 alpha-2 market code.";
            }
        }
    }
}
