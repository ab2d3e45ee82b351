using System;
using System.Collections.Immutable;
using System.Text;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Complaints;

/// <summary>
/// Drafts the reply to a negative review from fixed, reviewed sentences: an apology naming the causes found, the
/// remedy offered to this buyer, and a way to reach the seller. The templates never mention the review, a rating, or a
/// benefit tied to either, so the review guard allows them under every built-in profile (a test checks every cause
/// combination under every platform and market); the guard's verdict is still part of the output.
/// </summary>
internal static class ReplyDrafter
{
    private static readonly string[] EnCause =
    [
        "the size did not fit the way you expected",
        "the item did not match its description",
        "the item did not meet the quality you should expect",
        "your item arrived damaged",
        "you did not receive exactly what you ordered",
        "your delivery took longer than it should have",
        "our replies fell short",
        "your return or refund was not handled smoothly",
        "the item did not feel worth its price",
    ];

    private static readonly string[] EnOffer =
    [
        "We can exchange it for another size or arrange a return, and we are adding measured dimensions to our size chart.",
        "We can arrange a return or a replacement, and we are correcting the photos and description.",
        "We can send a replacement or arrange a return, and we have passed the problem to our quality team.",
        "We can send a replacement or arrange a return, and we are improving our packaging.",
        "We will send the correct item or the missing parts right away.",
        "We will check the tracking with the carrier and keep you updated until your parcel arrives.",
        "We now answer every message within one business day.",
        "We will look at your return today and confirm the next step with you.",
        "We are looking again at our pricing, and we can arrange a return if you prefer.",
    ];

    private static readonly string[] ZhCause =
    [
        "尺码不合适", "商品与描述不符", "商品质量没有达到您的期望", "商品在运输中受损", "您没有收到正确或完整的商品",
        "物流比预期慢", "我们的回复不够及时", "退换货处理得不够顺利", "商品没有让您觉得物有所值",
    ];

    private static readonly string[] ZhOffer =
    [
        "我们可以为您换码或办理退货，并会在尺码表中补充实测尺寸。",
        "我们可以为您办理退货或换货，并会更正图片和描述。",
        "我们可以为您补发或办理退货，并已将问题反馈给质检。",
        "我们可以为您补发或办理退货，并会加强包装。",
        "我们会马上为您补发正确的商品或缺少的配件。",
        "我们会向快递公司核实物流，并随时告诉您最新进展。",
        "我们现在会在一个工作日内回复每一条消息。",
        "我们今天就会处理您的退换货，并与您确认下一步。",
        "我们正在重新评估定价，如您需要也可以为您办理退货。",
    ];

    /// <summary>The reply's language: the review's declared language when it is English or Chinese, else the text's majority script.</summary>
    public static string LanguageOf(CustomerReview review)
    {
        if (review.Language is { } declared)
        {
            if (declared.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return "zh";
            }

            if (declared.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        var cjk = 0;
        var latin = 0;
        foreach (var c in review.Text)
        {
            if (TextFolding.IsCjk(c))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Chinese character carries about as much as a short English word: weigh them so.
        return cjk * 4 >= latin && cjk > 0 ? "zh" : "en";
    }

    /// <summary>The draft text for these causes (none: a general apology).</summary>
    public static string Draft(ImmutableArray<CauseFinding> causes, string language)
    {
        var zh = language == "zh";
        var text = new StringBuilder();
        text.Append(zh ? "您好，感谢您告诉我们这次的情况，非常抱歉" : "Hello, and thank you for letting us know. We are sorry that ");
        if (causes.IsEmpty)
        {
            text.Append(zh ? "这次购物没有让您满意" : "your order did not meet your expectations");
        }
        else
        {
            for (var i = 0; i < causes.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(zh ? "，" : i == causes.Length - 1 ? (causes.Length > 2 ? ", and " : " and ") : ", ");
                }

                text.Append((zh ? ZhCause : EnCause)[(int)causes[i].Cause]);
            }
        }

        text.Append(zh ? "。" : ".");
        foreach (var cause in causes)
        {
            text.Append(zh ? string.Empty : " ").Append((zh ? ZhOffer : EnOffer)[(int)cause.Cause]);
        }

        text.Append(zh ? "请通过订单消息联系我们，我们会尽快为您处理。" : " Please contact us through your order messages so we can put this right.");
        return text.ToString();
    }
}
