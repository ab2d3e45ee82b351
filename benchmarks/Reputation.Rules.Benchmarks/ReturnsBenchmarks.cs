using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// A typical compliant return case (FR buyer and seller, change of mind, refunded on time by card in N parts)
/// through every built-in rule of <see cref="ReturnComplianceEngine"/>, against one hand-written method that makes the
/// same checks with plain if/else on the same calendar (no layers, no citations, no findings; a small result object),
/// and against two general-purpose rules engines making the same eight checks as anchors: Microsoft RulesEngine
/// (<see cref="ReturnsRulesEngineAnchor"/>) and NRules (<see cref="ReturnsNRulesAnchor"/>).
/// </summary>
/// <remarks>
/// <see cref="Setup"/> checks that all four agree on the benchmark case (verdict, deadline, amount due) and on three
/// sanity cases that make the checks fire: a late partial refund to another payment method, an invalid refusal, and a
/// refund deadline one working day away under a seller policy below the EU minimum.
/// </remarks>
[MemoryDiagnoser]
public class ReturnsBenchmarks
{
    private ReturnComplianceEngine _engine = null!;
    private ReturnsRulesEngineAnchor _rulesEngine = null!;
    private ReturnsNRulesAnchor _nrules = null!;
    private ReturnCase _case = null!;
    private WorkingDayCalendar _calendar = null!;
    private LocalDate _asOf;

    /// <summary>How many refunds the case has (the amount is split between them).</summary>
    [Params(1, 4, 16)]
    public int Refunds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ReturnComplianceEngine.CreateDefault();
        _rulesEngine = new ReturnsRulesEngineAnchor();
        _nrules = new ReturnsNRulesAnchor();
        _calendar = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("FR"));
        var part = 50m / Refunds;
        var refunds = Enumerable.Range(0, Refunds).Select(i => new Refund(new LocalDate(2026, 6, 17), new Money(part, "EUR"), "card"));
        _case = Case("BENCH", refunds);
        _asOf = new LocalDate(2026, 7, 1);

        var expected = new HandWrittenResult(0, false, new LocalDate(2026, 6, 23), 50m, 50m, false, false);
        CheckAgreement(_case, _asOf, expected);

        // Sanity cases, so that agreement is not four implementations all answering "compliant".
        // 1. Late partial refund to another payment method (with a return-shipping deduction the EU does not allow
        //    here): late, partial and payment method fire; the amount due stays 50.00.
        CheckAgreement(
            Case("LATE-PARTIAL-PAYPAL", [new Refund(new LocalDate(2026, 6, 28), new Money(30m, "EUR"), "paypal", deductions: [new Deduction(DeductionKind.ReturnShipping, new Money(4m, "EUR"))])]),
            _asOf,
            new HandWrittenResult(2 | 4 | 8, false, new LocalDate(2026, 6, 23), 50m, 30m, false, false));
        // 2. A refusal inside the window for standard goods (not valid), nothing refunded: refused and late.
        CheckAgreement(
            Case("REFUSED", [], new Refusal(new LocalDate(2026, 6, 11), RefusalReason.NotIntact)),
            _asOf,
            new HandWrittenResult(1 | 8, false, new LocalDate(2026, 6, 23), 50m, 0m, false, false));
        // 3. A 7-day window with a restocking fee (below the EU minimum), nothing refunded yet, judged one working day
        //    before the deadline: at risk, policy below the law, no violation.
        CheckAgreement(
            Case("AT-RISK", [], policy: new SellerPolicy { ReturnWindowDays = 7, RestockingFeePercent = 10m }),
            new LocalDate(2026, 6, 22),
            new HandWrittenResult(0, true, new LocalDate(2026, 6, 23), 50m, 0m, true, false));
    }

    private static ReturnCase Case(string id, IEnumerable<Refund> refunds, Refusal? refusal = null, SellerPolicy? policy = null) =>
        new(
            id,
            CountryCode.Parse("FR"),
            CountryCode.Parse("FR"),
            new Order(new Money(45m, "EUR"), new Money(5m, "EUR"), "card", new LocalDate(2026, 6, 1)),
            new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard, new LocalDate(2026, 6, 10), new LocalDate(2026, 6, 12), new LocalDate(2026, 6, 16)),
            refunds,
            sellerPolicy: policy,
            refusal: refusal);

    /// <summary>Runs the four implementations on one case and throws unless all of them give <paramref name="expected"/>.</summary>
    private void CheckAgreement(ReturnCase returnCase, LocalDate asOf, HandWrittenResult expected)
    {
        var policy = returnCase.SellerPolicy ?? _engine.DefaultSellerPolicy;
        var report = _engine.Evaluate(returnCase, asOf);
        var answers = new (string Name, HandWrittenResult Result)[]
        {
            ("hand-written", Check(returnCase, asOf)),
            ("ReturnComplianceEngine", FromReport(report)),
            ("RulesEngine", _rulesEngine.Evaluate(returnCase, policy, _calendar, asOf)),
            ("NRules", _nrules.Evaluate(returnCase, policy, _calendar, asOf)),
        };
        var wrong = answers.Where(a => a.Result != expected).ToArray();
        if (wrong.Length > 0)
        {
            throw new InvalidOperationException(
                $"Return case {returnCase.CaseId}: the implementations disagree. Expected {expected}; " +
                string.Join("; ", wrong.Select(a => $"{a.Name} gave {a.Result}")) + $". Engine report: {report}");
        }

        var verdict = expected.Violations != 0 ? ReturnVerdict.Violation : expected.AtRisk ? ReturnVerdict.AtRisk : ReturnVerdict.Compliant;
        if (report.Verdict != verdict)
        {
            throw new InvalidOperationException($"Return case {returnCase.CaseId}: the engine's verdict is {report.Verdict}, expected {verdict}: {report}");
        }
    }

    /// <summary>The engine's report in the baseline's shape (same violation bits).</summary>
    private static HandWrittenResult FromReport(ReturnReport report)
    {
        var violations = (report.Has(ReturnRuleDescriptors.Refused.Id) ? 1 : 0)
            | (report.Has(ReturnRuleDescriptors.PaymentMethod.Id) ? 2 : 0)
            | (report.Has(ReturnRuleDescriptors.PartialRefund.Id) ? 4 : 0)
            | (report.Has(ReturnRuleDescriptors.Late.Id) ? 8 : 0);
        return new HandWrittenResult(
            violations,
            report.Verdict == ReturnVerdict.AtRisk,
            report.RefundDueBy,
            report.AmountDue.Amount,
            report.Refunded.Amount,
            report.Has(ReturnRuleDescriptors.PolicyBelowLaw.Id),
            report.Has(ReturnRuleDescriptors.CalendarEstimate.Id));
    }

    [Benchmark(Baseline = true, Description = "hand-written if/else")]
    public HandWrittenResult HandWritten() => Check(_case, _asOf);

    /// <summary>The hand-written checks on any case (the baseline benchmark runs it on the benchmark case).</summary>
    private HandWrittenResult Check(ReturnCase c, LocalDate asOf)
    {
        // The checks the engine makes for an EU (or lawless) buyer, as one method of plain if/else: no layers, no
        // citations, no findings, only a small result. Violation bits: 1 refused, 2 payment method, 4 partial, 8 late.
        var order = c.Order;
        var request = c.Return;
        var policy = c.SellerPolicy ?? _engine.DefaultSellerPolicy;
        var eu = c.BuyerMarket.IsEuMember;
        var changeOfMind = request.Reason == ReturnReason.ChangeOfMind;
        var estimated = false;
        var violations = 0;

        // Window: the longest of the seller's, the EU's (14 days rolled forward, +12 months without information) and,
        // for faulty goods, 30 days.
        var windowEnds = order.DeliveredOn.PlusDays(policy.ReturnWindowDays);
        if (eu)
        {
            var euWindow = _calendar.NextWorkingDayOnOrAfter(order.DeliveredOn.PlusDays(14));
            if (!policy.WithdrawalInfoGiven)
            {
                euWindow = _calendar.NextWorkingDayOnOrAfter(euWindow.PlusMonths(12));
            }

            windowEnds = euWindow > windowEnds ? euWindow : windowEnds;
        }

        if (!changeOfMind && order.DeliveredOn.PlusDays(30) > windowEnds)
        {
            windowEnds = order.DeliveredOn.PlusDays(30);
        }

        var refusal = c.Refusal is { } r && r.On <= asOf ? r : null;
        var refusalValid = refusal is not null && (request.RequestedOn > windowEnds || (changeOfMind && request.Goods != GoodsCategory.Standard));
        if (refusal is not null && !refusalValid)
        {
            estimated |= eu && !_calendar.IsCovered(windowEnds);
            violations |= 1;
        }

        // Deadlines from the facts known on asOf: EU max(informed + 14, earlier of receipt and evidence) unless the
        // seller collects; the seller's working days after receipt; the earliest wins.
        var requested = request.RequestedOn <= asOf ? request.RequestedOn : (LocalDate?)null;
        var received = request.ReceivedOn is { } got && got <= asOf ? got : (LocalDate?)null;
        var evidence = request.EvidenceOfSendingOn is { } sent && sent <= asOf ? sent : (LocalDate?)null;
        LocalDate? due = null;
        if (eu && requested is { } informed)
        {
            var fourteen = informed.PlusDays(14);
            if (policy.OffersCollection)
            {
                due = fourteen;
            }
            else if (received is not null || evidence is not null)
            {
                var withheld = received is { } a && evidence is { } b ? (a < b ? a : b) : (received ?? evidence)!.Value;
                due = withheld > fourteen ? withheld : fourteen;
            }
        }

        if (received is { } back)
        {
            var sellerDue = _calendar.AddWorkingDays(back, policy.RefundWithinWorkingDays);
            estimated |= !_calendar.IsCovered(back, sellerDue);
            if (due is null || sellerDue < due)
            {
                due = sellerDue;
            }
        }

        if (refusalValid)
        {
            due = null;
        }

        // Amount due: everything paid minus the deductions the EU allows (express premium capped, informed return
        // shipping, diminished value with information, buyer-requested).
        var amountDue = refusalValid ? 0m : order.ItemsTotal.Amount + order.DeliveryPaid.Amount;
        var refunded = 0m;
        var refundedByDue = 0m;
        foreach (var refund in c.Refunds)
        {
            if (refund.On > asOf)
            {
                continue;
            }

            refunded += refund.Amount.Amount;
            if (due is { } d && refund.On <= d)
            {
                refundedByDue += refund.Amount.Amount;
            }

            foreach (var deduction in refund.Deductions)
            {
                var kind = deduction.Kind;
                var allowed = kind == DeductionKind.BuyerRequested
                    || (kind == DeductionKind.ExpressDeliveryPremium)
                    || (kind == DeductionKind.ReturnShipping && policy.BuyerPaysReturnInformed && changeOfMind)
                    || (kind == DeductionKind.DiminishedValue && policy.WithdrawalInfoGiven);
                if (allowed && !refusalValid)
                {
                    var cap = kind == DeductionKind.ExpressDeliveryPremium ? order.DeliveryPaid.Amount - order.StandardDeliveryCost.Amount : deduction.Amount.Amount;
                    amountDue -= Math.Min(deduction.Amount.Amount, Math.Max(0m, cap));
                }
            }

            if (!refund.BuyerAgreedToMethod && !string.Equals(refund.Method, order.PaymentMethod, StringComparison.OrdinalIgnoreCase))
            {
                violations |= 2;
            }
        }

        amountDue = Math.Max(0m, amountDue);
        if (c.Refunds.Length > 0 && refunded < amountDue)
        {
            violations |= 4;
        }

        if (due is { } deadline && asOf > deadline && refundedByDue < amountDue)
        {
            violations |= 8;
        }

        var atRisk = false;
        if (due is { } soon && asOf <= soon && refunded < amountDue)
        {
            estimated |= !_calendar.IsCovered(asOf, soon);
            atRisk = _calendar.WorkingDaysBetween(asOf, soon) <= 1;
        }

        var policyBelowLaw = eu && (policy.ReturnWindowDays < 14 || policy.RestockingFeePercent > 0m);
        return new HandWrittenResult(violations, atRisk && violations == 0, due, amountDue, refunded, policyBelowLaw, estimated);
    }

    [Benchmark(Description = "ReturnComplianceEngine.Evaluate")]
    public ReturnReport Engine() => _engine.Evaluate(_case, _asOf);

    [Benchmark(Description = "RulesEngine 6.0.1 workflow")]
    public HandWrittenResult RulesEngine() => _rulesEngine.Evaluate(_case, _case.SellerPolicy ?? _engine.DefaultSellerPolicy, _calendar, _asOf);

    [Benchmark(Description = "NRules 1.0.4 session")]
    public HandWrittenResult NRules() => _nrules.Evaluate(_case, _case.SellerPolicy ?? _engine.DefaultSellerPolicy, _calendar, _asOf);
}

/// <summary>What the hand-written baseline returns: the same answer without explanations.</summary>
/// <param name="Violations">A bit per violated rule.</param>
/// <param name="AtRisk">Whether the deadline is at most a working day away and the refund incomplete.</param>
/// <param name="DueBy">The refund deadline, if any.</param>
/// <param name="AmountDue">The amount due.</param>
/// <param name="Refunded">The amount refunded by the as-of date.</param>
/// <param name="PolicyBelowLaw">Whether the seller's policy is below the EU minimum.</param>
/// <param name="Estimated">Whether a date was counted without holiday data.</param>
public sealed record HandWrittenResult(int Violations, bool AtRisk, LocalDate? DueBy, decimal AmountDue, decimal Refunded, bool PolicyBelowLaw, bool Estimated);
