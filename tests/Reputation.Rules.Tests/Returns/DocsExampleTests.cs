using System.Linq;
using NodaTime;
using Reputation.Rules.Returns;
using Xunit;

namespace Reputation.Rules.Tests.Returns;

/// <summary>The C# example of docs/returns.md, verbatim apart from the assertions.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void The_documented_example_gives_the_documented_results()
    {
        var engine = ReturnComplianceEngine.CreateDefault();

        var returnCase = new ReturnCase(
            caseId: "R-1",
            buyerMarket: CountryCode.Parse("DE"),
            sellerMarket: CountryCode.Parse("CN"),
            order: new Order(new Rules.Money(119.95m, "EUR"), new Rules.Money(5.00m, "EUR"), "card", new LocalDate(2026, 3, 2)),
            @return: new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard,
                requestedOn: new LocalDate(2026, 3, 16), evidenceOfSendingOn: new LocalDate(2026, 3, 20), receivedOn: new LocalDate(2026, 3, 25)),
            refunds: [new Refund(new LocalDate(2026, 4, 2), new Rules.Money(112.95m, "EUR"), "card", buyerAgreedToMethod: false,
                [new Deduction(DeductionKind.RestockingFee, new Rules.Money(12.00m, "EUR"))])],
            sellerPolicy: new SellerPolicy { RestockingFeePercent = 10m });

        var report = engine.Evaluate(returnCase, new LocalDate(2026, 4, 10));

        Assert.Equal(ReturnVerdict.Violation, report.Verdict);
        Assert.Equal(new LocalDate(2026, 3, 30), report.RefundDueBy);
        Assert.Equal("Monday, 30 March 2026", report.RefundDueBy!.Value.ToString());
        Assert.Equal("EU Directive 2011/83/EU Art. 13(1)", report.DeadlineCitation!.ToString());
        Assert.Equal("124.95 EUR", report.AmountDue.ToString());
        Assert.Equal(["RET-PARTIAL-REFUND", "RET-LATE", "RET-POLICY-BELOW-LAW"], report.Findings.Select(f => f.RuleId.Value).ToArray());
        Assert.Equal([Severity.Violation, Severity.Violation, Severity.Warning], report.Findings.Select(f => f.Severity).ToArray());
        Assert.Equal(new LocalDate(2026, 4, 1), report.Policy.ReturnWindowEnds.Value);
        Assert.Equal(PolicyLayer.Seller, report.Policy.ReturnWindowEnds.Layer);
    }

    [Fact]
    public void The_documented_options_validation_message_is_exact()
    {
        var options = new ReturnsOptions { DueSoonWorkingDays = 99, DefaultSellerPolicy = { ReturnWindowDays = 60, RefundWithinWorkingDays = 3 } };
        Assert.Equal(["DueSoonWorkingDays: must be between 0 and 30 (got 99)."], options.Validate().ToArray());
    }
}
