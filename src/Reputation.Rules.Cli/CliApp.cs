using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using Reputation.Rules.Cli.Commands;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli;

/// <summary>The <c>reputation-rules</c> command line: builds the command tree and runs it against given streams.</summary>
internal static class CliApp
{
    /// <summary>
    /// Runs the CLI. Exit codes: 0 success, 1 <c>--fail-on</c> triggered, 2 bad arguments or invalid input. With no
    /// arguments it prints the help. Every error is one line on stderr, never a stack trace.
    /// </summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IClock? clock = null)
    {
        var context = new CliContext(stdin, stdout, stderr, clock ?? SystemClock.Instance);
        var root = BuildRoot(context);
        var parseResult = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parseResult.Errors.Count > 0)
        {
            return Fail(stderr, string.Join(" ", parseResult.Errors.Select(e => e.Message)));
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliUsageException ex)
        {
            return Fail(stderr, ex.Message);
        }
        catch (Calendars.CalendarCoverageException ex)
        {
            return Fail(stderr, CoverageMessage(ex));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, ex.Message);
        }
#pragma warning disable CA1031 // The tool prints one line, never a stack trace, whatever went wrong.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Fail(stderr, $"internal error ({ex.GetType().Name}: {ex.Message}); please report it.");
        }
    }

    /// <summary>Prints <c>error: message</c> as exactly one line on stderr and returns exit code 2.</summary>
    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + JsonRead.OneLine(message).Trim());
        stderr.Flush();
        return ExitCodes.InvalidInput;
    }

    /// <summary>A calendar coverage error in the CLI's words: the covered years and the <c>--weekend-only</c> option.</summary>
    private static string CoverageMessage(Calendars.CalendarCoverageException ex)
    {
        var date = ex.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return ex.FirstCoveredYear is { } first && ex.LastCoveredYear is { } last
            ? $"{date} is outside the {ex.Market} calendar's holiday data, which covers {first}–{last}; add the year with --calendar-data FILE, or pass --weekend-only to count weekends only outside those years."
            : $"the {ex.Market} calendar has no holiday data, so {date} cannot be counted exactly; pass --weekend-only to count Saturdays and Sundays only.";
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "Reputation.Rules: return-policy compliance, credit scores and review-solicitation guardrails for cross-border sellers.");
        root.Options.Add(context.Calendars.Option);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(CalendarCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(ReturnsCommand.Create(context));
        root.Subcommands.Add(ReviewsCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(ShipmentsCommand.Create(context));
        root.Subcommands.Add(FeedbackCommand.Create(context));
        return root;
    }
}
