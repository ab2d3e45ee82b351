using System;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>Bad arguments: the CLI prints the message as one line on stderr and exits with code 2.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException()
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
