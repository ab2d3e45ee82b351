using NodaTime;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>Campaigns: the template is read like a message; audience, incentive and schedule are checked structurally.</summary>
public sealed class CampaignTests
{
    private const string Neutral = "Hi {name}, thanks for your order! If you have a minute, we'd love to hear about your experience in a review.";

    private static SolicitationReport Check(SolicitationCampaign campaign) => ReviewTestKit.Guard.Check(campaign);

    private static SolicitationCampaign Campaign(string platform = "own-site", string market = "US", string template = Neutral) =>
        new(template, platform, CountryCode.Parse(market)) { Schedule = new CampaignSchedule { SendAfterDelivery = Duration.FromDays(7), SendAtLocalTime = new LocalTime(10, 0) } };

    [Fact]
    public void A_neutral_campaign_to_everyone_is_allowed()
    {
        var report = Check(Campaign("amazon"));
        Assert.Equal(SolicitationDecision.Allow, report.Decision);
        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData(4, false, false)]
    [InlineData(null, true, false)]
    [InlineData(null, false, true)]
    public void An_audience_filtered_by_satisfaction_is_gating(int? minimumStars, bool satisfiedOnly, bool excludesComplaints)
    {
        var report = Check(new SolicitationCampaign(Neutral, "own-site", CountryCode.Parse("GB"))
        {
            Audience = new CampaignAudience { MinimumStars = minimumStars, SatisfiedOnly = satisfiedOnly, ExcludesComplaints = excludesComplaints },
        });
        Assert.Equal(SolicitationDecision.Block, report.Decision);
        Assert.True(report.Has(ReviewRuleIds.Gating));
    }

    [Theory]
    [InlineData("own-site", "US", IncentiveCondition.AnyReview, "warn", "INCENTIVE")]
    [InlineData("amazon", "US", IncentiveCondition.AnyReview, "block", "INCENTIVE")]
    [InlineData("own-site", "CN", IncentiveCondition.FollowUpReview, "block", "INCENTIVE")]
    [InlineData("own-site", "US", IncentiveCondition.PositiveReview, "block", "INCENTIVE-SENTIMENT")]
    [InlineData("own-site", "DE", IncentiveCondition.ChangedOrRemovedReview, "block", "INCENTIVE-SENTIMENT")]
    public void The_incentive_is_judged_by_its_condition(string platform, string market, IncentiveCondition condition, string decision, string rule)
    {
        var campaign = new SolicitationCampaign(Neutral, platform, CountryCode.Parse(market)) { Incentive = new CampaignIncentive("10% off the next order", condition) };
        ReviewTestKit.AssertReport(Check(campaign), Neutral, decision, rule);
    }

    [Theory]
    [InlineData("$5 for every 5-star review", Neutral, "block", "INCENTIVE-SENTIMENT")]
    [InlineData("10% off the next order", "Loved it? Leave us five stars!", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("10% off the next order", Neutral, "warn", "INCENTIVE")]
    [InlineData("好评返现5元", "亲，期待您的评价", "block", "INCENTIVE-SENTIMENT")]
    public void An_unspecified_condition_is_read_from_the_description_and_the_template(string description, string template, string decision, string rule)
    {
        var campaign = new SolicitationCampaign(template, "own-site", CountryCode.Parse("US")) { Incentive = new CampaignIncentive(description) };
        var report = Check(campaign);
        ReviewTestKit.AssertReport(report, template, decision, rule, rule == "INCENTIVE" ? "INCENTIVE-SENTIMENT" : "INCENTIVE");
    }

    [Fact]
    public void The_schedule_is_checked_against_the_window_the_count_and_quiet_hours()
    {
        var early = new SolicitationCampaign(Neutral, "amazon", CountryCode.Parse("US")) { Schedule = new CampaignSchedule { SendAfterDelivery = Duration.FromDays(2) } };
        Assert.True(Check(early).Has(ReviewRuleIds.Timing));

        var lateReminder = new SolicitationCampaign(Neutral, "amazon", CountryCode.Parse("US"))
        {
            Schedule = new CampaignSchedule { SendAfterDelivery = Duration.FromDays(7), Reminders = 1, ReminderInterval = Duration.FromDays(30) },
        };
        var late = Check(lateReminder);
        Assert.True(late.Has(ReviewRuleIds.Timing));
        Assert.True(late.Has(ReviewRuleIds.Frequency)); // Amazon: one request per order

        var reminders = new SolicitationCampaign(Neutral, "aliexpress", CountryCode.Parse("DE"))
        {
            Schedule = new CampaignSchedule { SendAfterDelivery = Duration.FromDays(3), Reminders = 1, ReminderInterval = Duration.FromHours(24) },
        };
        var tooSoon = Check(reminders);
        Assert.True(tooSoon.Has(ReviewRuleIds.Frequency));
        Assert.Equal(SolicitationDecision.Warn, tooSoon.Decision);

        var night = new SolicitationCampaign(Neutral, "ebay", CountryCode.Parse("GB"))
        {
            Schedule = new CampaignSchedule { SendAfterDelivery = Duration.FromDays(3), SendAtLocalTime = new LocalTime(22, 15) },
        };
        Assert.True(Check(night).Has(ReviewRuleIds.QuietHours));
    }

    [Fact]
    public void The_template_is_read_like_a_message()
    {
        const string template = "If you're happy, please leave 5 stars. If not, contact us first!";
        ReviewTestKit.AssertReport(Check(Campaign(template: template)), template, "block", "GATING");
    }
}
