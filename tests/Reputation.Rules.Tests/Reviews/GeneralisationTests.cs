using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>
/// The general mechanisms that let the guard read phrasings it was never tuned on (docs/reviews.md, "Reading what it has
/// never seen"): each theory exercises one mechanism with wording outside the lexicon's own examples.
/// </summary>
public sealed class GeneralisationTests
{
    [Theory]
    [InlineData("We don't run review rebates. If you have a moment, please leave an honest review.", "amazon", "US")]
    [InlineData("We never offer discounts for reviews, but we'd love to hear what you think.", "amazon", "US")]
    [InlineData("There's no cashback for reviews here. Please review us honestly.", "amazon", "US")]
    [InlineData("本店不搞好评返现，欢迎真实评价", "taobao", "CN")]
    [InlineData("我们不做好评返现哦，您如实评价就好", "taobao", "CN")]
    [InlineData("本店从不提供好评返现，评价请如实填写", "taobao", "CN")]
    public void A_negated_benefit_is_disclaimed_not_offered(string text, string platform, string market) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, "allow", absent: "INCENTIVE,INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("If you don't leave a 5-star review, you won't get the $5 coupon.")]
    [InlineData("不给好评就不返现，好评返现5元")]
    public void A_negation_after_a_condition_keeps_the_offer(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "CN"), text, "block", "INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("好评差评我们都欢迎，请如实评价")]
    [InlineData("好评、差评都欢迎，麻烦您评价一下")]
    [InlineData("Good and bad reviews are both welcome, please leave one.")]
    [InlineData("Love it or hate it, tell us in a review!")]
    public void Either_or_ratings_ask_for_no_particular_sentiment(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "taobao", "CN"), text, "allow");

    [Theory]
    [InlineData("We refunded you 3 USD, please change your 1-star feedback to 5 stars.")]
    [InlineData("亲，五⭐好评 = 2元红包")]
    public void A_rating_next_to_another_without_a_connector_is_not_an_either_or_pair(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "CN"), text, "block", "INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("Your order ships as soon as you leave positive feedback.", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("The tracking number is released once you leave a 5-star review.", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("Your license key gets activated once you leave a review.", "warn", "INCENTIVE")]
    [InlineData("Your order ships tomorrow. Once it arrives, please leave a review.", "allow", "")]
    public void Fulfilment_held_until_a_review_is_an_incentive(string text, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "US"), text, decision, rules);

    [Theory]
    [InlineData("We have your address and phone number on file. Think it over before you leave that negative feedback.")]
    [InlineData("We keep a list of buyers who leave negative feedback and we won't sell to them again.")]
    [InlineData("If the 1-star review stays up, we will report you to eBay.")]
    [InlineData("你的地址我们都有，差评的事你想清楚")]
    public void Intimidation_next_to_adverse_review_talk_is_a_threat(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "ebay", "US"), text, "block", "THREAT");

    [Theory]
    [InlineData("We have your address on file, so the replacement will reach you this week. Please leave a review when it arrives.")]
    [InlineData("Think it over and choose the size that suits you; you can review us any time.")]
    public void Intimidation_words_without_adverse_review_talk_are_not_a_threat(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "ebay", "US"), text, "allow", absent: "THREAT");

    [Theory]
    [InlineData("亲，给个好平哦，返5元")]
    [InlineData("给个好坪，返现3元")]
    [InlineData("号评返现10元")]
    [InlineData("好评反现5元")]
    [InlineData("好评返鸿包")]
    [InlineData("haoping有红包哦")]
    [InlineData("给个hp，返3元")]
    public void Homophone_and_pinyin_spellings_of_the_lexicon_are_read(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "taobao", "CN"), text, "block", "INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("平价好物，欢迎选购")]
    [InlineData("我们的价格很平价，期待您的评价")]
    public void A_homophone_spelling_that_is_a_real_word_keeps_its_meaning(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "taobao", "CN"), text, "allow");

    [Theory]
    [InlineData("点亮五颗星，送您小礼物一份")]
    [InlineData("给五颗小星星，联系客服领红包")]
    [InlineData("满星评价送运费险")]
    [InlineData("全五分评价，返现5元")]
    [InlineData("给5 分哦，返3元")]
    public void Stars_lit_up_and_full_scores_are_positive_ratings(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "taobao", "CN"), text, "block", "INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("Since you told us in chat that you were happy, we'd love a review!")]
    [InlineData("We only invite customers who scored us 9 or 10 in our survey to review us.")]
    [InlineData("NPS promoters get our review invitation.")]
    [InlineData("Glad to hear you love it! Would you leave us a review?")]
    public void Invitations_gated_on_a_prior_satisfaction_signal_are_gating(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "US"), text, "block", "GATING");

    [Theory]
    [InlineData("Please leave a review. It would really help if your review mentioned the fast shipping.")]
    [InlineData("When you review, be sure to note how soft the fabric is.")]
    [InlineData("Please post a photo review, and keep the insert card out of your photos.")]
    [InlineData("评价的时候记得提一下包装很好哦")]
    public void Steering_phrased_as_help_is_content_steering(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "US"), text, "warn", "CONTENT-STEER");

    [Theory]
    [InlineData("We'd love to hear how it fits! Enjoy 10% off your next order as a thank you.", "INCENTIVE")]
    [InlineData("Rate your order › and receive 200 points", "INCENTIVE")]
    [InlineData("Tell everyone how much you love it on Instagram and tag us!", "POSITIVE-ASK")]
    [InlineData("亲，说说感受吧，截图发客服领5元红包", "INCENTIVE")]
    public void Requests_that_do_not_say_please_review_are_still_requests(string text, string rule) =>
        Assert.True(ReviewTestKit.Check(text, "own-site", "US").Has("REV-" + rule), text);

    [Theory]
    [InlineData("Could you ask your family and friends to leave a review too? They don't need to have bought anything.")]
    [InlineData("Let's swap reviews: we review your shop and you review ours.")]
    [InlineData("Our employees will all leave reviews this week to get us started.")]
    [InlineData("亲朋好友也可以帮忙评价一下，不用购买")]
    [InlineData("唔使買都可以留評價，幫幫手")]
    public void Reviews_by_the_sellers_circle_are_fake(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "US"), text, "block", "FAKE");

    [Theory]
    [InlineData("Hai! Parcel dah sampai? Kalau puas hati, bagi 5 bintang ya. Kalau tak puas hati, jangan bagi rating dulu, WhatsApp kami terus.", "GATING")]
    [InlineData("Halo kak! Mohon beri review 5 bintang ya, nanti kami kasih kupon $3 untuk pesanan berikutnya", "INCENTIVE-SENTIMENT")]
    [InlineData("Hi po! Kung may problem sa item, message us muna before mag-rate ha, aayusin namin agad.", "GATING")]
    public void Southeast_asian_marketplace_wording_is_read(string text, string rule) =>
        Assert.True(ReviewTestKit.Check(text, "own-site", "MY").Has("REV-" + rule), ReviewTestKit.Describe(ReviewTestKit.Check(text, "own-site", "MY"), text));

    [Theory]
    [InlineData("Hi! Sorry again about the wrong size 🙏 Here's a $10 voucher for your next order. Would appreciate it if you could leave a review!")]
    public void A_pictograph_ends_a_clause_so_an_apology_does_not_make_the_voucher_a_remedy(string text)
    {
        var message = ReviewTestKit.Message(text, "own-site", "SG");
        message = new Reputation.Rules.Reviews.SolicitationMessage(message.Text, message.Platform, message.BuyerMarket)
        {
            SentAt = message.SentAt,
            DeliveredAt = message.DeliveredAt,
            BuyerTimeZone = message.BuyerTimeZone,
            ExistingReviewStars = 2,
        };
        Assert.True(ReviewTestKit.Guard.Check(message).Has("REV-INCENTIVE-SENTIMENT"), ReviewTestKit.Describe(ReviewTestKit.Guard.Check(message), text));
    }

    [Theory]
    [InlineData("You earned 120 points for this purchase! Points come from orders only — writing a review doesn't earn or cost you any points.")]
    [InlineData("亲，晒单有礼活动已经结束了，现在评价没有奖励哦，但还是非常欢迎您分享真实使用感受～")]
    [InlineData("本店好评返现活动已于今年起全部取消，感谢大家一直以来的支持。")]
    [InlineData("Quick note: emails offering a \"review task\" for cash are not from us. We never pay for reviews.")]
    public void Schemes_said_to_be_over_or_unconnected_are_disclaimed(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "CN"), text, "allow");
    [Theory]
    [InlineData("We will never penalise, harass or blacklist a customer because of a review. Please leave an honest one.", "own-site", "GB")]
    [InlineData("We don't accept reviews from employees, relatives or anyone who hasn't bought the item. Reviews open to verified buyers.", "own-site", "FR")]
    [InlineData("We never charge, sue or report anyone for a negative review.", "amazon", "US")]
    public void A_seller_negation_reaches_the_rest_of_its_list(string text, string platform, string market) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, "allow", absent: "THREAT,FAKE");

    [Theory]
    [InlineData("If you leave negative feedback, we will not hesitate to report you to eBay.")]
    [InlineData("Don't make us report you for that negative review.")]
    public void An_english_threat_is_not_disclaimed_by_its_own_negation(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "ebay", "US"), text, "block", "THREAT");

    [Theory]
    [InlineData("If the mug arrived cracked, just reply and we'll post a replacement.\n\nOnce you've used it for a while, an honest review would help other shoppers.", "amazon", "US", "allow", "")]
    [InlineData("收到后满意的话请给个评价，如果不满意请先联系客服，我们一定给您满意的处理方案。", "own-site", "CN", "block", "GATING,POSITIVE-ASK")]
    public void A_remedy_in_the_unhappy_branch_is_not_a_benefit_for_the_review(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules, absent: "INCENTIVE,INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("Your lamp is here 💡\nEnjoying it? Rate it!")]
    [InlineData("Your parcel was delivered\nLove it? Review it!")]
    public void A_satisfaction_question_on_its_own_line_conditions_the_ask(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "aliexpress", "DE"), text, "warn", "POSITIVE-ASK");

    [Theory]
    [InlineData("Thanks for the order! ⭐ Your feedback helps our small shop. Please leave a review.")]
    [InlineData("多谢你留低 review！As a thank-you we hope you enjoy it.")]
    public void Punctuation_and_a_lone_star_are_not_ratings_or_leetspeak(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "US"), text, "allow");

    [Theory]
    [InlineData("亲您好～评价的时候麻烦写一下安装师傅的工号，好坏如实写就行", "taobao", "CN", "warn")]
    [InlineData("稍后会有短信邀请您为这次上门服务打分，好坏都请如实填写。", "own-site", "CN", "allow")]
    public void A_greeting_or_a_home_visit_is_not_a_rating_or_a_threat(string text, string platform, string market, string decision) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, absent: "POSITIVE-ASK,THREAT");
    [Theory]
    [InlineData("You wrote: \"Give me 20% off and I'll leave five stars.\" Sorry, we can't link prices to reviews. Your parcel ships today.", "amazon", "GB")]
    [InlineData("你之前说“返现十块我就给好评”——抱歉，我们不做这个。包裹明天到。", "taobao", "CN")]
    [InlineData("提醒：有人冒充我们发信息，说“五星好评返现30元”，请勿相信，我们从不这样做。", "taobao", "CN")]
    [InlineData("近期有骗子以「好评返现」为名索要验证码，本店从不提供评价返现。", "taobao", "CN")]
    public void Quoted_speech_of_others_is_not_the_sellers_offer(string text, string platform, string market) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, "allow");

    [Theory]
    [InlineData("Under the new rules, sellers may not offer vouchers in return for changing feedback. Your refund went out today.", "ebay", "GB")]
    [InlineData("平台规定：商家不得以红包诱导买家修改评价或给好评。本店遵守规定，按真实感受评价就好。", "taobao", "CN")]
    [InlineData("Q: Do you give a discount for a 5-star review?\nA: No. We don't reward reviews of any kind.", "amazon", "US")]
    public void A_rule_or_an_faq_describes_asks_without_making_them(string text, string platform, string market) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, "allow");

    [Theory]
    [InlineData("Sellers may not offer rewards for reviews, but please leave us 5 stars!", "ebay", "US", "warn", "POSITIVE-ASK")]
    [InlineData("满意的话给个五星好评，截图发给客服返现5元～ 有问题随时找我们", "taobao", "CN", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("Thanks so much for the 5-star review! It made our day. As a small thank-you, here's 10% off: THANKS10", "own-site", "US", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("If you post a review of the workshop, we'll send you our recipe e-book as a thank-you.", "own-site", "GB", "warn", "INCENTIVE")]
    [InlineData("By ordering you agree not to publish negative reviews; a breach will void your warranty.", "own-site", "US", "block", "THREAT")]
    public void The_sellers_own_ask_offer_or_threat_is_still_read(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);
    [Theory]
    [InlineData("Enjoying the Tuscan cooking class so far? Leave us a review!", "own-site", "US", "warn", "POSITIVE-ASK")]
    [InlineData("Loving your linen shirts? Review them!", "own-site", "GB", "warn", "POSITIVE-ASK")]
    public void A_satisfaction_question_with_any_object_conditions_the_ask(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Theory]
    [InlineData("We love the photos you sent of the garden bench, thank you!")]
    [InlineData("Enjoying the sunshine? Our summer sale starts Friday.")]
    [InlineData("Thanks for the pictures. We'll review them and get back to you within a day.")]
    public void Satisfaction_words_without_an_ask_stay_allowed(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "US"), text, "allow");
    [Theory]
    [InlineData("恭喜发财！🧧 您的茶叶礼盒已签收，喜欢的话欢迎给个好评～", "own-site", "CN", "warn", "POSITIVE-ASK")]
    [InlineData("Happy Lunar New Year! 🧧 If you have a minute, an honest review of the dumplings would help us a lot.", "own-site", "US", "allow", "")]
    [InlineData("五星好评送🧧，截图找客服领取", "taobao", "CN", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("Leave a 5-star review 🧧 8 for everyone who does!", "own-site", "US", "block", "INCENTIVE-SENTIMENT")]
    public void A_red_envelope_emoji_on_its_own_is_festive_decoration_but_a_reward_when_used_as_a_word(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Theory]
    [InlineData("So sorry the lamp shade was missing. We're sending a new shade free of charge this afternoon. If you have time later, an honest review is always welcome.")]
    [InlineData("Sorry the mug arrived chipped. I've issued a full refund to your PayPal account today. When you get a chance, please leave feedback about your experience.")]
    [InlineData("Season's greetings! Every club member gets a free tote in December, whether or not you've ever reviewed us.")]
    [InlineData("Your points balance is 820. Points are earned on purchases only, never for reviews. If you'd like to, you can review your last order in your account.")]
    public void A_remedy_or_a_disclaimed_perk_next_to_a_neutral_ask_is_not_an_incentive(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "GB"), text, "allow");

    [Theory]
    [InlineData("招募试用体验官：不需要下单购买，评价文案我们来写，您复制发布即可，每条10元。", "taobao", "CN")]
    [InlineData("Our new granola launches Friday. Even if you haven't tried it yet, post a review on the product page and tell people what you imagine it tastes like!", "own-site", "US")]
    public void Reviews_without_the_experience_are_fake(string text, string platform, string market) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, "block", "FAKE");

    [Fact]
    public void Thanks_for_a_review_already_left_does_not_make_a_later_shipment_note_a_fake_review()
    {
        const string text = "Thanks for the 5-star feedback on your filter kit! Your next kit is scheduled for June; we'll email a reminder a week before it ships.";
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "ebay", "GB"), text, "allow");
    }
    [Theory]
    [InlineData("Happy customers, please rate us on Trustpilot. Not happy? Message our support team first.", "own-site", "GB", "block", "GATING")]
    [InlineData("We never ask only happy customers to review, everyone is welcome to share good or bad.", "own-site", "GB", "allow", "")]
    public void An_audience_addressed_by_its_satisfaction_is_a_condition(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Theory]
    [InlineData("Glad the new bulbs arrived and the lamp is back to normal! By the way, you can update the feedback you left earlier if you like.", "ebay", "US", "warn", "CHANGE-ASK")]
    [InlineData("If it is no trouble, please write your honest impression as a review. Good points and bad points are both welcome.", "amazon", "DE", "allow", "")]
    [InlineData("I keep a note of buyers who leave negatives. Leave anything less than five stars and I will block you from my shop.", "ebay", "GB", "block", "THREAT")]
    public void Words_that_look_like_perks_or_not_like_ratings_are_read_in_context(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);
    [Theory]
    [InlineData("So sorry the tour was cancelled. The full $120 went back to your card yesterday. If that seems fair, would you consider removing the negative feedback?", "ebay", "US", "warn", "REMOVE-ASK")]
    [InlineData("Your refund of £18 for the cracked vase has now gone through. Could you delete your review on our site?", "own-site", "GB", "warn", "REMOVE-ASK")]
    [InlineData("The replacement hamper was delivered to your door this morning. Would you consider updating your review now that it's sorted?", "own-site", "AU", "warn", "CHANGE-ASK")]
    public void A_remedy_already_made_next_to_a_neutral_change_or_removal_ask_is_not_an_incentive(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules, absent: "INCENTIVE-SENTIMENT,INCENTIVE");

    [Theory]
    [InlineData("Sorry the table was double-booked. Before you leave any feedback, please give us 48 hours to make it right. I'll message you tomorrow.", "ebay", "GB", "block", "GATING")]
    [InlineData("Happy with the installation? Leave us a review on our site. Not happy? Ring our office and we'll sort it.", "own-site", "GB", "block", "GATING")]
    [InlineData("Just so you know, buyers who leave negative feedback are banned from our shop, and we share the list with other sellers.", "ebay", "GB", "block", "THREAT")]
    [InlineData("Sie haben eine negative Bewertung hinterlassen. Remove it by Friday or I will report your account to eBay.", "ebay", "DE", "block", "THREAT")]
    [InlineData("可唔可以叫埋亲戚朋友帮手写个好评？佢哋冇买过都冇问题", "own-site", "HK", "block", "FAKE")]
    public void Hold_offs_routing_bans_and_friends_reviews_are_read(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Theory]
    [InlineData("A few reviews mention the bread is smaller than expected; it is 400 g as the listing says.")]
    [InlineData("Here is the link to our review page, if you ever feel like it. No pressure!")]
    [InlineData("Honest reviews are welcome, and the ones that point out what we could do better help us most.")]
    public void Descriptions_and_open_invitations_are_not_steering_or_positive_asks(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "GB"), text, "allow");
    [Theory]
    [InlineData("Wow, five stars, thank you Priya! To say thanks, here's 10% off your next order with code THANKS10.", "own-site", "US", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("Please leave us feedback: 5 stars, thanks!", "own-site", "US", "warn", "POSITIVE-ASK")]
    public void A_rating_thanked_right_after_it_is_received_not_asked(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Theory]
    [InlineData("Review your kettle on our site, good or bad, and you'll be entered into our monthly draw for a £25 voucher. Entry doesn't depend on your rating.", "own-site", "GB", "warn", "INCENTIVE")]
    [InlineData("One last nudge about feedback for your order, no worries if you'd rather not!", "own-site", "GB", "allow", "")]
    [InlineData("We're inviting only our happiest customers to share their experience on Trustpilot, click here if that's you!", "own-site", "GB", "block", "GATING")]
    [InlineData("When you write your review, please include the model number and what you use it for.", "own-site", "GB", "warn", "CONTENT-STEER")]
    public void Draws_nudges_audience_filters_and_content_requests_are_read(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Theory]
    [InlineData("亲，好评返现是平台明令禁止的，本店不参与任何返现活动，请按真实感受评价。", "taobao", "CN")]
    [InlineData("Once the lavender gift set has been opened and tried, we'd welcome your honest review, whatever you think.", "amazon", "US")]
    public void A_forbidden_practice_named_as_such_or_a_gift_set_is_not_an_incentive(string text, string platform, string market) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, "allow");
    [Theory]
    [InlineData("Leave us feedback, any rating is fine, and message us your username, we'll refund your $4.00 postage.", "ebay", "US", "block", "INCENTIVE")]
    [InlineData("Write a review on Amazon and we'll send you our 15% backer code for the next launch.", "amazon", "GB", "block", "INCENTIVE")]
    [InlineData("If you'd like to review it but you're busy, just send us a few words and we'll write it up for you.", "own-site", "GB", "block", "FAKE")]
    [InlineData("我们会免费补发新的表带，请先撤销差评，撤销后我们马上发货。", "aliexpress", "CN", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("Dear customer, we will resend a new strap for free, please first cancel the negative feedback, then we ship it today.", "aliexpress", "US", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("感謝您的建議，我們已調整包裝。不知道方不方便把評價修改一下呢？", "taobao", "TW", "block", "CHANGE-ASK")]
    public void Rebates_backer_codes_ghost_writing_and_polite_change_asks_are_read(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Theory]
    [InlineData("Your A-to-z claim was closed in your favour and the refund has been issued. Now that it's resolved, would you mind updating your review?", "amazon", "GB", "block", "CHANGE-ASK")]
    [InlineData("Several reviews on the product page mention the same thing, and you can filter them by rating.", "own-site", "GB", "allow", "")]
    [InlineData("Your order was poured with extra oatmeal this time. If you have a minute, an honest review on Amazon would help, good or bad.", "amazon", "US", "allow", "")]
    [InlineData("We are not allowed to offer compensation for reviews and we will not ask you to change a review.", "amazon", "CA", "allow", "")]
    public void Claims_descriptions_and_product_words_are_not_perks(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules, absent: "INCENTIVE,INCENTIVE-SENTIMENT");
    [Theory]
    [InlineData("So sorry the courier missed your delivery slot. Here's a $20 gift card for the inconvenience. We'd love for you to share your feedback on Amazon.", "amazon", "US", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("Please share your review on Amazon, as a thank you, we'll send a set of bookmarks once you've posted it.", "amazon", "US", "block", "INCENTIVE")]
    [InlineData("I'm happy to post you two fresh plants, and I'll send them as soon as you've changed the negative feedback to a positive.", "ebay", "GB", "block", "INCENTIVE-SENTIMENT")]
    [InlineData("Loved how our team fitted your new kitchen? Pop us a 5-star review on our site!", "own-site", "GB", "warn", "POSITIVE-ASK")]
    [InlineData("Many buyers leave their 5 star feedback before the parcel even arrives, feel free to do the same!", "ebay", "US", "block", "FAKE")]
    [InlineData("评价如果不知道写什么，我们可以帮您写好内容，您直接复制粘贴就好", "taobao", "CN", "block", "FAKE")]
    [InlineData("可以请亲戚朋友也在官网写条评价，不用真的购买，写感受就行", "own-site", "CN", "block", "FAKE")]
    public void Goodwill_perks_thank_you_gifts_ghost_written_and_pre_arrival_reviews_are_read(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);

    [Fact]
    public void Little_friends_are_children_not_reviewers()
    {
        const string text = "兒童餐具組已送達，如果您和小朋友都滿意，請給我們一個好評，謝謝！";
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "ebay", "TW"), text, "warn", "POSITIVE-ASK", absent: "FAKE");
    }
    [Theory]
    [InlineData("Here's a review link if you'd like to tell others about your order, no pressure!", "own-site", "AU", "allow", "")]
    [InlineData("If the size isn't right, exchanges are free for 30 days, just reply here. And if you loved it, a 5-star review would make our day!", "own-site", "GB", "warn", "POSITIVE-ASK")]
    [InlineData("sorry about the wrong colour, send it back and I'll refund you in full. best you hold off on the feedback till it's sorted ok?", "ebay", "US", "block", "GATING")]
    [InlineData("您的手錶已保養寄回，麻煩在評價中提到我們的保養服務，謝謝！", "taobao", "TW", "warn", "CONTENT-STEER")]
    public void Review_links_remedy_branches_hold_offs_and_requested_mentions_are_read(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);
    [Theory]
    [InlineData("Hi, we've now processed your refund in full. Now that it's gone through, would you consider updating your feedback?", "ebay", "GB", "warn", "CHANGE-ASK")]
    [InlineData("包裹里的小礼物是送给您的，无论您是否留下评价都一样，欢迎分享真实心得。", "own-site", "TW", "allow", "")]
    [InlineData("本店所有好评都来自真实买家，请放心购买。", "taobao", "CN", "allow", "")]
    [InlineData("亲，给个好评呗～不知道写啥的话直接copy这段：'做工很好，推荐！'", "taobao", "CN", "block", "FAKE")]
    [InlineData("Take that negative feedback down or we'll report you to eBay and block you from our listings.", "ebay", "GB", "block", "REMOVE-ASK")]
    [InlineData("您一天不修改差评，我们就一天打电话给您，直到您改了为止。", "taobao", "CN", "block", "THREAT")]
    public void Given_refunds_disclaimed_gifts_copied_reviews_and_harassment_are_read(string text, string platform, string market, string decision, string rules) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, platform, market), text, decision, rules);
}
