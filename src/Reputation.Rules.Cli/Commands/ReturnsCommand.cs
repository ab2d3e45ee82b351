using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Returns;

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
            Description = "Exit 1 when any case is a 'violation' (or, with 'at-risk', at risk or worse).",
        };
        var format = new Option<string?>("--format")
        {
            Description = "json (default): one JSON object per line; table: a readable table.",
        };
        var command = new Command("check", "Checks return cases (JSON Lines) and writes one result per line.") { file, failOn, format };
        command.SetAction(parse =>
        {
            var threshold = parse.GetValue(failOn) switch
            {
                null => (ReturnVerdict?)null,
                "violation" => ReturnVerdict.Violation,
                "at-risk" => ReturnVerdict.AtRisk,
                var other => throw new CliUsageException($"--fail-on: '{other}' is not supported (use 'violation' or 'at-risk')."),
            };
            var table = parse.GetValue(format) switch
            {
                null or "json" => false,
                "table" => true,
                var other => throw new CliUsageException($"--format: '{other}' is not supported (use 'json' or 'table')."),
            };
            var engine = DefaultEngine.Value;
            var input = Arguments.OpenInput(parse.GetValue(file), context);
            try
            {
                return table
                    ? RunTable(input, context.Out, engine, threshold)
                    : JsonLines.Process(input, context.Out, threshold is not null, (line, text, writer) => CheckLine(engine, line, text, writer, threshold));
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

    private static LineOutcome CheckLine(IReturnComplianceEngine engine, int lineNumber, string text, Utf8JsonWriter writer, ReturnVerdict? threshold)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonLines.Parse(WithoutByteOrderMark(lineNumber, text));
            var (returnCase, asOf) = ReturnsJson.ReadCase(document.RootElement, engine);
            var report = ReturnsJson.Evaluate(engine, returnCase, asOf);
            ReturnsJson.WriteReport(writer, report);
            return threshold is { } t && report.Verdict >= t ? LineOutcome.Flagged : LineOutcome.Ok;
        }
        catch (InputException ex)
        {
            writer.Reset();
            return JsonLines.WriteError(writer, lineNumber, "caseId", JsonLines.TryReadId(document, "caseId"), ex.Message);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
        {
            // Defensive: a problem the readers did not name still becomes an error line, never a crash.
            writer.Reset();
            return JsonLines.WriteError(writer, lineNumber, "caseId", JsonLines.TryReadId(document, "caseId"), "$: the case could not be evaluated (" + ex.Message + ")");
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>The <c>--format table</c> output: fixed-width rows written as each line is read (no buffering).</summary>
    private static int RunTable(TextReader input, TextWriter output, IReturnComplianceEngine engine, ReturnVerdict? threshold)
    {
        output.WriteLine(Row("line", "caseId", "verdict", "refundDueBy", "amountDue", "refunded", "rules / error", "deadline set by"));
        output.WriteLine(new string('-', 110));
        var lineNumber = 0;
        var anyInvalid = false;
        var anyFlagged = false;
        string? text;
        while ((text = input.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var number = lineNumber.ToString(CultureInfo.InvariantCulture);
            JsonDocument? document = null;
            try
            {
                document = JsonLines.Parse(WithoutByteOrderMark(lineNumber, text));
                var (returnCase, asOf) = ReturnsJson.ReadCase(document.RootElement, engine);
                var report = ReturnsJson.Evaluate(engine, returnCase, asOf);
                var rules = new StringBuilder();
                foreach (var finding in report.Findings)
                {
                    rules.Append(rules.Length == 0 ? string.Empty : " ").Append(finding.RuleId.Value);
                }

                output.WriteLine(Row(
                    number,
                    report.CaseId,
                    ReturnWireNames.Of(report.Verdict),
                    report.RefundDueBy is { } due ? Formatting.Date(due) : "-",
                    report.AmountDue.ToString(),
                    report.Refunded.ToString(),
                    rules.Length == 0 ? "-" : rules.ToString(),
                    report.DeadlineCitation?.ToString() ?? "-"));
                anyFlagged |= threshold is { } t && report.Verdict >= t;
            }
            catch (Exception ex) when (ex is InputException or ArgumentException or InvalidOperationException or OverflowException)
            {
                anyInvalid = true;
                output.WriteLine(Row(number, JsonLines.TryReadId(document, "caseId") ?? "-", "error", "-", "-", "-", ex.Message, "-"));
            }
            finally
            {
                document?.Dispose();
            }
        }

        output.Flush();
        return anyInvalid ? ExitCodes.InvalidInput : anyFlagged ? ExitCodes.FailOnTriggered : ExitCodes.Success;
    }

    /// <summary>
    /// Drops a UTF-8 byte-order mark at the start of the input (piped stdin keeps it; files opened by path lose it in the
    /// reader), so a first line written by an editor or a Windows shell is read like any other.
    /// </summary>
    private static string WithoutByteOrderMark(int lineNumber, string text) =>
        lineNumber == 1 && text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static string Row(string line, string caseId, string verdict, string due, string amountDue, string refunded, string rules, string setBy) =>
        string.Join(
            "  ",
            line.PadRight(4),
            caseId.PadRight(10),
            verdict.PadRight(9),
            due.PadRight(11),
            amountDue.PadRight(12),
            refunded.PadRight(12),
            rules.PadRight(24),
            setBy).TrimEnd();
}
