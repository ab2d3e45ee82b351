using System;
using System.Collections.Generic;
using System.Text.Json;
using static Reputation.Rules.Serialization.JsonRead;

namespace Reputation.Rules.Serialization;

/// <summary>
/// Reads back what <see cref="JsonWrite"/> writes for citations, rules and findings, so that write → read → write is
/// byte for byte the same. A finding's citation is written as one line of text, without its address, and a returns
/// finding carries no spans: a finding read back has that text as its citation's authority (empty reference, no URL)
/// and no spans (docs/serialization.md).
/// </summary>
internal static class FindingsWire
{
    /// <summary><c>{"authority","reference","url"}</c>.</summary>
    public static Citation ReadCitation(JsonElement element, string path)
    {
        EnsureObject(element, path);
        var authority = RequiredString(element, "authority", path);
        var reference = OptionalString(element, "reference", path) ?? string.Empty;
        Uri? url = null;
        if (OptionalString(element, "url", path) is { } text && !Uri.TryCreate(text, UriKind.Absolute, out url))
        {
            throw new JsonInputException(Child(path, "url"), $"{Quote(text)} is not an absolute URI.");
        }

        return Build(path, () => new Citation(authority, reference, url));
    }

    /// <summary><c>{"id","engine","title","defaultSeverity","citations"}</c>, as <c>rules --json</c> writes it.</summary>
    public static RuleDescriptor ReadRule(JsonElement element, string path)
    {
        EnsureObject(element, path);
        var id = ReadRuleId(Required(element, "id", path), Child(path, "id"));
        var engine = RequiredString(element, "engine", path);
        var title = RequiredString(element, "title", path);
        var severity = ReadSeverity(element, "defaultSeverity", path);
        var citations = new List<Citation>();
        if (OptionalArray(element, "citations", path) is { } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                citations.Add(ReadCitation(item, Item(Child(path, "citations"), i++)));
            }
        }

        return Build(path, () => new RuleDescriptor(id, engine, title, severity, [.. citations]));
    }

    /// <summary><c>{"ruleId","severity","message","citation","evidence"}</c>, as the returns contract writes it.</summary>
    public static Finding ReadFinding(JsonElement element, string path)
    {
        EnsureObject(element, path);
        var ruleId = ReadRuleId(Required(element, "ruleId", path), Child(path, "ruleId"));
        var severity = ReadSeverity(element, "severity", path);
        var message = RequiredString(element, "message", path);
        var citationText = OptionalString(element, "citation", path);
        var evidence = new List<EvidenceItem>();
        if (OptionalObject(element, "evidence", path) is { } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                var itemPath = Child(Child(path, "evidence"), property.Name);
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new JsonInputException(itemPath, $"expected a string, got {Describe(property.Value)}.");
                }

                var key = property.Name;
                var value = Text(property.Value, itemPath);
                evidence.Add(Build(itemPath, () => new EvidenceItem(key, value)));
            }
        }

        return Build(path, () => new Finding(ruleId, severity, message, citationText is null ? null : new Citation(citationText, string.Empty), [.. evidence]));
    }

    private static Severity ReadSeverity(JsonElement element, string name, string path)
    {
        var text = RequiredString(element, name, path);
        return text switch
        {
            "info" => Severity.Info,
            "warning" => Severity.Warning,
            "violation" => Severity.Violation,
            _ => throw new JsonInputException(Child(path, name), $"{Quote(text)} is not one of info, warning, violation."),
        };
    }

    /// <summary>Runs a library constructor, turning its argument check into a problem at <paramref name="path"/>.</summary>
    private static T Build<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw new JsonInputException(path, Shorten(OneLine(ex.Message)));
        }
    }
}
