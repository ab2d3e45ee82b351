using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Reputation.Rules.Utility;

namespace Reputation.Rules;

/// <summary>
/// One result of one rule: which rule fired, how serious it is, a message a support agent can read, the evidence
/// it rests on, the text span(s) that triggered it (message checks) and the law or policy behind it.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe. Two findings are equal when every part is: rule, severity, message,
/// citation, and the evidence and spans in the same order.
/// </remarks>
[JsonConverter(typeof(Serialization.FindingJsonConverter))]
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule that fired.</param>
    /// <param name="severity">How serious this occurrence is.</param>
    /// <param name="message">A sentence a support agent can act on; must not be blank.</param>
    /// <param name="citation">The law or policy behind this occurrence; may be null for purely informational findings.</param>
    /// <param name="evidence">The named facts the finding rests on; default means none.</param>
    /// <param name="spans">The spans of the original text that triggered the finding; default means none.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is <c>default</c> or <paramref name="message"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public Finding(
        RuleId ruleId,
        Severity severity,
        string message,
        Citation? citation = null,
        ImmutableArray<EvidenceItem> evidence = default,
        ImmutableArray<TextSpan> spans = default)
    {
        if (ruleId.Value.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(ruleId), "must not be default(RuleId).");
        }

        if (!Enum.IsDefined(severity))
        {
            Preconditions.ThrowOutOfRange(nameof(severity), severity, "is not a defined Severity.");
        }

        RuleId = ruleId;
        Severity = severity;
        Message = Preconditions.NotNullOrWhiteSpace(message, nameof(message));
        Citation = citation;
        Evidence = evidence.IsDefault ? ImmutableArray<EvidenceItem>.Empty : evidence;
        Spans = spans.IsDefault ? ImmutableArray<TextSpan>.Empty : spans;
    }

    /// <summary>The rule that fired.</summary>
    public RuleId RuleId { get; }

    /// <summary>How serious this occurrence is.</summary>
    public Severity Severity { get; }

    /// <summary>A sentence a support agent can act on.</summary>
    public string Message { get; }

    /// <summary>The law or policy behind this occurrence, if any.</summary>
    public Citation? Citation { get; }

    /// <summary>The named facts the finding rests on, in a stable order.</summary>
    public ImmutableArray<EvidenceItem> Evidence { get; }

    /// <summary>The spans of the original text that triggered the finding (empty when the subject is not text).</summary>
    public ImmutableArray<TextSpan> Spans { get; }

    /// <summary>The value of the evidence item named <paramref name="key"/>, or null.</summary>
    /// <param name="key">The evidence key, e.g. <c>refundDueBy</c>.</param>
    /// <returns>The value, or null when there is no such item.</returns>
    public string? GetEvidence(string key)
    {
        foreach (var item in Evidence)
        {
            if (string.Equals(item.Key, key, StringComparison.Ordinal))
            {
                return item.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} ({Severity}): {Message}";

    /// <summary>Whether <paramref name="other"/> has the same rule, severity, message, citation, evidence and spans.</summary>
    /// <param name="other">Another finding.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(Finding? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (RuleId == other.RuleId
                && Severity == other.Severity
                && string.Equals(Message, other.Message, StringComparison.Ordinal)
                && Equals(Citation, other.Citation)
                && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan())
                && Spans.AsSpan().SequenceEqual(other.Spans.AsSpan())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Severity, StringComparer.Ordinal.GetHashCode(Message), Citation, Evidence.Length, Spans.Length);

    /// <summary>Whether two findings are equal (see <see cref="Equals(Finding)"/>).</summary>
    /// <param name="left">One finding.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Finding? left, Finding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two findings differ (see <see cref="Equals(Finding)"/>).</summary>
    /// <param name="left">One finding.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Finding? left, Finding? right) => !(left == right);
}
