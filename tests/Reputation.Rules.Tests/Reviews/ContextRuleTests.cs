using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>REV-FREQUENCY, REV-TIMING and REV-QUIET-HOURS: per-profile limits, measured with NodaTime in the buyer's zone.</summary>
public sealed class ContextRuleTests
{
    private const string Ask = "If you have a minute, please leave a review.";
    private static readonly Instant Delivered = Instant.FromUtc(2026, 3, 5, 12, 0);
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static SolicitationReport Check(string platform, Instant sentAt, string market = "US", string text = Ask, DateTimeZone? zone = null, Instant? delivered = null, params Instant[] previous) =>
        ReviewTestKit.Guard.Check(new SolicitationMessage(text, platform, CountryCode.Parse(market))
        {
            SentAt = sentAt,
            DeliveredAt = delivered ?? Delivered,
            BuyerTimeZone = zone ?? NewYork,
            PreviousRequests = [.. previous],
        });

    private static SolicitationDecision DecisionFor(SolicitationReport report, RuleId id) =>
        report.Findings.Where(f => f.RuleId == id).Select(SolicitationReport.DecisionOf).DefaultIfEmpty(SolicitationDecision.Allow).Max();

    [Theory]
    [InlineData(-1, "Block")] // before delivery
    [InlineData(4.9, "Block")] // Amazon: not before day 5
    [InlineData(5, "Allow")]
    [InlineData(30, "Allow")]
    [InlineData(30.1, "Block")] // Amazon: not after day 30
    public void Amazon_asks_for_reviews_only_5_to_30_days_after_delivery(double days, string expected)
    {
        var sentAt = Delivered + Duration.FromHours(days * 24);
        var report = Check("amazon", sentAt, zone: DateTimeZone.Utc);
        Assert.Equal(expected, DecisionFor(report, ReviewRuleIds.Timing).ToString());
    }

    [Theory]
    [InlineData("aliexpress", -0.5, "Warn")]
    [InlineData("aliexpress", 0.5, "Allow")]
    [InlineData("aliexpress", 90, "Allow")] // no upper bound by default
    [InlineData("own-site", -2, "Warn")] // law profiles: not before delivery
    [InlineData("taobao", -2, "Warn")]
    public void Elsewhere_a_request_before_delivery_warns(string platform, double days, string expected)
    {
        var report = Check(platform, Delivered + Duration.FromHours(days * 24), zone: DateTimeZone.Utc);
        Assert.Equal(expected, DecisionFor(report, ReviewRuleIds.Timing).ToString());
    }

    [Fact]
    public void Unknown_delivery_means_no_timing_finding()
    {
        var report = ReviewTestKit.Guard.Check(new SolicitationMessage(Ask, "amazon", CountryCode.Parse("US")) { SentAt = Delivered });
        Assert.False(report.Has(ReviewRuleIds.Timing));
    }

    [Fact]
    public void Amazon_allows_one_request_per_order()
    {
        var sentAt = Delivered + Duration.FromDays(10);
        Assert.Equal(SolicitationDecision.Allow, DecisionFor(Check("amazon", sentAt, zone: DateTimeZone.Utc), ReviewRuleIds.Frequency));
        Assert.Equal(SolicitationDecision.Block, DecisionFor(Check("amazon", sentAt, zone: DateTimeZone.Utc, previous: [Delivered + Duration.FromDays(6)]), ReviewRuleIds.Frequency));
    }

    [Theory]
    [InlineData(1, 100, "Allow")] // 2 requests, 100 h apart
    [InlineData(1, 71, "Warn")] // too soon: 72 h minimum
    [InlineData(1, 72, "Allow")]
    [InlineData(2, 100, "Warn")] // a third request
    public void Other_platforms_allow_two_requests_72_hours_apart(int previousCount, int hoursSinceLast, string expected)
    {
        var sentAt = Delivered + Duration.FromDays(20);
        var previous = Enumerable.Range(0, previousCount).Select(i => sentAt - Duration.FromHours(hoursSinceLast + (i * 200))).ToArray();
        var report = Check("aliexpress", sentAt, "DE", zone: DateTimeZone.Utc, previous: previous);
        Assert.Equal(expected, DecisionFor(report, ReviewRuleIds.Frequency).ToString());
    }

    [Fact]
    public void A_recorded_request_after_this_one_counts_but_does_not_set_the_gap()
    {
        var sentAt = Delivered + Duration.FromDays(10);
        var report = Check("ebay", sentAt, "GB", zone: DateTimeZone.Utc, previous: [sentAt + Duration.FromHours(1)]);
        Assert.False(report.Has(ReviewRuleIds.Frequency));
    }

    [Theory]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(0, 30, true)]
    [InlineData(7, 59, true)]
    [InlineData(8, 0, false)]
    public void Quiet_hours_are_21_to_8_in_the_buyers_zone(int hour, int minute, bool quiet)
    {
        // 2026-03-10 is after the US switch to daylight time (2026-03-08): New York is UTC-4.
        var local = new LocalDateTime(2026, 3, 10, hour, minute);
        var sentAt = local.InZoneStrictly(NewYork).ToInstant();
        var report = Check("ebay", sentAt, zone: NewYork);
        Assert.Equal(quiet, report.Has(ReviewRuleIds.QuietHours));
        Assert.Equal(quiet ? SolicitationDecision.Warn : SolicitationDecision.Allow, report.Decision);
    }

    [Fact]
    public void Quiet_hours_follow_the_buyer_not_utc()
    {
        var sentAt = Instant.FromUtc(2026, 3, 10, 15, 0); // 23:00 in Shanghai, 11:00 in New York
        Assert.True(Check("taobao", sentAt, "CN", zone: Shanghai).Has(ReviewRuleIds.QuietHours));
        Assert.False(Check("taobao", sentAt, "CN", zone: NewYork).Has(ReviewRuleIds.QuietHours));
    }

    [Fact]
    public void No_buyer_zone_means_no_quiet_hours_check()
    {
        var report = ReviewTestKit.Guard.Check(new SolicitationMessage(Ask, "ebay", CountryCode.Parse("US")) { SentAt = Instant.FromUtc(2026, 3, 10, 3, 0) });
        Assert.False(report.Has(ReviewRuleIds.QuietHours));
    }

    [Fact]
    public void Context_rules_apply_only_to_review_requests()
    {
        const string shipping = "Your order has shipped. Tracking number: LP0012345678CN.";
        var sentAt = Delivered - Duration.FromDays(3) + Duration.FromHours(-10); // before delivery, at night
        var report = Check("amazon", sentAt, text: shipping, previous: [sentAt - Duration.FromHours(1)]);
        Assert.Equal(SolicitationDecision.Allow, report.Decision);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Thanking_for_a_review_is_not_a_request()
    {
        var sentAt = Instant.FromUtc(2026, 3, 10, 4, 30); // 00:30 in New York
        var report = Check("amazon", sentAt, text: "Thank you for your review!", previous: [sentAt - Duration.FromHours(2)]);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void SentAt_defaults_to_the_guards_clock()
    {
        var now = Instant.FromUtc(2026, 3, 10, 2, 0); // 22:00 in New York
        var guard = new SolicitationGuard(new ReviewsOptions(), new FakeClock(now));
        var report = guard.Check(new SolicitationMessage(Ask, "ebay", CountryCode.Parse("US")) { BuyerTimeZone = NewYork, DeliveredAt = Delivered });
        Assert.True(report.Has(ReviewRuleIds.QuietHours));
        Assert.Contains("22:00", report.Findings.Single().Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_are_configurable_per_profile()
    {
        var options = new ReviewsOptions();
        options.Platforms["ebay"].MaxRequestsPerOrder = 1;
        options.Platforms["ebay"].QuietHoursStart = 20;
        options.Laws["US"].QuietHoursStart = 20;
        var guard = new SolicitationGuard(options);
        var sentAt = new LocalDateTime(2026, 3, 10, 20, 30).InZoneStrictly(NewYork).ToInstant();
        var report = guard.Check(new SolicitationMessage(Ask, "ebay", CountryCode.Parse("US"))
        {
            SentAt = sentAt,
            BuyerTimeZone = NewYork,
            PreviousRequests = ImmutableArray.Create(sentAt - Duration.FromDays(5)),
        });
        Assert.True(report.Has(ReviewRuleIds.Frequency));
        Assert.True(report.Has(ReviewRuleIds.QuietHours));
    }
}
