using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// <c>score [FILE] --scheme taobao|ebay|ebay-classic|aliexpress|amazon|composite|all --as-of INSTANT</c>: reads feedback
/// JSON Lines, streams them into a <see cref="FeedbackTally"/> (memory grows with distinct (ratee, rater, order) keys
/// and with lines without an order id, not with revisions) and writes one line per (ratee, scheme), ratees in ordinal order. Invalid lines become
/// <c>{"line":N,"error":"…"}</c> and the exit code is 2.
/// </summary>
internal static class ScoreCommand
{
    private const string SchemeNames = "taobao, ebay, ebay-classic, aliexpress, amazon, composite or all";

    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "Feedback JSON Lines; standard input when absent or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var scheme = new Option<string>("--scheme")
        {
            Description = "The scheme (default all). Allowed: " + SchemeNames + ".",
            HelpName = "taobao|ebay|ebay-classic|aliexpress|amazon|composite|all",
            DefaultValueFactory = _ => "all",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The as-of instant (2026-06-30T23:59:59Z) or date (2026-06-30 = 23:59:59 UTC that day); default now.",
            HelpName = "instant|date",
        };
        var format = Arguments.FormatOption();
        var maxLineBytes = Arguments.MaxLineBytesOption();
        var command = new Command(
            "score",
            "Credit scores from feedback JSON Lines: Taobao, eBay, eBay classic, AliExpress, Amazon and the CRS-1 composite. "
                + "Example: reputation-rules score feedback.jsonl --scheme ebay --as-of 2026-06-30")
        {
            file, scheme, asOf, format, maxLineBytes,
        };
        command.SetAction(parse =>
        {
            var schemes = ParseSchemes(parse.GetValue(scheme));
            var instant = ParseAsOf(parse.GetValue(asOf), context.Clock);
            var table = parse.GetValue(format) switch
            {
                null or "json" => false,
                "table" => true,
                var other => throw new CliUsageException($"--format: {JsonInput.Quote(other)} is not supported (use 'json' or 'table')."),
            };
            var maxLine = Arguments.ParseMaxLineBytes(parse.GetValue(maxLineBytes));
            var input = Arguments.OpenInput(parse.GetValue(file), context);
            try
            {
                return Run(input, context.Out, schemes, instant, new LineOptions(null, false, maxLine, table ? Table : null));
            }
            finally
            {
                if (!ReferenceEquals(input, context.In))
                {
                    input.Dispose();
                }
            }
        });
        return command;
    }

    internal static ImmutableArray<ScoringScheme> ParseSchemes(string? text)
    {
        if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
        {
            return ScoringSchemes.All;
        }

        return ScoringSchemes.TryParse(text, out var scheme)
            ? [scheme]
            : throw new CliUsageException($"--scheme: {JsonInput.Quote(text)} is not one of {SchemeNames}.");
    }

    internal static Instant ParseAsOf(string? text, IClock clock)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant();
        }

        Instant instant;
        if (JsonInput.TryParseDate(text, out var date))
        {
            instant = date.At(new LocalTime(23, 59, 59)).InUtc().ToInstant();
        }
        else
        {
            try
            {
                instant = JsonInput.ParseInstant(text, "--as-of");
            }
            catch (InputException)
            {
                throw new CliUsageException($"--as-of: {JsonInput.Quote(text)} is not an instant such as 2026-06-30T23:59:59Z or a date such as 2026-06-30.");
            }
        }

        // The scoring engines work in the years 1 to 9000.
        var year = instant.InUtc().Year;
        return year is >= 1 and <= 9000
            ? instant
            : throw new CliUsageException($"--as-of: must be in the years 1 to 9000 (got {JsonInput.Quote(text)}).");
    }

    private static int Run(TextReader input, TextWriter output, ImmutableArray<ScoringScheme> schemes, Instant asOf, LineOptions options)
    {
        var builder = FeedbackTally.CreateBuilder(asOf);
        var names = new Dictionary<string, string>(StringComparer.Ordinal); // one string per ratee/rater name

        // Only invalid lines print while reading (their error lines); reports follow once every line is in.
        var exit = JsonLines.Process(input, output, options, (_, root, _) =>
        {
            builder.Add(FeedbackLine.Read(root, names));
            return LineOutcome.Ok;
        });

        var calculator = new CreditScoreCalculator();
        var tally = builder.ToTally();
        var reports = schemes.Select(s => calculator.CalculateAll(tally, s)).ToArray();
        var ratees = reports.Length == 0 ? 0 : reports[0].Length;
        var buffer = new ArrayBufferWriter<byte>(512);
        using var writer = new Utf8JsonWriter(buffer, JsonLines.WriterOptions);
        for (var r = 0; r < ratees; r++)
        {
            foreach (var perScheme in reports)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                ReportJson.Write(writer, perScheme[r]);
                writer.Flush();
                if (options.Table is { } table)
                {
                    using var written = JsonDocument.Parse(buffer.WrittenMemory);
                    table.WriteCells(output, ReportRow(written.RootElement));
                }
                else
                {
                    output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
                }
            }
        }

        output.Flush();
        return exit;
    }

    /// <summary>The <c>--format table</c> output: error rows as lines are read, then one row per (ratee, scheme).</summary>
    private static readonly TableFormat Table = new(
        ["line", "ratee", "scheme", "score", "level", "positive%", "window", "+/=/-", "next level / error"],
        [4, 12, 12, 7, 16, 9, 8, 14],
        null,
        static (report, _) => ReportRow(report));

    private static string[] ReportRow(JsonElement report)
    {
        var counts = report.GetProperty("counts");
        var next = report.GetProperty("nextLevel");
        return
        [
            "-",
            report.GetProperty("ratee").GetString()!,
            report.GetProperty("scheme").GetString()!,
            Cell(report.GetProperty("score")),
            Cell(report.GetProperty("level")),
            Cell(report.GetProperty("positivePercent")),
            report.GetProperty("window").GetString()!,
            $"{counts.GetProperty("positive")}/{counts.GetProperty("neutral")}/{counts.GetProperty("negative")}",
            next.ValueKind == JsonValueKind.Null ? "-" : $"{next.GetProperty("name").GetString()} (+{next.GetProperty("positivesNeeded")})",
        ];
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "-",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}

/// <summary>Reads one feedback line: <c>{"ratee":"S1","rater":"B1","orderId":"O1","itemId":"A","stars":5,"at":"2024-03-04T12:00:00Z","auto":false,"removed":false,"dsr":{…}}</c>.</summary>
internal static class FeedbackLine
{
    public static Feedback Read(JsonElement root, Dictionary<string, string> names)
    {
        JsonInput.EnsureObject(root, "$");
        var ratee = Intern(NonBlank(root, "ratee", required: true)!, names);
        var rater = Intern(NonBlank(root, "rater", required: true)!, names);
        var orderId = NonBlank(root, "orderId", required: false);
        var itemId = NonBlank(root, "itemId", required: false);
        var stars = Rating(JsonInput.Required(root, "stars", "$"), "$.stars");
        var at = At(JsonInput.RequiredString(root, "at", "$"));
        var auto = JsonInput.OptionalBool(root, "auto", "$") ?? false;
        var removed = JsonInput.OptionalBool(root, "removed", "$") ?? false;
        DetailedRatings? dsr = null;
        if (JsonInput.OptionalObject(root, "dsr", "$") is { } d)
        {
            var description = OptionalRating(d, "description");
            var service = OptionalRating(d, "service");
            var shipping = OptionalRating(d, "shipping");
            if (description is null && service is null && shipping is null)
            {
                throw new InputException("$.dsr", "give at least one of description, service and shipping (1 to 5).");
            }

            dsr = new DetailedRatings(description, service, shipping);
        }

        return new Feedback(ratee, rater, stars, at, orderId, itemId, auto, removed, dsr);
    }

    /// <summary>An ISO instant, or a date meaning 12:00 UTC that day.</summary>
    private static Instant At(string text)
    {
        return JsonInput.TryParseDate(text, out var date) ? date.At(new LocalTime(12, 0)).InUtc().ToInstant() : JsonInput.ParseInstant(text, "$.at");
    }

    private static string? NonBlank(JsonElement root, string name, bool required)
    {
        var value = required ? JsonInput.RequiredString(root, name, "$") : JsonInput.OptionalString(root, name, "$");
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new InputException("$." + name, "must not be empty or white space.");
        }

        return value;
    }

    private static int? OptionalRating(JsonElement dsr, string name)
    {
        var value = JsonInput.Optional(dsr, name);
        return value is null ? null : Rating(value.Value, "$.dsr." + name);
    }

    private static int Rating(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var stars) && stars is >= 1 and <= 5)
        {
            return stars;
        }

        throw new InputException(path, $"expected a whole number from 1 to 5, got {JsonInput.Describe(value)}.");
    }

    private static string Intern(string name, Dictionary<string, string> names)
    {
        if (names.TryGetValue(name, out var existing))
        {
            return existing;
        }

        names.Add(name, name);
        return name;
    }
}

/// <summary>Writes a <see cref="CreditReport"/> in the <c>score</c> command's JSON contract.</summary>
internal static class ReportJson
{
    public static void Write(Utf8JsonWriter writer, CreditReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("ratee", report.Ratee);
        writer.WriteString("scheme", ScoringSchemes.GetName(report.Scheme));
        WriteNumber(writer, "score", report.Score);
        if (report.Level is { } level)
        {
            writer.WriteString("level", level.Name);
        }
        else
        {
            writer.WriteNull("level");
        }

        if (report.Scheme == ScoringScheme.Taobao)
        {
            writer.WriteNumber("levelIndex", report.Level!.Index);
        }

        WriteNumber(writer, "positivePercent", report.PositivePercent);
        if (report.Scheme == ScoringScheme.Taobao)
        {
            WriteNumber(writer, "positiveRate", report.PositivePercent);
            var dsr = report.DetailedRatings!;
            writer.WriteStartObject("dsr");
            WriteNumber(writer, "description", dsr.Description);
            WriteNumber(writer, "service", dsr.Service);
            WriteNumber(writer, "shipping", dsr.Shipping);
            writer.WriteEndObject();
        }

        if (report.Composite is { } composite)
        {
            writer.WriteNumber("crs", composite.Crs);
            writer.WriteNumber("stars", composite.Stars);
        }

        writer.WriteString("window", report.Window.Name);
        writer.WriteStartObject("counts");
        writer.WriteNumber("positive", report.Counts.Positive);
        writer.WriteNumber("neutral", report.Counts.Neutral);
        writer.WriteNumber("negative", report.Counts.Negative);
        writer.WriteEndObject();
        writer.WriteStartObject("excluded");
        foreach (var reason in ExclusionReasons.For(report.Scheme))
        {
            writer.WriteNumber(ExclusionReasons.GetName(reason), report.Excluded.Get(reason));
        }

        writer.WriteEndObject();
        if (report.NextLevel is { } next)
        {
            writer.WriteStartObject("nextLevel");
            writer.WriteString("name", next.Name);
            writer.WriteNumber("positivesNeeded", next.PositivesNeeded);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("nextLevel");
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
