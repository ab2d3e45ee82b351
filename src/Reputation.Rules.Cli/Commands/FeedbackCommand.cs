using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Complaints;
using Reputation.Rules.Reviews;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// <c>feedback analyze [FILE] [--by sku|week|sku,week] [--format json|table]</c>: finds why buyers complain, one output
/// line per review (causes, spans, reply draft and its guard verdict), then (with <c>--by</c>) one summary line per group.
/// </summary>
internal static class FeedbackCommand
{
    private static readonly Lazy<SolicitationGuard> Guard = new(() => new SolicitationGuard());

    public static Command Create(CliContext context)
    {
        var command = new Command("feedback", "Negative-feedback causes: why buyers complain, per review and per SKU and period, with remedies and guarded reply drafts.");
        command.Subcommands.Add(CreateAnalyze(context));
        return command;
    }

    private static Command CreateAnalyze(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "JSON Lines of reviews; stdin when absent or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var by = new Option<string?>("--by")
        {
            Description = "After the reviews, write one summary line per group: sku, week (ISO), month, day, or a SKU and a period such as sku,week.",
            HelpName = "GROUPS",
        };
        var format = Arguments.FormatOption();
        var maxLineBytes = Arguments.MaxLineBytesOption();
        var command = new Command(
            "analyze",
            "Finds the causes of complaints in reviews (JSON Lines) and writes one result per line. Example: reputation-rules feedback analyze reviews.jsonl --by sku,week")
        {
            file, by, format, maxLineBytes,
        };
        command.SetAction(parse =>
        {
            var table = Arguments.IsTableFormat(parse.GetValue(format));
            var (grouping, period) = ParseBy(parse.GetValue(by));
            var maxLine = Arguments.ParseMaxLineBytes(parse.GetValue(maxLineBytes));
            var analyzer = new FeedbackAnalyzer(new FeedbackOptions { Period = period }, Guard.Value, context.Clock);
            var analyses = grouping is null ? null : new List<FeedbackAnalysis>();
            var input = Arguments.OpenInput(parse.GetValue(file), context);
            int exit;
            try
            {
                var options = new LineOptions("id", false, maxLine, table ? Table : null) { IdMayBeNumber = true };
                exit = JsonLines.Process(input, context.Out, options, (_, line, writer) => AnalyzeLine(analyzer, line, writer, analyses));
            }
            finally
            {
                if (!ReferenceEquals(input, context.In))
                {
                    input.Dispose();
                }
            }

            if (analyses is not null && grouping is { } g)
            {
                WriteSummaries(context.Out, analyzer.Summarize(analyses, g), g, period, table);
            }

            return exit;
        });
        return command;
    }

    /// <summary>Parses <c>--by</c>: a comma-separated list of <c>sku</c> and at most one of <c>week</c>, <c>month</c>, <c>day</c>.</summary>
    internal static (FeedbackGrouping? Grouping, FeedbackPeriod Period) ParseBy(string? text)
    {
        if (text is null)
        {
            return (null, FeedbackPeriod.Week);
        }

        var grouping = FeedbackGrouping.None;
        var period = FeedbackPeriod.Week;
        var periods = 0;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "sku" when (grouping & FeedbackGrouping.Sku) == 0:
                    grouping |= FeedbackGrouping.Sku;
                    break;
                case "week" or "month" or "day":
                    periods++;
                    grouping |= FeedbackGrouping.Period;
                    period = part.ToLowerInvariant() switch { "month" => FeedbackPeriod.Month, "day" => FeedbackPeriod.Day, _ => FeedbackPeriod.Week };
                    break;
                default:
                    throw new CliUsageException($"--by: {JsonRead.Quote(text)} is not supported (use sku, week, month or day, or a SKU and a period such as sku,week).");
            }
        }

        if (periods > 1)
        {
            throw new CliUsageException($"--by: {JsonRead.Quote(text)} names more than one period (use one of week, month, day).");
        }

        return (grouping, period);
    }

    private static LineOutcome AnalyzeLine(FeedbackAnalyzer analyzer, string line, Utf8JsonWriter writer, List<FeedbackAnalysis>? analyses)
    {
        var review = ReputationRulesJson.ReadCustomerReview(line, Guard.Value);
        var analysis = analyzer.Analyze(review);
        analyses?.Add(analysis);
        ReputationRulesJson.Write(writer, analysis);
        return LineOutcome.Ok;
    }

    private static void WriteSummaries(TextWriter output, IReadOnlyList<FeedbackSummary> summaries, FeedbackGrouping grouping, FeedbackPeriod period, bool table)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, ReputationRulesJson.WriterOptions);
        foreach (var summary in summaries)
        {
            if (table)
            {
                var group = string.Join(" ", new[] { (grouping & FeedbackGrouping.Sku) != 0 ? "sku " + (summary.Sku ?? "-") : null, (grouping & FeedbackGrouping.Period) != 0 ? (period switch { FeedbackPeriod.Month => "month", FeedbackPeriod.Day => "day", _ => "week" }) + " " + (summary.Period ?? "-") : null }.Where(x => x is not null));
                var causes = summary.Causes.Where(c => c.Count > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Cause.Id()} {c.Share * 100:0} %"));
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(group.Length == 0 ? "all" : group)}: {summary.Negative} negative of {summary.Reviews}; {(summary.Negative == 0 ? "no complaints" : string.Join(", ", causes))}"));
                continue;
            }

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            ReputationRulesJson.Write(writer, summary, grouping, period);
            writer.Flush();
            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        output.Flush();
    }

    /// <summary>The <c>--format table</c> output: one fixed-width row per review, written as each line is read.</summary>
    private static readonly TableFormat Table = new(
        ["line", "id", "negative", "causes", "reply", "evidence / error"],
        [4, 10, 8, 40, 6],
        "id",
        static (result, line) =>
        {
            var causes = result.GetProperty("causes").EnumerateArray().ToList();
            var reply = result.GetProperty("reply");
            return
            [
                line.ToString(CultureInfo.InvariantCulture),
                result.GetProperty("id").GetString()!,
                result.GetProperty("negative").GetBoolean() ? "yes" : "no",
                causes.Count == 0 ? "-" : string.Join(" ", causes.Select(c => c.GetProperty("cause").GetString()!["CAUSE-".Length..] + (c.GetProperty("confidence").GetString() == "likely" ? "?" : string.Empty))),
                reply.ValueKind == JsonValueKind.Object ? reply.GetProperty("guard").GetString()! : "-",
                string.Join(" | ", causes.SelectMany(c => c.GetProperty("spans").EnumerateArray()).Select(s => s.GetProperty("text").GetString())),
            ];
        });
}
