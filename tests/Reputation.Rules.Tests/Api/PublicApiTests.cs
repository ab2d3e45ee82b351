using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Api;

/// <summary>
/// Renders the public surface of Reputation.Rules to text and compares it with src/Reputation.Rules/PublicAPI.txt,
/// so that every API change is a visible diff. To accept a change: run the tests with UPDATE_PUBLIC_API=1 and
/// commit the new PublicAPI.txt.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string BaselinePath = Path.Combine(RepoPaths.Root, "src", "Reputation.Rules", "PublicAPI.txt");

    [Fact]
    public void Public_api_matches_the_checked_in_baseline()
    {
        var actual = PublicApiText.Render(typeof(RuleCatalog).Assembly);
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(BaselinePath, actual);
        }

        var expected = File.Exists(BaselinePath) ? File.ReadAllText(BaselinePath).ReplaceLineEndings("\n") : string.Empty;
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
            var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
            var added = actualLines.Except(expectedLines).Take(40).Select(l => "+ " + l);
            var removed = expectedLines.Except(actualLines).Take(40).Select(l => "- " + l);
            Assert.Fail("The public API changed. Review the diff, then run the tests with UPDATE_PUBLIC_API=1 and commit src/Reputation.Rules/PublicAPI.txt.\n"
                + string.Join("\n", removed.Concat(added)));
        }
    }

    [Fact]
    public void Every_public_type_is_sealed_static_abstract_an_interface_a_struct_or_an_enum_by_design()
    {
        // Immutability guard: no public class may expose a public setter unless it is an options or builder type.
        var offenders = typeof(RuleCatalog).Assembly.GetExportedTypes()
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal) && !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !PublicApiText.IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();
        Assert.True(offenders.Count == 0, "Public mutable properties outside options/builders: " + string.Join(", ", offenders));
    }

    [Fact]
    public void No_public_property_has_a_type_a_serializer_cannot_handle()
    {
        // A span, another ref struct, a pointer or a by-ref property makes System.Text.Json (and every reflection
        // serializer) throw on the whole object: offer a method or a plain twin instead.
        var offenders = typeof(RuleCatalog).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType.IsByRefLike || p.PropertyType.IsPointer || p.PropertyType.IsByRef || p.PropertyType.IsFunctionPointer)
                .Select(p => $"{t.FullName}.{p.Name} ({p.PropertyType})"))
            .ToList();
        Assert.True(offenders.Count == 0, "Public properties no serializer can read: " + string.Join(", ", offenders));
    }
}
