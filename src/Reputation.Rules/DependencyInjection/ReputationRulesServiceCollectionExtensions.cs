using System;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Complaints;
using Reputation.Rules.Delivery;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

namespace Reputation.Rules;

/// <summary>
/// Registers Reputation.Rules in an <see cref="IServiceCollection"/>: the engines as singletons behind small
/// interfaces, validated options (every problem listed, validated on start), an <see cref="IClock"/> if the app
/// has none, and the <c>Reputation.Rules</c> meter.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddReputationRules(builder.Configuration.GetSection("ReputationRules"));
/// </code>
/// </example>
public static class ReputationRulesServiceCollectionExtensions
{
    /// <summary>Adds Reputation.Rules with default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for custom rules, calendars and profiles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IReputationRulesBuilder AddReputationRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddCore(services);
    }

    /// <summary>Adds Reputation.Rules and configures its options in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; may be called again to add more configuration.</param>
    /// <returns>A builder for custom rules, calendars and profiles.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReputationRulesBuilder AddReputationRules(this IServiceCollection services, Action<ReputationRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Adds Reputation.Rules and binds its options from configuration, typically
    /// <c>configuration.GetSection("ReputationRules")</c>. Changes to reloadable configuration rebuild the engines.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind.</param>
    /// <returns>A builder for custom rules, calendars and profiles.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReputationRulesBuilder AddReputationRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Bound without letting the binder throw: unconvertible values are validation problems listed with the rest.
        services.AddOptions<ReputationRulesOptions>().Configure(options => ConfigurationBinding.Bind(configuration, options));
        services.AddSingleton<IOptionsChangeTokenSource<ReputationRulesOptions>>(
            new ConfigurationChangeTokenSource<ReputationRulesOptions>(Options.DefaultName, configuration));
        return AddCore(services);
    }

    private static ReputationRulesBuilder AddCore(IServiceCollection services)
    {
        var builder = new ReputationRulesBuilder(services);
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(MarkerService))
            {
                return builder; // already registered: calling twice is safe
            }
        }

        services.AddSingleton<MarkerService>();
        services.AddOptions<ReputationRulesOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReputationRulesOptions>, ReputationRulesOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReputationRulesOptions>, ReputationRulesCrossFieldValidator>(
            sp => new ReputationRulesCrossFieldValidator(
                sp.GetServices<CalendarRegistration>(),
                sp.GetServices<IReturnRule>(),
                sp.GetServices<MarketplaceProfile>(),
                sp.GetServices<ISolicitationRule>(),
                sp.GetServices<LawProfile>())));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => new ReputationRulesMetrics(sp.GetService<IMeterFactory>()));
        services.TryAddSingleton(sp => new ReputationRulesRuntime(
            sp.GetRequiredService<IOptionsMonitor<ReputationRulesOptions>>(),
            sp.GetServices<CalendarRegistration>(),
            sp.GetServices<IReturnRule>(),
            sp.GetServices<MarketplaceProfile>(),
            sp.GetServices<ISolicitationRule>(),
            sp.GetServices<LawProfile>(),
            sp.GetRequiredService<IClock>()));
        services.TryAddSingleton<ICalendarProvider>(sp => new RuntimeCalendarProvider(sp.GetRequiredService<ReputationRulesRuntime>()));
        services.TryAddSingleton<IReturnComplianceEngine>(sp => new RuntimeReturnComplianceEngine(
            sp.GetRequiredService<ReputationRulesRuntime>(), sp.GetRequiredService<ReputationRulesMetrics>()));
        services.TryAddSingleton<ISolicitationGuard>(sp => new RuntimeSolicitationGuard(
            sp.GetRequiredService<ReputationRulesRuntime>(), sp.GetRequiredService<ReputationRulesMetrics>()));
        services.TryAddSingleton<ICreditScoreCalculator>(sp => new RuntimeCreditScoreCalculator(
            sp.GetRequiredService<ReputationRulesRuntime>(), sp.GetRequiredService<ReputationRulesMetrics>()));
        services.TryAddSingleton<IDeliveryEngine>(sp => new RuntimeDeliveryEngine(
            sp.GetRequiredService<ReputationRulesRuntime>(), sp.GetRequiredService<IOptionsMonitor<ReputationRulesOptions>>()));
        services.TryAddSingleton<IFeedbackAnalyzer>(sp => new RuntimeFeedbackAnalyzer(
            sp.GetRequiredService<ReputationRulesRuntime>(), sp.GetRequiredService<IOptionsMonitor<ReputationRulesOptions>>(), sp.GetRequiredService<IClock>()));
        services.TryAddTransient(sp => sp.GetRequiredService<ReputationRulesRuntime>().Current.Catalog);
        return builder;
    }

    /// <summary>Marks that AddReputationRules ran (as Polly.Extensions does).</summary>
    private sealed class MarkerService;
}
