using System.IO;
using NodaTime;
using Reputation.Rules.Cli;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>Runs the CLI in-process against string streams (as the CLI's own tests do).</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out) Run(string commandLine, string stdin, IClock clock)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter();
        var exit = CliApp.Run(commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), input, output, error, clock);
        return (exit, output.ToString());
    }
}
