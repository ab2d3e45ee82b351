using System.Linq;
using NodaTime;
using Reputation.Rules.Scoring;
using Reputation.Rules.Scoring.Internal;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

public sealed class TaobaoTests
{
    private const string AsOf = "2026-06-30T23:59:59Z";

    [Fact]
    public void A_repeat_exactly_14_days_later_counts_but_one_second_earlier_does_not()
    {
        var first = F("B1", 5, "2026-03-01T10:00:00Z", item: "A");
        var exactly = F("B1", 5, "2026-03-15T10:00:00Z", item: "A");
        var justBefore = F("B1", 5, "2026-03-15T09:59:59Z", item: "A");

        var counted = Report(ScoringScheme.Taobao, AsOf, first, exactly);
        Assert.Equal(2m, counted.Score);
        Assert.Equal(0, counted.Excluded.SameItemRule);

        var suppressed = Report(ScoringScheme.Taobao, AsOf, first, justBefore);
        Assert.Equal(1m, suppressed.Score);
        Assert.Equal(1, suppressed.Excluded.SameItemRule);
    }

    [Fact]
    public void The_14_day_boundary_is_an_option()
    {
        var calculator = new CreditScoreCalculator(new ScoringOptions { Taobao = { SameItemWindowInclusive = true } });
        var report = calculator.Calculate(
            [F("B1", 5, "2026-03-01T10:00:00Z", item: "A"), F("B1", 5, "2026-03-15T10:00:00Z", item: "A")], "S1", ScoringScheme.Taobao, At(AsOf));
        Assert.Equal(1m, report.Score);
    }

    [Fact]
    public void The_14_day_window_runs_from_the_last_counted_rating_not_the_last_rating()
    {
        // Day 0 counts, day 10 is suppressed, day 15 counts (15 days after the last counted one), day 20 is suppressed.
        var report = Report(ScoringScheme.Taobao, AsOf,
            F("B1", 5, "2026-03-01", item: "A"), F("B1", 5, "2026-03-11", item: "A"), F("B1", 5, "2026-03-16", item: "A"), F("B1", 5, "2026-03-21", item: "A"));
        Assert.Equal(2m, report.Score);
        Assert.Equal(2, report.Excluded.SameItemRule);
    }

    [Fact]
    public void The_14_day_rule_keys_on_item_and_sign_and_rater()
    {
        var report = Report(ScoringScheme.Taobao, AsOf,
            F("B1", 5, "2026-03-01", item: "A"),
            F("B1", 1, "2026-03-02", item: "A"), // other sign
            F("B1", 1, "2026-03-03", item: "A"), // same sign as the previous: suppressed
            F("B1", 5, "2026-03-04", item: "B"), // other item
            F("B2", 5, "2026-03-05", item: "A"), // other rater
            F("B1", 5, "2026-03-06"), // no item: the rule cannot apply
            F("B1", 5, "2026-03-07"),
            F("B1", 3, "2026-03-08", item: "A"), // neutral scores 0 anyway
            F("B1", 3, "2026-03-09", item: "A"));
        Assert.Equal(4m, report.Score); // +1 −1 +1 +1 +1 +1
        Assert.Equal(1, report.Excluded.SameItemRule);
        Assert.Equal(new FeedbackCounts(5, 2, 1), report.Counts);
    }

    [Fact]
    public void Monthly_cap_keeps_the_running_sum_within_plus_minus_six()
    {
        var seven = Enumerable.Range(1, 7).Select(d => F("B1", 5, $"2026-03-{d:00}", item: "I" + d)).ToArray();
        var capped = Report(ScoringScheme.Taobao, AsOf, seven);
        Assert.Equal(6m, capped.Score);
        Assert.Equal(1, capped.Excluded.MonthlyCap);

        // clamp(r + p) − r: six positives, a negative (6 → 5), a positive (5 → 6) → 6.
        var mixed = Report(ScoringScheme.Taobao, AsOf, [.. seven.Take(6), F("B1", 1, "2026-03-20", item: "N"), F("B1", 5, "2026-03-21", item: "P")]);
        Assert.Equal(6m, mixed.Score);
        Assert.Equal(new FeedbackCounts(7, 0, 1), mixed.Counts);

        var negatives = Report(ScoringScheme.Taobao, AsOf, [.. Enumerable.Range(1, 8).Select(d => F("B1", 1, $"2026-03-{d:00}", item: "N" + d))]);
        Assert.Equal(-6m, negatives.Score);
        Assert.Equal(2, negatives.Excluded.MonthlyCap);
        Assert.Equal("none", negatives.Level!.Name);
        Assert.Equal(10, negatives.NextLevel!.PositivesNeeded);
    }

    [Fact]
    public void The_cap_is_per_rater_and_per_month_in_shanghai_time()
    {
        // 2026-01-31T16:00:00Z is 2026-02-01 00:00 in Shanghai: a new month (in UTC it would still be January).
        var january = Enumerable.Range(1, 6).Select(d => F("B1", 5, $"2026-01-{d:00}", item: "I" + d));
        var lastSecondOfJanuary = F("B1", 5, "2026-01-31T15:59:59Z", item: "X");
        var firstSecondOfFebruary = F("B1", 5, "2026-01-31T16:00:00Z", item: "Y");
        var otherRater = F("B2", 5, "2026-01-20", item: "Z");
        var report = Report(ScoringScheme.Taobao, AsOf, [.. january, lastSecondOfJanuary, firstSecondOfFebruary, otherRater]);
        Assert.Equal(8m, report.Score);
        Assert.Equal(1, report.Excluded.MonthlyCap);
    }

    [Fact]
    public void Auto_ratings_count_as_positive_and_in_the_positive_rate_but_carry_no_dsr()
    {
        var report = Report(ScoringScheme.Taobao, AsOf,
            F("B1", 5, "2026-03-01", auto: true, dsr: new DetailedRatings(1, 1, 1)),
            F("B2", 3, "2026-03-02"),
            F("B3", 1, "2026-03-03", removed: true));
        Assert.Equal(1m, report.Score);
        Assert.Equal(50.00m, report.PositivePercent);
        Assert.Null(report.DetailedRatings!.Description);
        Assert.Equal(0, report.DetailedRatings.Ratings);
        Assert.Equal(1, report.Excluded.Removed);

        var ignoring = new CreditScoreCalculator(new ScoringOptions { Taobao = { CountAutoRatings = false } })
            .Calculate([F("B1", 5, "2026-03-01", auto: true)], "S1", ScoringScheme.Taobao, At(AsOf));
        Assert.Equal(0m, ignoring.Score);
        Assert.Equal(1, ignoring.Excluded.AutoIgnored);
    }

    [Fact]
    public void Positive_rate_counts_every_rating_and_rounds_half_away_from_zero_to_two_decimals()
    {
        // 2 positives of 3 = 66.666… → 66.67; 1 of 8 = 12.5 exactly; a capped positive still counts as a 好评.
        Assert.Equal(66.67m, Report(ScoringScheme.Taobao, AsOf, F("B1", 5, "2026-03-01"), F("B2", 5, "2026-03-01"), F("B3", 2, "2026-03-01")).PositivePercent);
        var oneOfEight = Report(ScoringScheme.Taobao, AsOf, [F("B0", 4, "2026-03-01"), .. Enumerable.Range(1, 7).Select(i => F("B" + i, 3, "2026-03-01"))]);
        Assert.Equal(12.5m, oneOfEight.PositivePercent);
        Assert.Null(Report(ScoringScheme.Taobao, AsOf).PositivePercent);
    }

    [Fact]
    public void Dsr_takes_the_first_three_per_rater_and_shanghai_month_within_180_days()
    {
        var asOf = "2026-06-30T12:00:00Z";
        var report = Report(ScoringScheme.Taobao, asOf,
            F("B1", 5, "2026-05-01", dsr: new DetailedRatings(5, 5, 5)),
            F("B1", 5, "2026-05-02", dsr: new DetailedRatings(4, 4, null)),
            F("B1", 5, "2026-05-03", dsr: new DetailedRatings(4, 3, 3)),
            F("B1", 5, "2026-05-04", dsr: new DetailedRatings(1, 1, 1)), // 4th in May: not counted
            F("B2", 5, "2026-05-04", dsr: new DetailedRatings(1, null, 2)), // other rater
            F("B1", 5, "2026-01-01T12:00:00Z", dsr: new DetailedRatings(1, 1, 1)), // exactly 180 days before as-of: outside
            F("B3", 5, "2026-01-01T12:00:01Z", dsr: new DetailedRatings(5, 5, 5))); // one second inside
        Assert.Equal(5, report.DetailedRatings!.Ratings);
        Assert.Equal(3.80m, report.DetailedRatings.Description); // (5+4+4+1+5)/5
        Assert.Equal(4.25m, report.DetailedRatings.Service); // (5+4+3+5)/4
        Assert.Equal(3.75m, report.DetailedRatings.Shipping); // (5+3+2+5)/4
    }

    [Theory]
    [InlineData(-5, 0, "none", 4)]
    [InlineData(3, 0, "none", 4)]
    [InlineData(4, 1, "1 heart", 11)]
    [InlineData(10, 1, "1 heart", 11)]
    [InlineData(11, 2, "2 hearts", 41)]
    [InlineData(40, 2, "2 hearts", 41)]
    [InlineData(41, 3, "3 hearts", 91)]
    [InlineData(90, 3, "3 hearts", 91)]
    [InlineData(91, 4, "4 hearts", 151)]
    [InlineData(150, 4, "4 hearts", 151)]
    [InlineData(151, 5, "5 hearts", 251)]
    [InlineData(250, 5, "5 hearts", 251)]
    [InlineData(251, 6, "1 diamond", 501)]
    [InlineData(500, 6, "1 diamond", 501)]
    [InlineData(501, 7, "2 diamonds", 1_001)]
    [InlineData(1_000, 7, "2 diamonds", 1_001)]
    [InlineData(1_001, 8, "3 diamonds", 2_001)]
    [InlineData(2_000, 8, "3 diamonds", 2_001)]
    [InlineData(2_001, 9, "4 diamonds", 5_001)]
    [InlineData(5_000, 9, "4 diamonds", 5_001)]
    [InlineData(5_001, 10, "5 diamonds", 10_001)]
    [InlineData(10_000, 10, "5 diamonds", 10_001)]
    [InlineData(10_001, 11, "1 crown", 20_001)]
    [InlineData(20_000, 11, "1 crown", 20_001)]
    [InlineData(20_001, 12, "2 crowns", 50_001)]
    [InlineData(50_000, 12, "2 crowns", 50_001)]
    [InlineData(50_001, 13, "3 crowns", 100_001)]
    [InlineData(100_000, 13, "3 crowns", 100_001)]
    [InlineData(100_001, 14, "4 crowns", 200_001)]
    [InlineData(200_000, 14, "4 crowns", 200_001)]
    [InlineData(200_001, 15, "5 crowns", 500_001)]
    [InlineData(500_000, 15, "5 crowns", 500_001)]
    [InlineData(500_001, 16, "1 gold crown", 1_000_001)]
    [InlineData(1_000_000, 16, "1 gold crown", 1_000_001)]
    [InlineData(1_000_001, 17, "2 gold crowns", 2_000_001)]
    [InlineData(2_000_000, 17, "2 gold crowns", 2_000_001)]
    [InlineData(2_000_001, 18, "3 gold crowns", 5_000_001)]
    [InlineData(5_000_000, 18, "3 gold crowns", 5_000_001)]
    [InlineData(5_000_001, 19, "4 gold crowns", 10_000_001)]
    [InlineData(10_000_000, 19, "4 gold crowns", 10_000_001)]
    public void Every_level_boundary(long score, int index, string name, long nextAt)
    {
        var level = LevelTables.Taobao.LevelOf(score);
        Assert.Equal(index, level.Index);
        Assert.Equal(name, level.Name);
        var next = LevelTables.Taobao.NextOf(score)!;
        Assert.Equal(index + 1, next.Level.Index);
        Assert.Equal(nextAt - score, next.PositivesNeeded);
    }

    [Fact]
    public void The_top_level_has_no_next_level()
    {
        Assert.Equal(20, LevelTables.Taobao.LevelOf(10_000_001).Index);
        Assert.Equal("5 gold crowns", LevelTables.Taobao.LevelOf(99_999_999).Name);
        Assert.Null(LevelTables.Taobao.NextOf(10_000_001));
        Assert.Equal(21, LevelTables.Taobao.Levels.Length);
    }

    [Theory]
    [InlineData(250, 5, 1)]
    [InlineData(251, 6, 250)]
    public void Two_hundred_fifty_and_251_points_from_real_ratings(int raters, int level, long positivesNeeded)
    {
        var history = Enumerable.Range(0, raters).Select(i => F("B" + i, 5, "2026-03-01")).ToArray();
        var report = Report(ScoringScheme.Taobao, AsOf, history);
        Assert.Equal(raters, report.Score);
        Assert.Equal(level, report.Level!.Index);
        Assert.Equal(positivesNeeded, report.NextLevel!.PositivesNeeded);
    }

    [Fact]
    public void A_custom_time_zone_moves_the_month_boundary()
    {
        var utc = new CreditScoreCalculator(new ScoringOptions { Taobao = { TimeZoneId = "Etc/UTC" } });
        var history = Enumerable.Range(1, 6).Select(d => F("B1", 5, $"2026-01-{d:00}", item: "I" + d)).Append(F("B1", 5, "2026-01-31T16:00:00Z", item: "Y")).ToArray();
        Assert.Equal(6m, utc.Calculate(history, "S1", ScoringScheme.Taobao, At(AsOf)).Score);
        Assert.Equal(7m, Report(ScoringScheme.Taobao, AsOf, history).Score);
        Assert.Equal(Instant.FromUtc(2026, 1, 31, 16, 0), history[^1].At);
    }
}
