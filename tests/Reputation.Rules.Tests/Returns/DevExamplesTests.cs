using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Reputation.Rules.Returns;
using Reputation.Rules.Testing;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>
/// The published dev examples (<c>examples/returns-dev.jsonl</c>, each with an <c>expect</c> field) through the
/// library API. A minimal reader here keeps the library test independent of the CLI's reader (tested separately).
/// </summary>
public sealed class DevExamplesTests
{
    public static TheoryData<string> Lines()
    {
        var data = new TheoryData<string>();
        foreach (var line in RepoPaths.ExampleLines("returns-dev.jsonl"))
        {
            data.Add(line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Dev_example_meets_its_expectation(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var expect = root.GetProperty("expect");
        if (expect.TryGetProperty("error", out var error) && error.GetBoolean())
        {
            Assert.Throws<InvalidReturnCaseException>(() => Read(root));
            return;
        }

        var report = Engine.Evaluate(Read(root), D(root.GetProperty("asOf").GetString()!));
        Assert.Equal(expect.GetProperty("verdict").GetString(), ReturnWireNames.Of(report.Verdict));
        Assert.Equal(expect.GetProperty("refundDueBy").GetString(), report.RefundDueBy?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(expect.GetProperty("amountDue").GetString(), report.AmountDue.FormatAmount());
        var ids = Ids(report);
        foreach (var rule in expect.GetProperty("rules").EnumerateArray())
        {
            Assert.Contains(rule.GetString(), ids);
        }

        if (expect.TryGetProperty("absent", out var absent))
        {
            foreach (var rule in absent.EnumerateArray())
            {
                Assert.DoesNotContain(rule.GetString(), ids);
            }
        }
    }

    [Fact]
    public void The_dev_examples_are_present() => Assert.True(Lines().Count >= 4);

    private static ReturnCase Read(JsonElement root)
    {
        var order = root.GetProperty("order");
        var ret = root.GetProperty("return");
        var policy = root.TryGetProperty("sellerPolicy", out var p) && p.ValueKind == JsonValueKind.Object
            ? new SellerPolicy
            {
                ReturnWindowDays = Int(p, "returnWindowDays") ?? 30,
                RefundWithinWorkingDays = Int(p, "refundWithinWorkingDays") ?? 5,
                WithdrawalInfoGiven = Bool(p, "withdrawalInfoGiven") ?? true,
                BuyerPaysReturnInformed = Bool(p, "buyerPaysReturnInformed") ?? false,
                OffersCollection = Bool(p, "offersCollection") ?? false,
                RestockingFeePercent = p.TryGetProperty("restockingFeePercent", out var r) ? r.GetDecimal() : 0m,
                ReturnTermsDisplayed = Bool(p, "returnTermsDisplayed") ?? true,
            }
            : null;
        var refunds = new List<Refund>();
        if (root.TryGetProperty("refunds", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var refund in array.EnumerateArray())
            {
                refunds.Add(new Refund(
                    D(refund.GetProperty("on").GetString()!),
                    Money(refund.GetProperty("amount")),
                    refund.GetProperty("method").GetString()!,
                    Bool(refund, "buyerAgreedToMethod") ?? false,
                    refund.GetProperty("deductions").EnumerateArray().Select(d => new Deduction(new DeductionKind(d.GetProperty("kind").GetString()!), Money(d.GetProperty("amount"))))));
            }
        }

        Assert.True(ReturnWireNames.TryParse(ret.GetProperty("reason").GetString(), out ReturnReason reason));
        Assert.True(ReturnWireNames.TryParse(ret.GetProperty("goods").GetString(), out GoodsCategory goods));
        return new ReturnCase(
            root.GetProperty("caseId").GetString()!,
            CountryCode.Parse(root.GetProperty("buyerMarket").GetString()!),
            CountryCode.Parse(root.GetProperty("sellerMarket").GetString()!),
            new Order(
                Money(order.GetProperty("itemsTotal")),
                Money(order.GetProperty("deliveryPaid")),
                order.GetProperty("paymentMethod").GetString()!,
                D(order.GetProperty("deliveredOn").GetString()!),
                order.TryGetProperty("standardDeliveryCost", out var standard) ? Money(standard) : null),
            new ReturnRequest(reason, goods, D(ret.GetProperty("requestedOn").GetString()!), Date(ret, "evidenceOfSendingOn"), Date(ret, "receivedOn")),
            refunds,
            refusal: null,
            policy,
            root.TryGetProperty("marketplace", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null);

        Rules.Money Money(JsonElement e) => new(decimal.Parse(e.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture), e.GetProperty("currency").GetString()!);
    }

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    private static bool? Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetBoolean() : null;

    private static NodaTime.LocalDate? Date(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? D(v.GetString()!) : null;
}
