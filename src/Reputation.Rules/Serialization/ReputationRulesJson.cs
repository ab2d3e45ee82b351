using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Reputation.Rules.Complaints;
using Reputation.Rules.Delivery;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Serialization;

/// <summary>
/// The library's JSON wire format: the JSON-Lines contracts of <c>returns check</c>, <c>reviews check</c> and
/// <c>score</c> (docs/returns.md, docs/reviews.md, docs/scoring.md), one implementation shared by the CLI and by
/// hosts such as ASP.NET Core. Use the explicit <c>Read…</c>/<c>Write</c> methods, or <see cref="Options"/> (or
/// <see cref="TypeInfoResolver"/> in your own options) with <see cref="JsonSerializer"/>.
/// </summary>
/// <remarks>
/// Source-generated and reflection-free: safe to trim and to compile ahead of time. Reading untrusted JSON throws only
/// <see cref="JsonInputException"/> (every problem with its JSON path): syntax errors, lone surrogates, control
/// characters in dates, numbers out of range and documents deeper than 64 levels included. Inputs, findings, rules
/// and citations are read and written; reports and results are outputs, written and not read (docs/serialization.md
/// says why for each). This type is thread-safe.
/// </remarks>
public static class ReputationRulesJson
{
    /// <summary>
    /// Resolves the wire format's types (requests, cases, messages, campaigns, reviews, shipments, promise tables,
    /// reports and results, <see cref="Finding"/>, <see cref="RuleDescriptor"/>, <see cref="Citation"/>, <see cref="Money"/>,
    /// <see cref="CountryCode"/>, <see cref="Currency"/>, <see cref="RuleId"/>, NodaTime <see cref="LocalDate"/> and
    /// <see cref="Instant"/>) to their wire converters; add it to a host's resolver chain, e.g.
    /// <c>options.TypeInfoResolverChain.Insert(0, ReputationRulesJson.TypeInfoResolver)</c>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } =
        JsonTypeInfoResolver.Combine(new NodaTimeResolver(), ReputationRulesJsonContext.Default);

    /// <summary>
    /// Ready, read-only serializer options that write exactly what the CLI writes: compact, non-ASCII text (Chinese)
    /// left readable, every wire type through its converter.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The writer options the wire format is written with (compact, non-ASCII text left readable).</summary>
    public static JsonWriterOptions WriterOptions => JsonWrite.WriterOptions;

    // ----- returns check -----

    /// <summary>Reads one <c>returns check</c> input line: the case and <c>asOf</c>.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="defaultPolicy">The policy a <c>sellerPolicy</c> object's absent fields come from (default: <see cref="SellerPolicy"/>'s defaults, as the default engine uses).</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid request; every problem has its path.</exception>
    public static ReturnCheckRequest ReadReturnCheck(string json, SellerPolicy? defaultPolicy = null) =>
        ReadDocument(json, root => ReturnsWire.ReadRequest(root, defaultPolicy));

    /// <summary>Reads one <c>returns check</c> input line from UTF-8: the case and <c>asOf</c>.</summary>
    /// <param name="utf8Json">The JSON object as UTF-8.</param>
    /// <param name="defaultPolicy">The policy a <c>sellerPolicy</c> object's absent fields come from (default: <see cref="SellerPolicy"/>'s defaults).</param>
    /// <returns>The request.</returns>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid request; every problem has its path.</exception>
    public static ReturnCheckRequest ReadReturnCheck(ReadOnlySpan<byte> utf8Json, SellerPolicy? defaultPolicy = null) =>
        ReadDocument(utf8Json, root => ReturnsWire.ReadRequest(root, defaultPolicy));

    /// <summary>Tries to read one <c>returns check</c> input line.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="request">The request, or null.</param>
    /// <param name="problems">Empty on success, else what is wrong and where.</param>
    /// <param name="defaultPolicy">The policy a <c>sellerPolicy</c> object's absent fields come from.</param>
    /// <returns><see langword="true"/> when the line was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryReadReturnCheck(string json, [NotNullWhen(true)] out ReturnCheckRequest? request, out ImmutableArray<JsonInputProblem> problems, SellerPolicy? defaultPolicy = null) =>
        TryRead(() => ReadReturnCheck(json, defaultPolicy), out request, out problems);

    /// <summary>Writes a <c>returns check</c> input line (every field, absent optional dates left out).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ReturnCheckRequest request) => Write(writer, request, ReturnsWire.WriteRequest);

    /// <summary>Writes a <c>returns check</c> output line: <c>{"caseId","verdict","refundDueBy","deadlineSetBy","amountDue","refunded","findings"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ReturnReport report) => Write(writer, report, ReturnsWire.WriteReport);

    // ----- reviews check -----

    /// <summary>Reads one <c>reviews check</c> input line: a message, or a campaign under <c>campaign</c>, with an optional id.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="guard">The guard whose platform profiles name the allowed platforms (default: the built-in ones).</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid request; every problem has its path.</exception>
    public static ReviewCheckRequest ReadReviewCheck(string json, SolicitationGuard? guard = null) =>
        ReadDocument(json, root => ReviewsWire.ReadRequest(root, guard));

    /// <summary>Reads one <c>reviews check</c> input line from UTF-8.</summary>
    /// <param name="utf8Json">The JSON object as UTF-8.</param>
    /// <param name="guard">The guard whose platform profiles name the allowed platforms (default: the built-in ones).</param>
    /// <returns>The request.</returns>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid request; every problem has its path.</exception>
    public static ReviewCheckRequest ReadReviewCheck(ReadOnlySpan<byte> utf8Json, SolicitationGuard? guard = null) =>
        ReadDocument(utf8Json, root => ReviewsWire.ReadRequest(root, guard));

    /// <summary>Tries to read one <c>reviews check</c> input line.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="request">The request, or null.</param>
    /// <param name="problems">Empty on success, else what is wrong and where.</param>
    /// <param name="guard">The guard whose platform profiles name the allowed platforms (default: the built-in ones).</param>
    /// <returns><see langword="true"/> when the line was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryReadReviewCheck(string json, [NotNullWhen(true)] out ReviewCheckRequest? request, out ImmutableArray<JsonInputProblem> problems, SolicitationGuard? guard = null) =>
        TryRead(() => ReadReviewCheck(json, guard), out request, out problems);

    /// <summary>Writes a <c>reviews check</c> input line.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ReviewCheckRequest request) => Write(writer, request, ReviewsWire.WriteRequest);

    /// <summary>Writes a <c>reviews check</c> output line: <c>{"id","decision","findings"}</c> (spans with their text).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ReviewCheckResult result) => Write(writer, result, ReviewsWire.WriteResult);

    // ----- score -----

    /// <summary>Reads one <c>score</c> input line (a date for <c>at</c> means 12:00 UTC that day).</summary>
    /// <param name="json">The JSON object.</param>
    /// <returns>The feedback.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonInputException">The input is not valid JSON or not valid feedback; every problem has its path.</exception>
    public static Feedback ReadFeedback(string json) => ReadDocument(json, root => ScoringWire.ReadFeedback(root, null));

    /// <summary>Reads one <c>score</c> input line from UTF-8.</summary>
    /// <param name="utf8Json">The JSON object as UTF-8.</param>
    /// <returns>The feedback.</returns>
    /// <exception cref="JsonInputException">The input is not valid JSON or not valid feedback; every problem has its path.</exception>
    public static Feedback ReadFeedback(ReadOnlySpan<byte> utf8Json) => ReadDocument(utf8Json, root => ScoringWire.ReadFeedback(root, null));

    /// <summary>Reads one <c>score</c> input line, sharing one string per distinct ratee and rater name across calls.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="names">The names seen so far (ordinal); new names are added.</param>
    /// <returns>The feedback.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonInputException">The input is not valid JSON or not valid feedback; every problem has its path.</exception>
    public static Feedback ReadFeedback(string json, Dictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return ReadDocument(json, root => ScoringWire.ReadFeedback(root, names));
    }

    /// <summary>Tries to read one <c>score</c> input line.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="feedback">The feedback, or null.</param>
    /// <param name="problems">Empty on success, else what is wrong and where.</param>
    /// <returns><see langword="true"/> when the line was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryReadFeedback(string json, [NotNullWhen(true)] out Feedback? feedback, out ImmutableArray<JsonInputProblem> problems) =>
        TryRead(() => ReadFeedback(json), out feedback, out problems);

    /// <summary>Writes a <c>score</c> input line.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="feedback">The feedback.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Feedback feedback) => Write(writer, feedback, ScoringWire.WriteFeedback);

    /// <summary>Writes a <c>score</c> output line: one credit report for one ratee and scheme.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, CreditReport report) => Write(writer, report, ScoringWire.WriteReport);

    // ----- shipments check -----

    // ----- feedback analyze -----

    /// <summary>Reads one <c>feedback analyze</c> input line: a review or dispute (docs/feedback.md).</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="guard">The guard whose platforms <c>platform</c> must name (default: the built-in guard).</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid review; every problem has its path.</exception>
    public static CustomerReview ReadCustomerReview(string json, ISolicitationGuard? guard = null) =>
        ReadDocument(json, root => FeedbackWire.ReadReview(root, guard));

    /// <summary>Reads one <c>feedback analyze</c> input line from UTF-8.</summary>
    /// <param name="utf8Json">The JSON object, UTF-8 encoded.</param>
    /// <param name="guard">The guard whose platforms <c>platform</c> must name (default: the built-in guard).</param>
    /// <returns>The review.</returns>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid review; every problem has its path.</exception>
    public static CustomerReview ReadCustomerReview(ReadOnlySpan<byte> utf8Json, ISolicitationGuard? guard = null) =>
        ReadDocument(utf8Json, root => FeedbackWire.ReadReview(root, guard));

    /// <summary>Tries to read one <c>feedback analyze</c> input line.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="review">The review, when valid.</param>
    /// <param name="problems">Every problem with its path, when invalid.</param>
    /// <returns><see langword="true"/> if the input was valid.</returns>
    public static bool TryReadCustomerReview(string json, [NotNullWhen(true)] out CustomerReview? review, out ImmutableArray<JsonInputProblem> problems) =>
        TryRead(() => ReadCustomerReview(json), out review, out problems);

    /// <summary>Writes one <c>feedback analyze</c> output line: causes with spans and terms, whether negative, the reply draft and its guard verdict.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="analysis">The analysis.</param>
    public static void Write(Utf8JsonWriter writer, FeedbackAnalysis analysis) => Write(writer, analysis, FeedbackWire.WriteAnalysis);

    /// <summary>Writes one <c>feedback analyze --by</c> summary line (<c>{"summary":{…}}</c>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="grouping">The grouping it was made with (which keys the line carries).</param>
    /// <param name="period">The period it was made with (the name of the period key).</param>
    public static void Write(Utf8JsonWriter writer, FeedbackSummary summary, FeedbackGrouping grouping, FeedbackPeriod period) =>
        Write(writer, summary, (w, s) => FeedbackWire.WriteSummary(w, s, grouping, period));

    /// <summary>Reads one <c>shipments check</c> input line: a shipment with its promise (or none, to look up) and tracking events.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="guard">The guard whose platform profiles name the allowed platforms (default: the built-in ones).</param>
    /// <returns>The shipment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid shipment; every problem has its path.</exception>
    public static Shipment ReadShipment(string json, SolicitationGuard? guard = null) =>
        ReadDocument(json, root => ShipmentsWire.ReadShipment(root, guard));

    /// <summary>Reads one <c>shipments check</c> input line from UTF-8.</summary>
    /// <param name="utf8Json">The JSON object as UTF-8.</param>
    /// <param name="guard">The guard whose platform profiles name the allowed platforms (default: the built-in ones).</param>
    /// <returns>The shipment.</returns>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid shipment; every problem has its path.</exception>
    public static Shipment ReadShipment(ReadOnlySpan<byte> utf8Json, SolicitationGuard? guard = null) =>
        ReadDocument(utf8Json, root => ShipmentsWire.ReadShipment(root, guard));

    /// <summary>Tries to read one <c>shipments check</c> input line.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="shipment">The shipment, or null.</param>
    /// <param name="problems">Empty on success, else what is wrong and where.</param>
    /// <returns><see langword="true"/> when the line was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryReadShipment(string json, [NotNullWhen(true)] out Shipment? shipment, out ImmutableArray<JsonInputProblem> problems) =>
        TryRead(() => ReadShipment(json), out shipment, out problems);

    /// <summary>Reads a promise table: <c>{"promises":[{"origin","destination","method","handlingDays","transitMin","transitMax","transitUnit","cutoffHour"}]}</c>.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonInputException">The input is not valid JSON or not a valid table; every problem has its path.</exception>
    public static DeliveryPromiseTable ReadPromiseTable(string json) => ReadDocument(json, ShipmentsWire.ReadPromiseTable);

    /// <summary>Writes a <c>shipments check</c> input line.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="shipment">The shipment.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Shipment shipment) => Write(writer, shipment, ShipmentsWire.WriteShipment);

    /// <summary>Writes a <c>shipments check</c> output line: <c>{"id","state","estimate","evidence","notice"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ShipmentResult result) => Write(writer, result, ShipmentsWire.WriteResult);

    /// <summary>Writes a <c>shipments check --weekly</c> summary line: <c>{"week","shipments","counts","lateDeliveryRate","validTrackingRate","targets","abnormal"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The weekly report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, WeeklyShipmentReport report) => Write(writer, report, ShipmentsWire.WriteWeekly);

    /// <summary>Writes a promise table in the <see cref="ReadPromiseTable"/> schema.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, DeliveryPromiseTable table) => Write(writer, table, ShipmentsWire.WritePromiseTable);

    // ----- shared -----

    /// <summary>Writes a finding as the returns contract does: <c>{"ruleId","severity","message","citation","evidence"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="finding">The finding.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Finding finding) => Write(writer, finding, JsonWrite.WriteFinding);

    /// <summary>Writes a rule of the catalog as <c>rules --json</c> does: <c>{"id","engine","title","defaultSeverity","citations"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="rule">The rule.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, RuleDescriptor rule) => Write(writer, rule, JsonWrite.WriteRule);

    /// <summary>Writes a citation as <c>{"authority","reference","url"}</c> (<c>url</c> only when there is one).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="citation">The citation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Citation citation) => Write(writer, citation, JsonWrite.WriteCitation);

    /// <summary>Writes money as <c>{"amount":"12.34","currency":"EUR"}</c> (the amount as text, at least the currency's minor digits).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="money">The money.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Money money)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonWrite.WriteMoney(writer, money);
    }

    /// <summary>Reads a document and then a value from its root; every failure is a <see cref="JsonInputException"/>.</summary>
    internal static T ReadDocument<T>(string json, Func<JsonElement, T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonRead.Parse(json);
        return ReadChecked(document.RootElement, read);
    }

    private static T ReadDocument<T>(ReadOnlySpan<byte> utf8Json, Func<JsonElement, T> read)
    {
        using var document = JsonRead.Parse(utf8Json.ToArray());
        return ReadChecked(document.RootElement, read);
    }

    /// <summary>
    /// Runs a wire reader; a failure it did not name (a library constructor's argument check, an overflow) becomes a
    /// <see cref="JsonInputException"/> at <c>$</c>.
    /// </summary>
    internal static T ReadChecked<T>(JsonElement root, Func<JsonElement, T> read)
    {
        try
        {
            return read(root);
        }
        catch (JsonInputException)
        {
            throw;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException)
        {
            throw new JsonInputException("$", "the input could not be read (" + JsonRead.Shorten(JsonRead.OneLine(ex.Message)) + ")");
        }
    }

    private static bool TryRead<T>(Func<T> read, [NotNullWhen(true)] out T? value, out ImmutableArray<JsonInputProblem> problems)
        where T : class
    {
        try
        {
            value = read();
            problems = [];
            return true;
        }
        catch (JsonInputException ex)
        {
            value = null;
            problems = ex.Problems;
            return false;
        }
    }

    private static void Write<T>(Utf8JsonWriter writer, T value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        write(writer, value);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = TypeInfoResolver,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
            MaxDepth = 64,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>NodaTime's dates and instants as the wire format spells them (<c>2026-05-15</c>, <c>2026-03-11T18:00:00Z</c>).</summary>
    private sealed class NodaTimeResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(LocalDate) ? JsonMetadataServices.CreateValueInfo<LocalDate>(options, new LocalDateJsonConverter())
            : type == typeof(Instant) ? JsonMetadataServices.CreateValueInfo<Instant>(options, new InstantJsonConverter())
            : null;
    }
}

/// <summary>The source-generated metadata of the wire format's types; each type's converter is named by its <see cref="JsonConverterAttribute"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(ReturnCheckRequest))]
[JsonSerializable(typeof(ReturnCase))]
[JsonSerializable(typeof(SolicitationMessage))]
[JsonSerializable(typeof(SolicitationCampaign))]
[JsonSerializable(typeof(SolicitationReport))]
[JsonSerializable(typeof(CustomerReview))]
[JsonSerializable(typeof(CustomerReview[]))]
[JsonSerializable(typeof(FeedbackAnalysis))]
[JsonSerializable(typeof(FeedbackAnalysis[]))]
[JsonSerializable(typeof(Shipment))]
[JsonSerializable(typeof(Shipment[]))]
[JsonSerializable(typeof(ShipmentResult))]
[JsonSerializable(typeof(ShipmentResult[]))]
[JsonSerializable(typeof(WeeklyShipmentReport))]
[JsonSerializable(typeof(DeliveryPromiseTable))]
[JsonSerializable(typeof(ReturnReport))]
[JsonSerializable(typeof(ReturnReport[]))]
[JsonSerializable(typeof(ReviewCheckRequest))]
[JsonSerializable(typeof(ReviewCheckResult))]
[JsonSerializable(typeof(ReviewCheckResult[]))]
[JsonSerializable(typeof(Feedback))]
[JsonSerializable(typeof(Feedback[]))]
[JsonSerializable(typeof(CreditReport))]
[JsonSerializable(typeof(CreditReport[]))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(ImmutableArray<Finding>))]
[JsonSerializable(typeof(RuleDescriptor))]
[JsonSerializable(typeof(RuleDescriptor[]))]
[JsonSerializable(typeof(ImmutableArray<RuleDescriptor>))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(RuleId))]
internal sealed partial class ReputationRulesJsonContext : JsonSerializerContext;
