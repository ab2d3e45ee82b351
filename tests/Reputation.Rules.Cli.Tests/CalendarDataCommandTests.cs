using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary><c>--calendar-data FILE</c> on every command, and the walkthroughs of docs/calendars.md followed verbatim.</summary>
public sealed class CalendarDataCommandTests : IDisposable
{
    private static readonly IClock Today = new FakeClock(Instant.FromUtc(2026, 12, 3, 12, 0));

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rr-calendar-data-" + Guid.NewGuid().ToString("N"));

    public CalendarDataCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>
    /// Every <c>walkthrough-file</c> block of docs/calendars.md is written to disk under its name, and every command of
    /// the <c>walkthrough-commands</c> blocks runs and prints exactly the lines shown under it.
    /// </summary>
    [Fact]
    public void The_documented_walkthroughs_work_verbatim()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "calendars.md")).ReplaceLineEndings("\n");
        var files = Regex.Matches(doc, "<!-- walkthrough-file: (\\S+) -->\\n```json\\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.Equal(2, files.Count);
        var renames = new Dictionary<string, string>();
        foreach (Match file in files)
        {
            renames[file.Groups[1].Value] = Write(file.Groups[1].Value, file.Groups[2].Value);
        }

        var blocks = Regex.Matches(doc, "<!-- walkthrough-commands -->\\n```bash\\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.Equal(2, blocks.Count);
        var commands = 0;
        foreach (Match block in blocks)
        {
            foreach (var (commandLine, expected) in Commands(block.Groups[1].Value))
            {
                var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Skip(1) // "reputation-rules"
                    .Select(a => renames.TryGetValue(a, out var path) ? path : a)
                    .ToArray();
                var result = CliRunner.Run(args, clock: Today);
                Assert.True(result.ExitCode == 0, $"{commandLine}: exit {result.ExitCode}: {result.Error}");
                Assert.Equal(string.Join("\n", expected), result.Out.ReplaceLineEndings("\n").TrimEnd('\n'));
                commands++;
            }
        }

        Assert.Equal(5, commands);
    }

    private static IEnumerable<(string Command, List<string> Output)> Commands(string block)
    {
        string? command = null;
        var output = new List<string>();
        foreach (var line in block.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    yield return (command, output);
                }

                command = line[2..];
                output = [];
            }
            else
            {
                output.Add(line);
            }
        }

        if (command is not null)
        {
            yield return (command, output);
        }
    }

    [Fact]
    public void Returns_check_counts_2027_deadlines_with_the_data_and_flags_an_estimate_without_it()
    {
        var data = Write("cn.json", """
            {"calendars":[{"market":"CN","years":[{"year":2027,"source":"test","holidays":["2027-02-06..2027-02-12 春节"]}]}]}
            """);
        var line = """
            {"caseId":"R-1","asOf":"2027-02-05","buyerMarket":"DE","sellerMarket":"CN","order":{"itemsTotal":{"amount":"20.00","currency":"EUR"},"deliveryPaid":{"amount":"0.00","currency":"EUR"},"paymentMethod":"card","deliveredOn":"2027-01-20"},"sellerPolicy":{"refundWithinWorkingDays":5},"return":{"reason":"change-of-mind","goods":"standard","requestedOn":"2027-01-22","receivedOn":"2027-02-04"}}
            """;
        var without = CliRunner.Run(["returns", "check"], line, Today);
        var with = CliRunner.Run(["returns", "check", "--calendar-data", data], line, Today);
        Assert.Equal(0, without.ExitCode);
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("RET-CALENDAR-ESTIMATE", without.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("RET-CALENDAR-ESTIMATE", with.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_is_accepted_before_the_command_and_by_every_command()
    {
        var data = Write("kr.json", """{"calendars":[{"market":"KR","years":[{"year":2027,"source":"test","holidays":["2027-01-01 신정"]}]}]}""");
        Assert.Equal("2027-01-04", CliRunner.Run(["--calendar-data", data, "calendar", "add", "--market", "KR", "--from", "2026-12-31", "--days", "1"], clock: Today).Out.Trim());
        Assert.Equal(0, CliRunner.Run(["rules", "--calendar-data", data], clock: Today).ExitCode);
        Assert.Equal(0, CliRunner.Run(["score", "--calendar-data", data], "", Today).ExitCode);
        Assert.Equal(0, CliRunner.Run(["reviews", "check", "--calendar-data", data], "", Today).ExitCode);
    }

    [Fact]
    public void Calendar_info_says_when_the_data_ends_and_warns_within_60_days()
    {
        var now = CliRunner.Run(["calendar", "info", "--market", "CN"], clock: Today);
        Assert.Contains("holiday data: 2025–2026 (ends 2026-12-31)", now.Out, StringComparison.Ordinal);
        Assert.Contains("warning: the holiday data ends in 28 days", now.Out, StringComparison.Ordinal);

        var october = CliRunner.Run(["calendar", "info", "--market", "CN"], clock: new FakeClock(Instant.FromUtc(2026, 10, 1, 0, 0)));
        Assert.DoesNotContain("warning", october.Out, StringComparison.Ordinal);

        var after = CliRunner.Run(["calendar", "info", "--market", "KR"], clock: new FakeClock(Instant.FromUtc(2027, 1, 10, 0, 0)));
        Assert.Contains("warning: the holiday data ended 10 days ago", after.Out, StringComparison.Ordinal);

        Assert.DoesNotContain("warning", CliRunner.Run(["calendar", "info", "--market", "DE"], clock: Today).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_is_one_error_line_naming_the_file_and_the_json_path()
    {
        var bad = Write("bad.json", """{"calendars":[{"market":"CN","years":[{"year":2028,"source":"x","holidays":["2028-02-30"]}]}]}""");
        var result = CliRunner.Run(["calendar", "info", "--market", "CN", "--calendar-data", bad], clock: Today);
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: --calendar-data: ", error, StringComparison.Ordinal);
        Assert.Contains("bad.json: $.calendars[0].years[0].holidays[0]: '2028-02-30' is not a date", error, StringComparison.Ordinal);

        var missing = CliRunner.Run(["calendar", "info", "--market", "CN", "--calendar-data", Path.Combine(_dir, "none.json")], clock: Today);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--calendar-data: cannot read", missing.Error, StringComparison.Ordinal);

        var gap = Write("gap.json", """{"calendars":[{"market":"CN","years":[{"year":2028,"source":"x"}]}]}""");
        var gapResult = CliRunner.Run(["returns", "check", "--calendar-data", gap], "", Today);
        Assert.Equal(2, gapResult.ExitCode);
        Assert.Contains("no data for 2027", gapResult.Error, StringComparison.Ordinal);
    }
}
