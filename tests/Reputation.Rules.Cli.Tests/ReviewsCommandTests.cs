using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary><c>reviews check</c>: the JSON-Lines contract of issue 5 (fields, severities, spans, error lines, exit codes).</summary>
public sealed class ReviewsCommandTests
{
    private static readonly string DevFile = RepoPaths.Example("reviews-dev.jsonl");

    private const string Blocked = """{"id":"b1","platform":"amazon","buyerMarket":"US","text":"Leave us a 5-star review and we'll refund $5 to your card!","sentAt":"2026-03-11T18:00:00Z","buyerTimeZone":"America/New_York","deliveredAt":"2026-03-05T16:00:00Z"}""";
    private const string Allowed = """{"id":"a1","platform":"amazon","buyerMarket":"US","text":"Hi! Please leave a review of the product.","sentAt":"2026-03-11T18:00:00Z","deliveredAt":"2026-03-05T16:00:00Z"}""";

    private static JsonElement[] Parse(CliResult result) => result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public void Every_dev_example_gets_its_decision_and_rules_through_the_cli()
    {
        var result = CliRunner.Run(["reviews", "check", DevFile]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var inputs = File.ReadLines(DevFile).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        var outputs = Parse(result);
        Assert.Equal(inputs.Length, outputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            var expect = inputs[i].GetProperty("expect");
            Assert.Equal(inputs[i].GetProperty("id").GetString(), outputs[i].GetProperty("id").GetString());
            Assert.Equal(expect.GetProperty("decision").GetString(), outputs[i].GetProperty("decision").GetString());
            var rules = outputs[i].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToHashSet();
            foreach (var rule in expect.GetProperty("rules").EnumerateArray())
            {
                Assert.Contains(rule.GetString(), rules);
            }
        }
    }

    [Fact]
    public void A_finding_has_rule_severity_message_citation_and_spans_of_the_original_text()
    {
        var result = CliRunner.Run("reviews check", Blocked);
        var line = Assert.Single(Parse(result));
        Assert.Equal("b1", line.GetProperty("id").GetString());
        Assert.Equal("block", line.GetProperty("decision").GetString());
        var finding = Assert.Single(line.GetProperty("findings").EnumerateArray());
        Assert.Equal("REV-INCENTIVE-SENTIMENT", finding.GetProperty("ruleId").GetString());
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
        Assert.Contains("465.4", finding.GetProperty("citation").GetString(), StringComparison.Ordinal);
        const string text = "Leave us a 5-star review and we'll refund $5 to your card!";
        var spans = finding.GetProperty("spans").EnumerateArray().ToArray();
        Assert.NotEmpty(spans);
        foreach (var span in spans)
        {
            var start = span.GetProperty("start").GetInt32();
            var length = span.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), span.GetProperty("text").GetString());
        }

        Assert.Contains(spans, s => s.GetProperty("text").GetString()!.Contains("5-star review", StringComparison.Ordinal));
    }

    [Fact]
    public void Warn_severity_and_allow_decision_are_spelled_as_in_the_contract()
    {
        const string warned = """{"id":"w1","platform":"ebay","buyerMarket":"GB","text":"Please give us five stars!"}""";
        var lines = Parse(CliRunner.Run("reviews check", warned + "\n" + Allowed));
        Assert.Equal("warn", lines[0].GetProperty("decision").GetString());
        Assert.Equal("warn", lines[0].GetProperty("findings")[0].GetProperty("severity").GetString());
        Assert.Equal("allow", lines[1].GetProperty("decision").GetString());
        Assert.Equal(0, lines[1].GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Fail_on_block_exits_one_when_a_message_is_blocked()
    {
        Assert.Equal(1, CliRunner.Run("reviews check --fail-on block", Allowed + "\n" + Blocked).ExitCode);
        Assert.Equal(0, CliRunner.Run("reviews check --fail-on block", Allowed).ExitCode);
        Assert.Equal(0, CliRunner.Run("reviews check", Blocked).ExitCode);
    }

    [Theory]
    [InlineData("not json", "null", "$: not valid JSON")]
    [InlineData("""{"id":"e1","platform":"etsy","buyerMarket":"US","text":"x"}""", "\"e1\"", "$.platform: 'etsy' is not a known platform")]
    [InlineData("""{"id":"e2","platform":"amazon","buyerMarket":"USA","text":"x"}""", "\"e2\"", "$.buyerMarket: 'USA'")]
    [InlineData("""{"id":"e3","platform":"amazon","buyerMarket":"US"}""", "\"e3\"", "$.text: is required")]
    [InlineData("""{"id":"e4","platform":"amazon","buyerMarket":"US","text":"x","sentAt":"yesterday"}""", "\"e4\"", "$.sentAt: 'yesterday'")]
    [InlineData("""{"id":"e5","platform":"amazon","buyerMarket":"US","text":"x","buyerTimeZone":"Mars/Olympus"}""", "\"e5\"", "$.buyerTimeZone: 'Mars/Olympus'")]
    [InlineData("""{"id":"e6","platform":"amazon","buyerMarket":"US","text":"x","existingReview":{"stars":0}}""", "\"e6\"", "$.existingReview.stars: must be from 1 to 5")]
    [InlineData("""{"id":"e7","platform":"amazon","buyerMarket":"US","text":"x","previousRequests":["2026-03-01T00:00:00Z","soon"]}""", "\"e7\"", "$.previousRequests[1]: 'soon'")]
    [InlineData("""{"id":8,"platform":"amazon","buyerMarket":"US","text":5}""", "8", "$.text: expected a string")]
    [InlineData("""[1,2]""", "null", "$: expected an object")]
    [InlineData("""{"id":"e9","campaign":{"platform":"amazon","buyerMarket":"US","template":"x","incentive":{"description":"5 USD","condition":"sometimes"}}}""", "\"e9\"", "$.campaign.incentive.condition: 'sometimes'")]
    public void Invalid_lines_become_error_lines_and_processing_continues(string bad, string idJson, string error)
    {
        var result = CliRunner.Run("reviews check --fail-on block", Blocked + "\n" + bad + "\n" + Allowed);
        Assert.Equal(2, result.ExitCode); // 2 wins over 1
        var lines = Parse(result);
        Assert.Equal(3, lines.Length);
        Assert.Equal("block", lines[0].GetProperty("decision").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal(idJson, lines[1].GetProperty("id").GetRawText());
        Assert.StartsWith(error, lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("allow", lines[2].GetProperty("decision").GetString());
    }

    [Fact]
    public void Unknown_fields_are_ignored_and_trailing_blank_lines_skipped()
    {
        var result = CliRunner.Run("reviews check", Allowed.Replace("\"id\":\"a1\"", "\"id\":\"a1\",\"channel\":\"email\",\"extra\":{\"x\":1}", StringComparison.Ordinal) + "\n\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("allow", Assert.Single(Parse(result)).GetProperty("decision").GetString());
    }

    [Fact]
    public void A_blank_line_between_messages_gets_its_own_error_line()
    {
        var result = CliRunner.Run("reviews check", Allowed + "\n\n" + Allowed + "\n");
        Assert.Equal(2, result.ExitCode);
        var lines = Parse(result);
        Assert.Equal(3, lines.Length);
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.StartsWith("$: ", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Own Site", "uk", "warn")] // law GB: positive ask warns
    [InlineData("own_site", "EU", "warn")]
    [InlineData("AMAZON", "us", "block")]
    public void Platform_and_market_spellings_are_tolerated(string platform, string market, string decision)
    {
        var line = $$"""{"id":"s1","platform":"{{platform}}","buyerMarket":"{{market}}","text":"Please give us five stars!"}""";
        Assert.Equal(decision, Assert.Single(Parse(CliRunner.Run("reviews check", line))).GetProperty("decision").GetString());
    }

    [Fact]
    public void SentAt_defaults_to_the_clock()
    {
        const string line = """{"id":"q1","platform":"ebay","buyerMarket":"US","text":"Feedback is always appreciated.","buyerTimeZone":"America/New_York"}""";
        var night = CliRunner.Run("reviews check", line, new FakeClock(Instant.FromUtc(2026, 3, 10, 4, 30)));
        var day = CliRunner.Run("reviews check", line, new FakeClock(Instant.FromUtc(2026, 3, 10, 16, 30)));
        Assert.Equal("REV-QUIET-HOURS", Parse(night)[0].GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.Equal("allow", Parse(day)[0].GetProperty("decision").GetString());
    }

    [Fact]
    public void A_campaign_line_is_checked_the_same_way()
    {
        const string campaign = """{"id":"c1","campaign":{"platform":"amazon","buyerMarket":"US","template":"Thanks for your order! Please leave a review.","audience":{"minStars":4},"incentive":{"description":"10% off the next order","condition":"any-review"},"schedule":{"daysAfterDelivery":7,"reminders":0,"sendAtLocalTime":"10:00"}}}""";
        var line = Assert.Single(Parse(CliRunner.Run("reviews check", campaign)));
        Assert.Equal("c1", line.GetProperty("id").GetString());
        Assert.Equal("block", line.GetProperty("decision").GetString());
        var rules = line.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToArray();
        Assert.Contains("REV-GATING", rules);
        Assert.Contains("REV-INCENTIVE", rules);
        Assert.DoesNotContain("REV-TIMING", rules);
    }

    [Fact]
    public void A_campaign_may_give_platform_and_market_on_the_line()
    {
        const string campaign = """{"id":"c2","platform":"taobao","buyerMarket":"CN","campaign":{"template":"亲，期待您的评价","audience":"all","incentive":"好评返现5元"}}""";
        var line = Assert.Single(Parse(CliRunner.Run("reviews check", campaign)));
        Assert.Equal("block", line.GetProperty("decision").GetString());
        Assert.Equal("REV-INCENTIVE-SENTIMENT", line.GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData("reviews check --fail-on maybe", "--fail-on")]
    [InlineData("reviews check /nonexistent/file.jsonl", "does not exist")]
    public void Bad_arguments_exit_two_with_one_line(string commandLine, string expected)
    {
        var result = CliRunner.Run(commandLine);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.Error.TrimEnd().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_shows_an_allowed_a_warned_and_a_blocked_message_with_spans()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ALLOW", result.Out, StringComparison.Ordinal);
        Assert.Contains("WARN", result.Out, StringComparison.Ordinal);
        Assert.Contains("BLOCK", result.Out, StringComparison.Ordinal);
        Assert.Contains("«给个五星好评»", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_adds_a_compliant_rewrite_with_send_time_and_edits_to_a_blocked_line()
    {
        const string input = """{"id":"s1","platform":"amazon","buyerMarket":"US","text":"Thanks for your order! Please leave us a 5-star review.","sentAt":"2026-03-12T03:00:00Z","buyerTimeZone":"America/New_York","deliveredAt":"2026-03-05T16:00:00Z"}""";
        var result = CliRunner.Run("reviews check --suggest", input);
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(Parse(result));
        Assert.Equal("block", line.GetProperty("decision").GetString());
        var suggestion = line.GetProperty("suggestion");
        Assert.Equal("Thanks for your order! Please leave us an honest review.", suggestion.GetProperty("text").GetString());
        Assert.Equal("2026-03-12T12:00:00Z", suggestion.GetProperty("sendAfter").GetString()); // 08:00 in New York (EDT)
        var edit = Assert.Single(suggestion.GetProperty("edits").EnumerateArray().ToArray());
        Assert.Equal(39, edit.GetProperty("start").GetInt32());
        Assert.Equal(15, edit.GetProperty("length").GetInt32());
        Assert.Equal("an honest review", edit.GetProperty("replacement").GetString());
        Assert.Equal("REV-POSITIVE-ASK", edit.GetProperty("ruleId").GetString());
        Assert.False(line.TryGetProperty("suggestionReason", out _));
    }

    [Fact]
    public void Suggest_writes_null_and_the_reason_when_nothing_lawful_is_left()
    {
        const string input = """{"id":"s2","platform":"taobao","buyerMarket":"CN","text":"好评返现5元！","sentAt":"2026-03-11T06:00:00Z"}""";
        var line = Assert.Single(Parse(CliRunner.Run("reviews check --suggest", input)));
        Assert.Equal(JsonValueKind.Null, line.GetProperty("suggestion").ValueKind);
        Assert.Contains("Nothing lawful is left", line.GetProperty("suggestionReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_writes_a_null_send_time_when_the_time_need_not_change()
    {
        var line = Assert.Single(Parse(CliRunner.Run("reviews check --suggest", """{"id":"s3","platform":"own-site","buyerMarket":"US","text":"Please leave us a 5-star review.","sentAt":"2026-03-11T18:00:00Z"}""")));
        Assert.Equal(JsonValueKind.Null, line.GetProperty("suggestion").GetProperty("sendAfter").ValueKind);
    }

    [Fact]
    public void Suggest_gives_a_campaign_a_reason_and_an_allowed_line_nothing()
    {
        const string campaign = """{"id":"c1","campaign":{"platform":"amazon","buyerMarket":"US","template":"Thanks for your order! Please leave a review.","audience":{"minStars":4},"schedule":{"daysAfterDelivery":7,"reminders":0,"sendAtLocalTime":"10:00"}}}""";
        var lines = Parse(CliRunner.Run("reviews check --suggest", campaign + "\n" + Allowed));
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("suggestion").ValueKind);
        Assert.Contains("campaign", lines[0].GetProperty("suggestionReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("allow", lines[1].GetProperty("decision").GetString());
        Assert.False(lines[1].TryGetProperty("suggestion", out _));
    }

    [Fact]
    public void Suggest_only_adds_fields_so_lines_without_it_are_unchanged()
    {
        var plain = CliRunner.Run(["reviews", "check", DevFile]);
        var suggested = CliRunner.Run(["reviews", "check", DevFile, "--suggest"]);
        Assert.Equal(plain.ExitCode, suggested.ExitCode);
        var plainLines = plain.OutLines.ToArray();
        var suggestedLines = suggested.OutLines.ToArray();
        Assert.Equal(plainLines.Length, suggestedLines.Length);
        for (var i = 0; i < plainLines.Length; i++)
        {
            var cut = suggestedLines[i].IndexOf(",\"suggestion\":", StringComparison.Ordinal);
            Assert.Equal(plainLines[i], cut < 0 ? suggestedLines[i] : suggestedLines[i][..cut] + "}");
            var decision = JsonDocument.Parse(suggestedLines[i]).RootElement.GetProperty("decision").GetString();
            Assert.Equal(decision != "allow", cut >= 0);
        }
    }

    /// <summary>The <c>--suggest</c> example of docs/reviews.md ("Suggestions"), run verbatim: the printed line matches.</summary>
    [Fact]
    public void The_suggestions_example_in_the_docs_runs_as_shown()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "reviews.md")).ReplaceLineEndings("\n");
        var section = doc[doc.IndexOf("## Suggestions", StringComparison.Ordinal)..];
        var command = section.Split('\n').First(l => l.StartsWith("$ echo '", StringComparison.Ordinal) && l.Contains("--suggest", StringComparison.Ordinal));
        var json = command[8..command.IndexOf("' | reputation-rules", StringComparison.Ordinal)];
        var args = command[(command.IndexOf("| reputation-rules ", StringComparison.Ordinal) + 19)..];
        var expected = section.Split('\n').SkipWhile(l => l != command).Skip(1).First();
        var result = CliRunner.Run(args, json);
        Assert.Equal(expected, Assert.Single(result.OutLines));
    }

    [Fact]
    public void The_demo_shows_a_blocked_message_and_its_fix_side_by_side()
    {
        var result = CliRunner.Run("demo");
        Assert.Contains("Suggested fix", result.Out, StringComparison.Ordinal);
        Assert.Contains("AFTER  ALLOW  Thanks for your order! Please leave us an honest review.", result.Out, StringComparison.Ordinal);
        Assert.Contains("send after 2026-03-12T12:00Z", result.Out, StringComparison.Ordinal);
    }
}
