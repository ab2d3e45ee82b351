using System.Collections.Generic;
using static Reputation.Rules.Reviews.ReviewConcepts;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// The built-in English and Chinese vocabulary of review solicitation, read from the tab-separated files embedded
/// from <c>Reviews/Text/Lexicon/*.tsv</c> (see <see cref="LexiconFile"/> for the format), followed by one derivation
/// pass that is a rule rather than data. Terms come from the research notes
/// (docs/sources/review-solicitation.md §4a "Chinese solicitation phrase lexicon" and §10 "Detection notes":
/// incentive, sentiment, conditional-link, change/removal, gating, threat, content-steering and fake-review tokens)
/// and from the platform and statute wording quoted there (Amazon G201972160, 16 CFR 465.4, 《淘宝网评价规范》, SAMR
/// 网络反不正当竞争暂行规定 Art. 9(5)). Matches combine into findings only inside a sentence/clause window, so a single
/// word here never decides anything on its own.
/// </summary>
internal static class BuiltInLexicon
{
    public static IReadOnlyList<ReviewTerm> Terms { get; } = Build();

    private static List<ReviewTerm> Build() => Derive(LexiconFile.ReadAllEmbedded());

    /// <summary>
    /// Adds the concepts a term's wording implies, in place. A longer phrase swallows the matches inside it, so it
    /// must carry their concepts: a phrase with a review word is review talk ("for reviewing", "review us"), a phrase
    /// that gives or promises a benefit is a benefit ("we refunded you", "we will refund", 已退款).
    /// </summary>
    internal static List<ReviewTerm> Derive(List<ReviewTerm> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var term = list[i];
            var concepts = term.Concepts;
            if ((concepts & NotReviewTalk) != 0)
            {
                continue;
            }

            if ((concepts & (AlreadyGiven | Exchange | Promise | Condition)) != 0
                && ContainsAny(term.Text, "refund", "reimburs", "compensat", "credited", "replac", "reship", "resent", "pay", "cash", "coupon", "gift", "voucher", "discount", "free", "退", "补发", "返", "重发", "红包", "券"))
            {
                concepts |= Benefit;
            }

            if ((concepts & (Review | Acknowledgement | Discourage)) == 0
                && ContainsAny(term.Text, "review", "feedback", "rating", "评价", "好评", "差评", "评论", "五星", "追评", "晒图"))
            {
                concepts |= Review;
            }

            if ((concepts & Benefit) != 0 && ContainsAny(term.Text, "refund", "reimburs", "replac", "reship", "resen", "退款", "补发", "重发", "已退", "退了", "退过")
                && !ContainsAny(term.Text, "cash", "gift", "coupon", "voucher", "返现", "红包", "券"))
            {
                concepts |= MakeGood;
            }

            if (concepts != term.Concepts)
            {
                list[i] = new ReviewTerm(term.Text, concepts);
            }
        }

        return list;
    }

    private static bool ContainsAny(string text, params string[] parts)
    {
        foreach (var part in parts)
        {
            if (text.Contains(part, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
