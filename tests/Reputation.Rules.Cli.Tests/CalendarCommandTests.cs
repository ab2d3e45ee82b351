using Xunit;

namespace Reputation.Rules.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Theory]
    [InlineData("calendar add --market CN --from 2026-09-30 --days 5", "2026-10-13")]
    [InlineData("calendar is-working-day --market CN --date 2026-10-10", "true")]
    [InlineData("calendar is-working-day --market CN --date 2026-10-05", "false")]
    [InlineData("calendar between --market DE --from 2026-04-02 --to 2026-04-07", "1")]
    [InlineData("calendar add --market GB --from 2026-12-24 --days 1", "2026-12-29")]
    [InlineData("calendar add --market US --from 2026-07-02 --days 1", "2026-07-06")]
    [InlineData("calendar add --market CN --from 2026-09-30 --days 0", "2026-09-30")]
    [InlineData("calendar add --market RU --from 2026-10-02 --days 1 --weekend-only", "2026-10-05")]
    public void Prints_the_answer_and_exits_zero(string commandLine, string expected)
    {
        var result = CliRunner.Run(commandLine);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out.Trim());
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("calendar add --market XX --from 2026-09-30 --days 5", "--market: 'XX'")]
    [InlineData("calendar add --market CN --from 2026-02-30 --days 5", "--from: '2026-02-30'")]
    [InlineData("calendar add --market CN --from 2026-09-30 --days -1", "--days: must be 0 or more")]
    [InlineData("calendar add --market CN --from 2027-09-30 --days 1", "covers 2025–2026")]
    [InlineData("calendar is-working-day --market RU --date 2026-01-05", "RU has no built-in holiday data")]
    [InlineData("calendar add --market CN --days 1", "--from")]
    [InlineData("calendar between --market DE --from 2026-04-02", "--to")]
    [InlineData("calendar add --market CN --from 2026-01-01 --days many", "many")]
    public void Bad_arguments_exit_two_with_one_line_on_stderr(string commandLine, string expectedInError)
    {
        var result = CliRunner.Run(commandLine);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var lines = result.Error.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.Contains(expectedInError, lines[0]);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Info_lists_a_years_holidays_and_make_up_days()
    {
        var result = CliRunner.Run("calendar info --market CN --year 2026");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025–2026", result.Out);
        Assert.Contains("2026-10-10", result.Out);
        Assert.Contains("make-up working day", result.Out);
    }
}
