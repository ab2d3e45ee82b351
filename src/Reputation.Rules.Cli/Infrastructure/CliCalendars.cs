using System;
using System.Collections.Concurrent;
using System.CommandLine;
using System.IO;
using System.Linq;
using Reputation.Rules.Calendars;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>
/// The global <c>--calendar-data FILE</c> option (repeatable): calendar data files (docs/calendars.md) added to the
/// built-in calendars for every command, e.g. next year's holidays published after this release.
/// </summary>
internal sealed class CliCalendars
{
    private readonly ConcurrentDictionary<string, CalendarProvider> _providers = new(StringComparer.Ordinal);

    public Option<string[]> Option { get; } = new("--calendar-data")
    {
        Description = "A calendar data file (JSON, docs/calendars.md) adding or replacing holiday years, e.g. next year's; repeatable, applied in order.",
        HelpName = "FILE",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Whether the command line names calendar data.</summary>
    public bool HasData(ParseResult parse) => parse.GetValue(Option) is { Length: > 0 };

    /// <summary>The built-in calendars plus the named data files; a bad file is a usage error naming the file and every problem.</summary>
    public CalendarProvider Provider(ParseResult parse)
    {
        var files = parse.GetValue(Option) ?? [];
        return files.Length == 0
            ? CalendarProvider.BuiltIn
            : _providers.GetOrAdd(string.Join("\n", files), _ => Load(files));
    }

    private static CalendarProvider Load(string[] files)
    {
        var provider = CalendarProvider.BuiltIn;
        foreach (var file in files)
        {
            try
            {
                provider = provider.WithDataFile(file);
            }
            catch (JsonInputException ex)
            {
                var shown = ex.Problems.Take(5).Select(p => p.ToString());
                var more = ex.Problems.Length > 5 ? $" (and {ex.Problems.Length - 5} more)" : string.Empty;
                throw new CliUsageException($"--calendar-data: {file}: {string.Join("; ", shown)}{more}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CliUsageException($"--calendar-data: cannot read '{file}': {ex.Message}");
            }
        }

        return provider;
    }
}
