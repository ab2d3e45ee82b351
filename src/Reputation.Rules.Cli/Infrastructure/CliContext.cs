using System.IO;
using NodaTime;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>The streams and clock one run of the CLI works with (tests pass their own).</summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, IClock Clock)
{
    /// <summary>The global <c>--calendar-data</c> option and the calendars it gives.</summary>
    public CliCalendars Calendars { get; } = new();
}
