using System;
using System.Text.Json.Serialization;
using Reputation.Rules.Utility;

namespace Reputation.Rules;

/// <summary>
/// The stable identifier of a rule, such as <c>RET-LATE</c> or <c>REV-INCENTIVE-SENTIMENT</c>.
/// Ids are part of the public contract: once released they never change meaning.
/// </summary>
/// <remarks>
/// An id is 2–64 characters of upper-case ASCII letters, digits and single hyphens, starting with a letter
/// and not ending with a hyphen. This type is an immutable value type and is thread-safe.
/// </remarks>
[JsonConverter(typeof(Serialization.RuleIdJsonConverter))]
public readonly struct RuleId : IEquatable<RuleId>, IComparable<RuleId>
{
    private readonly string? _value;

    /// <summary>Creates a rule id after validating its form.</summary>
    /// <param name="value">The id, for example <c>RET-LATE</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or not of the documented form.</exception>
    public RuleId(string value)
    {
        if (!IsValid(value))
        {
            Preconditions.ThrowArgument(nameof(value), $"'{value}' is not a valid rule id (expected upper-case letters, digits and single hyphens, such as 'RET-LATE').");
        }

        _value = value;
    }

    /// <summary>The id's text; empty for <c>default(RuleId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <paramref name="value"/> has the form of a rule id.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length < 2 || value.Length > 64 || value[0] is < 'A' or > 'Z' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses <paramref name="value"/>; see <see cref="RuleId(string)"/>.</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The rule id.</returns>
    public static RuleId Parse(string value) => new(value);

    /// <summary>Converts a string to a rule id (validating it).</summary>
    /// <param name="value">The id text.</param>
    public static implicit operator RuleId(string value) => new(value);

    /// <summary>Creates a rule id from a string (validating it).</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The rule id.</returns>
    public static RuleId FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RuleId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(RuleId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Equality by ordinal comparison of the id text.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator ==(RuleId left, RuleId right) => left.Equals(right);

    /// <summary>Inequality by ordinal comparison of the id text.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator !=(RuleId left, RuleId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <(RuleId left, RuleId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >(RuleId left, RuleId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <=(RuleId left, RuleId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >=(RuleId left, RuleId right) => left.CompareTo(right) >= 0;
}
