using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary>
/// Inputs that once crashed the CLI or were handled wrongly, each pinned by name: every bad line gets one error line
/// (id key present, JSON path, value quoted briefly), processing continues, and the exit code is 2.
/// </summary>
public sealed class RegressionTests
{
    private static JsonElement[] Json(CliResult result) =>
        result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    /// <summary>Runs a command on a bad line followed by a good one; returns the bad line's error line.</summary>
    private static JsonElement ErrorThenResult(string command, string bad, string good, string idName, string resultField)
    {
        var result = CliRunner.Run(command, bad + "\n" + good + "\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = Json(result);
        Assert.Equal(2, lines.Length);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.True(lines[0].TryGetProperty(idName, out _), $"the error line has the {idName} key");
        Assert.True(lines[1].TryGetProperty(resultField, out _), "the next line is still processed");
        return lines[0];
    }

    [Theory]
    [InlineData("\"caseId\":\"R-1\"", "\"caseId\":\"R\\ud800\"", "$.caseId")]
    [InlineData("\"paymentMethod\":\"card\"", "\"paymentMethod\":\"ca\\udc00rd\"", "$.order.paymentMethod")]
    [InlineData("\"asOf\":\"2026-07-01\"", "\"asOf\":\"\\ud800\"", "$.asOf")]
    [InlineData("\"currency\":\"EUR\"},\"deliveryPaid\"", "\"currency\":\"\\ud800\"},\"deliveryPaid\"", "$.order.itemsTotal.currency")]
    [InlineData("\"kind\":\"restocking\"", "\"kind\":\"\\udbff\"", "$.refunds[0].deductions[0].kind")]
    [InlineData("\"marketplace\":\"amazon\"", "\"market\\ud800place\":\"amazon\"", "$")]
    public void Returns_lone_surrogate_escape_is_an_error_line_not_a_crash(string find, string replace, string path)
    {
        var bad = Replace(Samples.ReturnCase, find, replace);
        var error = ErrorThenResult("returns check", bad, Samples.ReturnCase, "caseId", "verdict");
        Assert.StartsWith(path + ": ", error.GetProperty("error").GetString());
        Assert.Contains("surrogate", error.GetProperty("error").GetString());
        if (path != "$.caseId")
        {
            Assert.Equal("R-1", error.GetProperty("caseId").GetString()); // the id is echoed when readable
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, error.GetProperty("caseId").ValueKind);
        }
    }

    [Theory]
    [InlineData("\"id\":\"m1\"", "\"id\":\"\\ud800\"", "$.id")]
    [InlineData("\"text\":\"Leave", "\"text\":\"\\ud800Leave", "$.text")]
    [InlineData("\"buyerTimeZone\":\"America/New_York\"", "\"buyerTimeZone\":\"\\ud800\"", "$.buyerTimeZone")]
    [InlineData("\"sentAt\":\"2026-03-11T18:00:00Z\"", "\"sentAt\":\"\\udfff\"", "$.sentAt")]
    [InlineData("[\"2026-03-08T10:00:00Z\"]", "[\"\\ud800\"]", "$.previousRequests[0]")]
    [InlineData("\"platform\":\"amazon\"", "\"platform\":\"\\ud800\"", "$.platform")]
    public void Reviews_lone_surrogate_escape_is_an_error_line_not_a_crash(string find, string replace, string path)
    {
        var error = ErrorThenResult("reviews check", Replace(Samples.Message, find, replace), Samples.Message, "id", "decision");
        Assert.StartsWith(path + ": ", error.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("\"template\":\"Thanks", "\"template\":\"\\ud800Thanks", "$.campaign.template")]
    [InlineData("\"description\":\"happy buyers\"", "\"description\":\"\\ud800\"", "$.campaign.audience.description")]
    [InlineData("\"condition\":\"any-review\"", "\"condition\":\"\\ud800\"", "$.campaign.incentive.condition")]
    [InlineData("\"sendAtLocalTime\":\"10:00\"", "\"sendAtLocalTime\":\"\\ud800\"", "$.campaign.schedule.sendAtLocalTime")]
    public void Reviews_campaign_lone_surrogate_escape_is_an_error_line_not_a_crash(string find, string replace, string path)
    {
        var error = ErrorThenResult("reviews check", Replace(Samples.Campaign, find, replace), Samples.Campaign, "id", "decision");
        Assert.StartsWith(path + ": ", error.GetProperty("error").GetString());
        Assert.Equal("c1", error.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("\"ratee\":\"S1\"", "\"ratee\":\"\\ud800\"", "$.ratee")]
    [InlineData("\"rater\":\"B1\"", "\"rater\":\"B\\udc00\"", "$.rater")]
    [InlineData("\"orderId\":\"O1\"", "\"orderId\":\"\\ud800\"", "$.orderId")]
    [InlineData("\"at\":\"2026-03-04T12:00:00Z\"", "\"at\":\"\\ud800\"", "$.at")]
    public void Score_lone_surrogate_escape_is_an_error_line_and_reports_still_follow(string find, string replace, string path)
    {
        var bad = Replace(Samples.Feedback, find, replace);
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30", bad + "\n" + Samples.Feedback + "\n");
        Assert.Equal(2, result.ExitCode);
        var lines = Json(result);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(path + ": ", lines[0].GetProperty("error").GetString());
        Assert.Equal("S1", lines[1].GetProperty("ratee").GetString());
    }

    [Theory]
    [InlineData("\"daysAfterDelivery\":7", "\"daysAfterDelivery\":1e28", "$.campaign.schedule.daysAfterDelivery")]
    [InlineData("\"daysAfterDelivery\":7", "\"daysAfterDelivery\":-79228162514264337593543950335", "$.campaign.schedule.daysAfterDelivery")]
    [InlineData("\"daysAfterDelivery\":7", "\"hoursAfterDelivery\":1e20", "$.campaign.schedule.hoursAfterDelivery")]
    [InlineData("\"reminderIntervalDays\":4", "\"reminderIntervalDays\":1e28", "$.campaign.schedule.reminderIntervalDays")]
    [InlineData("\"reminderIntervalDays\":4", "\"reminderIntervalHours\":99999999999", "$.campaign.schedule.reminderIntervalHours")]
    [InlineData("\"reminderIntervalDays\":4", "\"reminderIntervalDays\":-1", "$.campaign.schedule.reminderIntervalDays")]
    [InlineData("\"reminders\":1", "\"reminders\":2147483647", "$.campaign.schedule.reminders")]
    public void Reviews_huge_schedule_numbers_are_range_errors_not_overflow_crashes(string find, string replace, string path)
    {
        var error = ErrorThenResult("reviews check", Replace(Samples.Campaign, find, replace), Samples.Campaign, "id", "decision");
        var message = error.GetProperty("error").GetString()!;
        Assert.StartsWith(path + ": must be from ", message);
    }

    [Fact]
    public void Reviews_schedule_at_the_documented_limits_is_accepted()
    {
        var edge = Replace(Replace(Replace(Samples.Campaign, "\"daysAfterDelivery\":7", "\"daysAfterDelivery\":-3650"), "\"reminderIntervalDays\":4", "\"reminderIntervalDays\":3650"), "\"reminders\":1", "\"reminders\":1000");
        var result = CliRunner.Run("reviews check", edge + "\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"decision\"", result.Out);
    }

    [Theory]
    [InlineData("returns check", Samples.ReturnCase, "\"asOf\":\"2026-07-01\"", "\"asOf\":\"2026-07-01\\u0000 junk\"", "$.asOf")]
    [InlineData("returns check", Samples.ReturnCase, "\"deliveredOn\":\"2026-06-01\"", "\"deliveredOn\":\"2026-06-01\\u0000\"", "$.order.deliveredOn")]
    [InlineData("reviews check", Samples.Message, "\"sentAt\":\"2026-03-11T18:00:00Z\"", "\"sentAt\":\"2026-03-11T18:00:00Z\\u0000junk\"", "$.sentAt")]
    [InlineData("reviews check", Samples.Campaign, "\"sendAtLocalTime\":\"10:00\"", "\"sendAtLocalTime\":\"10:00\\u0000junk\"", "$.campaign.schedule.sendAtLocalTime")]
    public void Dates_followed_by_nul_and_junk_are_rejected(string command, string sample, string find, string replace, string path)
    {
        var result = CliRunner.Run(command, Replace(sample, find, replace) + "\n");
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(Json(result));
        Assert.StartsWith(path + ": ", error.GetProperty("error").GetString());
    }

    [Fact]
    public void Score_date_followed_by_nul_and_junk_is_rejected()
    {
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30", Replace(Samples.FeedbackByDate, "\"at\":\"2026-05-15\"", "\"at\":\"2026-05-15\\u0000 junk\"") + "\n");
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(Json(result));
        Assert.StartsWith("$.at: ", error.GetProperty("error").GetString());
    }

    [Fact]
    public void Score_blank_line_in_the_middle_is_an_error_line_and_exit_2()
    {
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30", Samples.Feedback + "\n   \n" + Samples.Feedback + "\n\n\n");
        Assert.Equal(2, result.ExitCode);
        var lines = Json(result);
        Assert.Equal(2, lines.Length);
        Assert.Equal(2, lines[0].GetProperty("line").GetInt32());
        Assert.Equal("$: not valid JSON (the line is blank).", lines[0].GetProperty("error").GetString());
        Assert.Equal("S1", lines[1].GetProperty("ratee").GetString()); // trailing blank lines are still ignored
    }

    [Theory]
    [InlineData("returns check", Samples.ReturnCase, "caseId")]
    [InlineData("reviews check", Samples.Message, "id")]
    public void Blank_line_error_lines_carry_the_id_key_as_null(string command, string good, string idName)
    {
        var result = CliRunner.Run(command, good + "\n\n" + good + "\n");
        Assert.Equal(2, result.ExitCode);
        var lines = Json(result);
        Assert.Equal(3, lines.Length);
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty(idName).ValueKind);
        Assert.Equal(["line", idName, "error"], lines[1].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_raw_carriage_return_inside_a_line_gives_one_output_line()
    {
        var good = Samples.Message.Replace(",\"text\"", ",\r\"text\"", StringComparison.Ordinal); // JSON white space
        var result = CliRunner.Run("reviews check", good + "\r\n" + "not\rjson\r\n" + Samples.Message + "\n");
        Assert.Equal(2, result.ExitCode);
        var lines = Json(result);
        Assert.Equal(3, lines.Length);
        Assert.Equal("block", lines[0].GetProperty("decision").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal("block", lines[2].GetProperty("decision").GetString());
    }

    [Theory]
    [InlineData("returns check", "\"asOf\":\"2026-07-01\"", "asOf")]
    [InlineData("returns check", "\"buyerMarket\":\"FR\"", "buyerMarket")]
    [InlineData("returns check", "\"reason\":\"change-of-mind\"", "reason")]
    [InlineData("returns check", "\"itemsTotal\":{\"amount\":\"45.00\"", "itemsTotal\":{\"amount")]
    public void Error_lines_quote_a_bad_value_briefly(string command, string find, string field)
    {
        var huge = new string('9', 100_000);
        var bad = Replace(Samples.ReturnCase, find, find[..(find.LastIndexOf(':') + 1)] + "\"" + huge + "\"");
        var result = CliRunner.Run(command, bad + "\n");
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(Json(result)).GetProperty("error").GetString()!;
        Assert.True(error.Length < 300, $"{field}: error is {error.Length} characters");
        Assert.Contains("100000 characters", error);
    }

    [Fact]
    public void Reviews_error_lines_quote_a_bad_value_briefly()
    {
        var bad = Replace(Samples.Message, "\"buyerTimeZone\":\"America/New_York\"", "\"buyerTimeZone\":\"" + new string('x', 50_000) + "\"");
        var error = Assert.Single(Json(CliRunner.Run("reviews check", bad + "\n"))).GetProperty("error").GetString()!;
        Assert.True(error.Length < 300);
    }

    [Theory]
    [InlineData(new[] { "calendar", "add", "--market", "CN", "--from", "2026\n09-30", "--days", "1" }, "--from")]
    [InlineData(new[] { "calendar", "add", "--market", "C\r\nN", "--from", "2026-09-30", "--days", "1" }, "--market")]
    [InlineData(new[] { "returns", "check", "--fail-on", "a\nb" }, "--fail-on")]
    [InlineData(new[] { "score", "--scheme", "x\ny" }, "--scheme")]
    [InlineData(new[] { "score", "--scheme", "x\u0085y\u2028z" }, "--scheme")]
    [InlineData(new[] { "score", "--as-of", "2026-06-30\u0000junk" }, "--as-of")]
    [InlineData(new[] { "reviews", "check", "no\nsuch\nfile" }, "FILE")]
    [InlineData(new[] { "calendar", "add", "--market", "CN", "--from", "2026-09-30", "--days", "1\n2" }, "--days")]
    public void Every_stderr_message_is_one_line(string[] args, string expected)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.TrimEnd('\r', '\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: " + expected, lines[0]);
        Assert.DoesNotContain(lines[0].TrimEnd('\r'), c => char.IsControl(c) || c is '\u2028' or '\u2029');
    }

    [Fact]
    public void Calendar_info_for_an_uncovered_year_is_an_error_naming_coverage_and_weekend_only()
    {
        var result = CliRunner.Run("calendar info --market CN --year 2030");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var error = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("2025–2026", error);
        Assert.Contains("--weekend-only", error);

        var weekendOnly = CliRunner.Run("calendar info --market CN --year 2030 --weekend-only");
        Assert.Equal(0, weekendOnly.ExitCode);
        Assert.Contains("outside the holiday data", weekendOnly.Out);

        var noData = CliRunner.Run("calendar info --market RU --year 2026");
        Assert.Equal(2, noData.ExitCode);
        Assert.Contains("--weekend-only", noData.Error);
    }

    [Theory]
    [InlineData("returns check", "caseId")]
    [InlineData("reviews check", "id")]
    public void A_line_over_the_maximum_length_is_an_error_line_and_the_next_line_is_read(string command, string idName)
    {
        var good = command.StartsWith("returns", StringComparison.Ordinal) ? Samples.ReturnCase : Samples.Message;
        var longLine = "{\"" + idName + "\":\"x\",\"text\":\"" + new string('a', 5000) + "\"}";
        var result = CliRunner.Run(command + " --max-line-bytes 2000", longLine + "\n" + good + "\n");
        Assert.Equal(2, result.ExitCode);
        var lines = Json(result);
        Assert.Equal(2, lines.Length);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty(idName).ValueKind);
        Assert.Equal("$: the line is longer than the maximum of 2000 bytes (--max-line-bytes); it was skipped unread.", lines[0].GetProperty("error").GetString());
        Assert.False(lines[1].TryGetProperty("error", out _), "the next line is read and checked");
    }

    [Fact]
    public void The_maximum_line_length_counts_utf8_bytes_without_the_line_break()
    {
        // 1,000 bytes exactly (Chinese characters are 3 bytes each), then one byte more.
        var exact = "{\"id\":\"m\",\"platform\":\"taobao\",\"buyerMarket\":\"CN\",\"text\":\"" + new string('好', 300) + "\"}";
        exact = exact.Replace("\"m\"", "\"" + new string('m', 1000 - System.Text.Encoding.UTF8.GetByteCount(exact) + 1) + "\"", StringComparison.Ordinal);
        Assert.Equal(1000, System.Text.Encoding.UTF8.GetByteCount(exact));
        Assert.Equal(0, CliRunner.Run("reviews check --max-line-bytes 1000", exact + "\r\n").ExitCode);
        Assert.Equal(2, CliRunner.Run("reviews check --max-line-bytes 999", exact + "\r\n").ExitCode);
    }

    [Fact]
    public void Score_line_over_the_maximum_length_is_an_error_line()
    {
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30 --max-line-bytes 100", Samples.Feedback + "\n" + Samples.FeedbackByDate + "\n");
        Assert.Equal(2, result.ExitCode);
        var lines = Json(result);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("$: the line is longer than the maximum of 100 bytes", lines[0].GetProperty("error").GetString());
        Assert.Equal("S2", lines[1].GetProperty("ratee").GetString());
    }

    [Fact]
    public void A_line_over_the_maximum_is_skipped_without_being_held_in_memory()
    {
        // 8 million characters: reading it as a string and parsing it would allocate well over 16 MB.
        var huge = "{\"id\":\"h\",\"text\":\"" + new string('a', 8_000_000) + "\"}\n" + Samples.Message + "\n";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var skipped = CliRunner.Run("reviews check", huge);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2, skipped.ExitCode);
        Assert.Equal(2, skipped.OutLines.Length);
        Assert.True(allocated < 6_000_000, $"allocated {allocated} bytes for a skipped 8 MB line");

        // The same line under a higher limit is read (and allocates), which shows the measurement sees the work.
        before = GC.GetAllocatedBytesForCurrentThread();
        CliRunner.Run("reviews check --max-line-bytes 16000000", huge);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 16_000_000);
    }

    [Theory]
    [InlineData("returns check --max-line-bytes 0", "--max-line-bytes: must be from 1 to")]
    [InlineData("reviews check --max-line-bytes lots", "--max-line-bytes: must be a whole number")]
    [InlineData("score --max-line-bytes 9999999999", "--max-line-bytes: must be a whole number")]
    public void Max_line_bytes_must_be_a_whole_number_in_range(string commandLine, string expected)
    {
        var result = CliRunner.Run(commandLine);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: " + expected, result.Error);
    }

    private static string Replace(string json, string find, string replace)
    {
        Assert.Contains(find, json);
        return json.Replace(find, replace, StringComparison.Ordinal);
    }
}
