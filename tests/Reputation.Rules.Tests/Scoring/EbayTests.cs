using System.Linq;
using Reputation.Rules.Scoring;
using Reputation.Rules.Scoring.Internal;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

public sealed class EbayTests
{
    private const string AsOf = "2026-06-30T23:59:59Z";

    [Fact]
    public void A_rater_moves_the_score_by_at_most_one_per_week_by_the_net_sign()
    {
        var report = Report(ScoringScheme.Ebay, AsOf,
            F("B1", 5, "2026-03-02"), F("B1", 5, "2026-03-03"), F("B1", 1, "2026-03-04"), // +1 net → +1
            F("B2", 5, "2026-03-02"), F("B2", 2, "2026-03-05"), // tie → 0
            F("B3", 1, "2026-03-02"), F("B3", 1, "2026-03-06"), // −1
            F("B4", 3, "2026-03-02"), // neutral → 0
            F("B1", 5, "2026-03-09")); // B1's next week → +1
        Assert.Equal(1m, report.Score);
        Assert.Equal(new FeedbackCounts(2, 2, 1), report.Counts);
        Assert.Equal(4, report.Excluded.RepeatInSameWeek);
        Assert.Equal(66.7m, report.PositivePercent); // 2 ÷ (2 + 1); neutral groups excluded
    }

    [Fact]
    public void Weeks_run_monday_to_sunday_in_los_angeles_across_the_spring_dst_change()
    {
        // 2026-03-08 02:00 PST → PDT. Monday 2026-03-09 00:00 PDT is 07:00Z (it would be 08:00Z in PST).
        var sunday = F("B1", 5, "2026-03-08T20:00:00Z");
        Assert.Equal(2m, Report(ScoringScheme.Ebay, AsOf, sunday, F("B1", 5, "2026-03-09T07:00:00Z")).Score);
        Assert.Equal(2m, Report(ScoringScheme.Ebay, AsOf, sunday, F("B1", 5, "2026-03-09T07:30:00Z")).Score);
        Assert.Equal(1m, Report(ScoringScheme.Ebay, AsOf, sunday, F("B1", 5, "2026-03-09T06:59:59Z")).Score);
    }

    [Fact]
    public void Weeks_run_monday_to_sunday_in_los_angeles_across_the_autumn_dst_change()
    {
        // 2025-11-02 02:00 PDT → PST. Monday 2025-11-03 00:00 PST is 08:00Z (it would be 07:00Z in PDT).
        var sunday = F("B1", 5, "2025-11-02T20:00:00Z");
        Assert.Equal(1m, Report(ScoringScheme.Ebay, AsOf, sunday, F("B1", 5, "2025-11-03T07:30:00Z")).Score);
        Assert.Equal(1m, Report(ScoringScheme.Ebay, AsOf, sunday, F("B1", 5, "2025-11-03T07:59:59Z")).Score);
        Assert.Equal(2m, Report(ScoringScheme.Ebay, AsOf, sunday, F("B1", 5, "2025-11-03T08:00:00Z")).Score);
    }

    [Fact]
    public void Weeks_are_not_utc_weeks()
    {
        // Monday 2026-03-16 03:00Z is still Sunday evening in Los Angeles: the same week as Saturday's rating.
        Assert.Equal(1m, Report(ScoringScheme.Ebay, AsOf, F("B1", 5, "2026-03-14T20:00:00Z"), F("B1", 5, "2026-03-16T03:00:00Z")).Score);
    }

    [Fact]
    public void Percentage_window_is_strictly_after_as_of_minus_12_calendar_months()
    {
        var atEdge = F("B1", 1, "2025-06-30T23:59:59Z");
        var inside = F("B2", 5, "2025-07-01T00:00:00Z");
        var report = Report(ScoringScheme.Ebay, AsOf, atEdge, inside);
        Assert.Equal(0m, report.Score);
        Assert.Equal(100.0m, report.PositivePercent);
        Assert.Equal(1, report.Excluded.OutsideWindow);
        Assert.Equal("12m", report.Window.Name);
        Assert.Equal(At("2025-06-30T23:59:59Z"), report.Window.Start);

        var justInside = Report(ScoringScheme.Ebay, AsOf, F("B1", 1, "2025-07-01T00:00:00Z"), inside);
        Assert.Equal(50.0m, justInside.PositivePercent);
    }

    [Fact]
    public void Calendar_months_clamp_to_the_end_of_a_short_month()
    {
        var report = Report(ScoringScheme.Ebay, "2024-02-29T12:00:00Z", F("B1", 1, "2023-02-28T12:00:00Z"), F("B2", 5, "2023-02-28T12:00:01Z"));
        Assert.Equal(At("2023-02-28T12:00:00Z"), report.Window.Start);
        Assert.Equal(100.0m, report.PositivePercent);
    }

    [Fact]
    public void The_percentage_regroups_only_the_ratings_inside_the_window()
    {
        // One week straddles the window start: the negative is outside, so inside the window the group is positive.
        var report = Report(ScoringScheme.Ebay, "2026-07-01T12:00:00Z", F("B1", 1, "2025-06-30T12:00:00Z"), F("B1", 5, "2025-07-02T12:00:00Z"));
        Assert.Equal(0m, report.Score);
        Assert.Equal(100.0m, report.PositivePercent);
    }

    [Fact]
    public void Percentage_rounds_half_away_from_zero_to_one_decimal()
    {
        Assert.Equal(97.1m, Percent(33, 1)); // eBay support's worked example: 97.0588…
        Assert.Equal(6.3m, Percent(1, 15)); // 6.25 exactly
        Assert.Equal(66.7m, Percent(2, 1));
        Assert.Null(Report(ScoringScheme.Ebay, AsOf, F("B1", 3, "2026-03-01")).PositivePercent);

        static decimal? Percent(int positives, int negatives) => Report(ScoringScheme.Ebay, AsOf,
            [.. Enumerable.Range(0, positives).Select(i => F("P" + i, 5, "2026-03-01")), .. Enumerable.Range(0, negatives).Select(i => F("N" + i, 1, "2026-03-01"))]).PositivePercent;
    }

    [Fact]
    public void Neutral_groups_can_count_in_the_percentage_as_in_2008()
    {
        var calculator = new CreditScoreCalculator(new ScoringOptions { Ebay = { CountNeutralsInPercentage = true } });
        var report = calculator.Calculate([F("B1", 5, "2026-03-01"), F("B2", 3, "2026-03-01"), F("B3", 1, "2026-03-01")], "S1", ScoringScheme.Ebay, At(AsOf));
        Assert.Equal(33.3m, report.PositivePercent);
    }

    [Fact]
    public void Auto_ratings_are_ignored()
    {
        var report = Report(ScoringScheme.Ebay, AsOf, F("B1", 5, "2026-03-01", auto: true));
        Assert.Equal(0m, report.Score);
        Assert.Equal(1, report.Excluded.AutoIgnored);
    }

    [Theory]
    [InlineData(-3, "None", "Yellow", 13)]
    [InlineData(9, "None", "Yellow", 1)]
    [InlineData(10, "Yellow", "Blue", 40)]
    [InlineData(49, "Yellow", "Blue", 1)]
    [InlineData(50, "Blue", "Turquoise", 50)]
    [InlineData(99, "Blue", "Turquoise", 1)]
    [InlineData(100, "Turquoise", "Purple", 400)]
    [InlineData(499, "Turquoise", "Purple", 1)]
    [InlineData(500, "Purple", "Red", 500)]
    [InlineData(999, "Purple", "Red", 1)]
    [InlineData(1_000, "Red", "Green", 4_000)]
    [InlineData(4_999, "Red", "Green", 1)]
    [InlineData(5_000, "Green", "YellowShooting", 5_000)]
    [InlineData(9_999, "Green", "YellowShooting", 1)]
    [InlineData(10_000, "YellowShooting", "TurquoiseShooting", 15_000)]
    [InlineData(24_999, "YellowShooting", "TurquoiseShooting", 1)]
    [InlineData(25_000, "TurquoiseShooting", "PurpleShooting", 25_000)]
    [InlineData(49_999, "TurquoiseShooting", "PurpleShooting", 1)]
    [InlineData(50_000, "PurpleShooting", "RedShooting", 50_000)]
    [InlineData(99_999, "PurpleShooting", "RedShooting", 1)]
    [InlineData(100_000, "RedShooting", "GreenShooting", 400_000)]
    [InlineData(499_999, "RedShooting", "GreenShooting", 1)]
    [InlineData(500_000, "GreenShooting", "SilverShooting", 500_000)]
    [InlineData(999_999, "GreenShooting", "SilverShooting", 1)]
    public void Every_star_boundary(long score, string star, string next, long needed)
    {
        Assert.Equal(star, LevelTables.Ebay.LevelOf(score).Name);
        Assert.Equal(next, LevelTables.Ebay.NextOf(score)!.Name);
        Assert.Equal(needed, LevelTables.Ebay.NextOf(score)!.PositivesNeeded);
    }

    [Fact]
    public void Silver_shooting_star_is_the_top()
    {
        Assert.Equal("SilverShooting", LevelTables.Ebay.LevelOf(1_000_000).Name);
        Assert.Null(LevelTables.Ebay.NextOf(1_000_000));
    }

    [Fact]
    public void Ten_real_raters_reach_the_yellow_star()
    {
        var nine = Enumerable.Range(0, 9).Select(i => F("B" + i, 5, "2026-03-01")).ToArray();
        Assert.Equal("None", Report(ScoringScheme.Ebay, AsOf, nine).Level!.Name);
        var ten = Report(ScoringScheme.Ebay, AsOf, [.. nine, F("B9", 4, "2026-03-01")]);
        Assert.Equal("Yellow", ten.Level!.Name);
        Assert.Equal(40, ten.NextLevel!.PositivesNeeded);
    }

    [Fact]
    public void Classic_counts_raters_with_a_positive_minus_raters_with_a_negative()
    {
        var report = Report(ScoringScheme.EbayClassic, AsOf,
            F("B1", 5, "2026-01-01"), F("B1", 5, "2026-05-01"), // +1 once
            F("B2", 5, "2026-01-01"), F("B2", 1, "2026-05-01"), // both → 0
            F("B3", 1, "2026-01-01"), // −1
            F("B4", 3, "2026-01-01"), // neutral only → 0
            F("B5", 4, "2026-01-01", auto: true)); // auto ignored
        Assert.Equal(0m, report.Score);
        Assert.Equal(new FeedbackCounts(1, 2, 1), report.Counts);
        Assert.Equal(2, report.Excluded.RepeatRater);
        Assert.Equal(1, report.Excluded.AutoIgnored);
        Assert.Equal("None", report.Level!.Name);
        Assert.Null(report.PositivePercent);
        Assert.Equal("lifetime", report.Window.Name);
    }
}
