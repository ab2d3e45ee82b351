using System;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Returns;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// <c>returns check [FILE] [--fail-on violation|at-risk] [--format json|table]</c>: checks return cases from JSON Lines,
/// one output line per input line, in order, in constant memory.
/// </summary>
internal static class ReturnsCommand
{
    private static readonly Lazy<ReturnComplianceEngine> DefaultEngine = new(ReturnComplianceEngine.CreateDefault);

    public static Command Create(CliContext context)
    {
        var command = new Command("returns", "Return-policy compliance: checks refunds, refusals and deadlines against seller, marketplace and law layers.");
        command.Subcommands.Add(CreateCheck(context));
        return command;
    }

    private static Command CreateCheck(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "JSON Lines of return cases; stdin when absent or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when any case is a 'violation' (or, with 'at-risk', at risk or worse). Allowed: violation, at-risk.",
            HelpName = "violation|at-risk",
        };
        var format = Arguments.FormatOption();
        var maxLineBytes = Arguments.MaxLineBytesOption();
        var command = new Command(
            "check",
            "Checks return cases (JSON Lines) and writes one result per line. Example: reputation-rules returns check cases.jsonl --fail-on violation")
        {
            file, failOn, format, maxLineBytes,
        };
        command.SetAction(parse =>
        {
            var threshold = parse.GetValue(failOn) switch
            {
                null => (ReturnVerdict?)null,
                "violation" => ReturnVerdict.Violation,
                "at-risk" => ReturnVerdict.AtRisk,
                var other => throw new CliUsageException($"--fail-on: {JsonRead.Quote(other)} is not supported (use 'violation' or 'at-risk')."),
            };
            var table = Arguments.IsTableFormat(parse.GetValue(format));
            var maxLine = Arguments.ParseMaxLineBytes(parse.GetValue(maxLineBytes));
            var engine = context.Calendars.HasData(parse)
                ? new ReturnComplianceEngine(new ReturnsOptions(), context.Calendars.Provider(parse))
                : DefaultEngine.Value;
            var input = Arguments.OpenInput(parse.GetValue(file), context);
            try
            {
                var options = new LineOptions("caseId", threshold is not null, maxLine, table ? Table : null);
                return JsonLines.Process(input, context.Out, options, (_, line, writer) => CheckLine(engine, line, writer, threshold));
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

    private static LineOutcome CheckLine(ReturnComplianceEngine engine, string line, Utf8JsonWriter writer, ReturnVerdict? threshold)
    {
        var request = ReputationRulesJson.ReadReturnCheck(line, engine.DefaultSellerPolicy);
        ReturnReport report;
        try
        {
            report = request.Evaluate(engine);
        }
        catch (InvalidReturnCaseException ex)
        {
            // The engine names the field it refused (e.g. a marketplace it does not know) by its contract path.
            throw new JsonInputException(ex.Field.Length == 0 ? "$" : "$." + ex.Field, ex.Problem);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
        {
            // A problem the readers did not name (e.g. a date pushed past the calendar's range) is still this line's error.
            throw new JsonInputException("$", "the case could not be evaluated (" + JsonRead.Shorten(JsonRead.OneLine(ex.Message)) + ")");
        }

        ReputationRulesJson.Write(writer, report);
        return threshold is { } t && report.Verdict >= t ? LineOutcome.Flagged : LineOutcome.Ok;
    }

    /// <summary>The <c>--format table</c> output: one fixed-width row per output line, written as each line is read.</summary>
    private static readonly TableFormat Table = new(
        ["line", "caseId", "verdict", "refundDueBy", "amountDue", "refunded", "rules", "deadline set by / error"],
        [4, 10, 9, 11, 12, 12, 24],
        "caseId",
        static (report, line) =>
        [
            line.ToString(CultureInfo.InvariantCulture),
            report.GetProperty("caseId").GetString()!,
            report.GetProperty("verdict").GetString()!,
            report.GetProperty("refundDueBy").GetString() ?? "-",
            Money(report.GetProperty("amountDue")),
            Money(report.GetProperty("refunded")),
            TableFormat.RuleIds(report.GetProperty("findings")),
            report.GetProperty("deadlineSetBy").GetString() ?? "-",
        ]);

    private static string Money(JsonElement money) => money.GetProperty("amount").GetString() + " " + money.GetProperty("currency").GetString();
}
