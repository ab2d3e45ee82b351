using System;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Reviews;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// <c>reviews check [FILE] [--fail-on block|warn] [--suggest]</c>: checks review-solicitation messages (or campaigns) read as JSON
/// Lines and writes one result line per input line. Contract: docs/reviews.md.
/// </summary>
internal static class ReviewsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reviews", "Review-solicitation guardrails: checks messages and campaigns before they are sent (English and Chinese).");
        command.Subcommands.Add(CreateCheck(context));
        return command;
    }

    private static Command CreateCheck(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "JSON Lines input (one message or campaign per line); '-' or absent reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with code 1 if any message is blocked (block) or warned or blocked (warn). Allowed: block, warn.",
            HelpName = "block|warn",
        };
        var suggest = new Option<bool>("--suggest")
        {
            Description = "For each warned or blocked message, add \"suggestion\": a compliant rewrite (text, sendAfter, edits) the guard allows, or null and \"suggestionReason\".",
        };
        var format = Arguments.FormatOption();
        var maxLineBytes = Arguments.MaxLineBytesOption();
        var command = new Command(
            "check",
            "Checks each JSON line and prints {\"id\",\"decision\",\"findings\"}; invalid lines print {\"line\",\"id\",\"error\"} and make the exit code 2. "
                + "Example: reputation-rules reviews check messages.jsonl --fail-on block")
        {
            file,
            failOn,
            suggest,
            format,
            maxLineBytes,
        };
        command.SetAction(parse =>
        {
            var threshold = parse.GetValue(failOn) switch
            {
                null => (SolicitationDecision?)null,
                "block" => SolicitationDecision.Block,
                "warn" => SolicitationDecision.Warn,
                var other => throw new CliUsageException($"--fail-on: {JsonRead.Quote(other)} is not 'block' or 'warn'."),
            };
            var table = Arguments.IsTableFormat(parse.GetValue(format));
            var maxLine = Arguments.ParseMaxLineBytes(parse.GetValue(maxLineBytes));
            var withSuggestions = parse.GetValue(suggest);
            var guard = new SolicitationGuard(new ReviewsOptions(), context.Clock);
            var input = Arguments.OpenInput(parse.GetValue(file), context);
            try
            {
                var options = new LineOptions("id", threshold is not null, maxLine, table ? Table : null) { IdMayBeNumber = true };
                return JsonLines.Process(input, context.Out, options, (_, line, writer) => Handle(guard, threshold, withSuggestions, line, writer));
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

    /// <summary>The <c>--format table</c> output: one row per output line, written as each line is read.</summary>
    private static readonly TableFormat Table = new(
        ["line", "id", "decision", "rules / error"],
        [4, 12, 8],
        "id",
        static (report, line) =>
        [
            line.ToString(CultureInfo.InvariantCulture),
            report.GetProperty("id") switch
            {
                { ValueKind: JsonValueKind.String } id => id.GetString()!,
                { ValueKind: JsonValueKind.Null } => "-",
                var id => id.GetRawText(),
            },
            report.GetProperty("decision").GetString()!,
            TableFormat.RuleIds(report.GetProperty("findings")),
        ]);

    private static LineOutcome Handle(SolicitationGuard guard, SolicitationDecision? threshold, bool suggest, string line, Utf8JsonWriter writer)
    {
        var request = ReputationRulesJson.ReadReviewCheck(line, guard);
        ReviewCheckResult result;
        try
        {
            result = suggest ? request.CheckAndSuggest(guard) : request.Check(guard);
        }
        catch (ArgumentException ex)
        {
            throw new JsonInputException("$", JsonRead.Shorten(JsonRead.OneLine(ex.Message)));
        }

        ReputationRulesJson.Write(writer, result);
        return threshold is { } t && result.Decision >= t ? LineOutcome.Flagged : LineOutcome.Ok;
    }

    /// <summary>The decision as the CLI spells it (allow, warn, block).</summary>
    internal static string Decision(SolicitationDecision decision) => decision switch
    {
        SolicitationDecision.Block => "block",
        SolicitationDecision.Warn => "warn",
        _ => "allow",
    };
}
