using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using Microsoft.Extensions.Options;
using Reputation.Rules.Complaints;
using Reputation.Rules.Delivery;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

namespace Reputation.Rules;

/// <summary>
/// Every option of Reputation.Rules, one section per engine. Bind it from configuration with
/// <c>services.AddReputationRules(configuration.GetSection("ReputationRules"))</c> or configure it in code with
/// <c>services.AddReputationRules(o =&gt; …)</c>. Invalid options are rejected at start-up with every problem listed.
/// </summary>
/// <remarks>Not thread-safe while being configured; the engines copy what they need into immutable state.</remarks>
public sealed class ReputationRulesOptions
{
    /// <summary>The conventional configuration section name: <c>ReputationRules</c>.</summary>
    public const string SectionName = "ReputationRules";

    /// <summary>Working-day calendars.</summary>
    /// <value>The default value is a new <see cref="CalendarsOptions"/>.</value>
    [Required]
    [ValidateObjectMembers]
    public CalendarsOptions Calendars { get; set; } = new();

    /// <summary>The return-policy compliance engine: default seller policy, due-soon window, faulty-goods window.</summary>
    /// <value>The default value is a new <see cref="ReturnsOptions"/> with its documented defaults.</value>
    [Required]
    public ReturnsOptions Returns { get; set; } = new();

    /// <summary>The review-solicitation guard: platform and law profiles (severities, request limits, timing, quiet hours), extra terms.</summary>
    /// <value>The default value is a new <see cref="ReviewsOptions"/> pre-filled with the built-in profiles.</value>
    [Required]
    public ReviewsOptions Reviews { get; set; } = new();

    /// <summary>The credit-score calculator: default scheme, per-scheme conventions and the composite's parameters.</summary>
    /// <value>The default value is a new <see cref="ScoringOptions"/> with the documented conventions (docs/scoring.md).</value>
    [Required]
    public ScoringOptions Scoring { get; set; } = new();

    /// <summary>The delivery engine: follow-up thresholds per shipping method, the promise table and the weekly report's targets.</summary>
    /// <value>The default value is a new <see cref="DeliveryOptions"/> with its documented defaults (docs/delivery.md).</value>
    [Required]
    [ValidateObjectMembers]
    public DeliveryOptions Delivery { get; set; } = new();

    /// <summary>The feedback analyser: extra complaint terms, remedies, the aggregation period and reply-draft defaults.</summary>
    /// <value>The default value is a new <see cref="FeedbackOptions"/> with its documented defaults (docs/feedback.md).</value>
    [Required]
    [ValidateObjectMembers]
    public FeedbackOptions Feedback { get; set; } = new();

    /// <summary>
    /// Configuration values that could not be converted when these options were bound (an unknown enum name, text
    /// where a number belongs), each as <c>Path.To.Field: what is wrong</c>; reported by <see cref="Validate"/>.
    /// </summary>
    internal List<string> BindingProblems { get; } = [];

    /// <summary>Every problem with these options, each as <c>Path.To.Field: what is wrong</c>.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IEnumerable<string> Validate()
    {
        var problems = BindingProblems.ToList().AsEnumerable();
        problems = problems.Concat(Calendars is null ? ["Calendars: must not be null."] : Calendars.Validate("Calendars"));
        problems = problems.Concat(Returns is null ? ["Returns: must not be null."] : Returns.Validate().Select(p => "Returns." + p));
        problems = problems.Concat(Reviews is null ? ["Reviews: must not be null."] : Reviews.Validate().Select(p => "Reviews." + p));
        problems = problems.Concat(Scoring is null ? ["Scoring: must not be null."] : Scoring.Validate().Select(p => "Scoring." + p));
        problems = problems.Concat(Delivery is null ? ["Delivery: must not be null."] : Delivery.Validate("Delivery"));
        problems = problems.Concat(Feedback is null ? ["Feedback: must not be null."] : Feedback.Validate("Feedback"));
        if (Feedback is not null && Reviews?.Platforms is { } platforms && !string.IsNullOrWhiteSpace(Feedback.DefaultPlatform)
            && !platforms.Keys.Any(k => string.Equals(k, Feedback.DefaultPlatform, StringComparison.OrdinalIgnoreCase)))
        {
            problems = problems.Append($"Feedback.DefaultPlatform: '{Feedback.DefaultPlatform}' is not one of the review platforms ({string.Join(", ", platforms.Keys.Order(StringComparer.Ordinal))}).");
        }

        return problems;
    }
}
