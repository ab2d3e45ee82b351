using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace Reputation.Rules.Complaints;

/// <summary>The period negative feedback is aggregated by.</summary>
public enum FeedbackPeriod
{
    /// <summary>ISO week, named like <c>2026-W11</c> (the default).</summary>
    Week = 0,

    /// <summary>Calendar month, named like <c>2026-03</c>.</summary>
    Month = 1,

    /// <summary>Calendar day, named like <c>2026-03-10</c>.</summary>
    Day = 2,
}

/// <summary>How summaries group the analysed reviews.</summary>
[Flags]
public enum FeedbackGrouping
{
    /// <summary>One summary over everything.</summary>
    None = 0,

    /// <summary>One summary per SKU.</summary>
    Sku = 1,

    /// <summary>One summary per period (<see cref="FeedbackOptions.Period"/>), with the change against the previous period.</summary>
    Period = 2,
}

/// <summary>Options for the feedback analyser: extra terms, remedies, the aggregation period and reply defaults.</summary>
/// <remarks>Bound from the <c>ReputationRules:Feedback</c> configuration section. Not thread-safe while being configured.</remarks>
public sealed class FeedbackOptions
{
    /// <summary>Whether the built-in English and Chinese vocabulary is used.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseBuiltInTerms { get; set; } = true;

    /// <summary>Extra terms, each naming the cause it signals on its own (e.g. a product-specific "zipper jams").</summary>
    /// <value>The default value is empty.</value>
    [Required]
    public List<FeedbackTermOptions> Terms { get; set; } = [];

    /// <summary>Extra remedies; an entry with <see cref="FeedbackRemedyOptions.ReplaceBuiltIn"/> drops the built-in remedies of its cause.</summary>
    /// <value>The default value is empty.</value>
    [Required]
    public List<FeedbackRemedyOptions> Remedies { get; set; } = [];

    /// <summary>The aggregation period.</summary>
    /// <value>The default value is <see cref="FeedbackPeriod.Week"/> (ISO weeks).</value>
    public FeedbackPeriod Period { get; set; } = FeedbackPeriod.Week;

    /// <summary>The platform a reply draft is checked under when the review names none.</summary>
    /// <value>The default value is <c>own-site</c>.</value>
    public string DefaultPlatform { get; set; } = "own-site";

    /// <summary>The buyer market (ISO 3166-1 alpha-2) a reply draft is checked under when the review names none.</summary>
    /// <value>The default value is <c>US</c>.</value>
    public string DefaultMarket { get; set; } = "US";

    /// <summary>Whether negative reviews get a reply draft.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DraftReplies { get; set; } = true;

    /// <summary>What is wrong with a term's syntax (an unbalanced <c>{</c>, an alternative that leaves nothing to match), or null.</summary>
    private static string? TermProblem(string text)
    {
        try
        {
            foreach (var expanded in Reputation.Rules.Reviews.Text.LexiconFile.Expand(text.Trim(), "term", 0))
            {
                _ = new Reputation.Rules.Reviews.ReviewTerm(expanded, Reputation.Rules.Reviews.ReviewConcepts.None);
            }

            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            var message = ex.Message;
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            return colon >= 0 ? message[(colon + 3)..] : message;
        }
    }

    /// <summary>Every problem with these options, each as <c>Path.To.Field: what is wrong</c>.</summary>
    /// <param name="path">The path of this section.</param>
    /// <returns>The problems; empty when valid.</returns>
    public IEnumerable<string> Validate(string path = "Feedback")
    {
        if (!Enum.IsDefined(Period))
        {
            yield return $"{path}.Period: '{Period}' is not one of Week, Month, Day.";
        }

        if (string.IsNullOrWhiteSpace(DefaultPlatform))
        {
            yield return $"{path}.DefaultPlatform: must not be blank.";
        }

        if (!CountryCode.TryParse(DefaultMarket, out _))
        {
            yield return $"{path}.DefaultMarket: '{DefaultMarket}' is not an ISO 3166-1 alpha-2 code.";
        }

        if (Terms is null)
        {
            yield return $"{path}.Terms: must not be null.";
        }
        else
        {
            for (var i = 0; i < Terms.Count; i++)
            {
                var item = $"{path}.Terms[{i}]";
                var term = Terms[i];
                if (term is null)
                {
                    yield return $"{item}: must not be null.";
                    continue;
                }

                if (string.IsNullOrWhiteSpace(term.Text) || term.Text.Trim().TrimEnd('*').Trim().Length == 0)
                {
                    yield return $"{item}.Text: must not be blank.";
                }
                else if (term.Text.Length > 100)
                {
                    yield return $"{item}.Text: must be at most 100 characters.";
                }
                else if (TermProblem(term.Text) is { } problem)
                {
                    yield return $"{item}.Text: {problem}";
                }

                if (!FeedbackCauses.TryParse(term.Cause, out _))
                {
                    yield return $"{item}.Cause: '{term.Cause}' is not one of {FeedbackCauses.IdList}.";
                }
            }
        }

        if (Remedies is null)
        {
            yield return $"{path}.Remedies: must not be null.";
        }
        else
        {
            for (var i = 0; i < Remedies.Count; i++)
            {
                var item = $"{path}.Remedies[{i}]";
                var remedy = Remedies[i];
                if (remedy is null)
                {
                    yield return $"{item}: must not be null.";
                    continue;
                }

                if (!FeedbackCauses.TryParse(remedy.Cause, out _))
                {
                    yield return $"{item}.Cause: '{remedy.Cause}' is not one of {FeedbackCauses.IdList}.";
                }

                if (string.IsNullOrWhiteSpace(remedy.Id))
                {
                    yield return $"{item}.Id: must not be blank.";
                }

                if (string.IsNullOrWhiteSpace(remedy.Text))
                {
                    yield return $"{item}.Text: must not be blank.";
                }
            }
        }
    }
}

/// <summary>An extra feedback term.</summary>
public sealed class FeedbackTermOptions
{
    /// <summary>The word or phrase (plain lower case; a trailing <c>*</c> takes English inflections; <c>{a|b}</c> alternatives).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The cause id it signals, e.g. <c>CAUSE-QUALITY</c>.</summary>
    public string Cause { get; set; } = string.Empty;

    /// <summary>Whether the term is unambiguous on its own (confidence <c>clear</c>); otherwise <c>likely</c>.</summary>
    public bool Clear { get; set; }
}

/// <summary>An extra remedy.</summary>
public sealed class FeedbackRemedyOptions
{
    /// <summary>The cause id it answers, e.g. <c>CAUSE-SIZE-FIT</c>.</summary>
    public string Cause { get; set; } = string.Empty;

    /// <summary>A short stable id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>What to do.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Where the advice comes from.</summary>
    public string? Source { get; set; }

    /// <summary>Whether this cause's built-in remedies are dropped.</summary>
    public bool ReplaceBuiltIn { get; set; }
}
