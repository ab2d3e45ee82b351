using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Reputation.Rules.Utility;

namespace Reputation.Rules;

/// <summary>What a rule is: its id, a title, the engine it belongs to, its default severity and its sources.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.RuleDescriptorJsonConverter))]
public sealed class RuleDescriptor
{
    /// <summary>Creates a rule descriptor.</summary>
    /// <param name="id">The stable rule id.</param>
    /// <param name="engine">The engine that runs it: <c>returns</c>, <c>reviews</c>, <c>scoring</c> or a custom name.</param>
    /// <param name="title">A short title, e.g. <c>Refund later than the deadline</c>.</param>
    /// <param name="defaultSeverity">The severity when no profile overrides it.</param>
    /// <param name="citations">The laws and policies the rule implements; may be empty for custom rules.</param>
    /// <exception cref="ArgumentException">The id is default, or the engine or title is blank.</exception>
    public RuleDescriptor(RuleId id, string engine, string title, Severity defaultSeverity, ImmutableArray<Citation> citations = default)
    {
        if (id.Value.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(id), "must not be default(RuleId).");
        }

        if (!Enum.IsDefined(defaultSeverity))
        {
            Preconditions.ThrowOutOfRange(nameof(defaultSeverity), defaultSeverity, "is not a defined Severity.");
        }

        Id = id;
        Engine = Preconditions.NotNullOrWhiteSpace(engine, nameof(engine));
        Title = Preconditions.NotNullOrWhiteSpace(title, nameof(title));
        DefaultSeverity = defaultSeverity;
        Citations = citations.IsDefault ? ImmutableArray<Citation>.Empty : citations;
    }

    /// <summary>The stable rule id.</summary>
    public RuleId Id { get; }

    /// <summary>The engine that runs the rule (<c>returns</c>, <c>reviews</c>, <c>scoring</c>, or a custom name).</summary>
    public string Engine { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The severity when no profile overrides it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The laws and policies the rule implements.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
