using NodaTime.Testing;
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>
/// The same input through the CLI (in-process) and through HTTP gives byte for byte the same JSON: one object per
/// object, a JSON array of the CLI's lines for an array, the CLI's lines for NDJSON.
/// </summary>
public sealed class CliParityTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public static TheoryData<string, string, string> Inputs() => new()
    {
        { "returns check", Http.Returns, RepoPaths.Example("returns-dev.jsonl") },
        { "returns check", Http.Returns, Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Cli.Tests", "Data", "returns-review-cases.jsonl") },
        { "reviews check", Http.Reviews, RepoPaths.Example("reviews-dev.jsonl") },
        { "feedback analyze", Http.Feedback, RepoPaths.Example("feedback-sample.jsonl") },
        { "reviews check --suggest", Http.Reviews + "?suggest=true", RepoPaths.Example("reviews-dev.jsonl") },
    };

    public async ValueTask InitializeAsync() => _server = await TestServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Each_object_answers_the_CLI_line(string command, string path, string file)
    {
        foreach (var line in ValidLines(command, file))
        {
            var cli = CliRunner.Run(command, line, new FakeClock(TestServer.Now));
            var http = await _server.Client.PostJsonAsync(path, line);
            Assert.Equal(HttpStatusCode.OK, http.Status);
            Assert.Equal("application/json", http.ContentType);
            Assert.Equal(cli.Out.TrimEnd('\n'), http.Body);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task An_array_answers_the_CLI_lines_as_an_array(string command, string path, string file)
    {
        var lines = ValidLines(command, file);
        var cli = CliRunner.Run(command, string.Join("\n", lines), new FakeClock(TestServer.Now));
        Assert.Equal(0, cli.ExitCode is 0 or 1 ? 0 : cli.ExitCode);
        var http = await _server.Client.PostJsonAsync(path, "[\n" + string.Join(",\n", lines) + "\n]");
        Assert.Equal(HttpStatusCode.OK, http.Status);
        Assert.Equal("[" + string.Join(",", cli.Out.TrimEnd('\n').Split('\n')) + "]", http.Body);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Ndjson_answers_the_CLI_output(string command, string path, string file)
    {
        var input = string.Join("\r\n", ValidLines(command, file)) + "\n\n";
        var cli = CliRunner.Run(command, input, new FakeClock(TestServer.Now));
        var http = await _server.Client.PostNdjsonAsync(path, input);
        Assert.Equal(HttpStatusCode.OK, http.Status);
        Assert.Equal("application/x-ndjson", http.ContentType);
        Assert.Equal(cli.Out, http.Body);
    }

    [Fact]
    public async Task An_invalid_line_is_a_400_whose_error_is_the_CLI_error_line()
    {
        // examples/returns-dev.jsonl line 4 is invalid on purpose: the CLI writes {"line":4,"caseId":"D4","error":"$.order.itemsTotal: …"}.
        var lines = File.ReadAllLines(RepoPaths.Example("returns-dev.jsonl")).Where(l => l.Length > 0).ToArray();
        var cli = CliRunner.Run("returns check", string.Join("\n", lines), new FakeClock(TestServer.Now));
        var cliError = System.Text.Json.JsonDocument.Parse(cli.Out.TrimEnd('\n').Split('\n')[3]).RootElement.GetProperty("error").GetString()!;

        var single = await _server.Client.PostJsonAsync(Http.Returns, lines[3]);
        Assert.Equal(HttpStatusCode.BadRequest, single.Status);
        Assert.Equal("application/problem+json", single.ContentType);
        var (key, message) = OnlyError(single);
        Assert.Equal(cliError, key + ": " + message);

        var batch = await _server.Client.PostNdjsonAsync(Http.Returns, string.Join("\n", lines));
        Assert.Equal(HttpStatusCode.BadRequest, batch.Status);
        (key, message) = OnlyError(batch);
        Assert.Equal("[3]." + cliError, key + ": " + message);
    }

    [Fact]
    public async Task Scores_answer_the_CLI_reports()
    {
        var input = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Tests", "Serialization", "Golden", "scoring-dev.in.jsonl"));
        foreach (var scheme in new[] { "all", "ebay", "composite" })
        {
            var cli = CliRunner.Run($"score --scheme {scheme} --as-of 2026-06-30", input, new FakeClock(TestServer.Now));
            Assert.Equal(0, cli.ExitCode);
            var ndjson = await _server.Client.PostNdjsonAsync($"{Http.Scores}?scheme={scheme}&asOf=2026-06-30", input);
            Assert.Equal(HttpStatusCode.OK, ndjson.Status);
            Assert.Equal(cli.Out, ndjson.Body);

            var lines = input.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var array = await _server.Client.PostJsonAsync($"{Http.Scores}?scheme={scheme}&asOf=2026-06-30", "[" + string.Join(",", lines) + "]");
            Assert.Equal(HttpStatusCode.OK, array.Status);
            Assert.Equal("[" + string.Join(",", cli.Out.TrimEnd('\n').Split('\n')) + "]", array.Body);
        }

        // One object in: still an array (one report per scheme), as the CLI writes one line per report.
        var first = input.Split('\n')[0];
        var one = CliRunner.Run("score --as-of 2026-06-30T12:00:00Z", first, new FakeClock(TestServer.Now));
        var http = await _server.Client.PostJsonAsync($"{Http.Scores}?asOf=2026-06-30T12:00:00Z", first);
        Assert.Equal("[" + string.Join(",", one.Out.TrimEnd('\n').Split('\n')) + "]", http.Body);

        // Without asOf: the injected clock's now, as the CLI's default.
        var now = CliRunner.Run("score --scheme taobao", input, new FakeClock(TestServer.Now));
        Assert.Equal(now.Out, (await _server.Client.PostNdjsonAsync($"{Http.Scores}?scheme=taobao", input)).Body);
    }

    internal static (string Key, string Message) OnlyError(Reply reply)
    {
        var errors = reply.Errors.EnumerateObject().ToArray();
        Assert.True(errors.Length == 1, reply.ToString());
        return (errors[0].Name, errors[0].Value[0].GetString()!);
    }

    /// <summary>The file's lines that the CLI answers without an error line.</summary>
    private static string[] ValidLines(string command, string file)
    {
        var lines = File.ReadAllLines(file).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
        return [.. lines.Where(l => !CliRunner.Run(command, l, new FakeClock(TestServer.Now)).Out.StartsWith("{\"line\":", StringComparison.Ordinal))];
    }
}
