using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.Complaints;
using Reputation.Rules.Reviews;
using Xunit;
using static Reputation.Rules.Complaints.FeedbackCause;

namespace Reputation.Rules.Tests.Complaints;

/// <summary>The causes of complaints: the contract's examples and readings, both languages, negation, spans and confidence.</summary>
public sealed class FeedbackAnalyzerTests
{
    private static readonly FeedbackAnalyzer Analyzer = new();

    private static FeedbackCause[] Causes(string text) => [.. Analyzer.FindCauses(text).Select(c => c.Cause)];

    [Theory]
    [InlineData("Runs two sizes small, had to return it", SizeFit)]
    [InlineData("much smaller than the picture", SizeFit)]
    [InlineData("listing says compact, it's massive", SizeFit)]
    [InlineData("not small at all — it's huge", SizeFit)]
    [InlineData("偏小", SizeFit)]
    [InlineData("尺码不准，建议拍大一码", SizeFit)]
    [InlineData("色差太大，与描述不符", NotAsDescribed)]
    [InlineData("The colour is nothing like the photos, looks cheap", NotAsDescribed)]
    [InlineData("listed as waterproof, soaked through on the first walk", NotAsDescribed)]
    [InlineData("It says real leather but it's plastic, not leather", NotAsDescribed)]
    [InlineData("cheap junk", Quality)]
    [InlineData("feels flimsy", Quality)]
    [InlineData("stopped working after a week", Quality)]
    [InlineData("用了两天就坏了", Quality)]
    [InlineData("dead on arrival, the box was perfectly intact", Quality)]
    [InlineData("arrived broken, the box was crushed", DamagedInTransit)]
    [InlineData("包装破损，杯子碎了", DamagedInTransit)]
    [InlineData("ordered M, got L", WrongItem)]
    [InlineData("发错货了，还少发了一个配件", WrongItem)]
    [InlineData("Only 3 of the 4 chairs came, missing screws too", WrongItem)]
    [InlineData("物流慢，等了一个月，没有物流信息", ShippingDelay)]
    [InlineData("still waiting for my package, tracking hasn't updated in 2 weeks", ShippingDelay)]
    [InlineData("Package was stuck in customs for 3 weeks", ShippingDelay)]
    [InlineData("seller never replied to my messages", Communication)]
    [InlineData("客服不回复，态度差", Communication)]
    [InlineData("They refused my return even though it was within 30 days", ReturnRefund)]
    [InlineData("退款慢，不给退", ReturnRefund)]
    [InlineData("still haven't received my refund", ReturnRefund)]
    [InlineData("not worth the money, found it cheaper on Amazon", PriceValue)]
    [InlineData("性价比低，不值这个价", PriceValue)]
    public void Each_cause_is_found_in_english_and_chinese(string text, FeedbackCause expected) =>
        Assert.Equal([expected], Causes(text));

    [Theory]
    [InlineData("Great product, love it!")]
    [InlineData("smaller than I expected, but perfect for my desk")]
    [InlineData("no damage, well packed")]
    [InlineData("not flimsy at all, very sturdy")]
    [InlineData("I was worried it would be small but it fits")]
    [InlineData("一点色差都没有，很满意")]
    [InlineData("东西不错，物流也快，好评")]
    [InlineData("the delivery driver was rude")]
    [InlineData("hope it lasts")]
    [InlineData("Fits true to size, fabric is soft, fast delivery")]
    [InlineData("快递员态度很差")]
    [InlineData("")]
    public void A_review_without_a_complaint_has_no_cause(string text) =>
        Assert.Empty(Analyzer.FindCauses(text));

    [Fact]
    public void Contrast_keeps_only_the_complaint_after_praise() =>
        Assert.Equal([Quality], Causes("物流很快但是质量差"));

    [Fact]
    public void A_wrong_variant_is_a_wrong_item_not_a_size_problem() =>
        Assert.Equal([WrongItem], Causes("Sent me the wrong size, I ordered a medium"));

    [Fact]
    public void Several_causes_come_in_contract_order_with_their_own_spans()
    {
        const string text = "Took over a month to arrive and the glass was shattered. The seller never replied.";
        var causes = Analyzer.FindCauses(text);
        Assert.Equal([DamagedInTransit, ShippingDelay, Communication], causes.Select(c => c.Cause));
        foreach (var cause in causes)
        {
            Assert.NotEmpty(cause.Spans);
            Assert.NotEmpty(cause.Terms);
            Assert.All(cause.Spans, s => Assert.InRange(s.End, 1, text.Length));
        }

        Assert.Equal("never replied", causes[2].Spans[0].Slice(text));
    }

    [Fact]
    public void Spans_point_into_the_original_text_not_the_normalised_one()
    {
        const string text = "Ｔｈｅ  ＳＥＬＬＥＲ   never   replied!!";
        var cause = Assert.Single(Analyzer.FindCauses(text));
        Assert.Equal("never   replied", cause.Spans[0].Slice(text));
    }

    [Fact]
    public void Traditional_chinese_is_read_like_simplified() =>
        Assert.Equal([ShippingDelay, Communication], Causes("賣家出貨超慢，問了也都已讀不回"));

    [Fact]
    public void An_unambiguous_phrase_is_clear_and_a_single_weak_cue_likely()
    {
        Assert.Equal(FeedbackConfidence.Clear, Analyzer.FindCauses("runs small").Single().Confidence);
        Assert.Equal(FeedbackConfidence.Likely, Analyzer.FindCauses("It's all junk.").Single().Confidence);
    }

    [Fact]
    public void The_id_of_each_cause_is_the_contract_id_and_parses_back()
    {
        string[] expected =
        [
            "CAUSE-SIZE-FIT", "CAUSE-NOT-AS-DESCRIBED", "CAUSE-QUALITY", "CAUSE-DAMAGED-IN-TRANSIT", "CAUSE-WRONG-ITEM",
            "CAUSE-SHIPPING-DELAY", "CAUSE-COMMUNICATION", "CAUSE-RETURN-REFUND", "CAUSE-PRICE-VALUE",
        ];
        Assert.Equal(expected, FeedbackCauses.All.Select(c => c.Id()));
        foreach (var cause in FeedbackCauses.All)
        {
            Assert.True(FeedbackCauses.TryParse(cause.Id(), out var parsed));
            Assert.Equal(cause, parsed);
            Assert.True(FeedbackCauses.TryParse(cause.Id()["CAUSE-".Length..].ToLowerInvariant(), out parsed));
            Assert.Equal(cause, parsed);
        }

        Assert.False(FeedbackCauses.TryParse("CAUSE-UNKNOWN", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((FeedbackCause)42).Id());
    }

    [Fact]
    public void A_negative_review_gets_a_reply_in_its_language_that_the_guard_allows()
    {
        var en = Analyzer.Analyze(new CustomerReview("r1", "Runs two sizes small") { Stars = 2, Platform = "amazon", Market = CountryCode.Parse("US") });
        Assert.NotNull(en.Reply);
        Assert.Equal("en", en.Reply.Language);
        Assert.Equal(SolicitationDecision.Allow, en.Reply.Guard);
        Assert.Contains("size", en.Reply.Text, StringComparison.Ordinal);

        var zh = Analyzer.Analyze(new CustomerReview("r2", "物流很快但是质量差") { Stars = 1, Platform = "taobao", Market = CountryCode.Parse("CN") });
        Assert.Equal("zh", zh.Reply!.Language);
        Assert.Equal(SolicitationDecision.Allow, zh.Reply.Guard);

        var positive = Analyzer.Analyze(new CustomerReview("r3", "Love it") { Stars = 5 });
        Assert.False(positive.IsNegative);
        Assert.Null(positive.Reply);
    }

    [Fact]
    public void Every_reply_template_is_allowed_under_every_platform_and_market()
    {
        var guard = new SolicitationGuard();
        string[] markets = ["US", "GB", "DE", "FR", "CN", "JP", "BR", "AU"];
        var combos = new List<FeedbackCause[]>();
        combos.AddRange(FeedbackCauses.All.Select(c => new[] { c }));
        combos.Add([.. FeedbackCauses.All]);
        combos.Add([]);
        combos.Add([SizeFit, ShippingDelay]);
        combos.Add([Quality, ReturnRefund, Communication]);
        foreach (var platform in guard.Platforms.Select(p => p.Name))
        {
            foreach (var market in markets)
            {
                foreach (var combo in combos)
                {
                    foreach (var language in new[] { "en", "zh" })
                    {
                        var causes = combo.Select(c => new CauseFinding(c, FeedbackConfidence.Clear, [], [])).ToImmutableArray();
                        var text = ReplyDrafter.Draft(causes, language);
                        var report = guard.Check(new SolicitationMessage(text, platform, CountryCode.Parse(market)) { SentAt = Instant.FromUtc(2026, 3, 10, 12, 0) });
                        Assert.True(report.Decision == SolicitationDecision.Allow, $"{platform}/{market}/{language}: {report} for '{text}'");
                        Assert.DoesNotContain("review", text, StringComparison.OrdinalIgnoreCase);
                        Assert.DoesNotContain("评价", text, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_review_without_stars_is_negative_only_when_it_complains_or_is_a_dispute()
    {
        Assert.True(Analyzer.Analyze(new CustomerReview("a", "arrived broken, box crushed")).IsNegative);
        Assert.False(Analyzer.Analyze(new CustomerReview("b", "thanks")).IsNegative);
        Assert.True(Analyzer.Analyze(new CustomerReview("c", "thanks") { IsDispute = true }).IsNegative);
        Assert.True(Analyzer.Analyze(new CustomerReview("d", "fine") { Stars = 3 }).IsNegative);
        Assert.False(Analyzer.Analyze(new CustomerReview("e", "too small") { Stars = 4 }).IsNegative);
    }

    [Fact]
    public void Bad_input_gets_specific_errors()
    {
        Assert.Throws<ArgumentException>(() => new CustomerReview(" ", "x"));
        Assert.Throws<ArgumentNullException>(() => new CustomerReview("a", null!));
        var stars = Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerReview("a", "x") { Stars = 6 });
        Assert.Contains("Stars", stars.Message, StringComparison.Ordinal);
        var platform = Assert.Throws<ArgumentException>(() => Analyzer.Analyze(new CustomerReview("a", "x") { Platform = "nosuch" }));
        Assert.Contains("nosuch", platform.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Analyzer.FindCauses(null!));
    }

    [Fact]
    public void Invalid_options_list_every_problem()
    {
        var options = new FeedbackOptions
        {
            DefaultMarket = "XX1",
            Terms = [new FeedbackTermOptions { Text = " ", Cause = "CAUSE-NOPE" }],
            Remedies = [new FeedbackRemedyOptions { Cause = "size-fit", Id = "", Text = "" }],
        };
        var ex = Assert.Throws<ArgumentException>(() => new FeedbackAnalyzer(options));
        Assert.Contains("Feedback.DefaultMarket", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Feedback.Terms[0].Text", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Feedback.Terms[0].Cause: 'CAUSE-NOPE'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Feedback.Remedies[0].Id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Feedback.Remedies[0].Text", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Feedback.Remedies[0].Cause", ex.Message, StringComparison.Ordinal);
        var syntax = Assert.Throws<ArgumentException>(() => new FeedbackAnalyzer(new FeedbackOptions { Terms = [new FeedbackTermOptions { Text = "zipper {jam", Cause = "quality" }, new FeedbackTermOptions { Text = "{a|}", Cause = "quality" }] }));
        Assert.Contains("Feedback.Terms[0].Text: '{' without a matching '}'", syntax.Message, StringComparison.Ordinal);
        Assert.Contains("Feedback.Terms[1].Text:", syntax.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CauseFinding((FeedbackCause)42, FeedbackConfidence.Clear, [], []));
        var twice = new CauseFinding(SizeFit, FeedbackConfidence.Clear, [], []);
        Assert.Throws<ArgumentException>(() => new FeedbackAnalysis(new CustomerReview("x", "y"), [twice, twice], null));
        var platform = Assert.Throws<ArgumentException>(() => new FeedbackAnalyzer(new FeedbackOptions { DefaultPlatform = "mars" }));
        Assert.Contains("Feedback.DefaultPlatform: 'mars'", platform.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_terms_add_causes_and_remedies_add_to_or_replace_the_built_in_ones()
    {
        var analyzer = new FeedbackAnalyzer(new FeedbackOptions
        {
            Terms = [new FeedbackTermOptions { Text = "zipper jams", Cause = "CAUSE-QUALITY", Clear = true }, new FeedbackTermOptions { Text = "{wobbly|wonky} legs", Cause = "quality" }],
            Remedies =
            [
                new FeedbackRemedyOptions { Cause = "CAUSE-QUALITY", Id = "ykk", Text = "Switch to YKK zippers.", Source = "supplier audit" },
                new FeedbackRemedyOptions { Cause = "CAUSE-PRICE-VALUE", Id = "bundle", Text = "Bundle the spare strap.", ReplaceBuiltIn = true },
            ],
        });
        var jam = Assert.Single(analyzer.FindCauses("the zipper jams every time"));
        Assert.Equal((Quality, FeedbackConfidence.Clear), (jam.Cause, jam.Confidence));
        Assert.Equal(Quality, Assert.Single(analyzer.FindCauses("wonky legs")).Cause);
        Assert.Contains(analyzer.RemediesFor(Quality), r => r.Id == "ykk" && r.Source == "supplier audit");
        Assert.Contains(analyzer.RemediesFor(Quality), r => r.Id == "batch-inspection");
        Assert.Equal(["bundle"], analyzer.RemediesFor(PriceValue).Select(r => r.Id));
        Assert.All(FeedbackCauses.All, c => Assert.NotEmpty(Analyzer.RemediesFor(c)));
        Assert.All(FeedbackCauses.All.SelectMany(c => Analyzer.RemediesFor(c)), r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void Without_the_built_in_terms_only_custom_terms_are_read()
    {
        var analyzer = new FeedbackAnalyzer(new FeedbackOptions { UseBuiltInTerms = false, Terms = [new FeedbackTermOptions { Text = "meh", Cause = "CAUSE-QUALITY" }] });
        Assert.Empty(analyzer.FindCauses("runs small, arrived broken"));
        Assert.Single(analyzer.FindCauses("meh"));
    }

    [Fact]
    public void Period_names_follow_iso_weeks_months_and_days_in_utc()
    {
        var at = InstantPattern.ExtendedIso.Parse("2027-01-01T01:00:00Z").Value;
        Assert.Equal("2026-W53", new FeedbackAnalyzer().PeriodName(at));
        Assert.Equal("2027-01", new FeedbackAnalyzer(new FeedbackOptions { Period = FeedbackPeriod.Month }).PeriodName(at));
        Assert.Equal("2027-01-01", new FeedbackAnalyzer(new FeedbackOptions { Period = FeedbackPeriod.Day }).PeriodName(at));
    }
}
