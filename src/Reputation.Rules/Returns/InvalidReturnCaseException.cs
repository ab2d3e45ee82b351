using System;

namespace Reputation.Rules.Returns;

/// <summary>
/// A return case (or one of its parts) is invalid: <see cref="Field"/> names the field by its path inside the case
/// (<c>order.itemsTotal</c>, <c>refunds[0].on</c>, <c>return.receivedOn</c>) and <see cref="Problem"/> says what is
/// wrong. The <see cref="Message"/> is <c>"&lt;field&gt;: &lt;problem&gt;"</c>.
/// </summary>
/// <remarks>
/// Paths use the JSON-Lines contract's camelCase names, so a JSON reader can prefix them with <c>$.</c>. Instances are
/// not meant to be shared between threads while being thrown; their state never changes after construction.
/// </remarks>
public sealed class InvalidReturnCaseException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The field path, e.g. <c>refunds[0].on</c>.</param>
    /// <param name="problem">What is wrong, e.g. <c>2026-01-02 is before order.deliveredOn 2026-01-05.</c></param>
    public InvalidReturnCaseException(string field, string problem)
        : base($"{field}: {problem}", field)
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception with an empty field path.</summary>
    public InvalidReturnCaseException()
        : this(string.Empty, "the return case is invalid.")
    {
    }

    /// <summary>Creates the exception with a message and no field path.</summary>
    /// <param name="message">The message.</param>
    public InvalidReturnCaseException(string message)
        : base(message)
    {
        Field = string.Empty;
        Problem = message ?? string.Empty;
    }

    /// <summary>Creates the exception with a message, no field path and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidReturnCaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
        Problem = message ?? string.Empty;
    }

    /// <summary>The path of the invalid field inside the case, e.g. <c>refunds[0].amount</c>; empty when unknown.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Problem { get; }

    /// <summary><c>"&lt;field&gt;: &lt;problem&gt;"</c>, without the parameter-name suffix <see cref="ArgumentException"/> adds.</summary>
    public override string Message => Field.Length == 0 ? Problem : $"{Field}: {Problem}";

    /// <summary>This exception with <paramref name="prefix"/> put in front of <see cref="Field"/>.</summary>
    /// <param name="prefix">A parent path, e.g. <c>order</c> or <c>refunds[2]</c>.</param>
    /// <returns>A new exception naming <c>prefix.field</c>.</returns>
    public InvalidReturnCaseException WithPrefix(string prefix) =>
        new(Field.Length == 0 ? prefix : prefix + "." + Field, Problem);
}
