namespace Reputation.Rules.Returns;

/// <summary>
/// A return rule: built-in rules and custom rules implement this and run in the same pass over the same
/// <see cref="ReturnRuleContext"/>. A rule returns at most one finding per case (combine several occurrences into one
/// finding's evidence).
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe: one instance serves every evaluation.</remarks>
public interface IReturnRule
{
    /// <summary>The rule's id, title, default severity and citations.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks one case.</summary>
    /// <param name="context">The case, the as-of date and everything the engine derived (effective policy, amounts).</param>
    /// <returns>A finding, or null when the rule does not fire.</returns>
    Finding? Evaluate(in ReturnRuleContext context);
}
