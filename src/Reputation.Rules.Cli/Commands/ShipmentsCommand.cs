using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Delivery;
using Reputation.Rules.Reviews;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// <c>shipments check [FILE] --as-of INSTANT [--weekly] [--promises FILE] [--format json|table]</c>: classifies shipments
/// from JSON Lines as of an instant, one output line per input line, then (with <c>--weekly</c>) one line per ISO week.
/// </summary>
internal static class ShipmentsCommand
{
    private static readonly Lazy<SolicitationGuard> Guard = new(() => new SolicitationGuard());

    public static Command Create(CliContext context)
    {
        var command = new Command("shipments", "Delivery follow-up: promised windows, shipment states, weekly reports and guarded buyer notices.");
        command.Subcommands.Add(CreateCheck(context));
        command.Subcommands.Add(CreateTable(context));
        return command;
    }

    /// <summary>
    /// <c>shipments table --promises FILE --origin CN --destinations DE,US [--methods standard,express] [--format markdown|html|json] [--language en|zh]</c>:
    /// the product page's "arrives in X–Y working days" table from a promise table (docs/delivery.md, "Product-page table").
    /// </summary>
    private static Command CreateTable(CliContext context)
    {
        var promises = new Option<string?>("--promises") { Description = "The promise table (JSON, or CSV when the name ends in .csv). Required.", HelpName = "FILE" };
        var origin = new Option<string?>("--origin") { Description = "The market the goods ship from, e.g. CN. Required.", HelpName = "MARKET" };
        var destinations = new Option<string?>("--destinations") { Description = "Comma-separated buyer markets, e.g. DE,US,GB. Required.", HelpName = "MARKETS" };
        var methods = new Option<string?>("--methods") { Description = "Comma-separated shipping methods (default: every method the table has for the origin).", HelpName = "METHODS" };
        var format = new Option<string?>("--format") { Description = "markdown (default), html or json.", HelpName = "FORMAT" };
        var language = new Option<string?>("--language") { Description = "en (default) or zh.", HelpName = "LANG" };
        var command = new Command(
            "table",
            "Renders the product page's delivery-time table for one origin. Example: reputation-rules shipments table --promises promises.json --origin CN --destinations DE,US --language zh")
        {
            promises, origin, destinations, methods, format, language,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(promises) ?? throw new CliUsageException("--promises: is required (a promise table, JSON or CSV).");
            var from = Arguments.ParseMarket(parse.GetValue(origin) ?? throw new CliUsageException("--origin: is required (a market such as CN)."), "--origin");
            var to = (parse.GetValue(destinations) ?? throw new CliUsageException("--destinations: is required (markets such as DE,US)."))
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => Arguments.ParseMarket(d, "--destinations"))
                .ToList();
            if (to.Count == 0)
            {
                throw new CliUsageException("--destinations: names no market.");
            }

            var tableFormat = (parse.GetValue(format) ?? "markdown").ToLowerInvariant() switch
            {
                "markdown" or "md" => ProductTableFormat.Markdown,
                "html" => ProductTableFormat.Html,
                "json" => ProductTableFormat.Json,
                var other => throw new CliUsageException($"--format: {JsonRead.Quote(other)} is not supported (use markdown, html or json)."),
            };
            var lang = parse.GetValue(language) ?? "en";
            if (lang is not ("en" or "zh"))
            {
                throw new CliUsageException($"--language: {JsonRead.Quote(lang)} is not supported (use en or zh).");
            }

            var table = LoadPromises(file);
            var methodList = parse.GetValue(methods) is { } m
                ? m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                : table.Entries.Where(e => e.Origin == from).Select(e => e.Method).Distinct(StringComparer.Ordinal).ToList();
            context.Out.WriteLine(ProductPageTable.Render(table, from, to, methodList, tableFormat, lang).TrimEnd('\n'));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateCheck(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "JSON Lines of shipments; stdin when absent or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The instant to classify as of (2026-03-10T12:00:00Z), or a date (2026-03-10 = 23:59:59 UTC that day). Required.",
            HelpName = "INSTANT",
        };
        var weekly = new Option<bool>("--weekly")
        {
            Description = "After the shipments, write one summary line per ISO week of shipping (counts, rates, abnormal shipments).",
        };
        var promises = new Option<string?>("--promises")
        {
            Description = "A promise table (JSON, or CSV when the name ends in .csv; docs/delivery.md) for shipments without an inline promise, looked up by (origin, destination, method).",
            HelpName = "FILE",
        };
        var format = Arguments.FormatOption();
        var maxLineBytes = Arguments.MaxLineBytesOption();
        var command = new Command(
            "check",
            "Classifies shipments (JSON Lines) as of an instant and writes one result per line. Example: reputation-rules shipments check shipments.jsonl --as-of 2026-03-10T12:00:00Z --weekly")
        {
            file, asOf, weekly, promises, format, maxLineBytes,
        };
        command.SetAction(parse =>
        {
            var asOfText = parse.GetValue(asOf) ?? throw new CliUsageException("--as-of: is required (an instant such as 2026-03-10T12:00:00Z or a date such as 2026-03-10).");
            var instant = ScoreCommand.ParseAsOf(asOfText, context.Clock);
            var table = Arguments.IsTableFormat(parse.GetValue(format));
            var maxLine = Arguments.ParseMaxLineBytes(parse.GetValue(maxLineBytes));
            var promiseTable = parse.GetValue(promises) is { } promiseFile ? LoadPromises(promiseFile) : DeliveryPromiseTable.Empty;
            var engine = new DeliveryEngine(new DeliveryOptions(), context.Calendars.Provider(parse), Guard.Value, promiseTable);
            var results = parse.GetValue(weekly) ? new List<ShipmentResult>() : null;
            var input = Arguments.OpenInput(parse.GetValue(file), context);
            int exit;
            try
            {
                var options = new LineOptions("id", false, maxLine, table ? Table : null);
                exit = JsonLines.Process(input, context.Out, options, (_, line, writer) => CheckLine(engine, line, writer, instant, results));
            }
            finally
            {
                if (!ReferenceEquals(input, context.In))
                {
                    input.Dispose();
                }
            }

            if (results is not null)
            {
                WriteWeekly(context.Out, engine.Summarize(results), table);
            }

            return exit;
        });
        return command;
    }

    private static LineOutcome CheckLine(DeliveryEngine engine, string line, Utf8JsonWriter writer, Instant asOf, List<ShipmentResult>? results)
    {
        var shipment = ReputationRulesJson.ReadShipment(line, Guard.Value);
        if (shipment.Promise is null && engine.Promises.Find(shipment.Origin, shipment.Destination, shipment.Method) is null)
        {
            throw new JsonInputException(
                "$.promise",
                $"is required: no promise given and no promise table row for ({shipment.Origin}, {shipment.Destination}, {JsonRead.Quote(shipment.Method)}) (--promises FILE).");
        }

        ShipmentResult result;
        try
        {
            result = engine.Classify(shipment, asOf);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
        {
            // A date pushed past the calendars' range (1970–2199) is still this line's error.
            throw new JsonInputException("$", "the shipment could not be classified (" + JsonRead.Shorten(JsonRead.OneLine(ex.Message)) + ")");
        }

        results?.Add(result);
        ReputationRulesJson.Write(writer, result);
        return LineOutcome.Ok;
    }

    private static DeliveryPromiseTable LoadPromises(string file)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"--promises: cannot read '{file}': {ex.Message}");
        }

        if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var reader = new StringReader(json);
                return DeliveryPromiseTable.ReadCsv(reader);
            }
            catch (FormatException ex)
            {
                throw new CliUsageException($"--promises: {file}: {ex.Message}");
            }
        }

        try
        {
            return ReputationRulesJson.ReadPromiseTable(json);
        }
        catch (JsonInputException ex)
        {
            throw new CliUsageException($"--promises: {file}: {string.Join("; ", ex.Problems.Take(5).Select(p => p.ToString()))}");
        }
    }

    private static void WriteWeekly(TextWriter output, IEnumerable<WeeklyShipmentReport> reports, bool table)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, ReputationRulesJson.WriterOptions);
        foreach (var report in reports)
        {
            if (table)
            {
                var abnormal = report.Abnormal.IsEmpty ? "none" : string.Join(", ", report.Abnormal.Select(a => $"{a.Id} ({DeliveryWireNames.Of(a.State)})"));
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"week {report.WeekName}: {report.Total} shipment(s), late-delivery rate {Percent(report.LateDeliveryRate)}, valid-tracking rate {Percent(report.ValidTrackingRate)}, abnormal: {abnormal}"));
                continue;
            }

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            ReputationRulesJson.Write(writer, report);
            writer.Flush();
            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        output.Flush();
    }

    private static string Percent(decimal? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-";

    /// <summary>The <c>--format table</c> output: one fixed-width row per output line, written as each line is read.</summary>
    private static readonly TableFormat Table = new(
        ["line", "id", "state", "earliest", "latest", "notice", "sendAfter", "rule / error"],
        [4, 10, 14, 10, 10, 14, 20],
        "id",
        static (result, line) =>
        {
            var notice = result.GetProperty("notice");
            var hasNotice = notice.ValueKind == JsonValueKind.Object;
            return
            [
                line.ToString(CultureInfo.InvariantCulture),
                result.GetProperty("id").GetString()!,
                result.GetProperty("state").GetString()!,
                result.GetProperty("estimate").GetProperty("earliest").GetString()!,
                result.GetProperty("estimate").GetProperty("latest").GetString()!,
                hasNotice ? notice.GetProperty("kind").GetString() + "/" + notice.GetProperty("guard").GetString() : "-",
                hasNotice ? notice.GetProperty("sendAfter").GetString()! : "-",
                result.GetProperty("evidence").GetProperty("rule").GetString()!,
            ];
        });
}
