using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reputation.Rules.Orleans;
using Reputation.Rules.Scoring;

namespace Orleans.Hosting;

/// <summary>Registers Reputation.Rules scoring on Orleans silos and clients.</summary>
public static class ReputationRulesOrleansBuilderExtensions
{
    /// <summary>
    /// Adds the scoring grains' services to a silo: options (validated at start), the calculator (an
    /// <see cref="ICreditScoreCalculator"/> already registered, e.g. by <c>AddReputationRules()</c>, is used; otherwise
    /// the defaults) and <see cref="ReputationRulesScoringClient"/>. Register the grain storage named
    /// <see cref="ReputationRulesOrleansOptions.StorageName"/> too.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Configures the options, or null for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ISiloBuilder AddReputationRulesScoring(this ISiloBuilder builder, Action<ReputationRulesOrleansOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddCommon(builder.Services, configure);
        builder.Services.TryAddSingleton<ICreditScoreCalculator>(_ => new CreditScoreCalculator());
        return builder;
    }

    /// <summary>Adds <see cref="ReputationRulesScoringClient"/> and its options (validated at start) to a cluster client.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="configure">Configures the options, or null for the defaults; use the silos' shard count.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IClientBuilder AddReputationRulesScoring(this IClientBuilder builder, Action<ReputationRulesOrleansOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddCommon(builder.Services, configure);
        return builder;
    }

    private static void AddCommon(IServiceCollection services, Action<ReputationRulesOrleansOptions>? configure)
    {
        var options = services.AddOptions<ReputationRulesOrleansOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReputationRulesOrleansOptions>, OptionsValidator>());
        services.TryAddSingleton<ReputationRulesScoringClient>();
    }

    private sealed class OptionsValidator : IValidateOptions<ReputationRulesOrleansOptions>
    {
        public ValidateOptionsResult Validate(string? name, ReputationRulesOrleansOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
