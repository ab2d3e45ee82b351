using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using Reputation.Rules.Calendars;

namespace Reputation.Rules.Returns;

/// <summary>
/// The result of checking one return case as of a date: the verdict, the findings (built-in and custom rules), the
/// refund deadline and the layer and rule that set it, the amount due and the amount refunded, and the effective policy
/// with the layer behind each parameter.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe once returned by the engine (the engine fills in the verdict and findings
/// before anyone else sees it).
/// </remarks>
[JsonConverter(typeof(Serialization.ReturnReportJsonConverter))]
public sealed class ReturnReport
{
    private readonly EffectivePolicy _policy;
    private ReturnVerdict _verdict;
    private ImmutableArray<Finding> _findings = ImmutableArray<Finding>.Empty;
    private ImmutableArray<CalendarDataEnding> _calendarDataEnds = ImmutableArray<CalendarDataEnding>.Empty;

    /// <summary>Creates a report whose verdict and findings are set once by <see cref="Complete"/> before it is returned.</summary>
    private readonly decimal _amountDue;
    private readonly decimal _refunded;

    internal ReturnReport(
        ReturnCase returnCase,
        LocalDate asOf,
        decimal amountDue,
        decimal refunded,
        bool? refusalValid,
        in EffectivePolicy policy)
    {
        Case = returnCase;
        AsOf = asOf;
        _amountDue = amountDue;
        _refunded = refunded;
        RefusalValid = refusalValid;
        _policy = policy;
    }

    /// <summary>The case that was checked.</summary>
    public ReturnCase Case { get; }

    /// <summary>The caller's identifier of the case.</summary>
    public string CaseId => Case.CaseId;

    /// <summary>The date the case was judged as of; facts dated later were ignored.</summary>
    public LocalDate AsOf { get; }

    /// <summary><see cref="ReturnVerdict.Violation"/> if any finding is a violation, else <see cref="ReturnVerdict.AtRisk"/> if <c>RET-DUE-SOON</c> fired, else compliant.</summary>
    public ReturnVerdict Verdict => _verdict;

    /// <summary>The findings, built-in rules first (in catalog order), then custom rules in the order given.</summary>
    public ImmutableArray<Finding> Findings => _findings;

    /// <summary>The refund deadline in force ("by" means on or before it), or null when nothing is due yet or at all.</summary>
    public LocalDate? RefundDueBy => _policy.RefundDueBy?.Value;

    /// <summary>The layer that set <see cref="RefundDueBy"/>, or null.</summary>
    public PolicyLayer? DeadlineSetBy => _policy.RefundDueBy?.Layer;

    /// <summary>The rule that set <see cref="RefundDueBy"/>, e.g. <c>EU Directive 2011/83/EU Art. 13(1)</c>, or null.</summary>
    public Citation? DeadlineCitation => _policy.RefundDueBy?.Citation;

    /// <summary>
    /// What the seller must refund: items total + delivery paid − allowed deductions (capped), rounded to the currency's
    /// minor units, never below zero; zero after a valid refusal.
    /// </summary>
    public Money AmountDue => new(_amountDue, Case.Order.Currency);

    /// <summary>The total of the refunds dated on or before <see cref="AsOf"/>.</summary>
    public Money Refunded => new(_refunded, Case.Order.Currency);

    /// <summary>Whether the seller's refusal is valid, or null when there was no refusal by <see cref="AsOf"/>.</summary>
    public bool? RefusalValid { get; }

    /// <summary>The effective policy with the layer behind each parameter.</summary>
    public EffectivePolicy Policy => _policy;

    /// <summary>The effective policy by reference (hot-path access for rules: no copy).</summary>
    internal ref readonly EffectivePolicy PolicyRef => ref _policy;

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

    /// <summary>The amount due as a bare decimal (hot-path access for rules).</summary>
    internal decimal AmountDueValue => _amountDue;

    /// <summary>The amount refunded as a bare decimal (hot-path access for rules).</summary>
    internal decimal RefundedValue => _refunded;

    /// <summary>
    /// The buyer's and seller's markets whose holiday data ends within 60 days after <see cref="AsOf"/> or has ended
    /// (<see cref="CalendarDataEnding.NoticeDays"/>); empty otherwise. Add the next year's data before it ends
    /// (docs/calendars.md), or deadlines beyond it are weekend-only estimates (<c>RET-CALENDAR-ESTIMATE</c>).
    /// </summary>
    public ImmutableArray<CalendarDataEnding> CalendarDataEnds => _calendarDataEnds;

    /// <summary>Sets the verdict, findings and calendar notices; called exactly once by the engine before the report is returned.</summary>
    internal void Complete(ReturnVerdict verdict, ImmutableArray<Finding> findings, ImmutableArray<CalendarDataEnding> calendarDataEnds = default)
    {
        _verdict = verdict;
        _findings = findings;
        _calendarDataEnds = calendarDataEnds.IsDefault ? [] : calendarDataEnds;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{CaseId}: {ReturnWireNames.Of(Verdict)} (due {(RefundDueBy is { } d ? ReturnValidation.Iso(d) : "-")}, {AmountDue} due, {Refunded} refunded, {Findings.Length} finding(s))";
}
