using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary>Errors a person can act on, help that shows allowed values and examples, and tables that hide nothing.</summary>
public sealed class UsabilityTests
{
    [Fact]
    public void No_arguments_prints_the_help_and_exits_zero()
    {
        var result = CliRunner.Run([]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("returns", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("returns check --help", "<violation|at-risk>", "<json|table>", "Example: reputation-rules returns check")]
    [InlineData("reviews check --help", "<block|warn>", "<json|table>", "Example: reputation-rules reviews check")]
    [InlineData("score --help", "<taobao|ebay|ebay-classic|aliexpress|amazon|composite|all>", "<json|table>", "Example: reputation-rules score")]
    [InlineData("calendar add --help", "--days <n>", "--weekend-only", "Example: reputation-rules calendar add")]
    [InlineData("calendar info --help", "--year <yyyy>", "--weekend-only", "Example: reputation-rules calendar info")]
    [InlineData("calendar is-working-day --help", "--date", "--weekend-only", "Example: reputation-rules calendar is-working-day")]
    [InlineData("calendar between --help", "--to", "--weekend-only", "Example: reputation-rules calendar between")]
    [InlineData("rules --help", "--json", "--help", "Example: reputation-rules rules --json")]
    [InlineData("demo --help", "demo", "--help", "Example: reputation-rules demo")]
    public void Help_lists_allowed_values_and_an_example(string commandLine, string values, string option, string example)
    {
        var result = CliRunner.Run(commandLine);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(values, result.Out);
        Assert.Contains(option, result.Out);
        Assert.Contains(example, result.Out);
    }

    [Theory]
    [InlineData("calendar add --market CN --from 2026-09-30 --days abc", "error: --days: must be a whole number (0 or more), got 'abc'.")]
    [InlineData("calendar add --market CN --from 2026-09-30 --days 1.5", "error: --days: must be a whole number")]
    [InlineData("calendar info --market CN --year twenty", "error: --year: must be a whole number (from 1 to 9999), got 'twenty'.")]
    [InlineData("calendar add --market CN --from 2027-09-30 --days 1", "pass --weekend-only")]
    [InlineData("calendar between --market CN --from 2026-01-01 --to 2030-01-01", "pass --weekend-only")]
    [InlineData("calendar add --market RU --from 2026-01-01 --days 1", "pass --weekend-only")]
    [InlineData("calendar add --market DE --from 9999-12-31 --days 1 --weekend-only", "error: --from: 9999-12-31 is outside the supported range 1970-01-01–2199-12-31.")]
    [InlineData("calendar add --market DE --from 2026-01-01 --days 2147483647 --weekend-only", "error: --days: moving 2147483647 working days")]
    [InlineData("calendar between --market DE --from 2026-01-01 --to 9999-12-31 --weekend-only", "error: --to: 9999-12-31 is outside the supported range")]
    [InlineData("calendar is-working-day --market DE --date 1969-12-31 --weekend-only", "error: --date: 1969-12-31 is outside the supported range")]
    [InlineData("score --as-of 9999-12-31", "error: --as-of: must be in the years 1 to 9000")]
    public void Argument_errors_say_what_to_do(string commandLine, string expected)
    {
        var result = CliRunner.Run(commandLine);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("returns")]
    [InlineData("reviews")]
    public void A_directory_given_as_file_is_named_as_a_directory(string command)
    {
        var directory = Directory.CreateTempSubdirectory("rr-cli-").FullName;
        try
        {
            var result = CliRunner.Run([command, "check", directory]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("is a directory, not a file", result.Error);
            Assert.Equal(2, CliRunner.Run(["score", directory]).ExitCode);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public void Reviews_table_has_a_row_per_line_and_shows_every_error()
    {
        var input = Samples.Message + "\n\nnot json\n" + Samples.ChineseMessage + "\n";
        var result = CliRunner.Run("reviews check --format table --fail-on block", input);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("line  id", lines[0]);
        Assert.Equal(6, lines.Length); // header, rule, four rows
        Assert.StartsWith("1     m1", lines[2]);
        Assert.Contains("block", lines[2]);
        Assert.Contains("REV-INCENTIVE-SENTIMENT", lines[2]);
        Assert.Contains("error     $: not valid JSON (the line is blank).", lines[3]);
        Assert.StartsWith("3     -", lines[4]);
        Assert.Contains("$: not valid JSON", lines[4]);
        Assert.StartsWith("4     7", lines[5]);
    }

    [Fact]
    public void Reviews_table_exit_code_follows_fail_on_like_json()
    {
        Assert.Equal(1, CliRunner.Run("reviews check --format table --fail-on block", Samples.Message + "\n").ExitCode);
        Assert.Equal(0, CliRunner.Run("reviews check --format table", Samples.Message + "\n").ExitCode);
        Assert.Equal(2, CliRunner.Run("reviews check --format xml", Samples.Message + "\n").ExitCode);
    }

    [Fact]
    public void Score_table_shows_errors_then_one_row_per_ratee_and_scheme()
    {
        var input = Samples.Feedback + "\n\n" + """{"ratee":"S1"}""" + "\n" + Samples.FeedbackByDate + "\n";
        var result = CliRunner.Run("score --scheme ebay --as-of 2026-06-30 --format table", input);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("line  ratee", lines[0]);
        Assert.Equal(6, lines.Length); // header, rule, two error rows, two report rows
        Assert.StartsWith("2     -", lines[2]);
        Assert.Contains("$: not valid JSON (the line is blank).", lines[2]);
        Assert.StartsWith("3     -", lines[3]);
        Assert.Contains("$.rater: is required.", lines[3]);
        Assert.StartsWith("-     S1", lines[4]);
        Assert.Contains("ebay", lines[4]);
        Assert.Contains("1/0/0", lines[4]);
        Assert.StartsWith("-     S2", lines[5]);
        Assert.Contains("0/0/1", lines[5]);
    }

    [Fact]
    public void Returns_table_shows_a_blank_line_error_too()
    {
        var result = CliRunner.Run("returns check --format table", Samples.ReturnCase + "\n\n" + Samples.ReturnCase + "\n");
        Assert.Equal(2, result.ExitCode);
        var lines = result.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("2     -", lines[3]);
        Assert.Contains("error", lines[3]);
        Assert.Contains("$: not valid JSON (the line is blank).", lines[3]);
        Assert.Contains("50.00 EUR", lines[2]);
        Assert.EndsWith("deadline set by / error", lines[0]); // the message sits under the last heading, never cut
        Assert.EndsWith("$: not valid JSON (the line is blank).", lines[3]);
    }

    [Fact]
    public void Table_cells_stay_on_one_line()
    {
        var id = "a\\nb\\u2028c" + new string('x', 100);
        var line = Samples.Message.Replace("\"id\":\"m1\"", "\"id\":\"" + id + "\"", StringComparison.Ordinal);
        var result = CliRunner.Run("reviews check --format table", line + "\n");
        var lines = result.Out.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("a b c", lines[2]);
        Assert.Contains("…", lines[2]);
    }
}
