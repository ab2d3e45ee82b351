using System;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Reputation.Rules.AspNetCore.Diagnostics;

/// <summary>The <c>Reputation.Rules</c> activity source: one activity per request, one per checked object.</summary>
internal static class ReputationRulesTelemetry
{
    /// <summary>The name of the activity source (and of the library's meter): <c>Reputation.Rules</c>.</summary>
    public const string SourceName = "Reputation.Rules";

    public static readonly ActivitySource Source = new(SourceName, typeof(ReputationRulesTelemetry).Assembly.GetName().Version?.ToString());
}

/// <summary>Logs the options reloads of the engines (<c>ReputationRulesRuntime</c>) through the host's logging.</summary>
internal static partial class ReloadLogging
{
    /// <summary>The log category of the reload events.</summary>
    public const string Category = "Reputation.Rules";

    private static readonly ConditionalWeakTable<ReputationRulesRuntime, ILogger> Attached = [];

    /// <summary>Subscribes once per runtime (calling it again, e.g. for a second prefix, does nothing).</summary>
    public static void Attach(IServiceProvider services)
    {
        if (services.GetService<ReputationRulesRuntime>() is not { } runtime)
        {
            return;
        }

        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(Category) ?? NullLogger.Instance;
        if (!Attached.TryAdd(runtime, logger))
        {
            return;
        }

        runtime.Reloaded += builds => OptionsReloaded(logger, builds);
        runtime.ReloadRejected += ex => Rejected(logger, ex);

        // Options validators reject a bad reload inside IOptionsMonitor, before the runtime hears of it: validate each
        // change once more here (a fresh value from the factory, independent of the monitor's cache) to log the rejection.
        var factory = services.GetService<IOptionsFactory<ReputationRulesOptions>>();
        if (factory is null)
        {
            return;
        }

        foreach (var source in services.GetServices<IOptionsChangeTokenSource<ReputationRulesOptions>>())
        {
            if (source.Name is not (null or ""))
            {
                continue;
            }

            _ = ChangeToken.OnChange(source.GetChangeToken, () =>
            {
                try
                {
                    _ = factory.Create(Options.DefaultName);
                }
                catch (OptionsValidationException ex)
                {
                    Rejected(logger, ex);
                }
            });
        }
    }

    private static void Rejected(ILogger logger, OptionsValidationException ex) =>
        OptionsReloadRejected(logger, ex, ex.Failures.Count(), string.Join("; ", ex.Failures));

    [LoggerMessage(EventId = 1, EventName = "OptionsReloaded", Level = LogLevel.Information,
        Message = "Reputation.Rules options changed: the engines were rebuilt and swapped in (build {Builds}).")]
    private static partial void OptionsReloaded(ILogger logger, int builds);

    [LoggerMessage(EventId = 2, EventName = "OptionsReloadRejected", Level = LogLevel.Error,
        Message = "Reputation.Rules options reload rejected ({Count} problems): {Problems}. The previous engines stay in service.")]
    private static partial void OptionsReloadRejected(ILogger logger, OptionsValidationException exception, int count, string problems);
}
