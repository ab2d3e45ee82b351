using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

/// <summary>The options reference in docs/dependency-injection.md cannot go stale: every option path is documented, and nothing else.</summary>
public sealed class OptionsDocumentationTests
{
    [Fact]
    public void Every_option_is_documented_in_the_reference_table()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "dependency-injection.md"));
        var start = doc.IndexOf("## Options reference", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/dependency-injection.md has no '## Options reference' section.");
        var end = doc.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var section = end < 0 ? doc[start..] : doc[start..end];
        var documented = section.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .ToHashSet(StringComparer.Ordinal);
        var actual = OptionPaths(typeof(ReputationRulesOptions), string.Empty).ToHashSet(StringComparer.Ordinal);
        var missing = actual.Except(documented).Order().ToList();
        var stale = documented.Except(actual).Order().ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"Undocumented options: {string.Join(", ", missing)}. Documented but not options: {string.Join(", ", stale)}.");
    }

    /// <summary>Paths such as <c>Calendars.ExtraHolidays</c>: leaf options and dictionaries; nested option classes are walked.</summary>
    internal static IEnumerable<string> OptionPaths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } || (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType))))
        {
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            var t = property.PropertyType;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Dictionary<,>)
                && t.GetGenericArguments()[1] is { IsClass: true } valueType
                && valueType.Namespace?.StartsWith("Reputation.Rules", StringComparison.Ordinal) == true)
            {
                yield return path;
                foreach (var nested in OptionPaths(valueType, path + ".<name>"))
                {
                    yield return nested;
                }
            }
            else if (t.IsClass && t != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(t) && t.Namespace?.StartsWith("Reputation.Rules", StringComparison.Ordinal) == true)
            {
                foreach (var nested in OptionPaths(t, path))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
