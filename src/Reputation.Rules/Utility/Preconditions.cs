using System;
using System.Diagnostics.CodeAnalysis;

namespace Reputation.Rules.Utility;

/// <summary>Argument checks with the throw kept out of line so callers stay inlinable.</summary>
internal static class Preconditions
{
    public static string NotNullOrWhiteSpace(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, value is null ? "must not be null." : "must not be empty or white space.");
        }

        return value!;
    }

    [DoesNotReturn]
    public static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException($"{paramName}: {message}", paramName);

    [DoesNotReturn]
    public static void ThrowOutOfRange(string paramName, object? actual, string message) =>
        throw new ArgumentOutOfRangeException(paramName, actual, $"{paramName}: {message}");
}
