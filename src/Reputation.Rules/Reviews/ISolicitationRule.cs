namespace Reputation.Rules.Reviews;

/// <summary>
/// A review-solicitation rule. The built-in rules implement it, and so can yours: add an instance to
/// the <c>customRules</c> of <see cref="SolicitationGuard(ReviewsOptions, NodaTime.IClock?, System.Collections.Generic.IEnumerable{ISolicitationRule}?)"/> and it runs in the same pass over the same text analysis. Report findings
/// through <see cref="SolicitationContext.Report(string, System.ReadOnlySpan{TextSpan})"/>; the guard gives them the
/// severity of the strictest profile (or the descriptor's default severity when neither profile mentions the rule).
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe: one instance serves concurrent checks.</remarks>
public interface ISolicitationRule
{
    /// <summary>The rule's id, engine, title, default severity and citations.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Examines one message or campaign and reports what it finds.</summary>
    /// <param name="context">The message or campaign, its text analysis, the applicable profiles and the reporting methods.</param>
    void Evaluate(SolicitationContext context);
}
