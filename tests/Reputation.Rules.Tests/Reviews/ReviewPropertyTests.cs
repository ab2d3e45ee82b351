using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reputation.Rules.Reviews;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>
/// Properties over generated text: arbitrary Unicode (surrogates, combining marks, RTL and zero-width characters,
/// 1 MB inputs) never throws and every span lies inside the original; the decision does not depend on case or width.
/// </summary>
public sealed class ReviewPropertyTests
{
    private static readonly string[] Platforms = ["amazon", "aliexpress", "ebay", "taobao", "own-site"];
    private static readonly string[] Markets = ["US", "DE", "GB", "CN", "JP"];

    private static readonly string[] Fragments =
    [
        "review", "5★", "★★★★★", "好评", "返现", "差评", "删除", "free gift", "$5", "5元", "if not", "contact us first", "please", "thank you for your",
        "r e v i e w", "5-st@r", "ｆｒｅｅ", "好 评", "change your feedback", "we refunded you", "lawyer", "don't mention", ".", "!", "?", "。", "，", ",",
        "\n", " ", "  ", "\u200B", "\u202E", "\u0301", "\uFE0F", "\uD83C\uDF81", "\uD800", "\uDC00", "🧧", "→", "=", "*****", "'", "追评", "亲",
    ];

    private static Gen<string> Piece() => Gen.OneOf(
        Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString()),
        Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString()),
        Gen.Choose(0x0300, 0x036F).Select(c => ((char)c).ToString()),
        Gen.Elements("\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2069", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD", "\u0600", "\u05D0"),
        Gen.Choose(0xD800, 0xDFFF).Select(c => ((char)c).ToString()),
        Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32),
        Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()),
        Gen.Elements(Fragments));

    private static Gen<string> Text(int maxPieces) =>
        from count in Gen.Choose(0, maxPieces)
        from pieces in Gen.ArrayOf(Piece(), count)
        select string.Concat(pieces);

    private static bool Sound(string text, string platform, string market)
    {
        var report = ReviewTestKit.Guard.Check(new SolicitationMessage(text, platform, CountryCode.Parse(market))
        {
            SentAt = ReviewTestKit.SentAt,
            DeliveredAt = ReviewTestKit.Delivered,
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
            PreviousRequests = [ReviewTestKit.SentAt - Duration.FromHours(1)],
        });
        var decision = report.Findings.Select(SolicitationReport.DecisionOf).DefaultIfEmpty(SolicitationDecision.Allow).Max();
        return decision == report.Decision
            && report.Findings.All(f => f.Spans.All(s => s.Start >= 0 && s.End <= text.Length && s.Slice(text).Length == s.Length) && f.Message.Length > 0);
    }

    [FsCheck.Xunit.Property(MaxTest = 400)]
    public FsCheck.Property Arbitrary_unicode_never_throws_and_spans_lie_inside_the_original() =>
        Prop.ForAll(
            (from text in Text(60) from platform in Gen.Elements(Platforms) from market in Gen.Elements(Markets) select (text, platform, market)).ToArbitrary(),
            c => Sound(c.text, c.platform, c.market));

    [FsCheck.Xunit.Property(MaxTest = 400)]
    public FsCheck.Property Suggestions_for_arbitrary_unicode_never_throw_and_are_allowed_when_they_have_a_text() =>
        Prop.ForAll(
            (from text in Text(60) from platform in Gen.Elements(Platforms) from market in Gen.Elements(Markets) select (text, platform, market)).ToArbitrary(),
            c =>
            {
                var message = new SolicitationMessage(c.text, c.platform, CountryCode.Parse(c.market))
                {
                    SentAt = ReviewTestKit.SentAt,
                    DeliveredAt = ReviewTestKit.Delivered,
                    BuyerTimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
                };
                var decision = ReviewTestKit.Guard.Check(message).Decision;
                var suggestion = ReviewTestKit.Guard.Suggest(message);
                if (decision == SolicitationDecision.Allow || suggestion is null)
                {
                    return (decision == SolicitationDecision.Allow) == (suggestion is null);
                }

                if (suggestion.Text is null)
                {
                    return !string.IsNullOrWhiteSpace(suggestion.Reason);
                }

                var recheck = ReviewTestKit.Guard.Check(new SolicitationMessage(suggestion.Text, c.platform, CountryCode.Parse(c.market))
                {
                    SentAt = suggestion.SendAfter ?? ReviewTestKit.SentAt,
                    DeliveredAt = ReviewTestKit.Delivered,
                    BuyerTimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
                });
                return recheck.Decision == SolicitationDecision.Allow && suggestion.Text == SolicitationSuggestion.Apply(c.text, suggestion.Edits);
            });

    [FsCheck.Xunit.Property(MaxTest = 3)]
    public FsCheck.Property One_megabyte_inputs_never_throw() =>
        Prop.ForAll(
            Text(400).ToArbitrary(),
            chunk =>
            {
                var builder = new StringBuilder(1_000_100);
                var filler = chunk.Length == 0 ? "review " : chunk;
                while (builder.Length < 1_000_000)
                {
                    builder.Append(filler);
                }

                return Sound(builder.ToString(), "taobao", "CN");
            });

    [Xunit.Theory]
    [Xunit.InlineData("已经退款了麻烦把差评改一下送红包")] // one clause, many Chinese change verbs
    [Xunit.InlineData("好评,返现,改,删,")] // many clauses in one sentence
    [Xunit.InlineData("review, refund, change it, ")]
    [Xunit.InlineData("if you love it leave 5 stars and get a free gift ")]
    [Xunit.InlineData("thanks for the 5-star review here is 10% off, ")]
    public void Adversarial_one_megabyte_inputs_stay_linear(string pattern)
    {
        var text = string.Concat(Enumerable.Repeat(pattern, (1_000_000 / pattern.Length) + 1))[..1_000_000];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Xunit.Assert.True(Sound(text, "taobao", "CN"));
        Xunit.Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed} (a quadratic path takes minutes)");
    }

    private static readonly string[] Phrases =
    [
        "Leave a 5-star review", "and get a free gift", "please leave a review", "if you have a minute", "we refunded you 3 USD", "please change your feedback",
        "to 5 stars", "if not, contact us first", "thank you for your review", "five star quality", "we review refund requests", "don't mention the delay",
        "you don't need to buy it", "we will sue you", "remove your negative feedback", "get 10% off your next order", "whatever your rating",
        "If you loved it", "Happy with your purchase?", "Not happy?", "Contact support instead of reviewing", "Your order has shipped", "tracking number LP0012345678CN",
        "好评返现5元", "亲，期待您的评价", "麻烦把差评删除", "我们给您补偿10元红包", "不满意请联系客服", "给个五星好评", "F I V E  S T A R", "r3view", "★★★★★",
    ];

    private static Gen<string> Message() =>
        from count in Gen.Choose(1, 5)
        from phrases in Gen.ArrayOf(Gen.Elements(Phrases), count)
        from separators in Gen.ArrayOf(Gen.Elements(" ", ". ", "! ", ", ", "\n"), count)
        select string.Concat(phrases.Zip(separators, (p, s) => p + s));

    private static string FullWidth(string text, Func<int, bool> pick)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (pick(i) && chars[i] is >= '!' and <= '~')
            {
                chars[i] = (char)(chars[i] - '!' + '\uFF01');
            }
            else if (pick(i) && chars[i] == ' ')
            {
                chars[i] = '\u3000';
            }
        }

        return new string(chars);
    }

    private static string Decide(string text, string platform, string market)
    {
        var report = ReviewTestKit.Check(text, platform, market);
        return report.Decision + ":" + string.Join(",", report.Findings.Select(f => f.RuleId.Value).Order(StringComparer.Ordinal));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public FsCheck.Property The_decision_does_not_depend_on_case_or_width() =>
        Prop.ForAll(
            (from text in Message() from seed in Gen.Choose(0, 1000) from platform in Gen.Elements(Platforms) from market in Gen.Elements(Markets) select (text, seed, platform, market)).ToArbitrary(),
            c =>
            {
                var expected = Decide(c.text, c.platform, c.market);
                var random = new Random(c.seed);
                var mixedCase = string.Concat(c.text.Select(ch => random.Next(2) == 0 ? char.ToUpperInvariant(ch) : char.ToLowerInvariant(ch)));
                return Decide(c.text.ToUpperInvariant(), c.platform, c.market) == expected
                    && Decide(c.text.ToLowerInvariant(), c.platform, c.market) == expected
                    && Decide(mixedCase, c.platform, c.market) == expected
                    && Decide(FullWidth(c.text, _ => true), c.platform, c.market) == expected
                    && Decide(FullWidth(c.text, i => (i + c.seed) % 3 == 0), c.platform, c.market) == expected;
            });

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public FsCheck.Property Traditional_characters_of_the_lexicon_read_like_simplified() =>
        Prop.ForAll(
            Gen.Elements(("好评返现5元", "好評返現5元"), ("麻烦把差评删除，给您补偿红包", "麻煩把差評刪除，給您補償紅包"), ("亲，记得给五星好评哦", "親，記得給五星好評哦")).ToArbitrary(),
            pair => Decide(pair.Item1, "taobao", "CN") == Decide(pair.Item2, "taobao", "CN"));

    [Xunit.Fact]
    public void Culture_does_not_change_the_result()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var expected = Decide("LEAVE A 5-STAR REVIEW AND GET A FREE GIFT, İF NOT CONTACT US FIRST", "amazon", "US");
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Xunit.Assert.Equal(expected, Decide("LEAVE A 5-STAR REVIEW AND GET A FREE GIFT, İF NOT CONTACT US FIRST", "amazon", "US"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
