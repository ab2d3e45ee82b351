using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>
/// 16 concurrent clients × 1,000 requests each (16,000 in all, small bodies, one reused <see cref="HttpClient"/> per
/// client): every answer is the one a lone request gets.
/// </summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Sixteen_clients_times_1000_requests_give_identical_results()
    {
        await using var server = await TestServer.StartAsync();
        var returns = File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).Take(3)
            .Concat(File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Cli.Tests", "Data", "returns-review-cases.jsonl")).Take(8))
            .Select(l => (Path: Http.Returns, Body: l));
        var reviews = File.ReadLines(RepoPaths.Example("reviews-dev.jsonl")).Where(l => l.Length > 0).Take(12).Select(l => (Path: Http.Reviews, Body: l));

        // Small score bodies: a few feedback lines each, so 16,000 requests stay quick.
        var feedback = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Tests", "Serialization", "Golden", "scoring-dev.in.jsonl")).Where(l => l.Length > 0).ToArray();
        var scores = Enumerable.Range(0, 3).Select(i => (Path: Http.Scores + "?asOf=2026-06-30", Body: string.Join("\n", feedback.Skip(i * 4).Take(4)) + "\n"));
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
        const int perClient = 1000;
        const int total = clients * perClient;
        var mismatches = new ConcurrentBag<string>();
        var answered = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = server.Address };
            for (var r = 0; r < perClient; r++)
            {
                var index = (c + r) % inputs.Length;
                var reply = await Post(client, inputs[index]);
                Interlocked.Increment(ref answered);
                if (reply.Status != HttpStatusCode.OK || reply.Body != expected[index])
                {
                    mismatches.Add($"client {c} request {r} (input {index}): {reply}");
                }
            }
        }, TestContext.Current.CancellationToken)));
        watch.Stop();

        Assert.Empty(mismatches);
        Assert.Equal(total, answered);
        TestContext.Current.SendDiagnosticMessage($"{total} requests from {clients} clients in {watch.ElapsedMilliseconds} ms");
        if (Environment.GetEnvironmentVariable("REPUTATION_RULES_TIMINGS") is { Length: > 0 } timings)
        {
            File.AppendAllText(timings, $"{total} requests from {clients} clients in {watch.ElapsedMilliseconds} ms\n");
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(180), $"{total} requests took {watch.Elapsed}");
    }

    private static Task<Reply> Post(HttpClient client, (string Path, string Body) input) =>
        input.Path.StartsWith(Http.Scores, StringComparison.Ordinal)
            ? client.PostNdjsonAsync(input.Path, input.Body)
            : client.PostJsonAsync(input.Path, input.Body);
}
