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

    [Fact]
    public void Every_enum_option_documents_its_default_and_exactly_its_values()
    {
        var rows = ReferenceRows();
        var problems = new List<string>();
        foreach (var (path, type) in EnumOptionPaths(typeof(ReputationRulesOptions), string.Empty))
        {
            Assert.True(rows.TryGetValue(path, out var row), $"{path} is not in the reference table.");
            var names = Enum.GetNames(type).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains(row.Default))
            {
                problems.Add($"{path}: default '{row.Default}' is not a {type.Name} value");
            }

            var listed = row.Meaning.Split('`').Where((_, i) => i % 2 == 1).ToHashSet(StringComparer.Ordinal);
            var unknown = listed.Except(names).Order().ToList();
            var unlisted = names.Except(listed).Order().ToList();
            if (unknown.Count > 0 || unlisted.Count > 0)
            {
                problems.Add($"{path}: documents {string.Join(", ", unknown)} which {type.Name} lacks; omits {string.Join(", ", unlisted)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private static Dictionary<string, (string Default, string Meaning)> ReferenceRows()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "dependency-injection.md"));
        var start = doc.IndexOf("## Options reference", StringComparison.Ordinal);
        var end = doc.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var section = end < 0 ? doc[start..] : doc[start..end];
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            rows[cells[1].Trim().Trim('`')] = (cells[2].Trim(), cells[3].Trim());
        }

        return rows;
    }

    /// <summary>The paths of options whose type is an enum (directly, not as a dictionary value).</summary>
    private static IEnumerable<(string Path, Type Type)> EnumOptionPaths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (t.IsEnum && property.SetMethod is { IsPublic: true })
            {
                yield return (path, t);
            }
            else if (t.IsClass && t != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(t) && t.Namespace?.StartsWith("Reputation.Rules", StringComparison.Ordinal) == true)
            {
                foreach (var nested in EnumOptionPaths(t, path))
                {
                    yield return nested;
                }
            }
        }
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
