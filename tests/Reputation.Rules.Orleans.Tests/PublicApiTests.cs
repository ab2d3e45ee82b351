using System;
using System.IO;
using System.Text;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Orleans.Tests;

/// <summary>
/// The public surface of Reputation.Rules.Orleans matches src/Reputation.Rules.Orleans/PublicAPI.txt, so that every
/// API change is a visible diff. To accept a change: run the tests with UPDATE_PUBLIC_API=1 and commit the file.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string BaselinePath = Path.Combine(RepoPaths.Root, "src", "Reputation.Rules.Orleans", "PublicAPI.txt");

    [Fact]
    public void Public_api_matches_the_checked_in_baseline()
    {
        var actual = WithoutGeneratedCode(PublicApiText.Render(typeof(ReputationRulesOrleansOptions).Assembly));
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(BaselinePath, actual);
        }

        var expected = File.Exists(BaselinePath) ? File.ReadAllText(BaselinePath).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            expected == actual,
            "The public API changed. Review it, then run the tests with UPDATE_PUBLIC_API=1 and commit src/Reputation.Rules.Orleans/PublicAPI.txt.\n" + actual);
    }

    /// <summary>
    /// Drops the types Orleans' source generator emits for the grain interfaces (namespace OrleansCodeGen, names with
    /// hashes): public only so that other assemblies' proxies can use them, never called by users.
    /// </summary>
    private static string WithoutGeneratedCode(string api)
    {
        var kept = new StringBuilder();
        var skipping = false;
        foreach (var line in api.Split('\n'))
        {
            if (line.Length > 0 && line[0] != ' ')
            {
                skipping = line.Contains(" OrleansCodeGen.", StringComparison.Ordinal);
            }

            if (!skipping)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString()[..^1];
    }
}
