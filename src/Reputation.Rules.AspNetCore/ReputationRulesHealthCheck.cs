using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;

namespace Reputation.Rules.AspNetCore;

/// <summary>
/// Healthy while the holiday data of every market the engines know (built-in and configured) covers the coming days;
/// Degraded when some market's data ends within the warning window (or has ended), naming the markets and end dates.
/// Refund deadlines past a market's data cannot be counted, so add next year's data (<c>Calendars:DataFiles</c>) in time.
/// </summary>
internal sealed class ReputationRulesHealthCheck(IServiceProvider services, int warningDays) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService(typeof(ReputationRulesRuntime)) is not ReputationRulesRuntime runtime)
        {
            return Task.FromResult(new HealthCheckResult(
                context.Registration.FailureStatus, "Reputation.Rules is not registered: call services.AddReputationRules()."));
        }

        Diagnostics.ReloadLogging.Attach(services);
        var clock = services.GetService(typeof(IClock)) as IClock ?? runtime.Clock;
        var today = clock.GetCurrentInstant().InUtc().Date;
        var horizon = today.PlusDays(warningDays);
        var calendars = runtime.Current.Calendars;
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var ending = new List<string>();
        var markets = calendars.Markets;
        foreach (var market in markets)
        {
            if (calendars.GetCalendar(market).DataEndsOn is not { } end)
            {
                continue; // rule-based: no end
            }

            var iso = end.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            data[market.ToString()] = iso;
            if (end < horizon)
            {
                ending.Add(end < today ? $"{market} ended on {iso}" : $"{market} on {iso}");
            }
        }

        data["today"] = today.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        data["warningDays"] = warningDays;
        if (ending.Count > 0)
        {
            data["ending"] = string.Join(", ", ending);
            return Task.FromResult(HealthCheckResult.Degraded(
                $"Holiday data ends within {warningDays} days: {string.Join(", ", ending)}. Add next year's calendar data (Calendars:DataFiles).",
                data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy(
            $"Holiday data of {markets.Length} markets covers the next {warningDays} days.", data));
    }
}
