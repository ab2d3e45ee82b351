namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>The CLI's exit codes (part of its contract; see docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and nothing met the <c>--fail-on</c> condition.</summary>
    public const int Success = 0;

    /// <summary>A result met the <c>--fail-on</c> condition (e.g. a violation or a blocked message).</summary>
    public const int FailOnTriggered = 1;

    /// <summary>Bad arguments, or at least one input line was invalid (2 wins over 1).</summary>
    public const int InvalidInput = 2;
}
