using System;
using System.Linq;
using Reputation.Rules.Scoring;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

public sealed class CompositeTests
{
    private const string AsOf = "2026-06-30T12:00:00Z";

    [Fact]
    public void An_empty_history_scores_28_91_and_three_and_a_half_stars()
    {
        var report = Report(ScoringScheme.Composite, AsOf);
        Assert.Equal(28.91m, report.Composite!.Crs);
        Assert.Equal(28.91m, report.Score);
        Assert.Equal(3.50m, report.Composite.Stars);
        Assert.Equal(0.625, report.Composite.Mean);
        Assert.Null(report.Level);
        Assert.Null(report.NextLevel);
    }

    [Theory]
    [InlineData("2026-06-30T12:00:00Z", 1.0)]
    [InlineData("2026-05-31T12:00:00Z", 0.890899)] // 30 days
    [InlineData("2026-01-01T12:00:00Z", 0.5)] // 180 days
    [InlineData("2025-07-05T12:00:00Z", 0.25)] // 360 days
    [InlineData("2026-06-30T00:00:00Z", 0.998076)] // half a day: fractional ages count
    public void Weights_halve_every_180_days(string at, double weight)
    {
        var report = Report(ScoringScheme.Composite, AsOf, F("B1", 5, at));
        Assert.Equal(weight, report.Composite!.EffectiveWeight, 6);
    }

    [Fact]
    public void Repeat_ratings_from_one_rater_in_one_los_angeles_week_collapse_to_their_mean_at_the_latest_time()
    {
        var report = Report(ScoringScheme.Composite, AsOf, F("B1", 5, "2026-06-22T12:00:00Z"), F("B1", 1, "2026-06-28T12:00:00Z"));
        Assert.Equal(1, report.Composite!.Groups);
        var weight = Math.Pow(2, -2.0 / 180);
        Assert.Equal(weight, report.Composite.EffectiveWeight, 9);
        Assert.Equal(((weight * 0.5) + (7 * 0.625)) / (weight + 7), report.Composite.Mean, 12);
        Assert.Equal(new FeedbackCounts(1, 0, 1), report.Counts);
    }

    [Fact]
    public void With_no_prior_the_crs_of_all_five_stars_is_n_over_n_plus_z_squared()
    {
        // Wilson with p̂ = 1 reduces to n / (n + z²) (research §5.3).
        var calculator = new CreditScoreCalculator(new ScoringOptions { Composite = { PriorWeight = 0, HalfLifeDays = double.PositiveInfinity } });
        var one = calculator.Calculate([F("B1", 5, "2025-01-01")], "S1", ScoringScheme.Composite, At(AsOf));
        Assert.Equal(Math.Round((decimal)(100 * 1 / (1 + (1.96 * 1.96))), 2), one.Composite!.Crs); // 20.65
        var ten = calculator.Calculate(Enumerable.Range(0, 10).Select(i => F("B" + i, 5, "2020-01-01")), "S1", ScoringScheme.Composite, At(AsOf));
        Assert.Equal(72.25m, ten.Composite!.Crs);
        Assert.Equal(5.00m, ten.Composite.Stars);
        Assert.Equal(0m, calculator.Calculate([], "S1", ScoringScheme.Composite, At(AsOf)).Composite!.Crs);
    }

    [Fact]
    public void Worked_example_from_the_docs()
    {
        // docs/scoring.md: three raters, as of 2026-06-30T12:00Z.
        var report = Report(ScoringScheme.Composite, AsOf,
            F("B1", 5, "2026-06-30T12:00:00Z"),
            F("B2", 4, "2026-01-01T12:00:00Z"),
            F("B3", 1, "2025-07-05T12:00:00Z"));
        Assert.Equal(1.75, report.Composite!.EffectiveWeight, 12);
        Assert.Equal(5.75 / 8.75, report.Composite.Mean, 12); // (1 + 0.375 + 0 + 4.375) / (1.75 + 7)
        Assert.Equal(3.63m, report.Composite.Stars);
        Assert.Equal(34.27m, report.Composite.Crs);
    }

    [Fact]
    public void Removed_auto_and_later_ratings_do_not_count()
    {
        var report = Report(ScoringScheme.Composite, AsOf,
            F("B1", 1, "2026-06-01", removed: true), F("B2", 1, "2026-06-01", auto: true), F("B3", 1, "2026-07-01"));
        Assert.Equal(28.91m, report.Composite!.Crs);
        Assert.Equal(1, report.Excluded.Removed);
        Assert.Equal(1, report.Excluded.AutoIgnored);
        Assert.Equal(1, report.Excluded.AfterAsOf);
    }
}
