using System;

namespace Reputation.Rules;

/// <summary>A range of UTF-16 code units in an original (not normalised) text: where evidence was found.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Index of the first UTF-16 code unit, 0 or more.</param>
    /// <param name="length">Number of UTF-16 code units, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Index of the first UTF-16 code unit.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Index one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The spanned part of <paramref name="text"/>.</summary>
    /// <param name="text">The original text the span was taken from.</param>
    /// <returns>The substring.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
