using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Returns;
using static Reputation.Rules.Cli.Infrastructure.JsonInput;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// Reads a return case from one JSON-Lines object (the <c>returns check</c> contract) and writes its report. Every
/// error names the field path (<c>$.refunds[0].on</c>) and what was wrong.
/// </summary>
internal static class ReturnsJson
{
    public static (ReturnCase Case, LocalDate AsOf) ReadCase(JsonElement root, IReturnComplianceEngine engine)
    {
        EnsureObject(root, "$");
        var caseId = RequiredString(root, "caseId", "$");
        var asOf = RequiredDate(root, "asOf", "$");
        var buyer = RequiredMarket(root, "buyerMarket", "$");
        var seller = RequiredMarket(root, "sellerMarket", "$");
        var marketplace = OptionalString(root, "marketplace", "$");
        var order = ReadOrder(RequiredObject(root, "order", "$"), "$.order");
        var policy = ReadSellerPolicy(OptionalObject(root, "sellerPolicy", "$"), "$.sellerPolicy", engine.DefaultSellerPolicy);
        var request = ReadReturn(RequiredObject(root, "return", "$"), "$.return");
        var refunds = new List<Refund>();
        if (OptionalArray(root, "refunds", "$") is { } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                refunds.Add(ReadRefund(item, Item("$.refunds", i++)));
            }
        }

        Refusal? refusal = null;
        if (OptionalObject(root, "refusal", "$") is { } refusalElement)
        {
            var on = RequiredDate(refusalElement, "on", "$.refusal");
            var reasonText = OptionalString(refusalElement, "reason", "$.refusal") ?? "other";
            if (!ReturnWireNames.TryParse(reasonText, out RefusalReason reason))
            {
                throw new InputException("$.refusal.reason", $"{Quote(reasonText)} is not one of {ReturnWireNames.ListOf<RefusalReason>()}.");
            }

            refusal = Build("$.refusal", () => new Refusal(on, reason));
        }

        var returnCase = Build("$", () => new ReturnCase(caseId, buyer, seller, order, request, refunds, refusal, policy, marketplace));
        return (returnCase, asOf);
    }

    public static ReturnReport Evaluate(IReturnComplianceEngine engine, ReturnCase returnCase, LocalDate asOf) =>
        Build("$", () => engine.Evaluate(returnCase, asOf));

    public static void WriteReport(Utf8JsonWriter writer, ReturnReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", report.CaseId);
        writer.WriteString("verdict", ReturnWireNames.Of(report.Verdict));
        if (report.RefundDueBy is { } due)
        {
            writer.WriteString("refundDueBy", Formatting.Date(due));
            writer.WriteString("deadlineSetBy", report.DeadlineCitation!.ToString());
        }
        else
        {
            writer.WriteNull("refundDueBy");
            writer.WriteNull("deadlineSetBy");
        }

        Formatting.WriteMoney(writer, "amountDue", report.AmountDue);
        Formatting.WriteMoney(writer, "refunded", report.Refunded);
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId.Value);
            writer.WriteString("severity", Formatting.Severity(finding.Severity));
            writer.WriteString("message", finding.Message);
            if (finding.Citation is null)
            {
                writer.WriteNull("citation");
            }
            else
            {
                writer.WriteString("citation", finding.Citation.ToString());
            }

            writer.WriteStartObject("evidence");
            foreach (var item in finding.Evidence)
            {
                writer.WriteString(item.Key, item.Value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Order ReadOrder(JsonElement element, string path)
    {
        var itemsTotal = RequiredMoney(element, "itemsTotal", path);
        var deliveryPaid = RequiredMoney(element, "deliveryPaid", path);
        var standard = OptionalMoney(element, "standardDeliveryCost", path);
        var method = RequiredString(element, "paymentMethod", path);
        var delivered = RequiredDate(element, "deliveredOn", path);
        return Build(path, () => new Order(itemsTotal, deliveryPaid, method, delivered, standard));
    }

    private static SellerPolicy? ReadSellerPolicy(JsonElement? element, string path, SellerPolicy defaults)
    {
        if (element is not { } e)
        {
            return null;
        }

        var windowDays = OptionalInt(e, "returnWindowDays", path);
        var refundDays = OptionalInt(e, "refundWithinWorkingDays", path);
        var infoGiven = OptionalBool(e, "withdrawalInfoGiven", path);
        var buyerPays = OptionalBool(e, "buyerPaysReturnInformed", path);
        var collection = OptionalBool(e, "offersCollection", path);
        var restocking = OptionalDecimal(e, "restockingFeePercent", path);
        var termsDisplayed = OptionalBool(e, "returnTermsDisplayed", path);
        return Build(path, () => defaults with
        {
            ReturnWindowDays = windowDays ?? defaults.ReturnWindowDays,
            RefundWithinWorkingDays = refundDays ?? defaults.RefundWithinWorkingDays,
            WithdrawalInfoGiven = infoGiven ?? defaults.WithdrawalInfoGiven,
            BuyerPaysReturnInformed = buyerPays ?? defaults.BuyerPaysReturnInformed,
            OffersCollection = collection ?? defaults.OffersCollection,
            RestockingFeePercent = restocking ?? defaults.RestockingFeePercent,
            ReturnTermsDisplayed = termsDisplayed ?? defaults.ReturnTermsDisplayed,
        });
    }

    private static ReturnRequest ReadReturn(JsonElement element, string path)
    {
        var reasonText = RequiredString(element, "reason", path);
        if (!ReturnWireNames.TryParse(reasonText, out ReturnReason reason))
        {
            throw new InputException(Child(path, "reason"), $"{Quote(reasonText)} is not one of {ReturnWireNames.ListOf<ReturnReason>()}.");
        }

        var goodsText = RequiredString(element, "goods", path);
        if (!ReturnWireNames.TryParse(goodsText, out GoodsCategory goods))
        {
            throw new InputException(Child(path, "goods"), $"{Quote(goodsText)} is not one of {ReturnWireNames.ListOf<GoodsCategory>()}.");
        }

        var requested = RequiredDate(element, "requestedOn", path);
        var evidence = OptionalDate(element, "evidenceOfSendingOn", path);
        var received = OptionalDate(element, "receivedOn", path);
        return Build(path, () => new ReturnRequest(reason, goods, requested, evidence, received));
    }

    private static Refund ReadRefund(JsonElement element, string path)
    {
        EnsureObject(element, path);
        var on = RequiredDate(element, "on", path);
        var amount = RequiredMoney(element, "amount", path);
        var method = RequiredString(element, "method", path);
        var agreed = OptionalBool(element, "buyerAgreedToMethod", path) ?? false;
        var deductions = new List<Deduction>();
        if (OptionalArray(element, "deductions", path) is { } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = Item(Child(path, "deductions"), i++);
                EnsureObject(item, itemPath);
                var kindText = RequiredString(item, "kind", itemPath);
                var deductionAmount = RequiredMoney(item, "amount", itemPath);
                deductions.Add(Build(itemPath, () => new Deduction(new DeductionKind(kindText), deductionAmount)));
            }
        }

        return Build(path, () => new Refund(on, amount, method, agreed, deductions));
    }

    /// <summary>Runs a library constructor, turning its field-named validation error into a JSON-path error.</summary>
    private static T Build<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (InvalidReturnCaseException ex)
        {
            throw new InputException(ex.Field.Length == 0 ? path : path + "." + ex.Field, ex.Problem);
        }
    }
}
