using System;
using System.Collections.Generic;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;
using RulesEngine.Models;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// Anchor for <see cref="ReturnsBenchmarks"/>: the eight return checks of <see cref="ReturnsBenchmarks.HandWritten"/>
/// (window and refusal, refund deadline and late, partial refund, amount due with the allowed deductions, payment
/// method, due soon, policy below the law, calendar coverage) as one Microsoft RulesEngine 6 workflow of lambda-string
/// rules over the same <see cref="ReturnCase"/>, seller policy, as-of date and calendar.
/// </summary>
/// <remarks>
/// The intermediate values (window end, refusal, deadlines, amounts) are workflow <see cref="ScopedParam"/>s, the
/// idiomatic way to share them between rules; working-day calendar arithmetic and nullable dates go through the static
/// functions of <see cref="ReturnsAnchorFunctions"/> and the calendar's own methods, registered as custom types. The
/// amount due, the amount refunded and the deadline come back as the output of the amount-due rule's
/// <c>OutputExpression</c> action. Everything is evaluated on every call: nothing is computed per case in advance.
/// </remarks>
public sealed class ReturnsRulesEngineAnchor
{
    /// <summary>The workflow's name.</summary>
    public const string WorkflowName = "returns";

    private const string Refused = "RET-REFUSED";
    private const string Late = "RET-LATE";
    private const string Partial = "RET-PARTIAL-REFUND";
    private const string AmountDue = "RET-AMOUNT-DUE";
    private const string PaymentMethod = "RET-PAYMENT-METHOD";
    private const string DueSoon = "RET-DUE-SOON";
    private const string PolicyBelowLaw = "RET-POLICY-BELOW-LAW";
    private const string CalendarEstimate = "RET-CALENDAR-ESTIMATE";

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Builds the workflow and the engine (the rules are compiled on first use and cached by the engine).</summary>
    public ReturnsRulesEngineAnchor()
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            GlobalParams =
            [
                Param("eu", "c.BuyerMarket.IsEuMember"),
                Param("refunds", "ReturnsAnchorFunctions.RefundsOf(c)"),
                Param("changeOfMind", "c.Return.IsChangeOfMind"),
                // Window: the longest of the seller's, the EU's (14 days rolled forward to a working day, +12 months
                // without withdrawal information) and, for faulty goods, 30 days.
                Param("sellerWindowEnds", "c.Order.DeliveredOn.PlusDays(policy.ReturnWindowDays)"),
                Param("euWindow14", "cal.NextWorkingDayOnOrAfter(c.Order.DeliveredOn.PlusDays(14))"),
                Param("euWindow", "policy.WithdrawalInfoGiven ? euWindow14 : cal.NextWorkingDayOnOrAfter(euWindow14.PlusMonths(12))"),
                Param("lawWindowEnds", "eu && euWindow > sellerWindowEnds ? euWindow : sellerWindowEnds"),
                Param("windowEnds", "!changeOfMind && c.Order.DeliveredOn.PlusDays(30) > lawWindowEnds ? c.Order.DeliveredOn.PlusDays(30) : lawWindowEnds"),
                Param("refused", "c.Refusal != null && c.Refusal.On <= asOf"),
                Param("refusalValid", "refused && (c.Return.RequestedOn > windowEnds || (changeOfMind && c.Return.Goods != GoodsCategory.Standard))"),
                // Deadlines from the facts known on asOf; the earliest wins; none after a valid refusal.
                Param("received", "ReturnsAnchorFunctions.KnownBy(c.Return.ReceivedOn, asOf)"),
                Param("evidence", "ReturnsAnchorFunctions.KnownBy(c.Return.EvidenceOfSendingOn, asOf)"),
                Param("euDue", "ReturnsAnchorFunctions.EuRefundDue(eu, c.Return.RequestedOn, asOf, policy.OffersCollection, received, evidence)"),
                Param("sellerDue", "ReturnsAnchorFunctions.SellerRefundDue(cal, received, policy.RefundWithinWorkingDays)"),
                Param("due", "ReturnsAnchorFunctions.RefundDue(refusalValid, euDue, sellerDue)"),
                // Amounts: everything paid minus the deductions the EU allows (express premium capped, informed return
                // shipping, diminished value with information, buyer-requested), refunds dated by asOf.
                Param("allowedDeductions",
                    "refunds.Where(r => r.On <= asOf).Sum(r => ReturnsAnchorFunctions.DeductionsOf(r).Sum(d => " +
                    "(d.Kind == DeductionKind.BuyerRequested || d.Kind == DeductionKind.ExpressDeliveryPremium " +
                    "|| (d.Kind == DeductionKind.ReturnShipping && policy.BuyerPaysReturnInformed && changeOfMind) " +
                    "|| (d.Kind == DeductionKind.DiminishedValue && policy.WithdrawalInfoGiven)) " +
                    "? Math.Min(d.Amount.Amount, Math.Max(0m, d.Kind == DeductionKind.ExpressDeliveryPremium ? c.Order.DeliveryPaid.Amount - c.Order.StandardDeliveryCost.Amount : d.Amount.Amount)) " +
                    ": 0m))"),
                Param("amountDue", "refusalValid ? 0m : Math.Max(0m, c.Order.ItemsTotal.Amount + c.Order.DeliveryPaid.Amount - allowedDeductions)"),
                Param("refunded", "refunds.Where(r => r.On <= asOf).Sum(r => r.Amount.Amount)"),
                Param("refundedByDue", "refunds.Where(r => r.On <= asOf && ReturnsAnchorFunctions.IsOnOrBefore(r.On, due)).Sum(r => r.Amount.Amount)"),
                Param("outstandingBeforeDue", "ReturnsAnchorFunctions.IsOnOrBefore(asOf, due) && refunded < amountDue"),
            ],
            Rules =
            [
                Check(Refused, "refused && !refusalValid"),
                Check(Late, "ReturnsAnchorFunctions.IsAfter(asOf, due) && refundedByDue < amountDue"),
                Check(Partial, "c.Refunds.Length > 0 && refunded < amountDue"),
                new Rule
                {
                    RuleName = AmountDue,
                    Expression = "amountDue >= 0m",
                    Actions = new RuleActions
                    {
                        OnSuccess = new ActionInfo
                        {
                            Name = "OutputExpression",
                            Context = new Dictionary<string, object> { ["Expression"] = "ReturnsAnchorAmounts(amountDue, refunded, due)" },
                        },
                    },
                },
                Check(PaymentMethod, "refunds.Any(r => !r.BuyerAgreedToMethod && !string.Equals(r.Method, c.Order.PaymentMethod, StringComparison.OrdinalIgnoreCase))"),
                Check(DueSoon, "outstandingBeforeDue && ReturnsAnchorFunctions.WorkingDaysUntil(cal, asOf, due) <= 1"),
                Check(PolicyBelowLaw, "eu && (policy.ReturnWindowDays < 14 || policy.RestockingFeePercent > 0m)"),
                Check(CalendarEstimate,
                    "(refused && !refusalValid && eu && !cal.IsCovered(windowEnds)) " +
                    "|| !ReturnsAnchorFunctions.IsCovered(cal, received, sellerDue) " +
                    "|| (outstandingBeforeDue && !ReturnsAnchorFunctions.IsCovered(cal, asOf, due))"),
            ],
        };

        var settings = new ReSettings
        {
            CustomTypes =
            [
                typeof(ReturnsAnchorFunctions), typeof(ReturnsAnchorAmounts), typeof(WorkingDayCalendar), typeof(LocalDate),
                typeof(GoodsCategory), typeof(DeductionKind), typeof(StringComparison),
            ],
        };
        _engine = new RulesEngine.RulesEngine([workflow], settings);
    }

    /// <summary>Runs the workflow on a case and derives the same small result as the hand-written baseline.</summary>
    /// <param name="returnCase">The case.</param>
    /// <param name="policy">The seller policy in force (the case's or the engine's default).</param>
    /// <param name="calendar">The buyer market's working-day calendar.</param>
    /// <param name="asOf">The date the case is judged as of.</param>
    /// <returns>The violations (same bits as the baseline), the deadline and the amounts.</returns>
    public HandWrittenResult Evaluate(ReturnCase returnCase, SellerPolicy policy, WorkingDayCalendar calendar, LocalDate asOf)
    {
        // ExecuteAllRulesAsync is a ValueTask; with in-memory rules it completes synchronously.
        var pending = _engine.ExecuteAllRulesAsync(
            WorkflowName,
            new RuleParameter("c", returnCase),
            new RuleParameter("policy", policy),
            new RuleParameter("cal", calendar),
            new RuleParameter("asOf", asOf));
        var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

        var violations = 0;
        bool dueSoon = false, policyBelowLaw = false, estimated = false;
        ReturnsAnchorAmounts? amounts = null;
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
            }

            if (result.Rule.RuleName == AmountDue)
            {
                amounts = result.ActionResult?.Output as ReturnsAnchorAmounts
                    ?? throw new InvalidOperationException("RulesEngine: the amount-due rule gave no amounts: " + result.ActionResult?.Exception?.Message);
                continue;
            }

            if (!result.IsSuccess)
            {
                continue;
            }

            switch (result.Rule.RuleName)
            {
                case Refused: violations |= 1; break;
                case PaymentMethod: violations |= 2; break;
                case Partial: violations |= 4; break;
                case Late: violations |= 8; break;
                case DueSoon: dueSoon = true; break;
                case PolicyBelowLaw: policyBelowLaw = true; break;
                case CalendarEstimate: estimated = true; break;
                default: break;
            }
        }

        if (amounts is null)
        {
            throw new InvalidOperationException("RulesEngine: the amount-due rule did not run.");
        }

        return new HandWrittenResult(violations, dueSoon && violations == 0, amounts.DueBy, amounts.AmountDue, amounts.Refunded, policyBelowLaw, estimated);
    }

    private static ScopedParam Param(string name, string expression) => new() { Name = name, Expression = expression };

    private static Rule Check(string name, string expression) => new() { RuleName = name, Expression = expression };
}

/// <summary>What the amount-due rule of <see cref="ReturnsRulesEngineAnchor"/> outputs.</summary>
/// <param name="AmountDue">The amount due.</param>
/// <param name="Refunded">The amount refunded by the as-of date.</param>
/// <param name="DueBy">The refund deadline, if any.</param>
public sealed record ReturnsAnchorAmounts(decimal AmountDue, decimal Refunded, LocalDate? DueBy);
