using System.IO;
using NodaTime;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>The streams and clock one run of the CLI works with (tests pass their own).</summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, IClock Clock);
