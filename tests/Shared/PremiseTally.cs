using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Reputation.Rules.Testing;

/// <summary>
/// Makes a conditional property report how many of its cases met the premise, and fail when fewer than a stated
/// minimum did (a property whose premise is rarely met passes without testing much).
/// <para>
/// The pattern, the same in every test project: the test class owns one tally and checks it when xunit disposes the
/// class, which happens after FsCheck has run all the cases of the one <c>[Property]</c> that instance ran (xunit
/// makes an instance per test, FsCheck.Xunit.v3 runs the property on it, and an exception from <c>Dispose</c> fails
/// that test):
/// <code>
/// public sealed class SomePropertyTests : IDisposable
/// {
///     private readonly PremiseTally _premises = new();
///     public void Dispose() => _premises.Verify();
///
///     [Property(MaxTest = 300)]
///     public Property Law() => Prop.ForAll(Cases(), c =>
///         _premises.When("the case has a refund", c.Refunds.Length > 0, atLeast: 150, () => …));
/// }
/// </code>
/// Each premise is also an FsCheck classification, so FsCheck's own summary ("Ok, passed 300 tests. 79% …", shown by
/// runners that display FsCheck.Xunit.v3's output; VSTest keeps only the xunit output that Verify writes) shows its share.
/// </para>
/// </summary>
internal sealed class PremiseTally
{
    private readonly ConcurrentDictionary<string, Count> _counts = new(StringComparer.Ordinal);

    /// <summary>
    /// A conditional law: checked only when <paramref name="met"/> is true (the case passes trivially otherwise, as
    /// the early <c>return true</c> it replaces did), counted under <paramref name="premise"/>.
    /// </summary>
    public Property When(string premise, bool met, int atLeast, Func<bool> law)
    {
        ArgumentNullException.ThrowIfNull(law);
        Tally(premise, met, atLeast);
        return (!met || law()).Classify(met, premise);
    }

    /// <summary>
    /// A law checked in every case, with a feature of the case counted under <paramref name="feature"/>: the
    /// generator must reach that feature in at least <paramref name="atLeast"/> cases for the run to count.
    /// </summary>
    public Property Cover(string feature, bool met, int atLeast, bool holds)
    {
        Tally(feature, met, atLeast);
        return holds.Classify(met, feature);
    }

    /// <summary>Writes each premise's count to the test output and fails if one was met in fewer cases than its minimum.</summary>
    public void Verify()
    {
        var output = TestContext.Current.TestOutputHelper;
        var shortfalls = _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Where(c =>
        {
            output?.WriteLine($"premise '{c.Key}': met in {c.Value.Met} of {c.Value.Cases} cases (at least {c.Value.AtLeast} required)");
            return c.Value.Met < c.Value.AtLeast;
        }).Select(c => $"'{c.Key}' was met in only {c.Value.Met} of {c.Value.Cases} cases (at least {c.Value.AtLeast} required)").ToList();
        Assert.True(shortfalls.Count == 0, "A conditional property tested too few cases: " + string.Join("; ", shortfalls));
    }

    private void Tally(string premise, bool met, int atLeast)
    {
        var count = _counts.GetOrAdd(premise, _ => new Count(atLeast));
        Interlocked.Increment(ref count.Cases);
        if (met)
        {
            Interlocked.Increment(ref count.Met);
        }
    }

    private sealed class Count(int atLeast)
    {
        public int Cases;
        public int Met;

        public int AtLeast { get; } = atLeast;
    }
}
