using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Reputation.Rules.Serialization;

/// <summary>
/// JSON input (a calendar data file, a wire-format object) was unreadable or invalid. It carries every problem found,
/// each with its JSON path; it is the only exception the library's JSON readers throw for bad input.
/// </summary>
/// <remarks>
/// It derives from <see cref="JsonException"/>, so hosts that already turn a <see cref="JsonException"/> into a
/// "400 Bad Request" (ASP.NET Core's body binding, for one) treat it alike.
/// </remarks>
public sealed class JsonInputException : JsonException
{
    /// <summary>Creates the exception for one or more problems.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public JsonInputException(IEnumerable<JsonInputProblem> problems)
        : this(Validate(problems))
    {
    }

    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="message">What is wrong.</param>
    public JsonInputException(string path, string message)
        : this([new JsonInputProblem(path, message)])
    {
    }

    /// <summary>Creates the exception with a message and no located problem (path <c>$</c>).</summary>
    public JsonInputException()
        : this("$", "the JSON input is invalid.")
    {
    }

    /// <summary>Creates the exception with a message (path <c>$</c>).</summary>
    /// <param name="message">What is wrong.</param>
    public JsonInputException(string message)
        : this("$", message)
    {
    }

    /// <summary>Creates the exception with a message (path <c>$</c>) and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JsonInputException(string message, Exception innerException)
        : base(message, "$", null, null, innerException)
    {
        Problems = [new JsonInputProblem("$", message)];
    }

    private JsonInputException(ImmutableArray<JsonInputProblem> problems)
        : base(Describe(problems), problems[0].Path, null, null)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order; never empty.</summary>
    public ImmutableArray<JsonInputProblem> Problems { get; }

    private static ImmutableArray<JsonInputProblem> Validate(IEnumerable<JsonInputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var array = problems.ToImmutableArray();
        if (array.IsEmpty || array.Any(p => p is null))
        {
            throw new ArgumentException("problems: must hold at least one problem and no null.", nameof(problems));
        }

        return array;
    }

    private static string Describe(ImmutableArray<JsonInputProblem> problems) =>
        problems.Length == 1
            ? problems[0].ToString()
            : $"{problems.Length} problems: " + string.Join("; ", problems.Select(p => p.ToString()));
}
