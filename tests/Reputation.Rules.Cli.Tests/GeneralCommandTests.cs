using System.Text.Json;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

public sealed class GeneralCommandTests
{
    [Fact]
    public void Demo_runs_every_section_and_exits_zero()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2026-10-13", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Rules_json_is_a_json_array_of_the_catalog()
    {
        var result = CliRunner.Run("rules --json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(RuleCatalog.BuiltIn.Count, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Rules_table_has_a_header()
    {
        var result = CliRunner.Run("rules");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("id", result.Out);
    }

    [Fact]
    public void Unknown_command_exits_two_with_one_line()
    {
        var result = CliRunner.Run("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }
}
