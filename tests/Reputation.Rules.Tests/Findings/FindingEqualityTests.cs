using System;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Findings;

/// <summary><see cref="Finding"/> compares by value: equal parts give equal findings and hash codes; any differing part does not.</summary>
public sealed class FindingEqualityTests : IDisposable
{
    // Counts the cases that met each conditional property's premise; checked after the property's run (see PremiseTally).
    private readonly PremiseTally _premises = new();

    private static Finding Make(string rule = "RET-LATE", Severity severity = Severity.Violation, string message = "Late.", string? citation = "Art. 13",
        string evidence = "2026-03-30", int spanStart = 0) =>
        new(new RuleId(rule), severity, message, citation is null ? null : new Citation("EU Directive 2011/83/EU", citation),
            ImmutableArray.Create(new EvidenceItem("dueBy", evidence)), ImmutableArray.Create(new TextSpan(spanStart, spanStart + 3)));

    [Fact]
    public void Equal_parts_make_equal_findings()
    {
        Assert.Equal(Make(), Make());
        Assert.True(Make() == Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.False(Make() != Make());
        Assert.False(Make().Equals(null));
        Assert.True((Finding?)null == null);
    }

    [Fact]
    public void Any_differing_part_makes_them_differ()
    {
        Assert.NotEqual(Make(), Make(rule: "RET-REFUSED"));
        Assert.NotEqual(Make(), Make(severity: Severity.Warning));
        Assert.NotEqual(Make(), Make(message: "Late!"));
        Assert.NotEqual(Make(), Make(citation: null));
        Assert.NotEqual(Make(), Make(evidence: "2026-03-31"));
        Assert.NotEqual(Make(), Make(spanStart: 1));
    }

    [Property(MaxTest = 300)]
    public Property Equality_follows_the_parts_for_random_findings() =>
        Prop.ForAll(
            Gen.Elements("a", "b").Two().Zip(Gen.Choose(0, 2).Two()).ToArbitrary(),
            c =>
            {
                var ((m1, m2), (s1, s2)) = c;
                var equalParts = m1 == m2 && s1 == s2;
                var f1 = Make(message: m1, spanStart: s1);
                var f2 = Make(message: m2, spanStart: s2);
                return _premises.Cover("the parts are equal", equalParts, atLeast: 25, (f1 == f2) == equalParts && (!equalParts || f1.GetHashCode() == f2.GetHashCode()));
            });

    public void Dispose() => _premises.Verify();
}
