using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>The health check warns (Degraded) before a market's holiday data runs out, by the injected clock.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Degraded_within_60_days_of_the_data_end_naming_markets_and_dates()
    {
        // CN, KR, AE and SA ship holiday data up to 2026-12-31.
        await using var server = await StartAsync(Instant.FromUtc(2026, 12, 3, 9, 0));
        var report = await server.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);
        var entry = report.Entries["reputation-rules"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        foreach (var market in new[] { "AE", "CN", "KR", "SA" })
        {
            Assert.Contains($"{market} on 2026-12-31", entry.Description, System.StringComparison.Ordinal);
            Assert.Equal("2026-12-31", entry.Data[market]);
        }

        Assert.Equal("2026-12-03", entry.Data["today"]);
        var http = await server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
        Assert.Equal("Degraded", await http.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Healthy_when_every_market_is_covered_for_60_days()
    {
        await using var server = await StartAsync(Instant.FromUtc(2026, 10, 31, 23, 0)); // 61 days before 2026-12-31
        var report = await server.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Healthy, report.Entries["reputation-rules"].Status);
        Assert.Equal("Healthy", await server.Client.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Data_that_has_ended_is_named_as_ended()
    {
        await using var server = await StartAsync(Instant.FromUtc(2027, 1, 2, 0, 0));
        var entry = (await server.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken)).Entries["reputation-rules"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("CN ended on 2026-12-31", entry.Description, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_checks_builder_extension_takes_a_name_and_a_window()
    {
        await using var server = await TestServer.StartAsync(
            b => b.Services.AddHealthChecks().AddReputationRules("calendars", warningDays: 10, tags: ["ready"]),
            clock: new FakeClock(Instant.FromUtc(2026, 12, 3, 9, 0)));
        var entry = (await server.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken)).Entries["calendars"];
        Assert.Equal(HealthStatus.Healthy, entry.Status); // 28 days left, a 10-day window
        Assert.Contains("ready", entry.Tags);
    }

    private static Task<TestServer> StartAsync(Instant now) => TestServer.StartAsync(
        b => b.Services.AddReputationRulesHealthCheck(),
        app =>
        {
            app.MapReputationRules();
            app.MapHealthChecks("/healthz");
        },
        new FakeClock(now));
}
