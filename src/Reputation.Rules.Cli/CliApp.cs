using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using Reputation.Rules.Cli.Commands;
using Reputation.Rules.Cli.Infrastructure;

namespace Reputation.Rules.Cli;

/// <summary>The <c>reputation-rules</c> command line: builds the command tree and runs it against given streams.</summary>
internal static class CliApp
{
    /// <summary>Runs the CLI. Exit codes: 0 success, 1 <c>--fail-on</c> triggered, 2 bad arguments or invalid input.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IClock? clock = null)
    {
        var context = new CliContext(stdin, stdout, stderr, clock ?? SystemClock.Instance);
        var root = BuildRoot(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            stderr.WriteLine("error: " + string.Join(" ", parseResult.Errors.Select(e => e.Message)));
            return ExitCodes.InvalidInput;
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
            stderr.WriteLine("error: " + ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Calendars.CalendarCoverageException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return ExitCodes.InvalidInput;
        }
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "Reputation.Rules: return-policy compliance, credit scores and review-solicitation guardrails for cross-border sellers.");
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(CalendarCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(ReturnsCommand.Create(context));
        root.Subcommands.Add(ReviewsCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        return root;
    }
}
