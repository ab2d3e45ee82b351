using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Benchmarks;
using Reputation.Rules.Scoring;
using Reputation.Rules.Testing;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

/// <summary>
/// Laws over random histories: agreement with the straightforward LINQ implementation, order independence, the
/// tally's merge law over random partitions, adding a positive never lowers a score, removed feedback never counts.
/// </summary>
public sealed class ScoringPropertyTests : IDisposable
{
    // Counts the cases that met each conditional property's premise; checked after the property's run (see PremiseTally).
    private readonly PremiseTally _premises = new();

    private static readonly Instant AsOf = At("2026-06-30T23:59:59Z");

    // Anchors put ratings near the rules' edges: LA DST changes, Shanghai month ends, the 6- and 12-month windows.
    private static readonly Instant[] Anchors =
    [
        At("2025-06-15T00:00:00Z"),
        At("2025-06-28T00:00:00Z"),
        At("2025-10-30T00:00:00Z"),
        At("2025-12-25T00:00:00Z"),
        At("2026-03-05T00:00:00Z"),
        At("2026-04-25T00:00:00Z"),
        At("2026-06-25T00:00:00Z"),
    ];

    private static readonly DetailedRatings?[] Dsrs = [null, null, new(5, 4, 4), new(3, null, 2), new(null, 1, null)];

    internal static Gen<Feedback> FeedbackGen(Gen<string> raters) =>
        from ratee in Gen.Elements("S1", "S2", "S3")
        from rater in raters
        from stars in Gen.Choose(1, 5)
        from anchor in Gen.Elements(Anchors)
        from hours in Gen.Choose(0, 24 * 24)
        from minutes in Gen.Elements(0, 0, 0, 30, 59)
        from order in Gen.Elements<string?>(null, null, "O1", "O2", "O3", "O4", "O5", "O6")
        from item in Gen.Elements<string?>(null, "A", "A", "B", "C")
        from flags in Gen.Choose(0, 19)
        from dsr in Gen.Elements(Dsrs)
        select new Feedback(
            ratee, rater, stars, anchor + Duration.FromHours(hours) + Duration.FromMinutes(minutes), order, item,
            isAuto: flags == 0, isRemoved: flags == 1, detailedRatings: dsr);

    private static readonly Gen<string> Raters = Gen.Elements("B1", "B2", "B3", "B4", "B5", "B6");

    internal static Gen<Feedback[]> HistoryGen =>
        from length in Gen.Choose(0, 60)
        from items in Gen.ArrayOf(FeedbackGen(Raters), length)
        select items;

    private static Arbitrary<Feedback[]> Histories() => HistoryGen.ToArbitrary();

    [Property(MaxTest = 150)]
    public Property Every_scheme_agrees_with_the_straightforward_linq_implementation() =>
        Prop.ForAll(Histories(), history =>
        {
            foreach (var scheme in ScoringSchemes.All)
            {
                var reports = Calculator.CalculateAll(history, scheme, AsOf);
                var expected = LinqScoring.Score(scheme, history, AsOf);
                var compared = reports.Where(r => r.Counts.Total > 0 || expected.Any(e => e.Ratee == r.Ratee)).ToList();
                Assert.Equal(expected.Select(e => e.Ratee), compared.Select(r => r.Ratee));
                foreach (var (report, linq) in compared.Zip(expected))
                {
                    var what = $"{scheme} {report.Ratee}";
                    Assert.True(linq.Score == report.Score, $"{what}: score {Number(report.Score)}, LINQ {Number(linq.Score)}");
                    Assert.True(linq.Percent == report.PositivePercent, $"{what}: percent {Number(report.PositivePercent)}, LINQ {Number(linq.Percent)}");
                    Assert.Equal(linq.Window, report.Window.Name);
                    Assert.Equal(new FeedbackCounts(linq.Positive, linq.Neutral, linq.Negative), report.Counts);
                    if (scheme == ScoringScheme.Composite)
                    {
                        Assert.Equal(linq.Stars, report.Composite!.Stars);
                    }

                    if (scheme == ScoringScheme.Taobao)
                    {
                        Assert.Equal(linq.Description, report.DetailedRatings!.Description);
                        Assert.Equal(linq.Service, report.DetailedRatings!.Service);
                        Assert.Equal(linq.Shipping, report.DetailedRatings!.Shipping);
                    }
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property Reports_do_not_depend_on_input_order() =>
        Prop.ForAll(
            (from history in HistoryGen from shuffled in Gen.Shuffle(history) select (history, shuffled)).ToArbitrary(),
            c => ScoringSchemes.All.All(scheme =>
                Calculator.CalculateAll(c.history, scheme, AsOf).SequenceEqual(Calculator.CalculateAll(c.shuffled, scheme, AsOf))));

    [Property(MaxTest = 200)]
    public Property Merging_tallies_of_a_partition_by_rater_equals_the_tally_of_the_whole() =>
        Prop.ForAll(
            (from history in HistoryGen
             from parts in Gen.Choose(1, 4)
             from assignment in Gen.ArrayOf(Gen.Choose(0, 3), 6)
             from mergeOrder in Gen.Shuffle(Enumerable.Range(0, 4))
             select (history, parts, assignment, mergeOrder)).ToArbitrary(),
            c =>
            {
                var whole = FeedbackTally.From(c.history, AsOf);
                var partitions = Enumerable.Range(0, 4)
                    .Select(p => FeedbackTally.From(c.history.Where(f => c.assignment[f.Rater[1] - '1'] % c.parts == p), AsOf))
                    .ToArray();
                var merged = c.mergeOrder.Aggregate(FeedbackTally.Empty(AsOf), (acc, p) => acc.Merge(partitions[p]));
                Assert.Equal(whole, merged);
                foreach (var scheme in ScoringSchemes.All)
                {
                    var direct = Calculator.CalculateAll(c.history, scheme, AsOf);
                    Assert.Equal(direct, Calculator.CalculateAll(merged, scheme));
                }

                return true;
            });

    [Property(MaxTest = 150)]
    public Property Tallies_form_a_commutative_monoid_for_any_partition() =>
        Prop.ForAll(
            (from a in HistoryGen from b in HistoryGen from c in HistoryGen select (a, b, c)).ToArbitrary(),
            h =>
            {
                var (a, b, c) = (FeedbackTally.From(h.a, AsOf), FeedbackTally.From(h.b, AsOf), FeedbackTally.From(h.c, AsOf));
                var empty = FeedbackTally.Empty(AsOf);
                return a.Merge(empty).Equals(a)
                    && empty.Merge(a).Equals(a)
                    && a.Merge(b).Equals(b.Merge(a))
                    && a.Merge(b).Merge(c).Equals(a.Merge(b.Merge(c)))
                    && a.Merge(b).Equals(FeedbackTally.From(h.a.Concat(h.b), AsOf))
                    && a.AddRange(h.b).Equals(a.Merge(b))
                    && h.b.Aggregate(a, (t, f) => t.Add(f)).Equals(a.Merge(b));
            });

    // "Adding a positive never lowers any scheme's score" holds for a positive given after every other rating (ratings
    // are processed in time order, so the newest one cannot change how earlier ones counted). Inserted earlier, it
    // can: see ScoringMonotonicityTests for the pinned counterexamples (Taobao, AliExpress, Amazon, composite).
    [Property(MaxTest = 200)]
    public Property A_newest_positive_never_lowers_a_points_score() =>
        Prop.ForAll(
            (from history in HistoryGen
             from rater in Gen.Elements("B1", "B2", "B3", "B4", "B5", "B6", "NEW")
             from stars in Gen.Choose(4, 5)
             from item in Gen.Elements<string?>(null, "A", "B")
             select (history, positive: new Feedback("S1", rater, stars, AsOf, "P-" + Guid.NewGuid().ToString("N"), item))).ToArbitrary(),
            c => new[] { ScoringScheme.Taobao, ScoringScheme.Ebay, ScoringScheme.EbayClassic, ScoringScheme.AliExpress }
                     .All(scheme => NotLower(scheme, c.history, c.positive))
                 && AmazonWindowPercentagesNeverDrop(c.history, c.positive));

    [Property(MaxTest = 200)]
    public Property A_five_star_rating_from_a_new_rater_never_lowers_the_composite() =>
        Prop.ForAll(
            (from history in HistoryGen
             from added in FeedbackGen(Gen.Constant("NEW"))
             select (history, positive: new Feedback("S1", "NEW", 5, added.At))).ToArbitrary(),
            c => NotLower(ScoringScheme.Composite, c.history, c.positive));

    [Property(MaxTest = 300)]
    public Property A_positive_at_any_time_never_lowers_the_ebay_scores() =>
        Prop.ForAll(
            (from history in HistoryGen
             from added in FeedbackGen(Gen.Elements("B1", "B2", "B3", "NEW"))
             from stars in Gen.Choose(4, 5)
             select (history, positive: new Feedback(added.Ratee, added.Rater, stars, added.At, "P-" + Guid.NewGuid().ToString("N"), added.ItemId))).ToArbitrary(),
            c => NotLower(ScoringScheme.Ebay, c.history, c.positive) && NotLower(ScoringScheme.EbayClassic, c.history, c.positive));

    /// <summary>Dense Taobao histories: two raters, four items, ~70 days over a Shanghai month end, so caps and the 14-day rule interact.</summary>
    private static Gen<Feedback> DenseTaobao =>
        from rater in Gen.Elements("B1", "B2")
        from stars in Gen.Elements(1, 3, 4, 5, 5, 5)
        from hours in Gen.Choose(0, 70 * 24)
        from item in Gen.Elements<string?>("A", "B", "C", "D", null)
        from auto in Gen.Elements(false, false, false, true)
        select new Feedback("S1", rater, stars, At("2026-01-01T00:00:00Z") + Duration.FromHours(hours), itemId: item, isAuto: auto);

    [Property(MaxTest = 400)]
    public Property Dense_taobao_histories_agree_with_linq_and_a_newest_positive_never_lowers_the_score() =>
        Prop.ForAll(
            (from length in Gen.Choose(0, 45)
             from history in Gen.ArrayOf(DenseTaobao, length)
             from rater in Gen.Elements("B1", "B2")
             from item in Gen.Elements<string?>("A", "B", null)
             select (history, positive: new Feedback("S1", rater, 5, At("2026-03-13T00:00:00Z"), itemId: item))).ToArbitrary(),
            c =>
            {
                var report = Calculator.Calculate(c.history, "S1", ScoringScheme.Taobao, AsOf);
                var linq = LinqScoring.Taobao(c.history, AsOf).SingleOrDefault();
                Assert.Equal(linq?.Score ?? 0, report.Score);
                Assert.Equal(report.Score, report.Counts.Positive - report.Counts.Negative);
                Assert.Equal(c.history.Length, report.Counts.Total + report.Excluded.SameItemRule + report.Excluded.MonthlyCap);
                return NotLower(ScoringScheme.Taobao, c.history, c.positive);
            });

    [Property(MaxTest = 300)]
    public Property Removed_feedback_never_counts() =>
        Prop.ForAll(
            (from history in HistoryGen
             from removed in Gen.ArrayOf(FeedbackGen(Raters), 5)
             select (history, removed: removed.Select(f => new Feedback(f.Ratee, f.Rater, f.Stars, f.At, "R-" + Guid.NewGuid().ToString("N"), f.ItemId, f.IsAuto, isRemoved: true, f.DetailedRatings)).ToArray())).ToArbitrary(),
            c => ScoringSchemes.All.All(scheme =>
            {
                var without = Calculator.Calculate(c.history, "S1", scheme, AsOf);
                var with = Calculator.Calculate(c.history.Concat(c.removed).ToArray(), "S1", scheme, AsOf);
                var removedHere = c.removed.Count(f => f.Ratee == "S1" && f.At <= AsOf);
                var laterHere = c.removed.Count(f => f.Ratee == "S1" && f.At > AsOf);
                return with.Score == without.Score
                    && with.PositivePercent == without.PositivePercent
                    && with.Level == without.Level
                    && with.NextLevel == without.NextLevel
                    && with.Window == without.Window
                    && with.Counts == without.Counts
                    && with.DetailedRatings == without.DetailedRatings
                    && with.Composite == without.Composite
                    && with.Excluded == without.Excluded with { Removed = without.Excluded.Removed + removedHere, AfterAsOf = without.Excluded.AfterAsOf + laterHere };
            }));

    [Property(MaxTest = 300)]
    public Property Removing_the_latest_record_of_an_order_removes_the_whole_order() =>
        Prop.ForAll(Histories(), history =>
        {
            var withOrders = history.Where(f => f.OrderId is not null && f.At <= AsOf).ToArray();
            return _premises.When("the history has a record with an order", withOrders.Length > 0, atLeast: 200, () =>
            {
                var target = withOrders[0];
                var removal = new Feedback(target.Ratee, target.Rater, 5, AsOf, target.OrderId, isRemoved: true);
                var sameOrder = (Feedback f) => f.Ratee == target.Ratee && f.Rater == target.Rater && f.OrderId == target.OrderId;
                var dropped = history.Where(f => !sameOrder(f)).ToArray();
                return ScoringSchemes.All.All(scheme =>
                {
                    var a = Calculator.Calculate([.. history, removal], target.Ratee, scheme, AsOf);
                    var b = Calculator.Calculate(dropped, target.Ratee, scheme, AsOf);
                    return a.Score == b.Score && a.PositivePercent == b.PositivePercent && a.Counts == b.Counts;
                });
            });
        });

    private static bool NotLower(ScoringScheme scheme, Feedback[] history, Feedback positive)
    {
        var before = Calculator.Calculate(history, positive.Ratee, scheme, AsOf);
        var after = Calculator.Calculate([.. history, positive], positive.Ratee, scheme, AsOf);
        Assert.True(after.Score >= before.Score, $"{scheme}: {Number(before.Score)} → {Number(after.Score)} after adding {positive}");
        return true;
    }

    private static bool AmazonWindowPercentagesNeverDrop(Feedback[] history, Feedback positive)
    {
        // The percentage shown can fall when the 11th recent rating switches the display from lifetime to 365 days
        // (see docs/scoring.md); within each window it never falls.
        foreach (var minimum in new[] { 0, int.MaxValue })
        {
            var calculator = new CreditScoreCalculator(new ScoringOptions { Amazon = { WindowMinimumRatings = minimum } });
            var before = calculator.Calculate(history, positive.Ratee, ScoringScheme.Amazon, AsOf);
            var after = calculator.Calculate([.. history, positive], positive.Ratee, ScoringScheme.Amazon, AsOf);
            Assert.True(before.Score is null || after.Score >= before.Score, $"amazon ({minimum}): {Number(before.Score)} → {Number(after.Score)}");
        }

        return true;
    }

    public void Dispose() => _premises.Verify();
}
