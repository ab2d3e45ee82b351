using System.IO;
using NodaTime;

namespace Reputation.Rules.Cli.Tests;

/// <summary>Runs the CLI in-process against string streams.</summary>
internal static class CliRunner
{
    public static CliResult Run(string commandLine, string stdin = "", IClock? clock = null) =>
        Run(commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), stdin, clock);

    public static CliResult Run(string[] args, string stdin = "", IClock? clock = null)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, input, output, error, clock);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
}
