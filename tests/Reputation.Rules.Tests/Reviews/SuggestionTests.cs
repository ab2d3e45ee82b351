using System;
using System.Linq;
using NodaTime;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>
/// <see cref="SolicitationGuard.Suggest(SolicitationMessage)"/>: one test per fix family in English and Chinese, the
/// time fixes, the messages with nothing lawful left, and the guarantees (allowed on re-check, verbatim sentences,
/// edits that rebuild the text, nothing for an allowed message).
/// </summary>
public sealed class SuggestionTests
{
    private static SolicitationMessage Message(string text, string platform = "own-site", string market = "US") => ReviewTestKit.Message(text, platform, market);

    /// <summary>Suggests, and asserts what every suggestion with a text must satisfy.</summary>
    private static SolicitationSuggestion Suggest(SolicitationMessage message)
    {
        Assert.NotEqual(SolicitationDecision.Allow, ReviewTestKit.Guard.Check(message).Decision);
        var suggestion = ReviewTestKit.Guard.Suggest(message);
        Assert.NotNull(suggestion);
        if (suggestion.Text is { } text)
        {
            Assert.Null(suggestion.Reason);
            Assert.Equal(text, SolicitationSuggestion.Apply(message.Text, suggestion.Edits));
            var recheck = ReviewTestKit.Guard.Check(new SolicitationMessage(text, message.Platform, message.BuyerMarket)
            {
                SentAt = suggestion.SendAfter ?? message.SentAt,
                BuyerTimeZone = message.BuyerTimeZone,
                DeliveredAt = message.DeliveredAt,
                ExistingReviewStars = message.ExistingReviewStars,
                PreviousRequests = message.PreviousRequests,
            });
            Assert.Equal(SolicitationDecision.Allow, recheck.Decision);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(suggestion.Reason));
            Assert.Empty(suggestion.Edits);
        }

        return suggestion;
    }

    private static string Text(SolicitationMessage message) => Suggest(message).Text ?? throw new InvalidOperationException("no suggested text");

    private static string[] RuleIds(SolicitationSuggestion suggestion) => [.. suggestion.Edits.Select(e => e.RuleId.Value).Distinct()];

    [Fact]
    public void An_allowed_message_gets_no_suggestion() =>
        Assert.Null(ReviewTestKit.Guard.Suggest(Message("Hi! Your order was delivered. If you have a minute, please leave a review of the product.", "amazon")));

    [Fact]
    public void Suggesting_for_an_allowed_message_allocates_nothing_after_warm_up()
    {
        var message = Message("Hi! Your order was delivered. If you have a minute, please leave a review of the product.", "amazon");
        var guard = new SolicitationGuard();
        for (var i = 0; i < 50; i++)
        {
            guard.Suggest(message);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Assert.Null(guard.Suggest(message));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void English_sentiment_ask_becomes_an_honest_ask_and_the_article_follows()
    {
        var suggestion = Suggest(Message("Thanks for your order! Please leave us a 5-star review."));
        Assert.Equal("Thanks for your order! Please leave us an honest review.", suggestion.Text);
        Assert.Equal(["REV-POSITIVE-ASK"], RuleIds(suggestion));
        var edit = Assert.Single(suggestion.Edits);
        Assert.Equal("a 5-star review", "Thanks for your order! Please leave us a 5-star review.".Substring(edit.Start, edit.Length));
        Assert.Null(suggestion.SendAfter);
    }

    [Fact]
    public void Chinese_sentiment_ask_becomes_an_honest_ask() =>
        Assert.Equal("亲，麻烦给个真实评价哦！谢谢支持。", Text(Message("亲，麻烦给个五星好评哦！谢谢支持。", "taobao", "CN")));

    [Fact]
    public void English_incentive_offer_sentence_is_dropped() =>
        Assert.Equal("Please leave a review of the lamp.", Text(Message("Please leave a review of the lamp. We'll send you a $10 gift card once it's posted.", "amazon")));

    [Fact]
    public void English_incentive_in_the_ask_sentence_leaves_an_honest_ask() =>
        Assert.Equal("Thanks for shopping with us! We would be grateful for your honest review.",
            Text(Message("Thanks for shopping with us! Leave a 5-star review and we'll send you 20% off your next order.")));

    [Fact]
    public void Chinese_incentive_offer_sentence_is_dropped() =>
        Assert.Equal("谢谢您在小程序里写的评价！", Text(Message("谢谢您在小程序里写的评价！作为感谢，送您一张全场9折券，券码 XM2026，有效期一个月。", "taobao", "CN")));

    [Fact]
    public void A_pure_sentiment_offer_has_nothing_lawful_left()
    {
        var suggestion = Suggest(Message("5 stars = $5 back!", "amazon"));
        Assert.Null(suggestion.Text);
        Assert.Contains("Nothing lawful is left", suggestion.Reason, StringComparison.Ordinal);
        Assert.False(suggestion.HasText);
    }

    [Fact]
    public void A_pure_Chinese_cashback_offer_has_nothing_lawful_left() =>
        Assert.Null(Suggest(Message("好评返现5元！", "taobao", "CN")).Text);

    [Fact]
    public void English_gating_keeps_the_support_offer_for_everyone()
    {
        var suggestion = Suggest(Message("Hello Priya, we hope you love your new glass kettle! If you had a great experience, please leave us a review on Amazon. If something wasn't right, please reply to this message instead so our team can help.", "amazon"));
        Assert.Equal("Hello Priya, we hope you love your new glass kettle! We would be grateful for your honest review. If anything is wrong with your order, please contact us and we will help.", suggestion.Text);
        Assert.Contains("REV-GATING", RuleIds(suggestion));
    }

    [Fact]
    public void Chinese_gating_keeps_the_support_offer_for_everyone() =>
        Assert.Equal("欢迎您留下真实的评价。如果订单有任何问题，请随时联系我们，我们会尽力解决。", Text(Message("有任何问题请先联系客服，千万不要直接给中差评哦", "taobao", "CN")));

    [Fact]
    public void English_change_request_becomes_an_offer_of_help()
    {
        var message = Message("Sorry again about the delay. Could you please remove your negative review?");
        var suggestion = Suggest(message);
        Assert.Equal("Sorry again about the delay. If anything about your order is still not right, please reply and we will gladly help.", suggestion.Text);
        Assert.Equal(["REV-REMOVE-ASK"], RuleIds(suggestion));
    }

    [Fact]
    public void Chinese_change_request_becomes_an_offer_of_help() =>
        Assert.Equal("如果订单还有任何问题，请随时联系我们，我们很乐意帮忙。", Text(Message("亲，麻烦把差评改成好评吧", "taobao", "CN")));

    [Fact]
    public void English_content_steering_is_dropped() =>
        Assert.Equal("Please leave a review of the jacket.", Text(Message("Please leave a review of the jacket. Please don't mention the late delivery.")));

    [Fact]
    public void Chinese_content_steering_is_dropped() =>
        Assert.Equal("欢迎您收到货后评价。", Text(Message("欢迎您收到货后评价。评价里请不要提物流慢的事。", "taobao", "CN")));

    [Fact]
    public void English_threats_only_have_nothing_lawful_left() =>
        Assert.Null(Suggest(Message("If you leave a negative review, we will take legal action against you.")).Text);

    [Fact]
    public void Chinese_threats_only_have_nothing_lawful_left() =>
        Assert.Null(Suggest(Message("你敢给差评，我们就把你拉黑，以后别想在本店买东西。", "taobao", "CN")).Text);

    [Fact]
    public void A_fake_review_request_has_nothing_lawful_left()
    {
        var suggestion = Suggest(Message("Could you ask your friends to post a review too, even if they haven't bought it?", "amazon"));
        Assert.Null(suggestion.Text);
        Assert.Contains("did not buy", suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_messages_keep_each_sentences_language() =>
        Assert.Equal("Thanks for your order! 亲，给个真实评价哦！", Text(Message("Thanks for your order! 亲，给个五星好评哦！")));

    [Fact]
    public void Sentences_without_a_finding_are_kept_verbatim()
    {
        const string text = "Hi Sam,\n\nYour parcel arrived on Monday.  We hope the boots fit!\n\nPlease leave us a 5-star review.\n\nBest,\nNora";
        var suggestion = Suggest(Message(text));
        Assert.Equal("Hi Sam,\n\nYour parcel arrived on Monday.  We hope the boots fit!\n\nPlease leave us an honest review.\n\nBest,\nNora", suggestion.Text);
    }

    [Fact]
    public void Quiet_hours_move_the_send_time_to_the_next_08_00_in_the_buyers_zone()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var message = new SolicitationMessage("Hi! Your order was delivered. If you have a minute, please leave a review of the product.", "own-site", CountryCode.Parse("DE"))
        {
            SentAt = Instant.FromUtc(2026, 3, 11, 22, 30), // 23:30 in Berlin
            BuyerTimeZone = berlin,
        };
        var suggestion = Suggest(message);
        Assert.Equal(message.Text, suggestion.Text);
        Assert.Empty(suggestion.Edits);
        Assert.Equal(Instant.FromUtc(2026, 3, 12, 7, 0), suggestion.SendAfter); // 08:00 CET
    }

    [Fact]
    public void Too_soon_after_delivery_moves_the_send_time_to_the_first_allowed_instant()
    {
        var delivered = Instant.FromUtc(2026, 3, 10, 12, 0);
        var message = new SolicitationMessage("Hi! Your order was delivered. If you have a minute, please leave a review of the product.", "amazon", CountryCode.Parse("US"))
        {
            SentAt = Instant.FromUtc(2026, 3, 11, 15, 0),
            DeliveredAt = delivered,
        };
        Assert.Equal(delivered + Duration.FromDays(5), Suggest(message).SendAfter); // amazon: from 5 days after delivery
    }

    [Fact]
    public void Too_soon_after_the_last_request_waits_for_the_minimum_gap()
    {
        var last = Instant.FromUtc(2026, 3, 10, 12, 0);
        var message = new SolicitationMessage("Hi! If you have a minute, please leave a review of the product.", "own-site", CountryCode.Parse("DE"))
        {
            SentAt = Instant.FromUtc(2026, 3, 11, 12, 0),
            PreviousRequests = [last],
        };
        Assert.Equal(last + Duration.FromHours(72), Suggest(message).SendAfter);
    }

    [Fact]
    public void Too_many_requests_get_no_send_time_and_the_reason()
    {
        var message = new SolicitationMessage("Hi! If you have a minute, please leave a review of the product.", "amazon", CountryCode.Parse("US"))
        {
            SentAt = Instant.FromUtc(2026, 3, 11, 12, 0),
            PreviousRequests = [Instant.FromUtc(2026, 3, 1, 12, 0)],
        };
        var suggestion = Suggest(message);
        Assert.Null(suggestion.Text);
        Assert.Null(suggestion.SendAfter);
        Assert.Contains("at most 1", suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_send_time_beyond_the_representable_range_is_a_reason_not_an_exception()
    {
        var message = new SolicitationMessage("Please leave us a 5-star review!", "amazon", CountryCode.Parse("DE"))
        {
            SentAt = Instant.FromUtc(2026, 3, 11, 12, 0),
            DeliveredAt = Instant.FromUtc(9999, 12, 31, 23, 59, 59),
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["Etc/GMT+12"],
        };
        var suggestion = Suggest(message);
        Assert.Null(suggestion.Text);
        Assert.Contains("beyond the range", suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_time_are_fixed_together()
    {
        var message = new SolicitationMessage("Please leave us a 5-star review!", "own-site", CountryCode.Parse("CN"))
        {
            SentAt = Instant.FromUtc(2026, 3, 11, 15, 0), // 23:00 in Shanghai
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
        };
        var suggestion = Suggest(message);
        Assert.Equal("Please leave us an honest review!", suggestion.Text);
        Assert.Equal(Instant.FromUtc(2026, 3, 12, 0, 0), suggestion.SendAfter); // 08:00 in Shanghai
    }

    [Fact]
    public void A_guard_without_rewrites_answers_with_a_reason_through_the_interface_default()
    {
        ISolicitationGuard guard = new CheckOnlyGuard(ReviewTestKit.Guard);
        Assert.Null(guard.Suggest(Message("Please leave a review.")));
        var suggestion = guard.Suggest(Message("Please leave us a 5-star review."));
        Assert.NotNull(suggestion);
        Assert.Null(suggestion.Text);
        Assert.NotNull(suggestion.Reason);
    }

    [Fact]
    public void A_one_megabyte_message_gets_an_answer_quickly()
    {
        var text = new System.Text.StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append("Thanks for your order. Please leave us a 5-star review. We will send you $5 for it. ");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var suggestion = ReviewTestKit.Guard.Suggest(Message(text.ToString()));
        Assert.NotNull(suggestion);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Suggestion_values_validate_their_arguments()
    {
        Assert.Throws<ArgumentException>(() => SolicitationSuggestion.None(" "));
        Assert.Throws<ArgumentException>(() => SolicitationSuggestion.Rewrite("x", null, [new SuggestionEdit(5, 1, "", ReviewRuleIds.Fake), new SuggestionEdit(0, 1, "", ReviewRuleIds.Fake)]));
        Assert.Throws<ArgumentException>(() => SolicitationSuggestion.Apply("abc", [new SuggestionEdit(2, 5, "", ReviewRuleIds.Fake)]));
        Assert.Equal("aXc", SolicitationSuggestion.Apply("abc", [new SuggestionEdit(1, 1, "X", ReviewRuleIds.Fake)]));
        Assert.Contains("no suggestion", SolicitationSuggestion.None("because").ToString(), StringComparison.Ordinal);
    }

    /// <summary>A guard that checks but does not rewrite: it relies on the interface's default <c>Suggest</c>.</summary>
    private sealed class CheckOnlyGuard(SolicitationGuard inner) : ISolicitationGuard
    {
        public System.Collections.Immutable.ImmutableArray<RuleDescriptor> Rules => inner.Rules;

        public bool HasPlatform(string? name) => inner.HasPlatform(name);

        public SolicitationReport Check(SolicitationMessage message) => inner.Check(message);

        public SolicitationReport Check(SolicitationCampaign campaign) => inner.Check(campaign);
    }
}
