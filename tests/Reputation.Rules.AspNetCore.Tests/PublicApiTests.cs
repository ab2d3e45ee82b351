using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>
/// The public surface of Reputation.Rules.AspNetCore matches src/Reputation.Rules.AspNetCore/PublicAPI.txt, so that
/// every API change is a visible diff. To accept a change: run the tests with UPDATE_PUBLIC_API=1 and commit the file.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string BaselinePath = Path.Combine(RepoPaths.Root, "src", "Reputation.Rules.AspNetCore", "PublicAPI.txt");

    [Fact]
    public void Public_api_matches_the_checked_in_baseline()
    {
        var actual = PublicApiText.Render(typeof(ReputationRulesHttpOptions).Assembly);
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(BaselinePath, actual);
        }

        var expected = File.Exists(BaselinePath) ? File.ReadAllText(BaselinePath).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            expected == actual,
            "The public API changed. Review it, then run the tests with UPDATE_PUBLIC_API=1 and commit src/Reputation.Rules.AspNetCore/PublicAPI.txt.\n" + actual);
    }

    [Fact]
    public void Only_the_options_type_has_setters()
    {
        var offenders = typeof(ReputationRulesHttpOptions).Assembly.GetExportedTypes()
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();
        Assert.Empty(offenders);
    }
}
