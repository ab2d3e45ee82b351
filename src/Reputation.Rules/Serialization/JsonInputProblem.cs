using Reputation.Rules.Utility;

namespace Reputation.Rules.Serialization;

/// <summary>One problem found while reading JSON input: where it is and what is wrong with it.</summary>
/// <remarks>This type is immutable and compares by value.</remarks>
public sealed record JsonInputProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.calendars[0].years[1].holidays[3]</c>.</param>
    /// <param name="message">What is wrong, in one sentence that quotes at most about 100 characters of the value.</param>
    /// <exception cref="System.ArgumentException">A value is null or blank.</exception>
    public JsonInputProblem(string path, string message)
    {
        Path = Preconditions.NotNullOrWhiteSpace(path, nameof(path));
        Message = Preconditions.NotNullOrWhiteSpace(message, nameof(message));
    }

    /// <summary>The JSON path of the offending value (<c>$</c> for the document itself).</summary>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The problem as <c>path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Path + ": " + Message;
}
