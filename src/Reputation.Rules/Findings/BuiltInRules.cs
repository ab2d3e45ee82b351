using System.Collections.Immutable;

namespace Reputation.Rules;

/// <summary>Collects the built-in rule descriptors of every engine (each engine owns its own list).</summary>
internal static class BuiltInRules
{
    /// <summary>Every built-in descriptor, one spread per engine.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        .. Returns.ReturnRuleDescriptors.All,
        .. Reviews.ReviewRuleDescriptors.All,
    ];
}
