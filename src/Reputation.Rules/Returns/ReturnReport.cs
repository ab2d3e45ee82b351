using System.Collections.Immutable;
using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>
/// The result of checking one return case as of a date: the verdict, the findings (built-in and custom rules), the
/// refund deadline and the layer and rule that set it, the amount due and the amount refunded, and the effective policy
/// with the layer behind each parameter.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReturnReport
{
    internal ReturnReport(
        ReturnCase returnCase,
        LocalDate asOf,
        ReturnVerdict verdict,
        ImmutableArray<Finding> findings,
        Money amountDue,
        Money refunded,
        bool? refusalValid,
        EffectivePolicy policy)
    {
        Case = returnCase;
        AsOf = asOf;
        Verdict = verdict;
        Findings = findings;
        AmountDue = amountDue;
        Refunded = refunded;
        RefusalValid = refusalValid;
        Policy = policy;
    }

    /// <summary>The case that was checked.</summary>
    public ReturnCase Case { get; }

    /// <summary>The caller's identifier of the case.</summary>
    public string CaseId => Case.CaseId;

    /// <summary>The date the case was judged as of; facts dated later were ignored.</summary>
    public LocalDate AsOf { get; }

    /// <summary><see cref="ReturnVerdict.Violation"/> if any finding is a violation, else <see cref="ReturnVerdict.AtRisk"/> if <c>RET-DUE-SOON</c> fired, else compliant.</summary>
    public ReturnVerdict Verdict { get; }

    /// <summary>The findings, built-in rules first (in catalog order), then custom rules in the order given.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The refund deadline in force ("by" means on or before it), or null when nothing is due yet or at all.</summary>
    public LocalDate? RefundDueBy => Policy.RefundDueBy?.Value;

    /// <summary>The layer that set <see cref="RefundDueBy"/>, or null.</summary>
    public PolicyLayer? DeadlineSetBy => Policy.RefundDueBy?.Layer;

    /// <summary>The rule that set <see cref="RefundDueBy"/>, e.g. <c>EU Directive 2011/83/EU Art. 13(1)</c>, or null.</summary>
    public Citation? DeadlineCitation => Policy.RefundDueBy?.Citation;

    /// <summary>
    /// What the seller must refund: items total + delivery paid − allowed deductions (capped), rounded to the currency's
    /// minor units, never below zero; zero after a valid refusal.
    /// </summary>
    public Money AmountDue { get; }

    /// <summary>The total of the refunds dated on or before <see cref="AsOf"/>.</summary>
    public Money Refunded { get; }

    /// <summary>Whether the seller's refusal is valid, or null when there was no refusal by <see cref="AsOf"/>.</summary>
    public bool? RefusalValid { get; }

    /// <summary>The effective policy with the layer behind each parameter.</summary>
    public EffectivePolicy Policy { get; }

    /// <summary>Whether a finding with rule id <paramref name="ruleId"/> is present.</summary>
    /// <param name="ruleId">The rule id, e.g. <c>RET-LATE</c>.</param>
    /// <returns><see langword="true"/> when at least one finding has that id.</returns>
    public bool Has(RuleId ruleId)
    {
        foreach (var finding in Findings)
        {
            if (finding.RuleId == ruleId)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{CaseId}: {ReturnWireNames.Of(Verdict)} (due {(RefundDueBy is { } d ? ReturnValidation.Iso(d) : "-")}, {AmountDue} due, {Refunded} refunded, {Findings.Length} finding(s))";
}
