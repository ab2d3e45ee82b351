using System;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>An input line failed validation; <see cref="Exception.Message"/> is "&lt;field path&gt;: &lt;what is wrong&gt;".</summary>
internal sealed class InputException : Exception
{
    public InputException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
    }

    public InputException()
    {
        Path = "$";
    }

    public InputException(string message)
        : base(message)
    {
        Path = "$";
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
    }

    public string Path { get; }
}
