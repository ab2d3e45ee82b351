using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>
/// Garbage gets 400 (problem+json, errors keyed by JSON path), 413 or 415, never a 500, and the server keeps serving:
/// every bad request is followed by a good one.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private static readonly string GoodCase = File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).First();
    private static readonly string GoodMessage = File.ReadLines(RepoPaths.Example("reviews-dev.jsonl")).First();

    private TestServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await TestServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string, string> Garbage() => new()
    {
        // endpoint, body (application/json), the error key expected (or a prefix ending in '*')
        { Http.Returns, GoodCase.Replace("\"caseId\": \"D1\"", "\"caseId\": \"\\ud800\"", StringComparison.Ordinal), "$.caseId" },
        { Http.Returns, GoodCase.Replace("\"caseId\": \"D1\"", "\"caseId\": 5", StringComparison.Ordinal), "$.caseId" },
        { Http.Returns, GoodCase.Replace("\"amount\": \"19.90\"", "\"amount\": [1]", StringComparison.Ordinal), "$.order.itemsTotal.amount" },
        { Http.Returns, GoodCase.Replace("\"marketplace\": null", "\"marketplace\": \"no-such-market\"", StringComparison.Ordinal), "$.marketplace" },
        { Http.Returns, GoodCase.Replace("\"asOf\": \"2026-05-15\"", "\"asOf\": \"2026-02-30\"", StringComparison.Ordinal), "$.asOf" },
        { Http.Returns, "{\"caseId\":", "$" },
        { Http.Returns, "", "$" },
        { Http.Returns, "null", "$" },
        { Http.Returns, "42", "$" },
        { Http.Returns, "{} {}", "$" },
        { Http.Returns, new string('[', 10_000), "*" },
        { Http.Returns, "[" + GoodCase + "," + GoodCase + ",", "[2].$" },
        { Http.Returns, "[" + GoodCase + "," + GoodCase + "," + GoodCase.Replace("\"caseId\": \"D1\"", "\"caseId\": 5", StringComparison.Ordinal) + "]", "[2].$.caseId" },
        { Http.Returns, "[" + GoodCase + ", 7]", "[1].$" },
        { Http.Reviews, GoodMessage.Replace("\"platform\": \"amazon\"", "\"platform\": \"no-such-platform\"", StringComparison.Ordinal), "$.platform" },
        { Http.Reviews, GoodMessage.Replace("\"text\": \"Hi!", "\"text\": \"\\udc00Hi!", StringComparison.Ordinal), "$.text" },
        { Http.Reviews, GoodMessage.Replace("\"sentAt\": \"2026-03-11T18:00:00Z\"", "\"sentAt\": true", StringComparison.Ordinal), "$.sentAt" },
        { Http.Scores, "{\"ratee\":\"S1\"}", "*" },
        { Http.Scores, "[{\"ratee\":\"S1\",\"rater\":\"B1\",\"stars\":5,\"at\":\"2026-01-05\"},{\"ratee\":3}]", "[1].$*" },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_is_a_400_keyed_by_path_and_the_server_keeps_serving(string path, string body, string key)
    {
        var reply = await _server.Client.PostJsonAsync(path, body);
        AssertProblem(reply, key);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_suggest_query_that_is_not_a_boolean_is_a_400_keyed_by_suggest()
    {
        var reply = await _server.Client.PostJsonAsync(Http.Reviews + "?suggest=maybe", """{"text":"Please leave a review","platform":"amazon","buyerMarket":"US"}""");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("'maybe' is not true or false.", reply.Errors.GetProperty("suggest")[0].GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ndjson_problems_are_keyed_by_the_line_index_and_blank_lines_inside_count()
    {
        var bad = GoodCase.Replace("\"caseId\": \"D1\"", "\"caseId\": 5", StringComparison.Ordinal);
        var reply = await _server.Client.PostNdjsonAsync(Http.Returns, GoodCase + "\n\n" + bad + "\n" + GoodCase + "\n\n\n");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        var keys = reply.Errors.EnumerateObject().Select(e => e.Name).ToArray();
        Assert.Equal(["[1].$", "[2].$.caseId"], keys);
        Assert.Equal("2 problems. Nothing was evaluated.", reply.Json.GetProperty("detail").GetString());
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400()
    {
        var bytes = Encoding.UTF8.GetBytes(GoodCase.Replace("D1", "D\u00e9", StringComparison.Ordinal));
        var index = Array.IndexOf(bytes, (byte)0xC3);
        bytes[index] = 0xFF;
        AssertProblem(await _server.Client.PostBytesAsync(Http.Returns, bytes, "application/json"), "$");
        AssertProblem(await _server.Client.PostBytesAsync(Http.Returns, [.. "["u8, .. bytes, .. "]"u8], "application/json"), "[0].$");
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_10_MB_string_is_a_400_over_the_item_limit()
    {
        var huge = GoodMessage.Replace("\"text\": \"Hi!", "\"text\": \"" + new string('a', 10 * 1024 * 1024) + "Hi!", StringComparison.Ordinal);
        AssertProblem(await _server.Client.PostJsonAsync(Http.Reviews, huge), "$");
        AssertProblem(await _server.Client.PostNdjsonAsync(Http.Reviews, GoodMessage + "\n" + huge + "\n"), "[1].$");
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_body_over_the_maximum_is_a_413()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat(GoodCase, (int)(17L * 1024 * 1024 / GoodCase.Length))) + "]";
        Assert.True(Encoding.UTF8.GetByteCount(body) > 16 * 1024 * 1024);
        var reply = await _server.Client.PostJsonAsync(Http.Returns, body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal(413, reply.Json.GetProperty("status").GetInt32());
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_smaller_configured_maximum_applies_and_the_server_keeps_serving()
    {
        await using var server = await TestServer.StartAsync(b => b.Services.Configure<ReputationRulesHttpOptions>(o => o.MaxRequestBodyBytes = 4096));
        var body = string.Join("\n", Enumerable.Repeat(GoodCase, 10));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await server.Client.PostNdjsonAsync(Http.Returns, body)).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.PostNdjsonAsync(Http.Returns, GoodCase)).Status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Another_content_type_is_a_415(string? contentType)
    {
        var reply = await _server.Client.PostAsync(Http.Returns, GoodCase, contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        if (contentType is null)
        {
            // Routing answers another content type (the endpoints' Accepts metadata) with a bare 415; the endpoint
            // itself answers a request without one with a problem.
            Assert.Equal("application/problem+json", reply.ContentType);
        }

        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("scheme=nope", "scheme")]
    [InlineData("asOf=yesterday", "asOf")]
    [InlineData("asOf=2026-06-30%00", "asOf")]
    [InlineData("asOf=9999-12-31", "asOf")]
    public async Task A_bad_scores_query_is_a_400(string query, string key)
    {
        AssertProblem(await _server.Client.PostJsonAsync(Http.Scores + "?" + query, "[]"), key);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Many_problems_are_capped_and_counted()
    {
        var bad = GoodCase.Replace("\"caseId\": \"D1\"", "\"caseId\": 5", StringComparison.Ordinal);
        var reply = await _server.Client.PostNdjsonAsync(Http.Returns, string.Join("\n", Enumerable.Repeat(bad, 250)));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(100, reply.Errors.EnumerateObject().Count());
        Assert.Equal("250 problems; the first 100 are listed. Nothing was evaluated.", reply.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Empty_batches_answer_empty_batches()
    {
        var array = await _server.Client.PostJsonAsync(Http.Returns, " [ ] ");
        Assert.Equal((HttpStatusCode.OK, "[]"), (array.Status, array.Body));
        var lines = await _server.Client.PostNdjsonAsync(Http.Reviews, "\n\n");
        Assert.Equal((HttpStatusCode.OK, ""), (lines.Status, lines.Body));
        var scores = await _server.Client.PostJsonAsync(Http.Scores + "?asOf=2026-06-30", "[]");
        Assert.Equal((HttpStatusCode.OK, "[]"), (scores.Status, scores.Body));
    }

    private static void AssertProblem(Reply reply, string key)
    {
        Assert.True(reply.Status == HttpStatusCode.BadRequest, reply.ToString()[..Math.Min(2000, reply.ToString().Length)]);
        Assert.Equal("application/problem+json", reply.ContentType);
        var json = reply.Json;
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        var keys = json.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();
        Assert.NotEmpty(keys);
        if (key == "*")
        {
            return;
        }

        if (key.EndsWith('*'))
        {
            Assert.Contains(keys, k => k.StartsWith(key[..^1], StringComparison.Ordinal));
        }
        else
        {
            Assert.True(keys.Contains(key), $"expected the key {key}; got {string.Join(", ", keys)}: {reply.Body}");
        }
    }

    private async Task AssertStillServingAsync()
    {
        var reply = await _server.Client.PostJsonAsync(Http.Returns, GoodCase);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.StartsWith("{\"caseId\":\"D1\"", reply.Body, StringComparison.Ordinal);
    }
}
