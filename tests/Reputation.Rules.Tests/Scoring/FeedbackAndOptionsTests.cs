using System;
using System.Linq;
using NodaTime;
using Reputation.Rules.Scoring;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

public sealed class FeedbackAndOptionsTests
{
    private static readonly Instant Now = At("2026-03-01");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Stars_must_be_one_to_five(int stars)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Feedback("S1", "B1", stars, Now));
        Assert.Contains("stars: must be from 1 to 5", ex.Message);
    }

    [Theory]
    [InlineData("", "B1", null, null, "ratee")]
    [InlineData("  ", "B1", null, null, "ratee")]
    [InlineData("S1", "", null, null, "rater")]
    [InlineData("S1", "B1", " ", null, "orderId")]
    [InlineData("S1", "B1", null, "", "itemId")]
    public void Blank_names_are_rejected_naming_the_field(string ratee, string rater, string? order, string? item, string field)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Feedback(ratee, rater, 5, Now, order, item));
        Assert.Equal(field, ex.ParamName);
        Assert.StartsWith(field + ":", ex.Message);
    }

    [Fact]
    public void Detailed_ratings_are_one_to_five_and_need_one_dimension()
    {
        Assert.Contains("service: must be from 1 to 5 (got 6)", Assert.Throws<ArgumentOutOfRangeException>(() => new DetailedRatings(5, 6, 5)).Message);
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => new DetailedRatings(null, null, null)).Message);
        Assert.Equal(new DetailedRatings(5, null, 4), new DetailedRatings(5, null, 4));
    }

    [Theory]
    [InlineData(1, Polarity.Negative)]
    [InlineData(2, Polarity.Negative)]
    [InlineData(3, Polarity.Neutral)]
    [InlineData(4, Polarity.Positive)]
    [InlineData(5, Polarity.Positive)]
    public void Polarity_follows_the_stars(int stars, Polarity polarity) =>
        Assert.Equal(polarity, new Feedback("S1", "B1", stars, Now).Polarity);

    [Fact]
    public void Scheme_names_round_trip()
    {
        foreach (var scheme in ScoringSchemes.All)
        {
            Assert.True(ScoringSchemes.TryParse(ScoringSchemes.GetName(scheme).ToUpperInvariant(), out var parsed));
            Assert.Equal(scheme, parsed);
        }

        Assert.False(ScoringSchemes.TryParse("ebay_classic", out _));
        Assert.False(ScoringSchemes.TryParse(null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringSchemes.GetName((ScoringScheme)42));
    }

    [Fact]
    public void Default_options_are_valid_and_state_the_issue_conventions()
    {
        var options = new ScoringOptions();
        Assert.Empty(options.Validate());
        Assert.Equal(ScoringScheme.Composite, options.DefaultScheme);
        Assert.Equal(14, options.Taobao.SameItemWindowDays);
        Assert.Equal(6, options.Taobao.MonthlyCap);
        Assert.Equal("Asia/Shanghai", options.Taobao.TimeZoneId);
        Assert.Equal("America/Los_Angeles", options.Ebay.TimeZoneId);
        Assert.Equal(12, options.Ebay.PercentageWindowMonths);
        Assert.Equal(10, options.AliExpress.RepeatWindowDays);
        Assert.Equal(6, options.AliExpress.PercentageWindowMonths);
        Assert.Equal(365, options.Amazon.WindowDays);
        Assert.Equal(10, options.Amazon.WindowMinimumRatings);
        Assert.Equal(180, options.Composite.HalfLifeDays);
        Assert.Equal(7, options.Composite.PriorWeight);
        Assert.Equal(0.625, options.Composite.PriorMean);
        Assert.Equal(1.96, options.Composite.Z);
    }

    [Fact]
    public void Validate_lists_every_problem_with_its_path()
    {
        var options = new ScoringOptions
        {
            DefaultScheme = (ScoringScheme)9,
            Taobao = { SameItemWindowDays = -1, MonthlyCap = 0, TimeZoneId = "Mars/Olympus", DsrWindowDays = 0, DsrRatingsPerMonth = 0 },
            Ebay = { TimeZoneId = "", PercentageWindowMonths = 0 },
            AliExpress = { RepeatWindowDays = 0, PercentageWindowMonths = -6, Representative = (AliExpressRepresentative)7 },
            Amazon = { WindowDays = 0, WindowMinimumRatings = -1 },
            Composite = { HalfLifeDays = 0, PriorWeight = double.NaN, PriorMean = 1.5, Z = -1, TimeZoneId = "nowhere" },
        };
        var problems = options.Validate().ToList();
        string[] paths =
        [
            "DefaultScheme", "Taobao.SameItemWindowDays", "Taobao.MonthlyCap", "Taobao.TimeZoneId", "Taobao.DsrWindowDays",
            "Taobao.DsrRatingsPerMonth", "Ebay.TimeZoneId", "Ebay.PercentageWindowMonths", "AliExpress.RepeatWindowDays",
            "AliExpress.PercentageWindowMonths", "AliExpress.Representative", "Amazon.WindowDays", "Amazon.WindowMinimumRatings",
            "Composite.HalfLifeDays", "Composite.PriorWeight", "Composite.PriorMean", "Composite.Z", "Composite.TimeZoneId",
        ];
        Assert.Equal(paths, problems.Select(p => p[..p.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("Taobao.TimeZoneId: 'Mars/Olympus' is not a TZDB time zone id", problems[3]);

        var ex = Assert.Throws<ArgumentException>(() => new CreditScoreCalculator(options));
        Assert.All(paths, path => Assert.Contains(path + ":", ex.Message));
    }

    [Fact]
    public void Null_nested_options_are_reported()
    {
        var problems = new ScoringOptions { Taobao = null!, Composite = null! }.Validate().ToList();
        Assert.Equal(["Taobao: must not be null.", "Composite: must not be null."], problems);
    }

    [Fact]
    public void The_calculator_copies_its_options()
    {
        var options = new ScoringOptions();
        var calculator = new CreditScoreCalculator(options);
        options.Taobao.MonthlyCap = 1;
        options.DefaultScheme = ScoringScheme.Ebay;
        var history = Enumerable.Range(1, 3).Select(d => F("B1", 5, $"2026-03-0{d}", item: "I" + d)).ToArray();
        Assert.Equal(3m, calculator.Calculate(history, "S1", ScoringScheme.Taobao, At("2026-06-30")).Score);
        Assert.Equal(ScoringScheme.Composite, calculator.DefaultScheme);
        Assert.Equal(ScoringScheme.Composite, calculator.Calculate(history, "S1", At("2026-06-30")).Scheme);
    }

    [Fact]
    public void Calculator_arguments_are_checked()
    {
        var calculator = new CreditScoreCalculator();
        Assert.Throws<ArgumentNullException>(() => calculator.CalculateAll((Feedback[])null!, ScoringScheme.Ebay, Now));
        Assert.Contains("history[1]: must not be null", Assert.Throws<ArgumentException>(() => calculator.CalculateAll([F("B1", 5, "2026-01-01"), null!], ScoringScheme.Ebay, Now)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => calculator.CalculateAll([], (ScoringScheme)99, Now));
        Assert.Throws<ArgumentException>(() => calculator.Calculate([], " ", ScoringScheme.Ebay, Now));
        Assert.Throws<ArgumentNullException>(() => new CreditScoreCalculator(null!));
        Assert.Contains("asOf: must be between", Assert.Throws<ArgumentOutOfRangeException>(() => calculator.CalculateAll([], ScoringScheme.Ebay, Instant.MinValue)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackTally.Empty(Instant.MaxValue));
        Assert.Equal(-1m, calculator.Calculate([new Feedback("S1", "B1", 1, Instant.MinValue)], "S1", ScoringScheme.Ebay, Instant.FromUtc(-9000, 1, 1, 0, 0)).Score);
    }
}
