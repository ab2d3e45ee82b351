using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>16 concurrent clients, 1,000 requests in all: every answer is the one a lone request gets.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Sixteen_clients_times_1000_requests_give_identical_results()
    {
        await using var server = await TestServer.StartAsync();
        var returns = File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).Take(3)
            .Concat(File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Cli.Tests", "Data", "returns-review-cases.jsonl")).Take(20))
            .Select(l => (Path: Http.Returns, Body: l));
        var reviews = File.ReadLines(RepoPaths.Example("reviews-dev.jsonl")).Where(l => l.Length > 0).Select(l => (Path: Http.Reviews, Body: l));
        var scores = new[] { (Path: Http.Scores + "?asOf=2026-06-30", Body: File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Tests", "Serialization", "Golden", "scoring-dev.in.jsonl"))) };
        var inputs = returns.Concat(reviews).Concat(scores).ToArray();

        // What each input gets alone, first.
        var expected = new string[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var reply = await Post(server.Client, inputs[i]);
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
            expected[i] = reply.Body;
        }

        const int clients = 16;
        const int total = 1000;
        var mismatches = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = server.Address };
            for (var r = c; r < total; r += clients)
            {
                var index = r % inputs.Length;
                var reply = await Post(client, inputs[index]);
                if (reply.Status != HttpStatusCode.OK || reply.Body != expected[index])
                {
                    mismatches.Add($"request {r} (input {index}): {reply}");
                }
            }
        }, TestContext.Current.CancellationToken)));
        watch.Stop();

        Assert.Empty(mismatches);
        TestContext.Current.SendDiagnosticMessage($"{total} requests from {clients} clients in {watch.ElapsedMilliseconds} ms");
        if (Environment.GetEnvironmentVariable("REPUTATION_RULES_TIMINGS") is { Length: > 0 } timings)
        {
            File.AppendAllText(timings, $"{total} requests from {clients} clients in {watch.ElapsedMilliseconds} ms\n");
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{total} requests took {watch.Elapsed}");
    }

    private static Task<Reply> Post(HttpClient client, (string Path, string Body) input) =>
        input.Path.StartsWith(Http.Scores, StringComparison.Ordinal)
            ? client.PostNdjsonAsync(input.Path, input.Body)
            : client.PostJsonAsync(input.Path, input.Body);
}
