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
using Reputation.Rules.Serialization;

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
            var table = Arguments.IsTableFormat(parse.GetValue(format));
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
            : throw new CliUsageException($"--scheme: {JsonRead.Quote(text)} is not one of {SchemeNames}.");
    }

    internal static Instant ParseAsOf(string? text, IClock clock)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant();
        }

        Instant instant;
        if (JsonRead.TryParseDate(text, out var date))
        {
            instant = date.At(new LocalTime(23, 59, 59)).InUtc().ToInstant();
        }
        else if (!JsonRead.TryParseInstant(text, out instant))
        {
            throw new CliUsageException($"--as-of: {JsonRead.Quote(text)} is not an instant such as 2026-06-30T23:59:59Z or a date such as 2026-06-30.");
        }

        // The scoring engines work in the years 1 to 9000.
        var year = instant.InUtc().Year;
        return year is >= 1 and <= 9000
            ? instant
            : throw new CliUsageException($"--as-of: must be in the years 1 to 9000 (got {JsonRead.Quote(text)}).");
    }

    private static int Run(TextReader input, TextWriter output, ImmutableArray<ScoringScheme> schemes, Instant asOf, LineOptions options)
    {
        var builder = FeedbackTally.CreateBuilder(asOf);
        var names = new Dictionary<string, string>(StringComparer.Ordinal); // one string per ratee/rater name

        // Only invalid lines print while reading (their error lines); reports follow once every line is in.
        var exit = JsonLines.Process(input, output, options, (_, line, _) =>
        {
            builder.Add(ReputationRulesJson.ReadFeedback(line, names));
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
                ReputationRulesJson.Write(writer, perScheme[r]);
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
