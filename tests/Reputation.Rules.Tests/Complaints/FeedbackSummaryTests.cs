using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Reputation.Rules.Complaints;
using Xunit;
using static Reputation.Rules.Complaints.FeedbackCause;

namespace Reputation.Rules.Tests.Complaints;

/// <summary>Aggregation per SKU and period: negative counts, shares of negative reviews, change against the previous period, phrases, remedies.</summary>
public sealed class FeedbackSummaryTests
{
    private static readonly FeedbackAnalyzer Analyzer = new();

    private static FeedbackAnalysis Review(string id, string text, int stars, string sku, int day, int month = 3) =>
        Analyzer.Analyze(new CustomerReview(id, text) { Stars = stars, Sku = sku, At = Instant.FromUtc(2026, month, day, 8, 0) });

    private static readonly FeedbackAnalysis[] Week =
    [
        Review("1", "runs small", 2, "A", 10),
        Review("2", "runs small and the box was crushed, glass shattered", 1, "A", 10),
        Review("3", "too small", 3, "A", 11),
        Review("4", "love it", 5, "A", 11),
        Review("5", "stopped working after a week", 1, "B", 12),
        Review("6", "runs small", 4, "A", 12), // four stars: not negative, whatever the text
    ];

    [Fact]
    public void A_share_is_the_fraction_of_negative_reviews_that_carry_the_cause()
    {
        var summary = Assert.Single(Analyzer.Summarize(Week.Where(a => a.Review.Sku == "A"), FeedbackGrouping.Sku));
        Assert.Equal(("A", 5, 3), (summary.Sku, summary.Reviews, summary.Negative));
        var size = summary.Causes.Single(c => c.Cause == SizeFit);
        Assert.Equal(3, size.Count);
        Assert.Equal(1m, size.Share);
        var damaged = summary.Causes.Single(c => c.Cause == DamagedInTransit);
        Assert.Equal(1m / 3m, damaged.Share);
        Assert.Equal(SizeFit, summary.Causes[0].Cause); // largest share first
        Assert.Null(size.Change); // not grouped by period
        Assert.Equal(["runs small", "too small"], size.Phrases);
        Assert.Equal(["measurement-table", "fit-photos", "packaging", "fragile-spares"], summary.Remedies.Select(r => r.Id));
    }

    [Fact]
    public void By_period_the_change_is_against_the_previous_period_of_the_same_sku()
    {
        FeedbackAnalysis[] reviews =
        [
            Review("a", "runs small", 2, "A", 3),
            Review("b", "arrived late, took forever to arrive", 2, "A", 4),
            Review("c", "runs small", 2, "A", 10),
        ];
        var summaries = Analyzer.Summarize(reviews, FeedbackGrouping.Sku | FeedbackGrouping.Period);
        Assert.Equal(["2026-W10", "2026-W11"], summaries.Select(s => s.Period));
        var first = summaries[0];
        Assert.All(first.Causes, c => Assert.Null(c.Change)); // no earlier week in the data
        var second = summaries[1];
        Assert.Equal(0.5m, second.Causes.Single(c => c.Cause == SizeFit).Change);
        var delay = second.Causes.Single(c => c.Cause == ShippingDelay);
        Assert.Equal((0, 0m, -0.5m), (delay.Count, delay.Share, delay.Change));
        Assert.DoesNotContain(second.Remedies, r => r.Cause == ShippingDelay); // remedies only for causes present
    }

    [Fact]
    public void Reviews_without_sku_or_date_form_their_own_group_with_null_keys()
    {
        FeedbackAnalysis[] reviews = [Analyzer.Analyze(new CustomerReview("x", "too small") { Stars = 1 })];
        var summary = Assert.Single(Analyzer.Summarize(reviews, FeedbackGrouping.Sku | FeedbackGrouping.Period));
        Assert.Null(summary.Sku);
        Assert.Null(summary.Period);
        Assert.Equal(1, summary.Negative);
    }

    [Fact]
    public void Without_grouping_there_is_one_summary_and_months_group_by_calendar_month()
    {
        Assert.Single(Analyzer.Summarize(Week, FeedbackGrouping.None));
        var monthly = new FeedbackAnalyzer(new FeedbackOptions { Period = FeedbackPeriod.Month });
        FeedbackAnalysis[] reviews = [Review("m1", "too small", 1, "A", 31, 3), Review("m2", "too small", 1, "A", 1, 4)];
        Assert.Equal(["2026-03", "2026-04"], monthly.Summarize(reviews, FeedbackGrouping.Period).Select(s => s.Period));
    }

    [Fact]
    public void Counts_add_up_over_any_split_of_the_input()
    {
        // The law behind distributed use: summarising two halves and adding the counts equals summarising the whole.
        var whole = Analyzer.Summarize(Week, FeedbackGrouping.Sku).ToDictionary(s => s.Sku!);
        for (var cut = 0; cut <= Week.Length; cut++)
        {
            var left = Analyzer.Summarize(Week.Take(cut), FeedbackGrouping.Sku).ToDictionary(s => s.Sku!);
            var right = Analyzer.Summarize(Week.Skip(cut), FeedbackGrouping.Sku).ToDictionary(s => s.Sku!);
            foreach (var (sku, summary) in whole)
            {
                int Part(Dictionary<string, FeedbackSummary> d, Func<FeedbackSummary, int> f) => d.TryGetValue(sku, out var s) ? f(s) : 0;
                Assert.Equal(summary.Reviews, Part(left, s => s.Reviews) + Part(right, s => s.Reviews));
                Assert.Equal(summary.Negative, Part(left, s => s.Negative) + Part(right, s => s.Negative));
                foreach (var share in summary.Causes)
                {
                    int CountOf(Dictionary<string, FeedbackSummary> d) => d.TryGetValue(sku, out var s) ? s.Causes.Where(c => c.Cause == share.Cause).Sum(c => c.Count) : 0;
                    Assert.Equal(share.Count, CountOf(left) + CountOf(right));
                }
            }
        }
    }

    [Fact]
    public void Summaries_are_ordered_by_sku_then_period_whatever_the_input_order()
    {
        var forward = Analyzer.Summarize(Week, FeedbackGrouping.Sku | FeedbackGrouping.Period);
        var backward = Analyzer.Summarize(Week.Reverse(), FeedbackGrouping.Sku | FeedbackGrouping.Period);
        Assert.Equal(forward.Select(s => (s.Sku, s.Period, s.Negative)), backward.Select(s => (s.Sku, s.Period, s.Negative)));
        Assert.Equal(["A", "B"], forward.Select(s => s.Sku).Distinct());
    }
}
