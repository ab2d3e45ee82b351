using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Xunit;

namespace Reputation.Rules.Tests.Findings;

// The small value types every engine reports with: the edges of a valid rule id, ordering, the text forms a log or a
// report shows, and the catalog's lookups (docs/quality.md).
public sealed class FindingsContractTests
{
    [Theory]
    [InlineData("AZ")]
    [InlineData("Z9")]
    [InlineData("A0-B")]
    public void Rule_ids_accept_the_edges_of_their_alphabet(string id) => Assert.True(RuleId.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("@A")]
    [InlineData("[A")]
    [InlineData("A@")]
    [InlineData("A[")]
    [InlineData("A/")]
    [InlineData("A:")]
    [InlineData("Aa")]
    public void Rule_ids_reject_characters_just_outside_their_alphabet(string? id) => Assert.False(RuleId.IsValid(id));

    [Fact]
    public void Rule_ids_are_at_most_64_characters()
    {
        Assert.True(RuleId.IsValid(new string('A', 64)));
        Assert.False(RuleId.IsValid(new string('A', 65)));
        Assert.Throws<ArgumentException>(() => RuleId.Parse(new string('A', 65)));
    }

    [Fact]
    public void Rule_ids_compare_ordinally_and_every_way_to_make_one_agrees()
    {
        RuleId late = "RET-LATE";
        var refused = RuleId.Parse("RET-REFUSED");
        Assert.Equal(late, RuleId.FromString("RET-LATE"));
        Assert.True(late < refused);
        Assert.False(refused < late);
        Assert.True(refused > late);
        Assert.False(late > refused);
        Assert.True(late <= RuleId.Parse("RET-LATE"));
        Assert.False(refused <= late);
        Assert.True(late >= RuleId.Parse("RET-LATE"));
        Assert.False(late >= refused);
        Assert.True(late != refused);
        Assert.False(late != RuleId.Parse("RET-LATE"));
        Assert.True(late.Equals((object)RuleId.Parse("RET-LATE")));
        Assert.False(late.Equals((object)"RET-LATE"));
        Assert.Equal(RuleId.Parse("RET-LATE").GetHashCode(), late.GetHashCode());
        Assert.Equal("RET-LATE", late.ToString());
        Assert.Equal(string.Empty, default(RuleId).Value);
    }

    [Fact]
    public void A_finding_reads_as_rule_severity_and_message_and_defaults_to_empty_lists()
    {
        var finding = new Finding("RET-LATE", Severity.Warning, "Refund is late.");
        Assert.Equal("RET-LATE (Warning): Refund is late.", finding.ToString());
        Assert.False(finding.Evidence.IsDefault);
        Assert.Empty(finding.Evidence);
        Assert.False(finding.Spans.IsDefault);
        Assert.Null(finding.Citation);
        Assert.True(finding.Equals((object)new Finding("RET-LATE", Severity.Warning, "Refund is late.")));
        Assert.False(finding.Equals((object)"RET-LATE"));
        Assert.True(finding.Equals(finding));
        Assert.True(finding != null);
        Assert.False(null == finding);
    }

    [Fact]
    public void Evidence_is_looked_up_by_exact_key_and_the_first_match_wins()
    {
        var finding = new Finding("RET-LATE", Severity.Info, "x", evidence: [new("due", "first"), new("due", "second"), new("Due", "other")]);
        Assert.Equal("first", finding.GetEvidence("due"));
        Assert.Equal("other", finding.GetEvidence("Due"));
        Assert.Null(finding.GetEvidence("DUE"));
        Assert.Equal("due=first", finding.Evidence[0].ToString());
        Assert.Equal(string.Empty, new EvidenceItem("k", null!).Value);
        Assert.Throws<ArgumentException>(() => new EvidenceItem(" ", "v"));
    }

    [Fact]
    public void Findings_with_the_same_parts_in_a_different_order_of_evidence_differ()
    {
        var a = new Finding("RET-LATE", Severity.Info, "x", evidence: [new("a", "1"), new("b", "2")]);
        var b = new Finding("RET-LATE", Severity.Info, "x", evidence: [new("b", "2"), new("a", "1")]);
        Assert.NotEqual(a, b);
        var withSpan = new Finding("RET-LATE", Severity.Info, "x", spans: [new TextSpan(0, 1)]);
        Assert.NotEqual(new Finding("RET-LATE", Severity.Info, "x"), withSpan);
    }

    [Fact]
    public void Text_spans_reject_negative_parts_and_slice_their_text()
    {
        var span = new TextSpan(2, 3);
        Assert.Equal(5, span.End);
        Assert.Equal("cde", span.Slice("abcdefg"));
        Assert.Equal(string.Empty, new TextSpan(0, 0).Slice(string.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(0, -1));
        Assert.Throws<ArgumentNullException>(() => span.Slice(null!));
    }

    [Fact]
    public void Citations_show_the_authority_alone_when_there_is_no_reference_and_need_an_absolute_url()
    {
        Assert.Equal("Amazon", new Citation("Amazon", null!).ToString());
        Assert.Equal("Amazon", new Citation("Amazon", string.Empty).ToString());
        Assert.Equal(string.Empty, new Citation("Amazon", null!).Reference);
        var url = new Uri("https://example.org/policy");
        Assert.Equal(url, new Citation("Amazon", "Policy", url).Url);
        var ex = Assert.Throws<ArgumentException>(() => new Citation("Amazon", "Policy", new Uri("policy", UriKind.Relative)));
        Assert.Equal("url", ex.ParamName);
        Assert.Throws<ArgumentException>(() => new Citation(" ", "Policy"));
    }

    [Fact]
    public void Rule_descriptors_check_their_parts_and_read_as_id_and_title()
    {
        var rule = new RuleDescriptor("CUSTOM-ONE", "custom", "A custom rule", Severity.Warning);
        Assert.Equal("CUSTOM-ONE: A custom rule", rule.ToString());
        Assert.False(rule.Citations.IsDefault);
        Assert.Empty(rule.Citations);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RuleDescriptor(default, "custom", "t", Severity.Info)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleDescriptor("CUSTOM-ONE", "custom", "t", (Severity)3));
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("CUSTOM-ONE", " ", "t", Severity.Info));
        Assert.Throws<ArgumentException>(() => new RuleDescriptor("CUSTOM-ONE", "custom", " ", Severity.Info));
    }

    [Fact]
    public void The_catalog_is_ordered_by_engine_then_id_and_looks_rules_up_by_id()
    {
        var catalog = RuleCatalog.Create(
        [
            new RuleDescriptor("Z-ONE", "alpha", "z", Severity.Info),
            new RuleDescriptor("B-TWO", "beta", "b", Severity.Info),
            new RuleDescriptor("A-ONE", "alpha", "a", Severity.Info),
        ]);
        Assert.Equal(["A-ONE", "Z-ONE", "B-TWO"], catalog.Rules.Select(r => r.Id.Value));
        Assert.Equal(3, catalog.Count);
        Assert.Equal("b", catalog["B-TWO"].Title);
        var missing = Assert.Throws<KeyNotFoundException>(() => catalog["C-THREE"]);
        Assert.Contains("'C-THREE'", missing.Message, StringComparison.Ordinal);
        Assert.True(catalog.TryGet("A-ONE", out var found));
        Assert.Equal("a", found.Title);
        Assert.False(catalog.TryGet("C-THREE", out _));
        Assert.Throws<ArgumentNullException>(() => RuleCatalog.Create(null!));
        Assert.Throws<ArgumentNullException>(() => catalog.With(null!));
    }

    [Fact]
    public void The_built_in_catalog_holds_every_engine_rule_once()
    {
        var ids = RuleCatalog.BuiltIn.Rules.Select(r => r.Id).ToImmutableArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Contains(RuleCatalog.BuiltIn.Rules, r => r.Id.Value.StartsWith("RET-", StringComparison.Ordinal));
        Assert.Contains(RuleCatalog.BuiltIn.Rules, r => r.Id.Value.StartsWith("REV-", StringComparison.Ordinal));
        Assert.All(RuleCatalog.BuiltIn.Rules, r => Assert.Same(r, RuleCatalog.BuiltIn[r.Id]));
    }
}
