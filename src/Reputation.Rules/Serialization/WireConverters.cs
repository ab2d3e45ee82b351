using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Reputation.Rules.Complaints;
using Reputation.Rules.Delivery;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Serialization;

/// <summary>
/// The base of the wire-format converters: reads the value as a document and hands it to the wire readers (which name
/// every problem by its path and throw only <see cref="JsonInputException"/>); writes with the wire writers.
/// </summary>
internal abstract class WireConverter<T> : JsonConverter<T>
{
    public override bool HandleNull => false;

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ReputationRulesJson.ReadChecked(document.RootElement, ReadElement);
    }

    protected abstract T ReadElement(JsonElement element);

    /// <summary>For output-only types: reading one is an input problem, not a crash.</summary>
    protected static T OutputOnly(string what) =>
        throw new JsonInputException("$", $"{what} is written by the library, not read (it is an output of the wire format).");
}

internal sealed class MoneyJsonConverter : WireConverter<Money>
{
    protected override Money ReadElement(JsonElement element) => JsonRead.ReadMoney(element, "$");

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => JsonWrite.WriteMoney(writer, value);
}

internal sealed class CountryCodeJsonConverter : WireConverter<CountryCode>
{
    protected override CountryCode ReadElement(JsonElement element) => JsonRead.ReadMarket(element, "$");

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

internal sealed class CurrencyJsonConverter : WireConverter<Currency>
{
    protected override Currency ReadElement(JsonElement element) => JsonRead.ReadCurrency(element, "$");

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}

internal sealed class RuleIdJsonConverter : WireConverter<RuleId>
{
    protected override RuleId ReadElement(JsonElement element) => JsonRead.ReadRuleId(element, "$");

    public override void Write(Utf8JsonWriter writer, RuleId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

internal sealed class LocalDateJsonConverter : WireConverter<LocalDate>
{
    protected override LocalDate ReadElement(JsonElement element) => JsonRead.ParseDate(JsonRead.ReadString(element, "$"), "$");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue(JsonWrite.Date(value));
}

internal sealed class InstantJsonConverter : WireConverter<Instant>
{
    protected override Instant ReadElement(JsonElement element) => JsonRead.ParseInstant(JsonRead.ReadString(element, "$"), "$");

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => writer.WriteStringValue(JsonWrite.Instant(value));
}

internal sealed class FindingJsonConverter : WireConverter<Finding>
{
    protected override Finding ReadElement(JsonElement element) => FindingsWire.ReadFinding(element, "$");

    public override void Write(Utf8JsonWriter writer, Finding value, JsonSerializerOptions options) => JsonWrite.WriteFinding(writer, value);
}

internal sealed class ReturnCheckRequestJsonConverter : WireConverter<ReturnCheckRequest>
{
    protected override ReturnCheckRequest ReadElement(JsonElement element) => ReturnsWire.ReadRequest(element, null);

    public override void Write(Utf8JsonWriter writer, ReturnCheckRequest value, JsonSerializerOptions options) => ReturnsWire.WriteRequest(writer, value);
}

internal sealed class ReturnReportJsonConverter : WireConverter<ReturnReport>
{
    protected override ReturnReport ReadElement(JsonElement element) => OutputOnly("a return report");

    public override void Write(Utf8JsonWriter writer, ReturnReport value, JsonSerializerOptions options) => ReturnsWire.WriteReport(writer, value);
}

internal sealed class ReviewCheckRequestJsonConverter : WireConverter<ReviewCheckRequest>
{
    protected override ReviewCheckRequest ReadElement(JsonElement element) => ReviewsWire.ReadRequest(element, null);

    public override void Write(Utf8JsonWriter writer, ReviewCheckRequest value, JsonSerializerOptions options) => ReviewsWire.WriteRequest(writer, value);
}

internal sealed class ReviewCheckResultJsonConverter : WireConverter<ReviewCheckResult>
{
    protected override ReviewCheckResult ReadElement(JsonElement element) => OutputOnly("a review check result");

    public override void Write(Utf8JsonWriter writer, ReviewCheckResult value, JsonSerializerOptions options) => ReviewsWire.WriteResult(writer, value);
}

internal sealed class FeedbackJsonConverter : WireConverter<Feedback>
{
    protected override Feedback ReadElement(JsonElement element) => ScoringWire.ReadFeedback(element, null);

    public override void Write(Utf8JsonWriter writer, Feedback value, JsonSerializerOptions options) => ScoringWire.WriteFeedback(writer, value);
}

internal sealed class CreditReportJsonConverter : WireConverter<CreditReport>
{
    protected override CreditReport ReadElement(JsonElement element) => OutputOnly("a credit report");

    public override void Write(Utf8JsonWriter writer, CreditReport value, JsonSerializerOptions options) => ScoringWire.WriteReport(writer, value);
}

internal sealed class RuleDescriptorJsonConverter : WireConverter<RuleDescriptor>
{
    protected override RuleDescriptor ReadElement(JsonElement element) => FindingsWire.ReadRule(element, "$");

    public override void Write(Utf8JsonWriter writer, RuleDescriptor value, JsonSerializerOptions options) => JsonWrite.WriteRule(writer, value);
}

internal sealed class CitationJsonConverter : WireConverter<Citation>
{
    protected override Citation ReadElement(JsonElement element) => FindingsWire.ReadCitation(element, "$");

    public override void Write(Utf8JsonWriter writer, Citation value, JsonSerializerOptions options) => JsonWrite.WriteCitation(writer, value);
}

internal sealed class ReturnCaseJsonConverter : WireConverter<ReturnCase>
{
    protected override ReturnCase ReadElement(JsonElement element) => ReturnsWire.ReadCase(element, null);

    public override void Write(Utf8JsonWriter writer, ReturnCase value, JsonSerializerOptions options) => ReturnsWire.WriteCase(writer, value, null);
}

internal sealed class SolicitationMessageJsonConverter : WireConverter<SolicitationMessage>
{
    protected override SolicitationMessage ReadElement(JsonElement element) => ReviewsWire.ReadMessage(element, null);

    public override void Write(Utf8JsonWriter writer, SolicitationMessage value, JsonSerializerOptions options) => ReviewsWire.WriteMessage(writer, value);
}

internal sealed class SolicitationCampaignJsonConverter : WireConverter<SolicitationCampaign>
{
    protected override SolicitationCampaign ReadElement(JsonElement element) => ReviewsWire.ReadCampaign(element, null);

    public override void Write(Utf8JsonWriter writer, SolicitationCampaign value, JsonSerializerOptions options) => ReviewsWire.WriteCampaign(writer, value);
}

internal sealed class SolicitationReportJsonConverter : WireConverter<SolicitationReport>
{
    protected override SolicitationReport ReadElement(JsonElement element) => ReviewsWire.ReadReport(element);

    public override void Write(Utf8JsonWriter writer, SolicitationReport value, JsonSerializerOptions options) => ReviewsWire.WriteReport(writer, value);
}

internal sealed class CustomerReviewJsonConverter : WireConverter<CustomerReview>
{
    protected override CustomerReview ReadElement(JsonElement element) => FeedbackWire.ReadReview(element, null);

    public override void Write(Utf8JsonWriter writer, CustomerReview value, JsonSerializerOptions options) => FeedbackWire.WriteReview(writer, value);
}

internal sealed class FeedbackAnalysisJsonConverter : WireConverter<FeedbackAnalysis>
{
    protected override FeedbackAnalysis ReadElement(JsonElement element) => OutputOnly("a feedback analysis");

    public override void Write(Utf8JsonWriter writer, FeedbackAnalysis value, JsonSerializerOptions options) => FeedbackWire.WriteAnalysis(writer, value);
}

internal sealed class ShipmentJsonConverter : WireConverter<Shipment>
{
    protected override Shipment ReadElement(JsonElement element) => ShipmentsWire.ReadShipment(element, null);

    public override void Write(Utf8JsonWriter writer, Shipment value, JsonSerializerOptions options) => ShipmentsWire.WriteShipment(writer, value);
}

internal sealed class ShipmentResultJsonConverter : WireConverter<ShipmentResult>
{
    protected override ShipmentResult ReadElement(JsonElement element) => OutputOnly("a shipment result");

    public override void Write(Utf8JsonWriter writer, ShipmentResult value, JsonSerializerOptions options) => ShipmentsWire.WriteResult(writer, value);
}

internal sealed class WeeklyShipmentReportJsonConverter : WireConverter<WeeklyShipmentReport>
{
    protected override WeeklyShipmentReport ReadElement(JsonElement element) => OutputOnly("a weekly shipment report");

    public override void Write(Utf8JsonWriter writer, WeeklyShipmentReport value, JsonSerializerOptions options) => ShipmentsWire.WriteWeekly(writer, value);
}

internal sealed class DeliveryPromiseTableJsonConverter : WireConverter<DeliveryPromiseTable>
{
    protected override DeliveryPromiseTable ReadElement(JsonElement element) => ShipmentsWire.ReadPromiseTable(element);

    public override void Write(Utf8JsonWriter writer, DeliveryPromiseTable value, JsonSerializerOptions options) => ShipmentsWire.WritePromiseTable(writer, value);
}
