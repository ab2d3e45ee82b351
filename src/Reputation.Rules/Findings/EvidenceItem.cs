using Reputation.Rules.Utility;

namespace Reputation.Rules;

/// <summary>One named fact behind a finding, such as <c>refundDueBy = 2026-03-30</c>.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct EvidenceItem
{
    /// <summary>Creates an evidence item.</summary>
    /// <param name="key">The fact's name in camelCase, e.g. <c>refundDueBy</c>.</param>
    /// <param name="value">The fact, formatted invariantly (ISO dates, decimal amounts with a point).</param>
    /// <exception cref="System.ArgumentException"><paramref name="key"/> is null or blank.</exception>
    public EvidenceItem(string key, string value)
    {
        Key = Preconditions.NotNullOrWhiteSpace(key, nameof(key));
        Value = value ?? string.Empty;
    }

    /// <summary>The fact's name in camelCase.</summary>
    public string Key { get; }

    /// <summary>The fact, formatted invariantly.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Key}={Value}";
}
