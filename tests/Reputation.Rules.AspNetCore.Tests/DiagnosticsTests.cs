using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>
/// Options reloads are logged (applied and rejected) and apply; requests are traced and counted. Activity and meter
/// listeners are process-wide, so these tests run alone (not in parallel with the other classes' requests).
/// </summary>
[Collection(nameof(DiagnosticsTests))]
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Reloads_are_logged_and_apply_and_a_rejected_one_keeps_serving()
    {
        var logs = new LogSink();
        var root = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        await using var server = await TestServer.StartAsync(b =>
        {
            b.Logging.AddProvider(logs);
            b.Services.AddReputationRules(root);
        });
        var message = File.ReadLines(RepoPaths.Example("reviews-dev.jsonl")).First();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.PostJsonAsync(Http.Reviews, message)).Status);

        // A platform the options do not name is a 400 at its path...
        var custom = message.Replace("\"platform\": \"amazon\"", "\"platform\": \"myshop\"", StringComparison.Ordinal);
        var before = await server.Client.PostJsonAsync(Http.Reviews, custom);
        Assert.Equal(HttpStatusCode.BadRequest, before.Status);
        Assert.Equal("$.platform", Assert.Single(before.Errors.EnumerateObject()).Name);

        // ...until a valid change adds it: the engines are rebuilt, swapped in, logged, and the endpoints use them.
        root["Reviews:Platforms:myshop:QuietHoursStart"] = "22";
        root["Calendars:ExtraHolidays:DE:2026-12-24"] = "Company closure";
        root.Reload();
        Assert.Contains(logs.Entries, e => e.Category == "Reputation.Rules" && e.Level == LogLevel.Information && e.Message.Contains("engines were rebuilt", StringComparison.Ordinal));
        var after = await server.Client.PostJsonAsync(Http.Reviews, custom);
        Assert.True(after.Status == HttpStatusCode.OK, after.ToString());

        // An invalid change: rejected, logged as an error, the previous engines keep serving.
        root["Calendars:ExtraHolidays:CN:2031-01-02"] = "too late";
        try
        {
            root.Reload();
        }
        catch (AggregateException)
        {
            // IOptionsMonitor surfaces the validation failure to the caller of Reload.
        }

        var rejected = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("Reputation.Rules", rejected.Category);
        Assert.Contains("2031-01-02", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.PostJsonAsync(Http.Returns, File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).First())).Status);
    }

    [Fact]
    public async Task Each_request_and_each_object_is_an_activity_of_the_Reputation_Rules_source()
    {
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Reputation.Rules",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await TestServer.StartAsync();
        var line = File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).First();
        var reply = await server.Client.PostJsonAsync(Http.Returns, "[" + line + "," + line + "]");
        Assert.Equal(HttpStatusCode.OK, reply.Status);

        var request = Assert.Single(activities, a => a.OperationName == "reputation-rules returns check");
        Assert.Equal(2, request.GetTagItem("reputation_rules.items"));
        Assert.Equal("array", request.GetTagItem("reputation_rules.shape"));
        Assert.True(
            activities.Count(a => a.OperationName == "reputation-rules returns check item" && a.ParentSpanId == request.SpanId) == 2,
            string.Join("\n", activities.Select(a => $"{a.OperationName} {a.SpanId} parent {a.ParentSpanId}")) + "\nrequest " + request.SpanId);
    }

    [Fact]
    public async Task The_docs_OpenTelemetry_lines_export_the_request_traces_and_the_evaluation_counts()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        var line = File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).First();
        await using (var server = await TestServer.StartAsync(b => b.Services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter("Reputation.Rules").AddInMemoryExporter(metrics))
            .WithTracing(t => t.AddSource("Reputation.Rules").AddInMemoryExporter(spans))))
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Client.PostJsonAsync(Http.Returns, "[" + line + "," + line + "]")).Status);
            Assert.True(server.App.Services.GetRequiredService<TracerProvider>().ForceFlush());
            Assert.True(server.App.Services.GetRequiredService<MeterProvider>().ForceFlush());
        }

        var request = Assert.Single(spans, a => a.OperationName == "reputation-rules returns check");
        Assert.Equal(2, spans.Count(a => a.OperationName == "reputation-rules returns check item" && a.ParentSpanId == request.SpanId));
        var evaluations = metrics.Where(m => m.Name == "reputation_rules.evaluations").SelectMany(m => m.MetricPoints)
            .Where(p => Tags(p).Contains(new KeyValuePair<string, object?>("engine", "returns")))
            .Max(p => p.GetSumLong());
        Assert.Equal(2, evaluations);
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    [Fact]
    public async Task Checks_are_counted_by_the_library_meter()
    {
        var evaluations = new ConcurrentDictionary<string, long>();
        await using var server = await TestServer.StartAsync();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Reputation.Rules")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "engine" && instrument.Name.Contains("evaluation", StringComparison.Ordinal))
                {
                    evaluations.AddOrUpdate((string)tag.Value!, value, (_, v) => v + value);
                }
            }
        });
        listener.Start();
        var line = File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).First();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.PostNdjsonAsync(Http.Returns, line + "\n" + line + "\n" + line)).Status);
        Assert.Equal(3, evaluations.GetValueOrDefault("returns"));
    }

    private sealed record LogEntry(string Category, LogLevel Level, string Message);

    private sealed class LogSink : ILoggerProvider
    {
        public ConcurrentQueue<LogEntry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogSink sink, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (category.StartsWith("Reputation.Rules", StringComparison.Ordinal))
                {
                    sink.Entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception)));
                }
            }
        }
    }
}

/// <summary>The tests that listen process-wide run in this collection, alone.</summary>
[CollectionDefinition(nameof(DiagnosticsTests), DisableParallelization = true)]
public sealed class DiagnosticsRunAlone;
