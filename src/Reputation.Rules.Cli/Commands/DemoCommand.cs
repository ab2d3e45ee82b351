using System.CommandLine;
using Reputation.Rules.Cli.Infrastructure;

namespace Reputation.Rules.Cli.Commands;

/// <summary><c>demo</c>: runs every engine on built-in sample data and prints readable tables.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("demo", "Runs every engine on built-in sample data and prints readable tables. Example: reputation-rules demo");
        command.SetAction(_ =>
        {
            context.Out.WriteLine("Reputation.Rules demo — every engine on built-in sample data.");
            context.Out.WriteLine();
            foreach (var section in DemoSections.All)
            {
                context.Out.WriteLine("== " + section.Title + " ==");
                section.Run(context);
                context.Out.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
