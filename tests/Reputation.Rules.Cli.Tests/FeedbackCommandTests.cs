using System.Linq;
using System.Text.Json;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary>The <c>feedback analyze</c> JSON-Lines contract: causes with spans, reply drafts with the guard's verdict, summaries, errors, exit codes.</summary>
public sealed class FeedbackCommandTests
{
    private const string Example =
        """{"id":"r1","text":"Runs two sizes small, had to return it","stars":2,"sku":"DRESS-01","at":"2026-03-10T08:00:00Z","market":"US","platform":"amazon"}""";

    private static readonly string Sample = RepoPaths.Example("feedback-sample.jsonl");

    private static JsonElement Line(CliResult result, int index = 0)
    {
        using var doc = JsonDocument.Parse(result.OutLines[index]);
        return doc.RootElement.Clone();
    }

    private static string Error(string line)
    {
        var result = CliRunner.Run("feedback analyze", line + "\n");
        Assert.Equal(2, result.ExitCode);
        var error = Line(result);
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        return error.GetProperty("error").GetString()!;
    }

    [Fact]
    public void The_contract_example_yields_the_cause_its_span_and_an_allowed_reply()
    {
        var result = CliRunner.Run("feedback analyze", Example + "\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var line = Line(result);
        Assert.Equal(["id", "causes", "negative", "reply"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal("r1", line.GetProperty("id").GetString());
        var cause = Assert.Single(line.GetProperty("causes").EnumerateArray());
        Assert.Equal(["cause", "confidence", "spans", "terms"], cause.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CAUSE-SIZE-FIT", cause.GetProperty("cause").GetString());
        Assert.Equal("clear", cause.GetProperty("confidence").GetString());
        Assert.Equal("""[{"start":0,"length":20,"text":"Runs two sizes small"}]""", cause.GetProperty("spans").GetRawText());
        Assert.True(line.GetProperty("negative").GetBoolean());
        var reply = line.GetProperty("reply");
        Assert.Equal(["text", "language", "guard"], reply.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("en", "allow"), (reply.GetProperty("language").GetString(), reply.GetProperty("guard").GetString()));
    }

    [Fact]
    public void A_positive_review_has_no_cause_and_a_null_reply()
    {
        var line = Line(CliRunner.Run("feedback analyze", """{"id":7,"text":"Love it, fits perfectly","stars":5}""" + "\n"));
        Assert.Equal("""{"id":"7","causes":[],"negative":false,"reply":null}""", line.GetRawText());
    }

    [Fact]
    public void Summaries_by_sku_and_week_follow_the_reviews_with_shares_changes_and_remedies()
    {
        var result = CliRunner.Run($"feedback analyze {Sample} --by sku,week");
        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal(12, lines.Count(l => l.StartsWith("{\"id\"", System.StringComparison.Ordinal)));
        var summaries = lines.Skip(12).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("summary")).ToList();
        Assert.Equal(4, summaries.Count);
        Assert.All(summaries, s => Assert.Equal(["sku", "week", "reviews", "negative", "causes", "counts", "change", "phrases", "remedies"], s.EnumerateObject().Select(p => p.Name)));
        var dressW11 = summaries.Single(s => s.GetProperty("sku").GetString() == "DRESS-01" && s.GetProperty("week").GetString() == "2026-W11");
        Assert.Equal(2, dressW11.GetProperty("negative").GetInt32());
        Assert.Equal(1m, dressW11.GetProperty("causes").GetProperty("CAUSE-SIZE-FIT").GetDecimal());
        Assert.Equal(0.5m, dressW11.GetProperty("causes").GetProperty("CAUSE-NOT-AS-DESCRIBED").GetDecimal());
        Assert.Equal(0m, dressW11.GetProperty("change").GetProperty("CAUSE-SIZE-FIT").GetDecimal()); // W10: the one negative review was a size complaint too
        var remedy = dressW11.GetProperty("remedies")[0];
        Assert.Equal(["cause", "id", "text", "source"], remedy.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CAUSE-SIZE-FIT", remedy.GetProperty("cause").GetString());
    }

    [Fact]
    public void Shares_are_rounded_to_two_decimals_half_away_from_zero()
    {
        var input = string.Join("\n", Enumerable.Range(1, 12).Select(i =>
            $$"""{"id":"r{{i}}","text":"{{(i <= 7 ? "runs small" : "arrived late")}}","stars":1,"sku":"S"}""")) + "\n";
        var result = CliRunner.Run("feedback analyze --by sku", input);
        var summary = Line(result, 12).GetProperty("summary");
        Assert.Equal("0.58", summary.GetProperty("causes").GetProperty("CAUSE-SIZE-FIT").GetRawText());
        Assert.Equal("0.42", summary.GetProperty("causes").GetProperty("CAUSE-SHIPPING-DELAY").GetRawText());
        Assert.False(summary.TryGetProperty("week", out _));
        Assert.False(summary.TryGetProperty("change", out _));
    }

    [Theory]
    [InlineData("""{"text":"x"}""", "$.id: is required.")]
    [InlineData("""{"id":" ","text":"x"}""", "$.id: must not be blank.")]
    [InlineData("""{"id":"a"}""", "$.text: is required.")]
    [InlineData("""{"id":"a","text":"x","stars":6}""", "$.stars: must be from 1 to 5, got 6.")]
    [InlineData("""{"id":"a","text":"x","at":"yesterday"}""", "$.at:")]
    [InlineData("""{"id":"a","text":"x","market":"USA"}""", "$.market:")]
    [InlineData("""{"id":"a","text":"x","platform":"mars"}""", "$.platform: 'mars' is not a known platform")]
    [InlineData("""{"id":"a","text":"x","dispute":"yes"}""", "$.dispute:")]
    [InlineData("""[1,2]""", "$:")]
    public void Bad_lines_get_an_error_line_with_the_field_path(string line, string expected) =>
        Assert.StartsWith(expected, Error(line), System.StringComparison.Ordinal);

    [Fact]
    public void An_error_line_does_not_stop_the_run_and_sets_exit_2()
    {
        var result = CliRunner.Run("feedback analyze", Example + "\n{bad json\n" + Example.Replace("\"r1\"", "\"r3\"", System.StringComparison.Ordinal) + "\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(3, result.OutLines.Length);
        Assert.Equal(2, Line(result, 1).GetProperty("line").GetInt32());
        Assert.Equal("r3", Line(result, 2).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--by color", "--by: 'color' is not supported")]
    [InlineData("--by week,month", "--by: 'week,month' names more than one period")]
    [InlineData("--format xml", "--format: 'xml' is not supported")]
    public void Bad_options_are_usage_errors(string options, string expected)
    {
        var result = CliRunner.Run("feedback analyze " + options, Example + "\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.OutLines);
        Assert.Contains(expected, result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_format_shows_one_row_per_review_and_one_line_per_group()
    {
        var result = CliRunner.Run($"feedback analyze {Sample} --by sku --format table");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("1 ", System.StringComparison.Ordinal) && l.Contains("SIZE-FIT", System.StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("sku LAMP-02:", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_docs_walkthrough_prints_what_docs_feedback_md_shows()
    {
        var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Docs, "feedback.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var start = doc.IndexOf("```bash\n", doc.IndexOf("## Try it", System.StringComparison.Ordinal), System.StringComparison.Ordinal) + 8;
        var command = doc[start..doc.IndexOf('\n', start)];
        var args = command[(command.IndexOf(" -- ", System.StringComparison.Ordinal) + 4)..].Replace("examples/feedback-sample.jsonl", Sample, System.StringComparison.Ordinal);
        var shownStart = doc.IndexOf("```text\n", start, System.StringComparison.Ordinal) + 8;
        var shown = doc[shownStart..doc.IndexOf("```", shownStart, System.StringComparison.Ordinal)].Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var result = CliRunner.Run(args);
        Assert.Equal(0, result.ExitCode);
        var actual = result.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        foreach (var line in shown.Where(l => l != "…"))
        {
            var prefix = line.TrimEnd().TrimEnd('…').TrimEnd();
            Assert.Contains(actual, a => a.StartsWith(prefix, System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Months_can_be_the_period()
    {
        var result = CliRunner.Run($"feedback analyze {Sample} --by month");
        var summary = Line(result, 12).GetProperty("summary");
        Assert.Equal("2026-03", summary.GetProperty("month").GetString());
        Assert.Equal(9, summary.GetProperty("negative").GetInt32()); // r3, r5 and r11 have four or five stars
    }
}
