using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static readonly string[] SchemeOrder = ["taobao", "ebay", "ebay-classic", "aliexpress", "amazon", "composite"];

    private static (string Lines, string AsOf, JsonElement Expect) DevExample()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Example("scoring-dev.json")));
        var root = document.RootElement;
        var lines = string.Join("\n", root.GetProperty("feedback").EnumerateArray().Select(f => f.GetRawText().Replace("\n", " ", StringComparison.Ordinal)));
        return (lines, root.GetProperty("asOf").GetString()!, root.GetProperty("expect").Clone());
    }

    [Fact]
    public void The_dev_example_gives_every_expected_field_for_every_scheme()
    {
        var (lines, asOf, expect) = DevExample();
        var result = CliRunner.Run(["score", "--scheme", "all", "--as-of", asOf], lines);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var output = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(SchemeOrder, output.Select(o => o.GetProperty("scheme").GetString()));
        foreach (var ratee in expect.EnumerateObject())
        {
            foreach (var scheme in ratee.Value.EnumerateObject())
            {
                var line = output.Single(o => o.GetProperty("ratee").GetString() == ratee.Name && o.GetProperty("scheme").GetString() == scheme.Name);
                AssertContains(scheme.Value, line, $"{ratee.Name}/{scheme.Name}");
            }
        }
    }

    /// <summary>Every field of <paramref name="expected"/> is in <paramref name="actual"/> with the same value (numbers compared as decimals).</summary>
    private static void AssertContains(JsonElement expected, JsonElement actual, string path)
    {
        foreach (var field in expected.EnumerateObject())
        {
            Assert.True(actual.TryGetProperty(field.Name, out var value), $"{path}.{field.Name} is missing");
            switch (field.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    AssertContains(field.Value, value, path + "." + field.Name);
                    break;
                case JsonValueKind.Number:
                    Assert.True(value.ValueKind == JsonValueKind.Number && field.Value.GetDecimal() == value.GetDecimal(), $"{path}.{field.Name}: expected {field.Value}, got {value}");
                    break;
                default:
                    Assert.True(field.Value.GetRawText() == value.GetRawText(), $"{path}.{field.Name}: expected {field.Value}, got {value}");
                    break;
            }
        }
    }

    [Fact]
    public void Each_scheme_line_has_its_contract_fields()
    {
        var (lines, asOf, _) = DevExample();
        var output = CliRunner.Run(["score", "--as-of", asOf], lines).OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        string[] common = ["ratee", "scheme", "score", "level", "positivePercent", "window", "counts", "excluded", "nextLevel"];
        foreach (var line in output)
        {
            Assert.All(common, f => Assert.True(line.TryGetProperty(f, out _), $"{line.GetProperty("scheme")} lacks {f}"));
        }

        var taobao = output[0];
        Assert.Equal(0, taobao.GetProperty("levelIndex").GetInt32());
        Assert.Equal(60m, taobao.GetProperty("positiveRate").GetDecimal());
        Assert.Equal(4m, taobao.GetProperty("dsr").GetProperty("service").GetDecimal());
        Assert.Equal(1, taobao.GetProperty("excluded").GetProperty("removed").GetInt32());
        var amazon = output[4];
        Assert.Equal("60", amazon.GetProperty("positivePercent").GetRawText());
        Assert.Equal("lifetime", amazon.GetProperty("window").GetString());
        var composite = output[5];
        Assert.Equal("33.05", composite.GetProperty("crs").GetRawText());
        Assert.Equal("3.53", composite.GetProperty("stars").GetRawText());
        Assert.Equal(JsonValueKind.Null, composite.GetProperty("nextLevel").ValueKind);
        var ebay = output[1];
        Assert.Equal("66.7", ebay.GetProperty("positivePercent").GetRawText());
        Assert.Equal(1, ebay.GetProperty("excluded").GetProperty("repeatInSameWeek").GetInt32());
        Assert.Equal(2, ebay.GetProperty("counts").GetProperty("positive").GetInt32());
    }

    [Fact]
    public void Ratees_come_in_ordinal_order_one_line_per_ratee_and_scheme()
    {
        var input = string.Join("\n",
            """{"ratee":"s1","rater":"B1","stars":5,"at":"2026-03-01"}""",
            """{"ratee":"S2","rater":"B1","stars":5,"at":"2026-03-01"}""",
            """{"ratee":"S10","rater":"B1","stars":1,"at":"2026-03-01"}""");
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30", input);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["S10", "S2", "s1"], result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("ratee").GetString()));
        Assert.All(result.OutLines, l => Assert.Contains("\"scheme\":\"ebay\"", l));

        var two = CliRunner.Run("score --scheme EBAY-CLASSIC --as-of 2026-06-30", input);
        Assert.Equal(3, two.OutLines.Length);
        Assert.All(two.OutLines, l => Assert.Contains("\"scheme\":\"ebay-classic\"", l));
    }

    [Theory]
    [InlineData("""not json""", "$: not valid JSON")]
    [InlineData("""[1,2]""", "$: expected an object, got an array.")]
    [InlineData("""{"rater":"B1","stars":5,"at":"2026-03-01"}""", "$.ratee: is required.")]
    [InlineData("""{"ratee":"  ","rater":"B1","stars":5,"at":"2026-03-01"}""", "$.ratee: must not be empty or white space.")]
    [InlineData("""{"ratee":"S1","rater":7,"stars":5,"at":"2026-03-01"}""", "$.rater: expected a string, got the number 7.")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":6,"at":"2026-03-01"}""", "$.stars: expected a whole number from 1 to 5, got the number 6.")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":4.5,"at":"2026-03-01"}""", "$.stars: expected a whole number from 1 to 5, got the number 4.5.")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":"5","at":"2026-03-01"}""", "$.stars: expected a whole number from 1 to 5, got the string \"5\".")]
    [InlineData("""{"ratee":"S1","rater":"B1","at":"2026-03-01"}""", "$.stars: is required.")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5}""", "$.at: is required.")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-02-30"}""", "$.at: '2026-02-30' is not an ISO-8601 instant")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01T12:00:00"}""", "$.at: '2026-03-01T12:00:00' is not an ISO-8601 instant")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01","orderId":""}""", "$.orderId: must not be empty")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01","auto":"yes"}""", "$.auto: expected true or false, got the string \"yes\".")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01","removed":1}""", "$.removed: expected true or false, got the number 1.")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01","dsr":{}}""", "$.dsr: give at least one of description, service and shipping")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01","dsr":{"service":0}}""", "$.dsr.service: expected a whole number from 1 to 5, got the number 0.")]
    [InlineData("""{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01","dsr":5}""", "$.dsr: expected an object, got the number 5.")]
    public void An_invalid_line_becomes_an_error_line_and_exit_code_2(string bad, string error)
    {
        var input = "\n" + """{"ratee":"S1","rater":"B9","stars":5,"at":"2026-03-01"}""" + "\n" + bad + "\n";
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30", input);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.OutLines;
        Assert.Equal(3, lines.Length);
        var blankLine = JsonDocument.Parse(lines[0]).RootElement; // a blank line followed by more input is invalid too
        Assert.Equal(1, blankLine.GetProperty("line").GetInt32());
        Assert.Equal("$: not valid JSON (the line is blank).", blankLine.GetProperty("error").GetString());
        var errorLine = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(3, errorLine.GetProperty("line").GetInt32()); // blank lines count
        Assert.StartsWith(error, errorLine.GetProperty("error").GetString());
        Assert.Equal(2, errorLine.EnumerateObject().Count());
        var report = JsonDocument.Parse(lines[2]).RootElement;
        Assert.Equal(1, report.GetProperty("score").GetInt32()); // the valid line still counts
    }

    [Fact]
    public void Nulls_mean_absent_and_a_date_only_at_means_noon_utc()
    {
        var input = """{"ratee":"S1","rater":"B1","orderId":null,"itemId":null,"stars":5,"at":"2026-03-01","auto":null,"removed":null,"dsr":null}""";
        var before = CliRunner.Run("score --scheme ebay --as-of 2026-03-01T11:59:59Z", input);
        Assert.Contains("\"score\":0", before.Out);
        Assert.Contains("\"afterAsOf\":1", before.Out);
        var atNoon = CliRunner.Run("score --scheme ebay --as-of 2026-03-01T12:00:00Z", input);
        Assert.Contains("\"score\":1", atNoon.Out);
        Assert.Equal(0, atNoon.ExitCode);
    }

    [Fact]
    public void A_date_as_of_means_23_59_59_utc_and_offsets_are_accepted()
    {
        var input = string.Join("\n",
            """{"ratee":"S1","rater":"B1","stars":5,"at":"2026-06-30T23:59:59Z"}""",
            """{"ratee":"S1","rater":"B2","stars":5,"at":"2026-07-01T00:00:00Z"}""",
            """{"ratee":"S1","rater":"B3","stars":5,"at":"2026-07-01T07:00:00+08:00"}""");
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30", input);
        Assert.Contains("\"score\":2", result.Out);
        Assert.Contains("\"afterAsOf\":1", result.Out);
        Assert.Contains("\"score\":3", CliRunner.Run("score --scheme ebay --as-of 2026-07-01T08:00:00+08:00", input).Out);
    }

    [Fact]
    public void Without_as_of_the_clock_is_used()
    {
        var input = """{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01"}""";
        Assert.Contains("\"afterAsOf\":1", CliRunner.Run("score --scheme amazon", input, new FakeClock(Instant.FromUtc(2026, 2, 1, 0, 0))).Out);
        Assert.Contains("\"afterAsOf\":0", CliRunner.Run("score --scheme amazon", input, new FakeClock(Instant.FromUtc(2026, 4, 1, 0, 0))).Out);
    }

    [Fact]
    public void Reads_a_file()
    {
        var (lines, asOf, _) = DevExample();
        var path = Path.Combine(Path.GetTempPath(), "score-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, lines);
        try
        {
            var result = CliRunner.Run(["score", path, "--scheme", "taobao", "--as-of", asOf]);
            Assert.Equal(0, result.ExitCode);
            Assert.Single(result.OutLines);
            Assert.Contains("\"levelIndex\":0", result.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Empty_input_writes_nothing_and_exits_zero()
    {
        var result = CliRunner.Run("score --as-of 2026-06-30", "\n\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("score --scheme ebay2 --as-of 2026-06-30", "--scheme: 'ebay2' is not one of")]
    [InlineData("score --scheme ebay --as-of yesterday", "--as-of: 'yesterday' is not an instant")]
    [InlineData("score --scheme ebay --as-of 2026-02-30", "--as-of: '2026-02-30'")]
    [InlineData("score /no/such/file.jsonl --as-of 2026-06-30", "FILE: '/no/such/file.jsonl' does not exist.")]
    [InlineData("score a.jsonl b.jsonl", "b.jsonl")]
    public void Bad_arguments_exit_two_with_one_line_on_stderr(string commandLine, string expected)
    {
        var result = CliRunner.Run(commandLine, """{"ratee":"S1","rater":"B1","stars":5,"at":"2026-03-01"}""");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var lines = result.Error.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.Contains(expected, lines[0]);
    }

    [Fact]
    public void Demo_includes_the_scoring_section()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Credit scores", result.Out);
        Assert.Contains("ebay-classic", result.Out);
        Assert.Contains("Yellow in 8 positives", result.Out);
    }
}
