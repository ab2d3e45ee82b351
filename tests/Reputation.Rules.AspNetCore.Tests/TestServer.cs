using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>A real Kestrel server on a free loopback port with the Reputation.Rules endpoints, and a client for it.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    /// <summary>The fixed "now" of the tests (the CLI runs with the same clock).</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 6, 15, 12, 0);

    private TestServer(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Starts a server: a fixed clock, <c>AddReputationRules()</c> (unless <paramref name="configureServices"/> adds it
    /// itself), then <paramref name="map"/> (default: <c>MapReputationRules()</c>).
    /// </summary>
    public static async Task<TestServer> StartAsync(
        Action<WebApplicationBuilder>? configureServices = null,
        Action<WebApplication>? map = null,
        IClock? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(clock ?? new FakeClock(Now));
        configureServices?.Invoke(builder);
        builder.Services.AddReputationRules();
        var app = builder.Build();
        if (map is null)
        {
            app.MapReputationRules();
        }
        else
        {
            map(app);
        }

        await app.StartAsync(TestContextToken());
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address));
    }

    private static System.Threading.CancellationToken TestContextToken() => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
