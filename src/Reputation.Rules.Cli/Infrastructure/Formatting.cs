using System.Globalization;
using NodaTime;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>How the CLI spells shared vocabulary in tables and demos (JSON is written by the library).</summary>
internal static class Formatting
{
    public static string Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Info => "info",
        Rules.Severity.Warning => "warning",
        _ => "violation",
    };

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
