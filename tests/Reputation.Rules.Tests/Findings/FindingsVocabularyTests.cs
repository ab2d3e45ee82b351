using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Findings;

public sealed class FindingsVocabularyTests
{
    [Theory]
    [InlineData("RET-LATE")]
    [InlineData("REV-INCENTIVE-SENTIMENT")]
    [InlineData("X1")]
    public void Valid_rule_ids(string id) => Assert.Equal(id, new RuleId(id).Value);

    [Theory]
    [InlineData("ret-late")]
    [InlineData("RET--LATE")]
    [InlineData("RET-")]
    [InlineData("-RET")]
    [InlineData("1RET")]
    [InlineData("R")]
    [InlineData("RET LATE")]
    public void Invalid_rule_ids_are_rejected_naming_the_value(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleId(id));
        Assert.Contains($"'{id}'", ex.Message);
    }

    [Fact]
    public void Finding_requires_a_message_and_a_rule()
    {
        Assert.Throws<ArgumentException>(() => new Finding(default, Severity.Info, "x"));
        Assert.Throws<ArgumentException>(() => new Finding("RET-LATE", Severity.Info, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Finding("RET-LATE", (Severity)7, "x"));
        var finding = new Finding("RET-LATE", Severity.Violation, "Refund is late.", new Citation("EU Directive 2011/83/EU", "Art. 13(1)"),
            [new EvidenceItem("refundDueBy", "2026-03-30")]);
        Assert.Equal("2026-03-30", finding.GetEvidence("refundDueBy"));
        Assert.Null(finding.GetEvidence("missing"));
        Assert.Empty(finding.Spans);
        Assert.Equal("EU Directive 2011/83/EU Art. 13(1)", finding.Citation!.ToString());
    }

    [Fact]
    public void Catalog_rejects_duplicate_ids_naming_them()
    {
        var rule = new RuleDescriptor("CUSTOM-ONE", "custom", "A custom rule", Severity.Warning);
        var ex = Assert.Throws<ArgumentException>(() => RuleCatalog.BuiltIn.With([rule, rule]));
        Assert.Contains("CUSTOM-ONE", ex.Message);
        var extended = RuleCatalog.BuiltIn.With([rule]);
        Assert.True(extended.Contains("CUSTOM-ONE"));
        Assert.Equal(RuleCatalog.BuiltIn.Count + 1, extended.Count);
        Assert.False(RuleCatalog.BuiltIn.Contains("CUSTOM-ONE"));
    }

    [Fact]
    public void Docs_rules_md_lists_exactly_the_catalog()
    {
        // Rows of the form: | `RET-LATE` | returns | violation | title | citations |
        var doc = File.ReadAllLines(Path.Combine(RepoPaths.Docs, "rules.md"));
        var rows = doc
            .Select(line => Regex.Match(line, @"^\|\s*`(?<id>[A-Z0-9-]+)`\s*\|\s*(?<engine>[a-z-]+)\s*\|\s*(?<severity>[a-z]+)\s*\|\s*(?<title>[^|]+?)\s*\|"))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups["id"].Value, Engine: m.Groups["engine"].Value, Severity: m.Groups["severity"].Value, Title: m.Groups["title"].Value))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var catalog = RuleCatalog.BuiltIn.Rules
            .Select(r => (Id: r.Id.Value, r.Engine, Severity: r.DefaultSeverity.ToString().ToLowerInvariant(), r.Title))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        Assert.Equal(catalog, rows);
    }
}
