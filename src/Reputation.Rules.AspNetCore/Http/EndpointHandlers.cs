using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.AspNetCore.Diagnostics;
using Reputation.Rules.Returns;
using Reputation.Rules.Complaints;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.AspNetCore.Http;

/// <summary>
/// The handlers of <c>MapReputationRules</c>: each reads the body's objects with the library's wire format, evaluates
/// them with the engines registered by <c>AddReputationRules</c> and writes exactly what the CLI writes for them.
/// Any invalid object makes the whole request a <c>400</c> listing every problem; nothing is evaluated partially.
/// </summary>
internal static partial class EndpointHandlers
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private const string SchemeNames = "taobao, ebay, ebay-classic, aliexpress, amazon, composite or all";

    // ----- returns check -----

    public static Task ReturnsCheckAsync(HttpContext context)
    {
        var engine = context.RequestServices.GetRequiredService<IReturnComplianceEngine>();
        return RunAsync(context, "returns check", (item, writer) =>
        {
            var request = ReputationRulesJson.ReadReturnCheck(item.Span, engine.DefaultSellerPolicy);
            ReturnReport report;
            try
            {
                report = request.Evaluate(engine);
            }
            catch (InvalidReturnCaseException ex)
            {
                // As the CLI: the engine names the field it refused (e.g. a marketplace it does not know) by its contract path.
                throw new JsonInputException(ex.Field.Length == 0 ? "$" : "$." + ex.Field, ex.Problem);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
            {
                throw new JsonInputException("$", "the case could not be evaluated (" + Shorten(OneLine(ex.Message)) + ")");
            }

            ReputationRulesJson.Write(writer, report);
        });
    }

    // ----- reviews check -----

    public static async Task ReviewsCheckAsync(HttpContext context, string? suggest)
    {
        var services = context.RequestServices;
        var guard = services.GetRequiredService<ISolicitationGuard>();
        var withSuggestions = false;
        if (suggest is not null && !bool.TryParse(suggest, out withSuggestions))
        {
            using var activity = Start(context, "reviews check");
            var queryProblems = new ProblemList(1);
            queryProblems.Add("suggest", $"'{Shorten(suggest)}' is not true or false.");
            await WriteValidationProblemAsync(context, activity, queryProblems, "The query is invalid.").ConfigureAwait(false);
            return;
        }

        // The platforms a request may name are those of the current options (custom profiles included).
        var reading = guard as SolicitationGuard ?? services.GetService<ReputationRulesRuntime>()?.Current.Reviews;
        await RunAsync(context, "reviews check", (item, writer) =>
        {
            var request = ReputationRulesJson.ReadReviewCheck(item.Span, reading);
            ReviewCheckResult result;
            try
            {
                result = withSuggestions ? request.CheckAndSuggest(guard) : request.Check(guard);
            }
            catch (ArgumentException ex)
            {
                // E.g. a platform removed by an options reload between reading and checking: the input's problem, never a 500.
                throw new JsonInputException("$", Shorten(OneLine(ex.Message)));
            }

            ReputationRulesJson.Write(writer, result);
        }).ConfigureAwait(false);
    }

    // ----- feedback analyze -----

    public static Task FeedbackAnalyzeAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var analyzer = services.GetRequiredService<IFeedbackAnalyzer>();
        _ = analyzer.RemediesFor(FeedbackCause.SizeFit); // builds it now: invalid server options are a 500, never a client's 400
        var guard = services.GetService<ReputationRulesRuntime>()?.Current.Reviews;
        return RunAsync(context, "feedback analyze", (item, writer) =>
        {
            var review = ReputationRulesJson.ReadCustomerReview(item.Span, guard);
            FeedbackAnalysis analysis;
            try
            {
                analysis = analyzer.Analyze(review);
            }
            catch (ArgumentException ex)
            {
                // E.g. a platform removed by an options reload between reading and analysing: the input's problem, never a 500.
                throw new JsonInputException("$", Shorten(OneLine(ex.Message)));
            }

            ReputationRulesJson.Write(writer, analysis);
        });
    }

    // ----- scores -----

    public static async Task ScoresAsync(HttpContext context, string? scheme, string? asOf)
    {
        var services = context.RequestServices;
        var calculator = services.GetRequiredService<ICreditScoreCalculator>();
        var queryProblems = new ProblemList(10);
        var schemes = ParseSchemes(scheme ?? "all", queryProblems);
        var instant = ParseAsOf(asOf, services.GetRequiredService<IClock>(), queryProblems);
        using var activity = Start(context, "scores");
        if (queryProblems.Any)
        {
            await WriteValidationProblemAsync(context, activity, queryProblems, "The query is invalid.").ConfigureAwait(false);
            return;
        }

        var options = services.GetRequiredService<IOptions<ReputationRulesHttpOptions>>().Value;
        if (await ReadAsync(context, activity, options).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var problems = new ProblemList(options.MaxProblems);
        var builder = FeedbackTally.CreateBuilder(instant);
        ForEachItem(body, problems, (item, _) =>
        {
            var feedback = ReputationRulesJson.ReadFeedback(item.Span);
            try
            {
                builder.Add(feedback);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
            {
                throw new JsonInputException("$", "the feedback could not be counted (" + Shorten(OneLine(ex.Message)) + ")");
            }
        });
        if (problems.Any)
        {
            await WriteValidationProblemAsync(context, activity, problems).ConfigureAwait(false);
            return;
        }

        // As the CLI: for each ratee (ordinal order), one report per scheme in the order asked.
        var tally = builder.ToTally();
        var reports = schemes.Select(s => calculator.CalculateAll(tally, s)).ToArray();
        var output = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(output, ReputationRulesJson.WriterOptions);
        var lines = body.Shape == BodyShape.Lines;
        if (!lines)
        {
            writer.WriteStartArray();
        }

        var ratees = reports.Length == 0 ? 0 : reports[0].Length;
        for (var r = 0; r < ratees; r++)
        {
            foreach (var perScheme in reports)
            {
                ReputationRulesJson.Write(writer, perScheme[r]);
                EndLine(writer, output, lines);
            }
        }

        if (!lines)
        {
            writer.WriteEndArray();
        }

        writer.Flush();
        activity?.SetTag("reputation_rules.reports", ratees * reports.Length);
        await WriteOkAsync(context, output, lines).ConfigureAwait(false);
    }

    // ----- shared -----

    /// <summary>Reads, checks and answers one request of a one-result-per-object endpoint (returns, reviews).</summary>
    private static async Task RunAsync(HttpContext context, string operation, Action<ReadOnlyMemory<byte>, Utf8JsonWriter> check)
    {
        using var activity = Start(context, operation);
        var options = context.RequestServices.GetRequiredService<IOptions<ReputationRulesHttpOptions>>().Value;
        if (await ReadAsync(context, activity, options).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var problems = new ProblemList(options.MaxProblems);
        var output = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(output, ReputationRulesJson.WriterOptions);
        var lines = body.Shape == BodyShape.Lines;
        if (body.Shape == BodyShape.Array)
        {
            writer.WriteStartArray();
        }

        // Once the request has failed, results are written to a scratch buffer: the rest are still read and checked for problems.
        var scratchBuffer = new ArrayBufferWriter<byte>(1024);
        using var scratch = new Utf8JsonWriter(scratchBuffer, ReputationRulesJson.WriterOptions);
        ForEachItem(body, problems, (item, _) =>
        {
            using var itemActivity = ReputationRulesTelemetry.Source.StartActivity("reputation-rules " + operation + " item");
            if (problems.Any)
            {
                scratchBuffer.ResetWrittenCount();
                scratch.Reset(scratchBuffer);
                check(item, scratch);
                return;
            }

            check(item, writer);
            EndLine(writer, output, lines);
        });
        if (problems.Any)
        {
            await WriteValidationProblemAsync(context, activity, problems).ConfigureAwait(false);
            return;
        }

        if (body.Shape == BodyShape.Array)
        {
            writer.WriteEndArray();
        }

        writer.Flush();
        await WriteOkAsync(context, output, lines).ConfigureAwait(false);
    }

    private static void EndLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> output, bool lines)
    {
        if (lines)
        {
            writer.Flush();
            output.Write("\n"u8);
            writer.Reset(output);
        }
    }

    /// <summary>Runs <paramref name="handle"/> on every object; its <see cref="JsonInputException"/> become the object's problems.</summary>
    private static void ForEachItem(RequestBody body, ProblemList problems, Action<ReadOnlyMemory<byte>, int> handle)
    {
        if (body.BodyProblem is { } bodyProblem)
        {
            problems.Add(bodyProblem.Path, bodyProblem.Message);
        }

        for (var i = 0; i < body.Items.Count; i++)
        {
            var item = body.Items[i];
            var prefix = ProblemList.Prefix(body.Shape, i);
            if (item.Problem is { } problem)
            {
                problems.Add(prefix + "$", problem);
                continue;
            }

            try
            {
                handle(item.Json, i);
            }
            catch (JsonInputException ex)
            {
                problems.Add(prefix, ex);
            }
        }
    }

    /// <summary>Checks the content type and size and splits the body; on failure answers 415, 413 or 400 and returns null.</summary>
    private static async Task<RequestBody?> ReadAsync(HttpContext context, Activity? activity, ReputationRulesHttpOptions options)
    {
        var request = context.Request;
        if (RequestBodyReader.ShapeOf(request) is not { } shape)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "unsupported media type");
            await TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: $"Send application/json (one object or an array of objects) or {RequestBodyReader.NdjsonContentType} (one object per line), not '{Shorten(request.ContentType ?? "(none)")}'.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return null;
        }

        var max = Math.Clamp(options.MaxRequestBodyBytes, 1, 1L << 30);
        var bytes = await RequestBodyReader.ReadAsync(request, max, context.RequestAborted).ConfigureAwait(false);
        if (bytes is null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "payload too large");
            var logger = Logger(context);
            Log.TooLarge(logger, max);
            context.Response.Headers.Connection = "close";
            await TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Payload too large",
                detail: $"The body is larger than the maximum of {max} bytes (MaxRequestBodyBytes); split it into several requests.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return null;
        }

        var body = RequestBodyReader.Split(bytes, shape, Math.Max(1, options.MaxItemBytes));
        activity?.SetTag("reputation_rules.shape", body.Shape.ToString().ToLowerInvariant());
        activity?.SetTag("reputation_rules.items", body.Items.Count);
        return body;
    }

    private static Activity? Start(HttpContext context, string operation)
    {
        var activity = ReputationRulesTelemetry.Source.StartActivity("reputation-rules " + operation);
        activity?.SetTag("reputation_rules.operation", operation);
        activity?.SetTag("http.request.method", context.Request.Method);
        return activity;
    }

    private static async Task WriteValidationProblemAsync(HttpContext context, Activity? activity, ProblemList problems, string? detail = null)
    {
        activity?.SetStatus(ActivityStatusCode.Error, "invalid input");
        activity?.SetTag("reputation_rules.problems", problems.Count);
        var logger = Logger(context);
        Log.InvalidInput(logger, context.Request.Path, problems.Count);
        await TypedResults.ValidationProblem(
            problems.ToErrors(),
            detail: detail ?? problems.Detail,
            title: "The input is invalid.")
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task WriteOkAsync(HttpContext context, ArrayBufferWriter<byte> output, bool lines)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = lines ? RequestBodyReader.NdjsonContentType + "; charset=utf-8" : JsonContentType;
        response.ContentLength = output.WrittenCount;
        await response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("Reputation.Rules.AspNetCore") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private static ImmutableArray<ScoringScheme> ParseSchemes(string text, ProblemList problems)
    {
        if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
        {
            return ScoringSchemes.All;
        }

        if (ScoringSchemes.TryParse(text, out var scheme))
        {
            return [scheme];
        }

        problems.Add("scheme", $"'{Shorten(text)}' is not one of {SchemeNames}.");
        return [];
    }

    /// <summary>As the CLI's <c>--as-of</c>: an instant with an offset or Z, or a date (23:59:59 UTC that day); default now.</summary>
    private static Instant ParseAsOf(string? text, IClock clock, ProblemList problems)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant();
        }

        Instant? instant = null;
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f'))
        {
            if (LocalDatePattern.Iso.Parse(text) is { Success: true } date && date.Value.Year >= 1)
            {
                instant = date.Value.At(new LocalTime(23, 59, 59)).InUtc().ToInstant();
            }
            else if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset)
            {
                try
                {
                    instant = offset.Value.ToInstant();
                }
                catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
                {
                    instant = null;
                }
            }
            else if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } plain)
            {
                instant = plain.Value;
            }
        }

        if (instant is not { } value)
        {
            problems.Add("asOf", $"'{Shorten(text)}' is not an instant such as 2026-06-30T23:59:59Z or a date such as 2026-06-30.");
            return default;
        }

        if (value.InUtc().Year is < 1 or > 9000)
        {
            problems.Add("asOf", $"must be in the years 1 to 9000 (got '{Shorten(text)}').");
        }

        return value;
    }

    /// <summary>At most 100 characters (a surrogate pair is never split), then "…" and the full length, as the CLI quotes values.</summary>
    private static string Shorten(string text)
    {
        const int max = 100;
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut] + "… (" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)";
    }

    /// <summary>Replaces control characters (line breaks included) with spaces, as the CLI does in error messages.</summary>
    private static string OneLine(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || chars[i] is '\u2028' or '\u2029')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, EventName = "InvalidInput", Level = LogLevel.Debug, Message = "Reputation.Rules {Path}: 400, {Count} problems in the input.")]
        public static partial void InvalidInput(ILogger logger, PathString path, int count);

        [LoggerMessage(EventId = 11, EventName = "PayloadTooLarge", Level = LogLevel.Debug, Message = "Reputation.Rules: 413, the body is larger than {Max} bytes.")]
        public static partial void TooLarge(ILogger logger, long max);
    }
}
