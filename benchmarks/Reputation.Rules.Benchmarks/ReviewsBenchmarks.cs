using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Reputation.Rules.Reviews;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// The review-solicitation guard on a corpus of realistic English and Chinese seller messages, against the usual
/// alternative: one <see cref="RegexOptions.Compiled"/> alternation of the same lexicon (case-insensitive, word
/// boundaries, the same inflections) run over the raw text — which only finds terms, without normalisation or
/// interpretation. Also: a clean message (allocations), and 100 KB vs 1 MB inputs (linear time).
/// </summary>
[MemoryDiagnoser]
public class ReviewsBenchmarks
{
    private static readonly string[] Corpus =
    [
        "Hi! Your order was delivered. If you have a minute, please leave a review of the product.",
        "Leave us a 5-star review and we'll refund $5 to your card!",
        "Write a review of any kind and get 10% off your next order. Reviews that received this coupon are marked as incentivised.",
        "Write a review of any kind and get 10% off your next order.",
        "We are sorry about the size. We will send you a replacement for free. Please contact us if anything else is wrong.",
        "We refunded you 3 USD, please change your 1-star feedback to 5 stars.",
        "If you do not remove your negative feedback we will report you to the platform and block your account.",
        "亲,收到货后给个五星好评,返现5元哦!",
        "亲,您的满意是我们最大的动力,期待您的评价。",
        "商品有任何问题请随时联系我们,我们会为您退款或换货。",
        "麻烦亲把差评删除一下,我们给您补偿10元红包。",
        "If you loved it, please leave a review! If not, please email us first instead so we can make it right.",
        "Happy with your purchase? Leave a review. Not happy? Contact support instead of reviewing.",
        "Please give us five stars, it really helps our small business!",
        "Please give us five stars, it really helps our small business!",
        "Could you post a review for our product on your blog? You don't need to buy it, we'll send you the text to paste.",
        "Thanks for buying! Feedback is always appreciated.",
        "Your package is on its way. Once it arrives, we would love to hear your review.",
        "Just a reminder: your review helps other buyers.",
        "Just a reminder: your review helps other buyers.",
        "Your order has shipped. Tracking number: LP0012345678CN. Estimated delivery 10-15 working days.",
        "好评晒图返现10元,联系客服领取。",
        "We have resolved your issue and sent a new item. If your opinion has changed, you are welcome to update your review.",
        "We have resolved your issue and sent a new item. If your opinion has changed, you are welcome to update your review.",
        "Leave a 5★ review and get a ｆｒｅｅ gift!",
        "Leave a 5-star re\u200Bview and get a free gift!",
        "好 评 返 现,五星好评截图找客服领3元。",
        "Thank you for your order! We offer free returns within 30 days and a full refund to your original payment method.",
        "Enjoyed your purchase? Leave us a 5-star review and we'll send you a $10 Amazon gift card!",
        "Get 20% off your next order when you leave a review!",
        "As a thank you for your honest review, we'll enter you into our monthly prize draw.",
        "Leave a positive review and receive a free sample.",
        "Post a photo review with 5 stars to get cashback.",
        "We've issued a full refund. Would you mind updating your review?",
        "We'll issue a full refund once you remove your 1-star review.",
        "Your replacement ships once you've revised your feedback.",
        "Please consider changing your rating to 5 stars now that the issue is resolved.",
        "If you don't take down your review, we will sue you for defamation.",
        "Per our terms of sale, you agreed not to post negative reviews. A $250 fee will be charged to your card.",
        "We know where you live. Delete the review.",
        "If you're happy, please leave feedback. If not, message us first so we can fix it.",
        "Only leave a review if you are 100% satisfied.",
        "Please don't leave negative feedback, contact us instead.",
        "Please mention how fast the shipping was in your review.",
        "Don't mention the delay in your review please.",
        "Could you ask your friends to leave a review too? They don't need to buy it.",
        "We can write the review for you, just post it under your name.",
        "Tell us how great this product is and get a coupon!",
        "Please leave a review about your experience with our product and get a discount coupon.",
        "Any review, good or bad, gets 10% off your next order.",
        "Whatever your rating, we'll send you a $5 voucher for reviewing.",
        "We'd really appreciate a 5-star rating!",
        "A glowing review would mean the world to us!",
        "If you like it, give us 5 stars.",
        "Rate us ⭐⭐⭐⭐⭐ please!",
        "L e a v e  a  5 s t a r  r e v i e w  a n d  g e t  $5",
        "5-st@r r3view = fr33 g1ft",
        "Leave a 𝟓-star 𝐫𝐞𝐯𝐢𝐞𝐰 and get a gift",
        "Please leave a five-star revіew",
        "PLEASE LEAVE A FIVE STAR REVIEW",
        "Leave a 5 star review → get $5 back",
        "Review us & get a free gift",
        "Could you help us by leaving your feedback? Every review helps a small business like ours.",
        "Ｌｅａｖｅ ａ ５ ｓｔａｒ ｒｅｖｉｅｗ ａｎｄ ｇｅｔ ａ ｃｏｕｐｏｎ",
        "We'll give you a $20 refund if you change your review.",
        "Would you be willing to remove your feedback if we provide you with a voucher for 25% off your next purchase?",
        "If you were happy with our services, please review us. If not, please contact our customer support.",
        "We will keep messaging you every day until you change your review.",
        "Write us a review and we'll pay you $3 via PayPal.",
        "Send us a screenshot of your 5-star review and we will refund the full price.",
        "Our customers say it's five star quality! Shop now and get 10% off.",
        "We review all refund requests within 2 business days.",
        "If it arrives broken, we will refund you in full.",
        "Thank you for your 5-star review! We're glad you love it.",
        "Thanks for your feedback. We have refunded your order.",
        "Refunds are processed within 5 business days. Please let us know if you have questions.",
        "Please review the attached invoice and let us know if anything is wrong.",
        "Feel free to contact us with any questions.",
        "We offer free shipping on all orders over $50.",
        "Please leave a review and let us know if you have any questions — we're always happy to help.",
        "We hope you enjoy your new headphones! If you have a moment, we'd love to hear your honest feedback.",
        "Our team will review your return request and issue a refund within 3 days.",
        "Rated 4.8 stars by over 10,000 customers! Order now and save 15%.",
        "We sent you a replacement yesterday. If you have time, please leave a review.",
        "Leave a review, and if you have any problems, contact us.",
        "Happy holidays! Please leave a review if you have a moment.",
        "If you need help, we're happy to assist. Please leave a review.",
        "Your order has been delivered. Enjoy!",
        "We noticed your 1-star review. We're sorry and have sent a replacement.",
        "Please update your shipping address so we can send your replacement.",
        "Free returns within 30 days. Share your experience with a review!",
        "We value every review, positive or negative. Please leave yours!",
        "How did we do? Let us know by leaving a review.",
        "Leave an honest review — whether it's 1 star or 5 stars, we want to hear it.",
        "Our 5-star customer service team is here to help 24/7.",
        "Please leave a review. If you have any questions, feel free to contact us.",
        "You can report abusive reviews to Amazon through the Report abuse link.",
        "This gift set makes a perfect gift for your family and friends.",
        "Your refund of $25.00 has been processed. We hope to see you again.",
        "Please share your experience with other buyers — it helps them choose.",
        "亲，给个五星好评吧，谢谢！",
        "好评返现5元，联系客服领取哦",
        "晒图追评送小礼品一份",
        "亲，麻烦追加一下评价，谢谢",
        "如果您不删除差评，我们将追究法律责任",
        "有问题请先联系客服，不要直接给差评哦",
        "不满意请联系客服，满意请给五星好评",
        "亲，记得给好评哦～",
        "感谢您的五星好评！",
        "好评如潮的爆款，现在下单立减20元",
        "已经给您退款了，麻烦把差评改一下",
        "给您退款10元，麻烦把差评改成好评",
        "评价满80字以上好评返现",
        "无论好评还是差评，评价后都可以领取5元红包",
        "好評返現5元",
        "亲，收到货后有任何问题请联系我们，我们会第一时间处理",
        "本店支持七天无理由退换货",
        "亲，期待您的评价哦",
        "给差评的一律拉黑",
        "我们可以帮您写好评价，直接复制粘贴即可",
        "评价时请提到我们的包装很好",
        "给个五星好评，返5元现金红包",
        "亲，如果满意的话麻烦给个五星哦",
        "亲，我们已经重新给您补发了，方便的话帮忙修改一下评价哦",
        "五星好评后联系客服可领取10元优惠券",
        "分享使用体验即送积分",
        "We will send you a free replacement. Sorry for the trouble!",
        "Leave a review? No worries if not.",
        "Could you confirm you received the item? If there is any problem, please contact us first before opening a case.",
        "Your opinion matters to us. Reviews help other shoppers make informed decisions.",
        "We are giving away 3 free gifts this month to random customers! Reply to enter.",
        "Congratulations! You've won a $10 coupon in our lucky draw. Also, feel free to leave a review.",
        "Free shipping on your next order! Please leave a review.",
        "If you leave a review, we will be very grateful.",
        "Please rate your delivery experience.",
        "We're sorry the item arrived damaged. We've sent a replacement and hope this makes it right.",
        "Don't forget to leave a review!",
        "We updated the product listing based on customer reviews.",
        "We've changed our packaging thanks to your feedback!",
        "5 stars = 5 dollars back",
        "Leave a review with photos and get a free phone case!",
        "Get a $15 Amazon gift card for every 5 star review. DM us the screenshot.",
        "We'll refund your shipping if you update your feedback to positive.",
        "Please help us by changing your feedback. We have already refunded the full amount.",
        "If you'd be willing to revise your review, we'd be happy to send a free replacement.",
        "Sorry about the issue. If you remove the 1-star review, we can offer a 50% refund.",
        "Could you please take down your review? We'll make it up to you.",
        "Hey! Would you mind leaving us a quick review? As a small thank you, you'll get 10% off your next order.",
        "Unhappy with your order? Don't leave a bad review — message us and we'll make it right!",
        "Before you leave feedback, please contact us so we can resolve any issues.",
        "Remember: a 5-star review from you means free shipping forever!",
        "Please give us 5 stars on Amazon and we'll send you a surprise gift.",
        "Leave us feedback and you could win an iPad!",
        "Post a review on your blog. No need to have tried the product.",
        "Use these keywords in your review: waterproof, durable, stylish.",
        "Love it? Review it!",
        "Thanks for the 5-star review! Here's 15% off your next order.",
        "Thanks for your feedback, you'll get a full refund.",
        "Thank you for your feedback. We will refund you today.",
        "Did you know you can edit your review anytime?",
        "亲，好评可以返现哦，截图发给客服",
        "五星好评+晒图=5元红包",
        "亲亲，麻烦您动动手指给个五星好评，感谢支持",
        "差评请先联系客服",
        "如有质量问题，我们负责退换，请放心购买",
        "亲，收到商品如果喜欢的话，记得回来评价哦",
        "评价后联系客服领取红包，好评差评都可以",
        "追评有礼",
        "请您将差评修改为好评，我们会补偿您20元",
        "您的评价对我们很重要，期待您的真实反馈",
        "我们的产品获得五星好评",
        "好评率高达99%，新品上市，五星品质，欢迎选购",
        "亲，您好，您的包裹已发出，请注意查收",
        "亲，满意的话给个五星好评哦，有问题请先联系客服，不要直接差评",
        "收到货给五星好评的顾客可以参加抽奖",
        "带图评价满20字，返3元红包",
        "好 評 返 現 喔",
        "亲，评价的时候不要提物流慢的问题哦",
        "您再不删差评，我们就天天打电话给您",
        "感谢您的评价，我们已经为您补发了新的商品",
    ];

    private SolicitationGuard _guard = null!;
    private Regex _regex = null!;
    private SolicitationMessage[] _messages = null!;
    private SolicitationMessage _clean = null!;
    private SolicitationMessage _hundredKb = null!;
    private SolicitationMessage _oneMb = null!;

    [GlobalSetup]
    public void Setup()
    {
        _guard = new SolicitationGuard();
        var sentAt = Instant.FromUtc(2026, 3, 11, 15, 0);
        var delivered = Instant.FromUtc(2026, 3, 5, 12, 0);
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        _messages = [.. Corpus.Select((text, i) => new SolicitationMessage(text, i % 2 == 0 ? "amazon" : "taobao", CountryCode.Parse(i % 3 == 0 ? "US" : "CN"))
        {
            SentAt = sentAt,
            DeliveredAt = delivered,
            BuyerTimeZone = zone,
        })];
        _clean = new SolicitationMessage("Your order has shipped. Tracking number: LP0012345678CN. Estimated delivery 10-15 working days.", "amazon", CountryCode.Parse("US"))
        {
            SentAt = sentAt,
            DeliveredAt = delivered,
            BuyerTimeZone = zone,
        };
        _hundredKb = new SolicitationMessage(Repeat(100_000), "amazon", CountryCode.Parse("US")) { SentAt = sentAt };
        _oneMb = new SolicitationMessage(Repeat(1_000_000), "amazon", CountryCode.Parse("US")) { SentAt = sentAt };

        var alternatives = BuiltInLexicon.Terms
            .Select(t => t.Text.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .Select(t =>
            {
                var inflects = t.EndsWith('*');
                var core = Regex.Escape(t.TrimEnd('*'));
                var latin = char.IsAsciiLetterOrDigit(t[0]);
                return (latin ? @"\b" : string.Empty) + core + (inflects ? "(?:s|es|ed|d|ing|er|ers)?" : string.Empty) + (latin && char.IsAsciiLetterOrDigit(t.TrimEnd('*')[^1]) ? @"\b" : string.Empty);
            });
        _regex = new Regex(string.Join("|", alternatives), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _ = RegexCorpus();
        _ = GuardCorpus();
    }

    private static string Repeat(int length)
    {
        var builder = new StringBuilder(length + 200);
        var i = 0;
        while (builder.Length < length)
        {
            builder.Append(Corpus[i++ % Corpus.Length]).Append(' ');
        }

        return builder.ToString(0, length);
    }

    [Benchmark(Baseline = true, Description = "Regex (Compiled) alternation, corpus")]
    public int RegexCorpus()
    {
        var count = 0;
        foreach (var message in _messages)
        {
            count += _regex.Count(message.Text);
        }

        return count;
    }

    [Benchmark(Description = "SolicitationGuard.Check, corpus")]
    public int GuardCorpus()
    {
        var blocked = 0;
        foreach (var message in _messages)
        {
            blocked += (int)_guard.Check(message).Decision;
        }

        return blocked;
    }

    [Benchmark(Description = "SolicitationGuard.Check, one clean message")]
    public SolicitationDecision CleanMessage() => _guard.Check(_clean).Decision;

    [Benchmark(Description = "SolicitationGuard.Check, 100 KB")]
    public SolicitationDecision HundredKilobytes() => _guard.Check(_hundredKb).Decision;

    [Benchmark(Description = "SolicitationGuard.Check, 1 MB")]
    public SolicitationDecision OneMegabyte() => _guard.Check(_oneMb).Decision;
}
