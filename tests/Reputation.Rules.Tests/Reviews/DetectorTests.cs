using Xunit;

namespace Reputation.Rules.Tests.Reviews;

// One test class per detector (src/Reputation.Rules/Reviews/Text/*Detector.cs): each pins the phrasings its detector
// must claim and the look-alikes it must leave alone, through the public guard, so a newcomer who adds a phrasing to
// one detector finds its tests in one place. Own-site under US law: incentives warn, everything else by the law column.

/// <summary>Requests: a review mention plus a request, a review verb, a condition or an exchange.</summary>
public sealed class RequestDetectorTests
{
    [Theory]
    [InlineData("If you like it, please give us 5 stars.")]
    [InlineData("Love it? Review it!")]
    [InlineData("We hope you're satisfied with your purchase. If you are, please consider leaving a review.")]
    [InlineData("Happy with your new lamp? Rate us 5* on Amazon.")]
    [InlineData("亲收到啦？觉得还不错的话帮忙点个hp哈")]
    public void Asks_for_a_positive_review_are_claimed(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "warn", "POSITIVE-ASK");

    [Theory]
    [InlineData("Please leave an honest review when you have a moment.")]
    [InlineData("Thank you for your 5-star review!")]
    [InlineData("本店开业三年，累积超过2000则好评，感谢大家支持！")]
    [InlineData("Hi Mia, how are you finding your sandals? We'd love your honest review: [link]")]
    public void Neutral_asks_thanks_and_statistics_are_not_positive_asks(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "allow", absent: "POSITIVE-ASK");
}

/// <summary>Change and remove requests: a verb with a review as its object.</summary>
public sealed class ChangeRemoveDetectorTests
{
    [Theory]
    [InlineData("Could you please remove the neg if eBay lets you?", "REMOVE-ASK")]
    [InlineData("If the feedback is not removed within 48 hours we will file a claim.", "REMOVE-ASK")]
    [InlineData("Our system needs the 1-star review updated before we can continue.", "CHANGE-ASK")]
    [InlineData("你这个差评是恶意的。不删的话我们就走法律途径。", "REMOVE-ASK")]
    [InlineData("亲，那条中p能麻烦您删除一下吗？", "REMOVE-ASK")]
    [InlineData("Add a follow-up review to your original one!", "CHANGE-ASK")]
    public void Change_and_remove_requests_are_claimed(string text, string rule) =>
        Assert.True(ReviewTestKit.Check(text).Has("REV-" + rule), ReviewTestKit.Describe(ReviewTestKit.Check(text), text));

    [Theory]
    [InlineData("看到亲把评价改了，真的谢谢理解～")]
    [InlineData("We will never ask you to change or remove a review.")]
    [InlineData("Could you help us with a few questions about your order?")]
    public void Reports_negations_and_favours_about_other_things_are_not_requests(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "allow", absent: "CHANGE-ASK,REMOVE-ASK");
}

/// <summary>Incentives: a benefit linked to a review action in the sentence window.</summary>
public sealed class IncentiveDetectorTests
{
    [Theory]
    [InlineData("Write a review and get 15% off your next order.", "INCENTIVE")]
    [InlineData("THANK YOU FOR SHOPPING SMALL\nLeave us ★★★★★ feedback on eBay,\nthen message us the word THANKS10\nand we'll send a 10% discount code", "INCENTIVE-SENTIMENT")]
    [InlineData("好评卡\n带图好评满15字 + 五星\n截图加客服微信\n返现8元", "INCENTIVE-SENTIMENT")]
    [InlineData("Scan the QR code to claim your 2nd bottle FREE!\n[QR CODE]\n\n*Offer valid for customers who have left a 5★ review.", "INCENTIVE-SENTIMENT")]
    [InlineData("下单附赠的小风扇，会在您完成评价后再寄出喔～", "INCENTIVE")]
    public void Benefits_tied_to_a_review_are_claimed(string text, string rule) =>
        Assert.True(ReviewTestKit.Check(text, "own-site", "CN").Has("REV-" + rule), ReviewTestKit.Describe(ReviewTestKit.Check(text, "own-site", "CN"), text));

    [Theory]
    [InlineData("If your item arrived damaged, we'll replace it free — just reply with a photo. We'd also appreciate an honest review.")]
    [InlineData("Join our rewards club: earn points on purchases and referrals. (We don't give points for reviews.)")]
    [InlineData("送你一張九折優惠碼，無論你有冇留評價都用得㗎～得閒都歡迎分享下用後感")]
    [InlineData("Tap a star to rate: ☆ ☆ ☆ ☆ ☆")]
    public void Remedies_disclaimers_and_unconditional_benefits_are_not_incentives(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "allow", absent: "INCENTIVE,INCENTIVE-SENTIMENT");
}

/// <summary>Links the window cannot settle: a warning with the evidence rather than a silent allow.</summary>
public sealed class UncertainLinkTests
{
    private const string FarApart =
        "Hi Sam! Your order has been delivered. We'd love it if you left us a review on our site. Our spring collection is live. "
        + "New colours arrive every week. Reply with a screenshot and we'll send you a free gift.";

    [Theory]
    [InlineData("amazon", "US")]
    [InlineData("own-site", "CN")]
    public void A_benefit_offered_far_from_a_review_request_is_a_warning_at_most(string platform, string market)
    {
        var report = ReviewTestKit.Check(FarApart, platform, market);
        ReviewTestKit.AssertReport(report, FarApart, "warn", "INCENTIVE");
        var finding = Assert.Single(report.Findings, f => f.RuleId == "REV-INCENTIVE");
        Assert.Contains("too far apart", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains(finding.Spans, span => span.Slice(FarApart).Contains("free gift", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hi Sam! Your order has been delivered. We'd love it if you left us a review. Our spring collection is live. "
        + "New colours arrive every week. Free returns within 30 days on all orders.")]
    [InlineData("Please leave us an honest review. Our spring collection is live. New colours arrive every week. "
        + "If anything arrives broken, we'll send a free replacement.")]
    public void Policies_and_remedies_far_from_a_request_stay_allowed(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "amazon", "US"), text, "allow");
}

/// <summary>Gating: unhappy buyers steered away, or only happy ones invited.</summary>
public sealed class GatingDetectorTests
{
    [Theory]
    [InlineData("Happy with your order? Leave us a review here ➡️ example.com/review\nNot happy? Please don't review, just email us")]
    [InlineData("any issues at all pls msg me first b4 leaving feedback")]
    [InlineData("亲，换货的快递还在路上，评价的事咱们先放一放，现在先别评价哈～")]
    [InlineData("Pls dont leave negative or neutral fb, just msg me if got any prob ok")]
    public void Steering_away_from_reviews_is_gating(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "block", "GATING");

    [Theory]
    [InlineData("If you have any questions, contact us. We'd love an honest review too.")]
    [InlineData("Buyers who don't leave feedback within 7 days can still contact us any time.")]
    public void Support_offered_to_everyone_is_not_gating(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "allow", absent: "GATING");
}

/// <summary>Threats: explicit threats, intimidation next to adverse review talk, penalties tied to reviews.</summary>
public sealed class ThreatDetectorTests
{
    [Theory]
    [InlineData("if u leave neg fb i'll file a buyer abuse report and block u from all my shops.")]
    [InlineData("Due to the review you posted we've added your account to our do-not-sell list.")]
    [InlineData("購買即表示您同意不在任何平台發表負面評價，違者將收取新台幣3,000元違約金。")]
    [InlineData("给差评的顾客，本店将不再提供任何售后服务，请知悉。")]
    [InlineData("您一天不改评价，我们就每天给您打一次电话。")]
    public void Threats_over_a_review_are_claimed(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "block", "THREAT");

    [Fact]
    public void A_fee_with_no_review_in_the_sentence_is_not_a_threat() =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check("A restocking fee applies to opened items. Please leave an honest review!"),
            "A restocking fee applies to opened items. Please leave an honest review!", "allow", absent: "THREAT");
}

/// <summary>Fake reviews: by people who did not buy, before receipt, written for the buyer, brushing.</summary>
public sealed class FakeDetectorTests
{
    [Theory]
    [InlineData("To save you time I've drafted a short review below that you can copy into the review box.")]
    [InlineData("Send me your account email and password and our staff will do the feedback for you.")]
    [InlineData("You don't need to wait for the parcel to arrive — you can leave positive feedback as soon as you've paid.")]
    [InlineData("可以帮我们再拍一单，不用真的发货，钱原路返还，记得给好评哦")]
    [InlineData("亲，可以先确认收货给个好评吗？货明天就到了哈")]
    public void Fake_reviews_are_claimed(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "block", "FAKE");

    [Fact]
    public void Feedback_a_seller_leaves_for_buyers_is_not_fake()
    {
        const string text = "Item shipped today via USPS. Positive feedback is left for all buyers after payment.";
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "ebay"), text, "allow", absent: "FAKE");
    }
}

/// <summary>Content steering: what to mention or omit, required lengths.</summary>
public sealed class SteerDetectorTests
{
    [Theory]
    [InlineData("When you write your review, please include a photo and at least 3 sentences about the product.")]
    [InlineData("亲，退款到账后麻烦帮忙追评一下，写写我们售后处理得快不快哈～")]
    [InlineData("親，寫評價嗰陣記得打埋我哋舖頭個名「小熊雜貨」呀")]
    public void Steering_is_claimed(string text) =>
        Assert.True(ReviewTestKit.Check(text).Has("REV-CONTENT-STEER"), ReviewTestKit.Describe(ReviewTestKit.Check(text), text));

    [Fact]
    public void No_length_requirement_is_not_steering()
    {
        const string text = "評論字數沒有限制喔～寫幾個字或不寫都沒關係";
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text), text, "allow", absent: "CONTENT-STEER");
    }
}
