using System;
using System.Linq;
using NodaTime;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// Anchor for <see cref="ReturnsBenchmarks"/>: the eight return checks of <see cref="ReturnsBenchmarks.HandWritten"/>
/// as NRules 1.0 rules (a Rete network) over the same <see cref="ReturnCase"/> fact and a
/// <see cref="ReturnsNRulesInput"/> fact (seller policy, calendar, as-of date).
/// </summary>
/// <remarks>
/// Forward chaining, the idiomatic way: three rules derive facts (<see cref="ReturnsNRulesWindow"/> →
/// <see cref="ReturnsNRulesDeadline"/> → <see cref="ReturnsNRulesAmounts"/>, yielded as linked facts), and the checks
/// match them and write into the <see cref="ReturnsNRulesOutcome"/> fact. The session factory is compiled once; every
/// evaluation creates a session, inserts the three facts and fires.
/// </remarks>
public sealed class ReturnsNRulesAnchor
{
    private readonly ISessionFactory _factory;

    /// <summary>Loads and compiles the rules.</summary>
    public ReturnsNRulesAnchor()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(
            typeof(ReturnsNRulesWindowRule), typeof(ReturnsNRulesDeadlineRule), typeof(ReturnsNRulesAmountDueRule),
            typeof(ReturnsNRulesRefusedRule), typeof(ReturnsNRulesLateRule), typeof(ReturnsNRulesPartialRule),
            typeof(ReturnsNRulesPaymentMethodRule), typeof(ReturnsNRulesDueSoonRule), typeof(ReturnsNRulesPolicyBelowLawRule),
            typeof(ReturnsNRulesCalendarEstimateRule)));
        _factory = repository.Compile();
    }

    /// <summary>Runs the rules on a case and derives the same small result as the hand-written baseline.</summary>
    /// <param name="returnCase">The case.</param>
    /// <param name="policy">The seller policy in force (the case's or the engine's default).</param>
    /// <param name="calendar">The buyer market's working-day calendar.</param>
    /// <param name="asOf">The date the case is judged as of.</param>
    /// <returns>The violations (same bits as the baseline), the deadline and the amounts.</returns>
    public HandWrittenResult Evaluate(ReturnCase returnCase, SellerPolicy policy, WorkingDayCalendar calendar, LocalDate asOf)
    {
        var session = _factory.CreateSession();
        var outcome = new ReturnsNRulesOutcome();
        session.Insert(returnCase);
        session.Insert(new ReturnsNRulesInput(policy, calendar, asOf));
        session.Insert(outcome);
        session.Fire();
        if (!outcome.AmountsSet)
        {
            throw new InvalidOperationException("NRules: the amount-due rule did not fire.");
        }

        return new HandWrittenResult(
            outcome.Violations,
            outcome.DueSoon && outcome.Violations == 0,
            outcome.DueBy,
            outcome.AmountDue,
            outcome.Refunded,
            outcome.PolicyBelowLaw,
            outcome.Estimated);
    }
}

/// <summary>The input fact: what the case is judged with.</summary>
/// <param name="Policy">The seller policy in force.</param>
/// <param name="Calendar">The buyer market's calendar.</param>
/// <param name="AsOf">The date the case is judged as of.</param>
public sealed record ReturnsNRulesInput(SellerPolicy Policy, WorkingDayCalendar Calendar, LocalDate AsOf);

/// <summary>Derived fact: the return window and the refusal.</summary>
/// <param name="Eu">Whether the buyer's market is an EU member.</param>
/// <param name="Ends">The last day of the return window.</param>
/// <param name="Refused">Whether the seller refused by the as-of date.</param>
/// <param name="RefusalValid">Whether that refusal is valid.</param>
public sealed record ReturnsNRulesWindow(bool Eu, LocalDate Ends, bool Refused, bool RefusalValid);

/// <summary>Derived fact: the refund deadline in force and the seller's.</summary>
/// <param name="Received">When the goods came back, if known.</param>
/// <param name="SellerDue">The seller's deadline, if any.</param>
/// <param name="Due">The deadline in force, if any.</param>
public sealed record ReturnsNRulesDeadline(LocalDate? Received, LocalDate? SellerDue, LocalDate? Due);

/// <summary>Derived fact: the amounts.</summary>
/// <param name="AmountDue">The amount due.</param>
/// <param name="Refunded">Refunded by the as-of date.</param>
/// <param name="RefundedByDue">Refunded by the deadline.</param>
public sealed record ReturnsNRulesAmounts(decimal AmountDue, decimal Refunded, decimal RefundedByDue);

/// <summary>The result fact the rules write into.</summary>
public sealed class ReturnsNRulesOutcome
{
    /// <summary>A bit per violation: 1 refused, 2 payment method, 4 partial, 8 late.</summary>
    public int Violations { get; set; }

    /// <summary>Whether the deadline is at most a working day away with the refund incomplete.</summary>
    public bool DueSoon { get; set; }

    /// <summary>Whether the seller's policy is below the EU minimum.</summary>
    public bool PolicyBelowLaw { get; set; }

    /// <summary>Whether a date was counted without holiday data.</summary>
    public bool Estimated { get; set; }

    /// <summary>Whether the amount-due rule fired.</summary>
    public bool AmountsSet { get; set; }

    /// <summary>The refund deadline, if any.</summary>
    public LocalDate? DueBy { get; set; }

    /// <summary>The amount due.</summary>
    public decimal AmountDue { get; set; }

    /// <summary>Refunded by the as-of date.</summary>
    public decimal Refunded { get; set; }

    /// <summary>Records the amounts and the deadline.</summary>
    /// <param name="deadline">The deadline fact.</param>
    /// <param name="amounts">The amounts fact.</param>
    public void SetAmounts(ReturnsNRulesDeadline deadline, ReturnsNRulesAmounts amounts)
    {
        DueBy = deadline.Due;
        AmountDue = amounts.AmountDue;
        Refunded = amounts.Refunded;
        AmountsSet = true;
    }

    /// <summary>Adds a violation bit.</summary>
    /// <param name="bit">The bit.</param>
    public void Violate(int bit) => Violations |= bit;

    /// <summary>Records that the deadline is close.</summary>
    public void MarkDueSoon() => DueSoon = true;

    /// <summary>Records that the policy is below the law.</summary>
    public void MarkPolicyBelowLaw() => PolicyBelowLaw = true;

    /// <summary>Records a calendar estimate.</summary>
    public void MarkEstimated() => Estimated = true;
}

/// <summary>Window: the longest of the seller's, the EU's (14 days rolled forward, +12 months without information) and, for faulty goods, 30 days; and the refusal.</summary>
public sealed class ReturnsNRulesWindowRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnCase c = null!;
        ReturnsNRulesInput input = null!;
        When().Match(() => c).Match(() => input);
        Then().Yield(_ => Window(c, input));
    }

    private static ReturnsNRulesWindow Window(ReturnCase c, ReturnsNRulesInput input)
    {
        var policy = input.Policy;
        var delivered = c.Order.DeliveredOn;
        var eu = c.BuyerMarket.IsEuMember;
        var changeOfMind = c.Return.IsChangeOfMind;
        var ends = delivered.PlusDays(policy.ReturnWindowDays);
        if (eu)
        {
            var euWindow = input.Calendar.NextWorkingDayOnOrAfter(delivered.PlusDays(14));
            if (!policy.WithdrawalInfoGiven)
            {
                euWindow = input.Calendar.NextWorkingDayOnOrAfter(euWindow.PlusMonths(12));
            }

            ends = LocalDate.Max(ends, euWindow);
        }

        if (!changeOfMind)
        {
            ends = LocalDate.Max(ends, delivered.PlusDays(30));
        }

        var refused = c.Refusal is not null && c.Refusal.On <= input.AsOf;
        var valid = refused && (c.Return.RequestedOn > ends || (changeOfMind && c.Return.Goods != GoodsCategory.Standard));
        return new ReturnsNRulesWindow(eu, ends, refused, valid);
    }
}

/// <summary>Deadlines from the facts known on the as-of date: the EU's, the seller's working days; the earliest wins.</summary>
public sealed class ReturnsNRulesDeadlineRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnCase c = null!;
        ReturnsNRulesInput input = null!;
        ReturnsNRulesWindow window = null!;
        When().Match(() => c).Match(() => input).Match(() => window);
        Then().Yield(_ => Deadline(c, input, window));
    }

    private static ReturnsNRulesDeadline Deadline(ReturnCase c, ReturnsNRulesInput input, ReturnsNRulesWindow window)
    {
        var received = ReturnsAnchorFunctions.KnownBy(c.Return.ReceivedOn, input.AsOf);
        var evidence = ReturnsAnchorFunctions.KnownBy(c.Return.EvidenceOfSendingOn, input.AsOf);
        var euDue = ReturnsAnchorFunctions.EuRefundDue(window.Eu, c.Return.RequestedOn, input.AsOf, input.Policy.OffersCollection, received, evidence);
        var sellerDue = ReturnsAnchorFunctions.SellerRefundDue(input.Calendar, received, input.Policy.RefundWithinWorkingDays);
        return new ReturnsNRulesDeadline(received, sellerDue, ReturnsAnchorFunctions.RefundDue(window.RefusalValid, euDue, sellerDue));
    }
}

/// <summary>Amount due: everything paid minus the deductions the EU allows; refunded by the as-of date and by the deadline.</summary>
public sealed class ReturnsNRulesAmountDueRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnCase c = null!;
        ReturnsNRulesInput input = null!;
        ReturnsNRulesWindow window = null!;
        ReturnsNRulesDeadline deadline = null!;
        ReturnsNRulesAmounts amounts = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => c).Match(() => input).Match(() => window).Match(() => deadline)
            .Let(() => amounts, () => Amounts(c, input, window, deadline))
            .Match(() => outcome);
        Then().Do(_ => outcome.SetAmounts(deadline, amounts)).Yield(_ => amounts);
    }

    private static ReturnsNRulesAmounts Amounts(ReturnCase c, ReturnsNRulesInput input, ReturnsNRulesWindow window, ReturnsNRulesDeadline deadline)
    {
        var order = c.Order;
        var policy = input.Policy;
        var changeOfMind = c.Return.IsChangeOfMind;
        var deductions = 0m;
        var refunded = 0m;
        var refundedByDue = 0m;
        foreach (var refund in c.Refunds)
        {
            if (refund.On > input.AsOf)
            {
                continue;
            }

            refunded += refund.Amount.Amount;
            if (ReturnsAnchorFunctions.IsOnOrBefore(refund.On, deadline.Due))
            {
                refundedByDue += refund.Amount.Amount;
            }

            foreach (var deduction in refund.Deductions)
            {
                var kind = deduction.Kind;
                var allowed = kind == DeductionKind.BuyerRequested
                    || kind == DeductionKind.ExpressDeliveryPremium
                    || (kind == DeductionKind.ReturnShipping && policy.BuyerPaysReturnInformed && changeOfMind)
                    || (kind == DeductionKind.DiminishedValue && policy.WithdrawalInfoGiven);
                if (allowed)
                {
                    var cap = kind == DeductionKind.ExpressDeliveryPremium ? order.DeliveryPaid.Amount - order.StandardDeliveryCost.Amount : deduction.Amount.Amount;
                    deductions += Math.Min(deduction.Amount.Amount, Math.Max(0m, cap));
                }
            }
        }

        var due = window.RefusalValid ? 0m : Math.Max(0m, order.ItemsTotal.Amount + order.DeliveryPaid.Amount - deductions);
        return new ReturnsNRulesAmounts(due, refunded, refundedByDue);
    }
}

/// <summary>RET-REFUSED: a refusal that is not valid.</summary>
public sealed class ReturnsNRulesRefusedRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnsNRulesWindow window = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => window, w => w.Refused && !w.RefusalValid).Match(() => outcome);
        Then().Do(_ => outcome.Violate(1));
    }
}

/// <summary>RET-LATE: the deadline has passed and less than the amount due was refunded by it.</summary>
public sealed class ReturnsNRulesLateRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnsNRulesInput input = null!;
        ReturnsNRulesDeadline deadline = null!;
        ReturnsNRulesAmounts amounts = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => input)
            .Match(() => deadline, d => ReturnsAnchorFunctions.IsAfter(input.AsOf, d.Due))
            .Match(() => amounts, a => a.RefundedByDue < a.AmountDue)
            .Match(() => outcome);
        Then().Do(_ => outcome.Violate(8));
    }
}

/// <summary>RET-PARTIAL-REFUND: refunds exist and those by the as-of date total less than the amount due.</summary>
public sealed class ReturnsNRulesPartialRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnCase c = null!;
        ReturnsNRulesAmounts amounts = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => c, x => x.Refunds.Length > 0)
            .Match(() => amounts, a => a.Refunded < a.AmountDue)
            .Match(() => outcome);
        Then().Do(_ => outcome.Violate(4));
    }
}

/// <summary>RET-PAYMENT-METHOD: a refund went to another method without the buyer's agreement.</summary>
public sealed class ReturnsNRulesPaymentMethodRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnCase c = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => c, x => x.Refunds.Any(r => !r.BuyerAgreedToMethod && !string.Equals(r.Method, x.Order.PaymentMethod, StringComparison.OrdinalIgnoreCase)))
            .Match(() => outcome);
        Then().Do(_ => outcome.Violate(2));
    }
}

/// <summary>RET-DUE-SOON: at most one working day left and the refund incomplete.</summary>
public sealed class ReturnsNRulesDueSoonRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnsNRulesInput input = null!;
        ReturnsNRulesDeadline deadline = null!;
        ReturnsNRulesAmounts amounts = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => input)
            .Match(() => deadline, d => ReturnsAnchorFunctions.IsOnOrBefore(input.AsOf, d.Due))
            .Match(() => amounts, a => a.Refunded < a.AmountDue)
            .Match(() => outcome)
            .Having(() => ReturnsAnchorFunctions.WorkingDaysUntil(input.Calendar, input.AsOf, deadline.Due) <= 1);
        Then().Do(_ => outcome.MarkDueSoon());
    }
}

/// <summary>RET-POLICY-BELOW-LAW: an EU buyer and a window under 14 days or a restocking fee.</summary>
public sealed class ReturnsNRulesPolicyBelowLawRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnsNRulesInput input = null!;
        ReturnsNRulesWindow window = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => input, i => i.Policy.ReturnWindowDays < 14 || i.Policy.RestockingFeePercent > 0m)
            .Match(() => window, w => w.Eu)
            .Match(() => outcome);
        Then().Do(_ => outcome.MarkPolicyBelowLaw());
    }
}

/// <summary>RET-CALENDAR-ESTIMATE: a working-day count or window roll on dates without holiday data.</summary>
public sealed class ReturnsNRulesCalendarEstimateRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReturnsNRulesInput input = null!;
        ReturnsNRulesWindow window = null!;
        ReturnsNRulesDeadline deadline = null!;
        ReturnsNRulesAmounts amounts = null!;
        ReturnsNRulesOutcome outcome = null!;
        When().Match(() => input).Match(() => window).Match(() => deadline).Match(() => amounts).Match(() => outcome)
            .Having(() =>
                (window.Refused && !window.RefusalValid && window.Eu && !input.Calendar.IsCovered(window.Ends))
                || !ReturnsAnchorFunctions.IsCovered(input.Calendar, deadline.Received, deadline.SellerDue)
                || (ReturnsAnchorFunctions.IsOnOrBefore(input.AsOf, deadline.Due) && amounts.Refunded < amounts.AmountDue
                    && !ReturnsAnchorFunctions.IsCovered(input.Calendar, input.AsOf, deadline.Due)));
        Then().Do(_ => outcome.MarkEstimated());
    }
}
