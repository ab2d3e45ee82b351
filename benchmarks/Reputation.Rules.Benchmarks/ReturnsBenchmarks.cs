using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// A typical compliant return case (FR buyer and seller, change of mind, refunded on time by card in N parts)
/// through every built-in rule of <see cref="ReturnComplianceEngine"/>, against one hand-written method that makes the
/// same checks with plain if/else on the same calendar (no layers, no report, no explanations).
/// </summary>
[MemoryDiagnoser]
public class ReturnsBenchmarks
{
    private ReturnComplianceEngine _engine = null!;
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
        _calendar = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("FR"));
        var part = 50m / Refunds;
        var refunds = Enumerable.Range(0, Refunds).Select(i => new Refund(new LocalDate(2026, 6, 17), new Money(part, "EUR"), "card"));
        _case = new ReturnCase(
            "BENCH",
            CountryCode.Parse("FR"),
            CountryCode.Parse("FR"),
            new Order(new Money(45m, "EUR"), new Money(5m, "EUR"), "card", new LocalDate(2026, 6, 1)),
            new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard, new LocalDate(2026, 6, 10), new LocalDate(2026, 6, 12), new LocalDate(2026, 6, 16)),
            refunds);
        _asOf = new LocalDate(2026, 7, 1);
        var report = _engine.Evaluate(_case, _asOf);
        if (report.Verdict != ReturnVerdict.Compliant || HandWritten() != 0)
        {
            throw new InvalidOperationException("The benchmark case must be compliant in both implementations: " + report);
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written if/else")]
    public int HandWritten()
    {
        // The same checks the engine makes for this case, without layers, report or explanations. Returns a bit set.
        var c = _case;
        var order = c.Order;
        var request = c.Return;
        var violations = 0;

        // Window: EU 14 days rolled forward vs the seller's 30 days; the longest wins (no refusal here).
        var euWindow = _calendar.NextWorkingDayOnOrAfter(order.DeliveredOn.PlusDays(14));
        var sellerWindow = order.DeliveredOn.PlusDays(30);
        var windowEnds = euWindow > sellerWindow ? euWindow : sellerWindow;
        if (c.Refusal is { } refusal && refusal.On <= _asOf && request.RequestedOn <= windowEnds && request.Goods == GoodsCategory.Standard)
        {
            violations |= 1;
        }

        // Deadlines: EU max(informed + 14, earlier of receipt and evidence); seller 5 working days after receipt.
        LocalDate? due = null;
        var received = request.ReceivedOn is { } r && r <= _asOf ? r : (LocalDate?)null;
        var evidence = request.EvidenceOfSendingOn is { } e && e <= _asOf ? e : (LocalDate?)null;
        if (received is not null || evidence is not null)
        {
            var withheld = received is { } a && evidence is { } b ? (a < b ? a : b) : (received ?? evidence)!.Value;
            var fourteen = request.RequestedOn.PlusDays(14);
            due = withheld > fourteen ? withheld : fourteen;
        }

        if (received is { } got)
        {
            var sellerDue = _calendar.AddWorkingDays(got, 5);
            if (due is null || sellerDue < due)
            {
                due = sellerDue;
            }
        }

        // Amounts, deductions (EU: no restocking fee), payment method.
        var amountDue = order.ItemsTotal.Amount + order.DeliveryPaid.Amount;
        var refunded = 0m;
        var refundedByDue = 0m;
        foreach (var refund in c.Refunds)
        {
            if (refund.On > _asOf)
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
                if (deduction.Kind == DeductionKind.BuyerRequested || deduction.Kind == DeductionKind.ExpressDeliveryPremium)
                {
                    amountDue -= deduction.Amount.Amount;
                }
            }

            if (!refund.BuyerAgreedToMethod && !string.Equals(refund.Method, order.PaymentMethod, StringComparison.OrdinalIgnoreCase))
            {
                violations |= 2;
            }
        }

        if (c.Refunds.Length > 0 && refunded < amountDue)
        {
            violations |= 4;
        }

        if (due is { } deadline && _asOf > deadline && refundedByDue < amountDue)
        {
            violations |= 8;
        }

        if (due is { } soon && _asOf <= soon && refunded < amountDue && _calendar.WorkingDaysBetween(_asOf, soon) <= 1)
        {
            violations |= 16;
        }

        var policy = c.SellerPolicy ?? _engine.DefaultSellerPolicy;
        if (policy.ReturnWindowDays < 14 || policy.RestockingFeePercent > 0m)
        {
            violations |= 32;
        }

        return violations;
    }

    [Benchmark(Description = "ReturnComplianceEngine.Evaluate")]
    public ReturnReport Engine() => _engine.Evaluate(_case, _asOf);
}
