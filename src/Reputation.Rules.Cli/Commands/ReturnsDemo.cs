using System.Linq;
using NodaTime;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Returns;

namespace Reputation.Rules.Cli.Commands;

/// <summary>Demo: a compliant, an at-risk and a violating return case, with the layer that set each deadline.</summary>
internal static class ReturnsDemo
{
    public static DemoSection Section { get; } = new("Return-policy compliance: seller, marketplace and law layers", Run);

    private static void Run(CliContext context)
    {
        var engine = ReturnComplianceEngine.CreateDefault();
        (ReturnCase Case, LocalDate AsOf)[] samples =
        [
            // FR buyer: refunded in full on 06-18, before the seller's 5 FR working days (06-23) and the EU 14 days.
            (Case("FR-OK", "FR", "FR", "EUR", 45m, 5m, "2026-06-01", "2026-06-10", "2026-06-16", [new Refund(new LocalDate(2026, 6, 18), new Money(50m, "EUR"), "card")]), new LocalDate(2026, 7, 1)),

            // CN buyer: received 09-30, the 7 calendar days of CPL Art. 25 end 10-07; on 10-06 no working day is left (National Day).
            (Case("CN-SOON", "CN", "CN", "CNY", 299m, 0m, "2026-09-20", "2026-09-25", "2026-09-30", []), new LocalDate(2026, 10, 6)),

            // FR buyer: a 5.00 restocking fee (never lawful under the CRD) and a refund after the 06-23 deadline.
            (Case("FR-BAD", "FR", "FR", "EUR", 45m, 5m, "2026-06-01", "2026-06-10", "2026-06-16", [new Refund(new LocalDate(2026, 6, 26), new Money(45m, "EUR"), "card", false, [new Deduction(DeductionKind.RestockingFee, new Money(5m, "EUR"))])], new SellerPolicy { RestockingFeePercent = 10m }), new LocalDate(2026, 7, 1)),
        ];

        var table = new TextTable("case", "buyer/seller", "verdict", "refund due by", "set by", "amount due", "refunded", "rules");
        var details = new System.Collections.Generic.List<string>();
        foreach (var (returnCase, asOf) in samples)
        {
            var report = engine.Evaluate(returnCase, asOf);
            table.AddRow(
                report.CaseId,
                $"{returnCase.BuyerMarket}/{returnCase.SellerMarket}",
                ReturnWireNames.Of(report.Verdict),
                report.RefundDueBy is { } due ? Formatting.Date(due) : "-",
                report.DeadlineCitation?.ToString() ?? "-",
                report.AmountDue.ToString(),
                report.Refunded.ToString(),
                report.Findings.Length == 0 ? "-" : string.Join(" ", report.Findings.Select(f => f.RuleId.Value)));
            details.AddRange(report.Findings.Select(f => $"  {report.CaseId} {f.RuleId} ({Formatting.Severity(f.Severity)}): {f.Message}"));
        }

        table.WriteTo(context.Out);
        foreach (var line in details)
        {
            context.Out.WriteLine(line);
        }
    }

    private static ReturnCase Case(
        string id,
        string buyer,
        string seller,
        string currency,
        decimal items,
        decimal delivery,
        string delivered,
        string requested,
        string received,
        Refund[] refunds,
        SellerPolicy? policy = null) =>
        new(
            id,
            CountryCode.Parse(buyer),
            CountryCode.Parse(seller),
            new Order(new Money(items, currency), new Money(delivery, currency), "card", Date(delivered)),
            new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard, Date(requested), null, Date(received)),
            refunds,
            refusal: null,
            policy);

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
