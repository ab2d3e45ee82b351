using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reputation.Rules.AspNetCore;

namespace Reputation.Rules;

/// <summary>
/// Registers the Reputation.Rules health check: Healthy normally, Degraded when any market's holiday data (built-in or
/// configured) ends within the warning window of the injected <see cref="NodaTime.IClock"/>'s today, naming the markets
/// and end dates in the description and the data.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddHealthChecks().AddReputationRules();
/// app.MapHealthChecks("/healthz");
/// </code>
/// </example>
public static class ReputationRulesHealthCheckBuilderExtensions
{
    /// <summary>The default name of the check: <c>reputation-rules</c>.</summary>
    public const string DefaultName = "reputation-rules";

    /// <summary>The default warning window: 60 days.</summary>
    public const int DefaultWarningDays = 60;

    /// <summary>Adds the Reputation.Rules health check (holiday data coverage).</summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name (default <c>reputation-rules</c>).</param>
    /// <param name="warningDays">Degraded when a market's data ends within this many days (default 60; 0 or more).</param>
    /// <param name="tags">Tags to filter checks by (e.g. <c>ready</c>).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="warningDays"/> is negative.</exception>
    public static IHealthChecksBuilder AddReputationRules(
        this IHealthChecksBuilder builder,
        string name = DefaultName,
        int warningDays = DefaultWarningDays,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(warningDays);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new ReputationRulesHealthCheck(services, warningDays),
            HealthStatus.Unhealthy,
            tags));
    }

    /// <summary>
    /// Adds health checks (<c>services.AddHealthChecks()</c>) with the Reputation.Rules check; map them with
    /// <c>app.MapHealthChecks("/healthz")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="warningDays">Degraded when a market's data ends within this many days (default 60).</param>
    /// <returns>The health checks builder, to add more checks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IHealthChecksBuilder AddReputationRulesHealthCheck(this IServiceCollection services, int warningDays = DefaultWarningDays)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddHealthChecks().AddReputationRules(warningDays: warningDays);
    }
}
