using Microsoft.Extensions.DependencyInjection;

namespace Reputation.Rules;

/// <summary>
/// Returned by <c>AddReputationRules</c> for chaining the extension points: custom rules, calendars and profiles.
/// </summary>
public interface IReputationRulesBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }
}

/// <summary>The default builder: a thin wrapper over the service collection.</summary>
internal sealed class ReputationRulesBuilder(IServiceCollection services) : IReputationRulesBuilder
{
    public IServiceCollection Services { get; } = services;
}
