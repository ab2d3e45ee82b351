using System;
using System.Collections.Generic;
using System.Linq;
using Reputation.Rules.Scoring;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

public sealed class RevisionsAndTallyTests
{
    private const string AsOf = "2026-06-30T23:59:59Z";

    [Fact]
    public void The_latest_record_of_an_order_replaces_earlier_ones_whatever_the_input_order()
    {
        var history = new[] { F("B1", 5, "2026-03-05", order: "O1"), F("B1", 1, "2026-03-01", order: "O1") };
        var report = Report(ScoringScheme.Ebay, AsOf, history);
        Assert.Equal(1m, report.Score);
        Assert.Equal(1, report.Excluded.Revised);
        Assert.Equal(report, Report(ScoringScheme.Ebay, AsOf, history.Reverse()));
    }

    [Fact]
    public void Records_without_an_order_never_replace_each_other()
    {
        var report = Report(ScoringScheme.Amazon, AsOf, F("B1", 5, "2026-03-01"), F("B1", 1, "2026-03-05"));
        Assert.Equal(new FeedbackCounts(1, 0, 1), report.Counts);
        Assert.Equal(0, report.Excluded.Revised);
    }

    [Fact]
    public void The_same_order_id_from_another_rater_or_ratee_is_another_order()
    {
        var report = Report(ScoringScheme.Amazon, AsOf, F("B1", 5, "2026-03-01", order: "O1"), F("B2", 1, "2026-03-05", order: "O1"), F("B1", 1, "2026-03-05", order: "O1", ratee: "S2"));
        Assert.Equal(new FeedbackCounts(1, 0, 1), report.Counts);
    }

    [Fact]
    public void A_removed_latest_record_removes_the_order()
    {
        var report = Report(ScoringScheme.Taobao, AsOf, F("B1", 1, "2026-03-01", order: "O1", dsr: new DetailedRatings(1, 1, 1)), F("B1", 1, "2026-03-20", order: "O1", removed: true));
        Assert.Equal(0m, report.Score);
        Assert.Null(report.PositivePercent);
        Assert.Equal(0, report.DetailedRatings!.Ratings);
        Assert.Equal(1, report.Excluded.Removed);
        Assert.Equal(1, report.Excluded.Revised);
    }

    [Fact]
    public void A_record_after_as_of_neither_counts_nor_replaces_the_version_as_of_then()
    {
        var history = new[] { F("B1", 5, "2026-03-01", order: "O1"), F("B1", 1, "2026-07-15", order: "O1") };
        var report = Report(ScoringScheme.Ebay, AsOf, history);
        Assert.Equal(1m, report.Score);
        Assert.Equal(1, report.Excluded.AfterAsOf);
        Assert.Equal(0, report.Excluded.Revised);
        Assert.Equal(-1m, Report(ScoringScheme.Ebay, "2026-07-31", history).Score);
    }

    [Fact]
    public void At_an_exact_tie_the_removal_and_then_the_more_critical_rating_wins()
    {
        Assert.Equal(0m, Report(ScoringScheme.Ebay, AsOf, F("B1", 5, "2026-03-01", order: "O1", removed: true), F("B1", 5, "2026-03-01", order: "O1")).Score);
        Assert.Equal(-1m, Report(ScoringScheme.Ebay, AsOf, F("B1", 5, "2026-03-01", order: "O1"), F("B1", 1, "2026-03-01", order: "O1")).Score);
    }

    [Fact]
    public void Tally_reports_equal_the_direct_reports()
    {
        var (history, asOf, _) = DevExampleTests.Load();
        var tally = FeedbackTally.From(history, asOf);
        Assert.Equal(["S1"], tally.Ratees);
        Assert.Equal(5, tally.PairCount);
        Assert.Equal(6, tally.RecordCount);
        foreach (var scheme in ScoringSchemes.All)
        {
            Assert.Equal(Calculator.CalculateAll(history, scheme, asOf), Calculator.CalculateAll(tally, scheme));
            Assert.Equal(Calculator.Calculate(history, "S1", scheme, asOf), Calculator.Calculate(tally, "S1", scheme));
            Assert.Equal(Calculator.Calculate(history, "nobody", scheme, asOf), Calculator.Calculate(tally, "nobody", scheme));
        }
    }

    [Fact]
    public void Builder_memory_grows_with_orders_not_with_revision_lines()
    {
        var builder = FeedbackTally.CreateBuilder(At(AsOf));
        for (var i = 0; i < 1_000; i++)
        {
            builder.Add(F("B1", 1 + (i % 5), "2026-03-01", order: "O" + (i % 20)));
        }

        var tally = builder.ToTally();
        Assert.Equal(1, builder.PairCount);
        Assert.Equal(20, tally.RecordCount);
        Assert.Equal(980, Calculator.Calculate(tally, "S1", ScoringScheme.Amazon).Excluded.Revised);
    }

    [Fact]
    public void Tallies_as_of_different_instants_do_not_merge()
    {
        var ex = Assert.Throws<ArgumentException>(() => FeedbackTally.Empty(At("2026-01-01")).Merge(FeedbackTally.Empty(At("2026-01-02"))));
        Assert.StartsWith("other: tallies as of different instants", ex.Message);
        Assert.Throws<ArgumentNullException>(() => FeedbackTally.Empty(At(AsOf)).Add(null!));
        Assert.Contains("history[0]", Assert.Throws<ArgumentException>(() => FeedbackTally.From(new Feedback[] { null! }, At(AsOf))).Message);
    }

    [Fact]
    public void Tally_equality_is_by_content()
    {
        var a = FeedbackTally.Empty(At(AsOf)).Add(F("B1", 5, "2026-03-01"));
        var b = FeedbackTally.From([F("B1", 5, "2026-03-01")], At(AsOf));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.Add(F("B1", 5, "2026-03-01")));
        Assert.NotEqual(a, FeedbackTally.From([F("B1", 4, "2026-03-01")], At(AsOf)));
        Assert.True(FeedbackTally.Empty(At(AsOf)).IsEmpty);
        Assert.Contains("1 ratees, 1 pairs, 1 records", a.ToString());
    }

    [Fact]
    public void Lazy_sequences_are_scored_like_arrays()
    {
        var (history, asOf, _) = DevExampleTests.Load();
        IEnumerable<Feedback> lazy = history.Select(f => f);
        Assert.Equal(Calculator.CalculateAll(history.ToArray(), ScoringScheme.Taobao, asOf), Calculator.CalculateAll(lazy, ScoringScheme.Taobao, asOf));
    }
}
