using System.Collections.Generic;
using System.Collections.Immutable;

namespace Reputation.Rules.Complaints;

/// <summary>
/// Finds why buyers complain (docs/feedback.md): the causes of each review with their spans, reply drafts the review
/// guard allows, and per-SKU/per-period summaries with remedies. Registered by <c>AddReputationRules</c>.
/// </summary>
public interface IFeedbackAnalyzer
{
    /// <summary>The causes in a text, in contract order; empty when it has no identifiable complaint. Never throws on any string.</summary>
    /// <param name="text">The review text.</param>
    /// <returns>The causes found.</returns>
    ImmutableArray<CauseFinding> FindCauses(string text);

    /// <summary>Analyses one review: causes, whether it is negative, and a reply draft for a negative one.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The analysis.</returns>
    FeedbackAnalysis Analyze(CustomerReview review);

    /// <summary>Aggregates analyses per SKU and/or period: negative counts, cause shares, change against the previous period, top phrases and remedies.</summary>
    /// <param name="analyses">The analyses.</param>
    /// <param name="grouping">How to group.</param>
    /// <returns>One summary per group, ordered by SKU (ordinal, null first) then period.</returns>
    IReadOnlyList<FeedbackSummary> Summarize(IEnumerable<FeedbackAnalysis> analyses, FeedbackGrouping grouping);

    /// <summary>The remedies for a cause (built-in and configured).</summary>
    /// <param name="cause">The cause.</param>
    /// <returns>The remedies.</returns>
    ImmutableArray<FeedbackRemedy> RemediesFor(FeedbackCause cause);
}
