using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Reputation.Rules;

/// <summary>
/// The list of rules an application knows: every built-in rule (<see cref="BuiltIn"/>) plus any custom rules added
/// with <see cref="With(IEnumerable{RuleDescriptor})"/>. Ordered by engine, then id.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RuleCatalog
{
    private readonly FrozenDictionary<RuleId, RuleDescriptor> _byId;

    private RuleCatalog(ImmutableArray<RuleDescriptor> rules)
    {
        Rules = rules;
        _byId = rules.ToFrozenDictionary(r => r.Id);
    }

    /// <summary>Every rule that ships with the library.</summary>
    public static RuleCatalog BuiltIn { get; } = Create(BuiltInRules.All);

    /// <summary>The rules, ordered by engine, then id.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The number of rules.</summary>
    public int Count => Rules.Length;

    /// <summary>The rule with the given id.</summary>
    /// <param name="id">The rule id.</param>
    /// <exception cref="KeyNotFoundException">No rule has that id; the message names it.</exception>
    public RuleDescriptor this[RuleId id] =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"No rule with id '{id}' is in the catalog.");

    /// <summary>Creates a catalog from a list of descriptors.</summary>
    /// <param name="rules">The descriptors; ids must be unique.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">Two descriptors share an id; the message names it.</exception>
    public static RuleCatalog Create(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToList();
        var duplicate = list.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"rules: the rule id '{duplicate.Key}' appears more than once.", nameof(rules));
        }

        return new RuleCatalog(list
            .OrderBy(r => r.Engine, StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .ToImmutableArray());
    }

    /// <summary>A catalog with these rules added.</summary>
    /// <param name="additional">Custom rule descriptors; their ids must not already be in the catalog.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An id is already present; the message names it.</exception>
    public RuleCatalog With(IEnumerable<RuleDescriptor> additional)
    {
        ArgumentNullException.ThrowIfNull(additional);
        return Create(Rules.Concat(additional));
    }

    /// <summary>Whether a rule with this id is in the catalog.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns><see langword="true"/> if present.</returns>
    public bool Contains(RuleId id) => _byId.ContainsKey(id);

    /// <summary>Looks up a rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns><see langword="true"/> if present.</returns>
    public bool TryGet(RuleId id, [NotNullWhen(true)] out RuleDescriptor? rule) => _byId.TryGetValue(id, out rule);
}
