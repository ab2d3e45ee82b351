using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Reputation.Rules.Returns;
using static Reputation.Rules.Serialization.JsonRead;

namespace Reputation.Rules.Serialization;

/// <summary>
/// The <c>returns check</c> contract (docs/returns.md): reads a request line, writes it back, writes a report. Every
/// read error names the field path (<c>$.refunds[0].on</c>) and what was wrong.
/// </summary>
internal static class ReturnsWire
{
    public static ReturnCheckRequest ReadRequest(JsonElement root, SellerPolicy? defaults)
    {
        var (returnCase, asOf) = ReadCaseAndDate(root, defaults, withAsOf: true);
        return new ReturnCheckRequest(returnCase, asOf!.Value);
    }

    /// <summary>Reads a case alone: a request line without <c>asOf</c> (an <c>asOf</c> that is there is not read).</summary>
    public static ReturnCase ReadCase(JsonElement root, SellerPolicy? defaults) => ReadCaseAndDate(root, defaults, withAsOf: false).Case;

    private static (ReturnCase Case, LocalDate? AsOf) ReadCaseAndDate(JsonElement root, SellerPolicy? defaults, bool withAsOf)
    {
        try
        {
            return ReadRequestCore(root, defaults, withAsOf);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
        {
            // A problem the readers did not name (e.g. a date pushed past the calendar's range) is still an input problem.
            throw new JsonInputException("$", "the case could not be evaluated (" + Shorten(OneLine(ex.Message)) + ")");
        }
    }

    private static (ReturnCase Case, LocalDate? AsOf) ReadRequestCore(JsonElement root, SellerPolicy? defaults, bool withAsOf)
    {
        EnsureObject(root, "$");
        var caseId = RequiredString(root, "caseId", "$");
        LocalDate? asOf = withAsOf ? RequiredDate(root, "asOf", "$") : null;
        var buyer = RequiredMarket(root, "buyerMarket", "$");
        var seller = RequiredMarket(root, "sellerMarket", "$");
        var marketplace = OptionalString(root, "marketplace", "$");
        var order = ReadOrder(RequiredObject(root, "order", "$"), "$.order");
        var policy = ReadSellerPolicy(OptionalObject(root, "sellerPolicy", "$"), "$.sellerPolicy", defaults ?? new SellerPolicy());
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
                throw new JsonInputException("$.refusal.reason", $"{Quote(reasonText)} is not one of {ReturnWireNames.ListOf<RefusalReason>()}.");
            }

            refusal = Build("$.refusal", () => new Refusal(on, reason));
        }

        var returnCase = Build("$", () => new ReturnCase(caseId, buyer, seller, order, request, refunds, refusal, policy, marketplace));
        return (returnCase, asOf);
    }

    public static void WriteRequest(Utf8JsonWriter writer, ReturnCheckRequest request) => WriteCase(writer, request.Case, request.AsOf);

    /// <summary>Writes a request line, or (without <paramref name="asOf"/>) a case alone: the same fields without <c>asOf</c>.</summary>
    public static void WriteCase(Utf8JsonWriter writer, ReturnCase c, LocalDate? asOf)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", c.CaseId);
        if (asOf is { } date)
        {
            writer.WriteString("asOf", JsonWrite.Date(date));
        }

        writer.WriteString("buyerMarket", c.BuyerMarket.Value);
        writer.WriteString("sellerMarket", c.SellerMarket.Value);
        if (c.Marketplace is null)
        {
            writer.WriteNull("marketplace");
        }
        else
        {
            writer.WriteString("marketplace", c.Marketplace);
        }

        writer.WriteStartObject("order");
        JsonWrite.WriteMoney(writer, "itemsTotal", c.Order.ItemsTotal);
        JsonWrite.WriteMoney(writer, "deliveryPaid", c.Order.DeliveryPaid);
        JsonWrite.WriteMoney(writer, "standardDeliveryCost", c.Order.StandardDeliveryCost);
        writer.WriteString("paymentMethod", c.Order.PaymentMethod);
        writer.WriteString("deliveredOn", JsonWrite.Date(c.Order.DeliveredOn));
        writer.WriteEndObject();
        writer.WriteStartObject("return");
        writer.WriteString("reason", ReturnWireNames.Of(c.Return.Reason));
        writer.WriteString("goods", ReturnWireNames.Of(c.Return.Goods));
        writer.WriteString("requestedOn", JsonWrite.Date(c.Return.RequestedOn));
        if (c.Return.EvidenceOfSendingOn is { } evidence)
        {
            writer.WriteString("evidenceOfSendingOn", JsonWrite.Date(evidence));
        }

        if (c.Return.ReceivedOn is { } received)
        {
            writer.WriteString("receivedOn", JsonWrite.Date(received));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("refunds");
        foreach (var refund in c.Refunds)
        {
            writer.WriteStartObject();
            writer.WriteString("on", JsonWrite.Date(refund.On));
            JsonWrite.WriteMoney(writer, "amount", refund.Amount);
            writer.WriteString("method", refund.Method);
            writer.WriteBoolean("buyerAgreedToMethod", refund.BuyerAgreedToMethod);
            writer.WriteStartArray("deductions");
            foreach (var deduction in refund.Deductions)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", deduction.Kind.Name);
                JsonWrite.WriteMoney(writer, "amount", deduction.Amount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (c.Refusal is { } refusal)
        {
            writer.WriteStartObject("refusal");
            writer.WriteString("on", JsonWrite.Date(refusal.On));
            writer.WriteString("reason", ReturnWireNames.Of(refusal.Reason));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("refusal");
        }

        if (c.SellerPolicy is { } policy)
        {
            writer.WriteStartObject("sellerPolicy");
            writer.WriteNumber("returnWindowDays", policy.ReturnWindowDays);
            writer.WriteNumber("refundWithinWorkingDays", policy.RefundWithinWorkingDays);
            writer.WriteBoolean("withdrawalInfoGiven", policy.WithdrawalInfoGiven);
            writer.WriteBoolean("buyerPaysReturnInformed", policy.BuyerPaysReturnInformed);
            writer.WriteBoolean("offersCollection", policy.OffersCollection);
            writer.WriteNumber("restockingFeePercent", policy.RestockingFeePercent);
            writer.WriteBoolean("returnTermsDisplayed", policy.ReturnTermsDisplayed);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static void WriteReport(Utf8JsonWriter writer, ReturnReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", report.CaseId);
        writer.WriteString("verdict", ReturnWireNames.Of(report.Verdict));
        if (report.RefundDueBy is { } due)
        {
            writer.WriteString("refundDueBy", JsonWrite.Date(due));
            writer.WriteString("deadlineSetBy", report.DeadlineCitation!.ToString());
        }
        else
        {
            writer.WriteNull("refundDueBy");
            writer.WriteNull("deadlineSetBy");
        }

        JsonWrite.WriteMoney(writer, "amountDue", report.AmountDue);
        JsonWrite.WriteMoney(writer, "refunded", report.Refunded);
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            JsonWrite.WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        if (!report.CalendarDataEnds.IsEmpty)
        {
            // Written only when a market's holiday data ends within 60 days: the usual line is unchanged.
            writer.WriteStartArray("calendarDataEnds");
            foreach (var ending in report.CalendarDataEnds)
            {
                writer.WriteStartObject();
                writer.WriteString("market", ending.Market.Value);
                writer.WriteString("endsOn", JsonWrite.Date(ending.EndsOn));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

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
            throw new JsonInputException(Child(path, "reason"), $"{Quote(reasonText)} is not one of {ReturnWireNames.ListOf<ReturnReason>()}.");
        }

        var goodsText = RequiredString(element, "goods", path);
        if (!ReturnWireNames.TryParse(goodsText, out GoodsCategory goods))
        {
            throw new JsonInputException(Child(path, "goods"), $"{Quote(goodsText)} is not one of {ReturnWireNames.ListOf<GoodsCategory>()}.");
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
            throw new JsonInputException(ex.Field.Length == 0 ? path : path + "." + ex.Field, ex.Problem);
        }
    }
}
