using System.Linq;
using Reputation.Rules.Scoring;
using Reputation.Rules.Scoring.Internal;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

public sealed class AliExpressAndAmazonTests
{
    private const string AsOf = "2026-06-30T23:59:59Z";

    [Fact]
    public void AliExpress_windows_are_anchored_ten_days_from_the_first_rating_not_yet_in_a_window()
    {
        var report = Report(ScoringScheme.AliExpress, AsOf,
            F("B1", 1, "2026-03-01T00:00:00Z"), // anchors [Mar 1, Mar 11): the earliest (negative) represents it
            F("B1", 5, "2026-03-10T23:59:59Z"), // inside
            F("B1", 5, "2026-03-11T00:00:00Z"), // exactly 10 days: anchors a new window
            F("B1", 5, "2026-03-20T00:00:00Z"), // inside the second window (it would start a new one if windows slid)
            F("B2", 5, "2026-03-01T00:00:00Z")); // other rater
        Assert.Equal(1m, report.Score);
        Assert.Equal(new FeedbackCounts(2, 0, 1), report.Counts);
        Assert.Equal(2, report.Excluded.RepeatWithinWindow);
        Assert.Equal(66.7m, report.PositivePercent);
    }

    [Fact]
    public void AliExpress_net_sign_representative_is_an_option()
    {
        var calculator = new CreditScoreCalculator(new ScoringOptions { AliExpress = { Representative = AliExpressRepresentative.NetSign } });
        var history = new[] { F("B1", 1, "2026-03-01"), F("B1", 5, "2026-03-02"), F("B1", 5, "2026-03-03") };
        Assert.Equal(1m, calculator.Calculate(history, "S1", ScoringScheme.AliExpress, At(AsOf)).Score);
        Assert.Equal(-1m, Report(ScoringScheme.AliExpress, AsOf, history).Score);
    }

    [Fact]
    public void AliExpress_percentage_covers_representatives_after_as_of_minus_6_calendar_months()
    {
        var report = Report(ScoringScheme.AliExpress, AsOf,
            F("B1", 1, "2025-12-30T23:59:59Z"), // exactly six months before: outside
            F("B2", 5, "2025-12-31T00:00:00Z"),
            F("B3", 3, "2026-03-01")); // neutral: not in the denominator
        Assert.Equal(0m, report.Score);
        Assert.Equal(100.0m, report.PositivePercent);
        Assert.Equal(1, report.Excluded.OutsideWindow);
        Assert.Equal("6m", report.Window.Name);
    }

    [Theory]
    [InlineData(2, "none", "medal", 1)]
    [InlineData(3, "medal", "diamond", 497)]
    [InlineData(499, "medal", "diamond", 1)]
    [InlineData(500, "diamond", "crown", 19_500)]
    [InlineData(19_999, "diamond", "crown", 1)]
    public void AliExpress_band_boundaries(long score, string band, string next, long needed)
    {
        Assert.Equal(band, LevelTables.AliExpress.LevelOf(score).Name);
        Assert.Equal(next, LevelTables.AliExpress.NextOf(score)!.Name);
        Assert.Equal(needed, LevelTables.AliExpress.NextOf(score)!.PositivesNeeded);
    }

    [Fact]
    public void AliExpress_crown_is_the_top()
    {
        Assert.Equal("crown", LevelTables.AliExpress.LevelOf(20_000).Name);
        Assert.Null(LevelTables.AliExpress.NextOf(20_000));
    }

    [Fact]
    public void Amazon_shows_365_days_only_with_more_than_ten_ratings_in_it()
    {
        var old = Enumerable.Range(0, 5).Select(i => F("O" + i, 1, "2024-01-01", order: "X" + i)).ToArray();
        var ten = Enumerable.Range(0, 10).Select(i => F("B" + i, 5, "2026-03-01", order: "A" + i)).ToArray();
        var lifetime = Report(ScoringScheme.Amazon, AsOf, [.. old, .. ten]);
        Assert.Equal("lifetime", lifetime.Window.Name);
        Assert.Equal(67m, lifetime.PositivePercent); // 10 / 15 = 66.67
        Assert.Equal(0, lifetime.Excluded.OutsideWindow);

        var eleven = Report(ScoringScheme.Amazon, AsOf, [.. old, .. ten, F("B10", 3, "2026-03-01", order: "A10")]);
        Assert.Equal("365d", eleven.Window.Name);
        Assert.Equal(91m, eleven.PositivePercent); // 10 / 11, the neutral in the denominator
        Assert.Equal(5, eleven.Excluded.OutsideWindow);
        Assert.Equal(eleven.PositivePercent, eleven.Score);
        Assert.Null(eleven.Level);
        Assert.Null(eleven.NextLevel);
    }

    [Fact]
    public void Amazon_365_day_window_is_strictly_after_as_of_minus_365_days()
    {
        var recent = Enumerable.Range(0, 11).Select(i => F("B" + i, 5, "2026-03-01", order: "A" + i)).ToArray();
        var edge = F("E", 1, "2025-06-30T23:59:59Z", order: "E1"); // exactly 365 days before as-of
        Assert.Equal(100m, Report(ScoringScheme.Amazon, AsOf, [.. recent, edge]).PositivePercent);
        var inside = F("E", 1, "2025-07-01T00:00:00Z", order: "E1");
        Assert.Equal(92m, Report(ScoringScheme.Amazon, AsOf, [.. recent, inside]).PositivePercent); // 11 / 12
    }

    [Fact]
    public void Amazon_rounds_to_whole_percent_half_away_from_zero()
    {
        // Amazon's own example: 1,001 positive, 15 neutral, 4 negative → 98 %.
        var example = Enumerable.Range(0, 1_001).Select(i => F("P" + i, 5, "2024-03-01", order: "P" + i))
            .Concat(Enumerable.Range(0, 15).Select(i => F("U" + i, 3, "2024-03-01", order: "U" + i)))
            .Concat(Enumerable.Range(0, 4).Select(i => F("N" + i, 1, "2024-03-01", order: "N" + i)));
        Assert.Equal(98m, Report(ScoringScheme.Amazon, AsOf, example).PositivePercent);

        // 1 of 8 = 12.5 → 13; 5 of 8 = 62.5 → 63.
        Assert.Equal(13m, Eight(1).PositivePercent);
        Assert.Equal(63m, Eight(5).PositivePercent);
        Assert.Null(Report(ScoringScheme.Amazon, AsOf).PositivePercent);

        static CreditReport Eight(int positives) => Report(ScoringScheme.Amazon, AsOf,
            Enumerable.Range(0, 8).Select(i => F("B" + i, i < positives ? 4 : 2, "2026-03-01", order: "O" + i)));
    }

    [Fact]
    public void Amazon_counts_one_feedback_per_order_and_ignores_auto_ratings()
    {
        var report = Report(ScoringScheme.Amazon, AsOf,
            F("B1", 1, "2026-03-01", order: "O1"),
            F("B1", 5, "2026-03-05", order: "O1"), // revision: replaces the negative
            F("B1", 5, "2026-03-06", order: "O2"),
            F("B2", 5, "2026-03-06", auto: true));
        Assert.Equal(new FeedbackCounts(2, 0, 0), report.Counts);
        Assert.Equal(1, report.Excluded.Revised);
        Assert.Equal(1, report.Excluded.AutoIgnored);
    }
}
