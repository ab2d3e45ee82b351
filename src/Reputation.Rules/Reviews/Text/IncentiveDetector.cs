using System;
using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Benefits tied to a review: a benefit (or something the buyer already paid for, held back) linked to a review action in
/// the same clause, the sentence or a neighbouring one; offered, already given or unmarked; never a policy, a remedy, a
/// disclaimed or negated benefit; a refund or replacement only through an explicit link. Claims
/// <see cref="ClaimKind.IncentiveSentiment"/> when a sentiment, a change or a removal is involved, else
/// <see cref="ClaimKind.Incentive"/>.
/// </summary>
internal static class IncentiveDetector
{
    /// <summary>Claims the incentives of the text.</summary>
    public static void Detect(TextWorkspace ws, InterpretationResult r)
    {
        var existingNegative = r.ExistingReviewStars is <= 3;
        var n = ws.SentenceCount;
        for (var s = 0; s < n; s++)
        {
            var sf = r.Sentences[s];
            var thanked = sf.ConditionOnReview && (sf.All & (Exchange | Promise)) == (Exchange | Promise) && ThanksInSentence(ws, r, s);
            if (((sf.All & (Benefit | Withheld)) == 0 && !thanked) || (sf.All & Disclaimer) != 0 || DisclaimedByNext(r, s) || QuestionAnsweredNo(ws, r, s))
            {
                continue;
            }

            for (var c = sf.FirstClause; c < sf.EndClause; c++)
            {
                var cf = r.Clauses[c];

                // "If you leave a review of the course, we'll send you our template pack as a thank-you": what is promised as
                // thanks on the condition of a review is a benefit, whatever it is called.
                if ((cf.All & Benefit) == 0 && thanked && (cf.All & Promise) != 0 && ((cf.All & Exchange) != 0 || ConditionOnReview(ws, cf)))
                {
                    cf.All |= Benefit;
                }

                if ((cf.All & Benefit) == 0)
                {
                    // What the buyer already paid for, held back until a review is left: "your order ships as soon as
                    // you leave positive feedback", "the licence key is activated once you review", 好评后发货.
                    if ((cf.All & Withheld) == 0
                        || !(ConditionOnReview(ws, cf) || (sf.ConditionOnReview && (cf.All & (Penalty | Negator | Promise)) != 0)))
                    {
                        continue;
                    }

                    cf.All |= Benefit | Condition;
                }

                // "The replacement went out Monday … if you're happy with how we sorted it": a benefit marked as given
                // right where it is named stays given, whatever else the clause makes conditional (unless on reviewing).
                var givenHere = (cf.All & AlreadyGiven) != 0 && (cf.All & Exchange) == 0 && GivenNextToBenefit(ws, cf) && !ConditionOnReview(ws, cf);
                var status = givenHere ? BenefitStatus.Given
                    : (cf.All & (Condition | Exchange)) != 0 ? BenefitStatus.Offered
                    : (cf.All & AlreadyGiven) != 0 ? BenefitStatus.Given
                    : (cf.All & Promise) != 0 ? BenefitStatus.Offered
                    : BenefitStatus.Unmarked;
                // A policy or remedy is not a benefit for a review — unless a change or removal of a review is asked
                // next to it ("we resend a new one free today. Help us change the 1 star to 5 star").
                // (A review mentioned only to hold it off — 换货期间先别评价 — is gating, not a review the remedy is for.)
                // A benefit promised in the sentence that makes a review the condition stays a benefit whatever policy
                // words come with it ("once your 5-star review is up … we will send a gift card within 24 hours").
                var makeGoodClause = IsMakeGoodOnly(ws, cf);
                // (A goodwill perk named with the reason it is given — "a $25 gift card for the inconvenience" — is still a
                // perk: only a make-good is the remedy itself.)
                if (((cf.All & Policy) != 0 || ((cf.All & Remedy) != 0 && (makeGoodClause || !Goodwill(ws, cf))) || AfterConditionalRemedy(r, sf, c) || (makeGoodClause && InProblemBranch(r, sf, c))) && (!cf.AnyReview || (cf.All & Discourage) != 0) && status != BenefitStatus.Given
                    && !ConditionOnReview(ws, cf) && !WindowHasChangeAsk(r, s)
                    && !(sf.ConditionOnReview && (cf.All & (Exchange | Promise)) != 0 && (cf.All & Remedy) == 0))
                {
                    continue; // a policy statement or a remedy, not a benefit for a review
                }

                if ((cf.All & Penalty) != 0 && IsMoneyOnly(ws, cf))
                {
                    continue; // "违者将收取3000元违约金": an amount in a penalty is a fine, not a benefit
                }

                // A refund or replacement is ordinary after-sales service unless explicitly tied to the review — and only
                // where something went wrong: "leave us feedback and reply with your username, we'll refund your $6.50
                // shipping" is a rebate, not a remedy.
                var makeGoodOnly = makeGoodClause && !(status == BenefitStatus.Offered && sf.Ask && RefundOnly(ws, cf) && !ProblemNear(r, s));
                var explicitLink = (cf.All & Exchange) != 0 || ConditionOnReview(ws, cf);

                // Review actions this benefit can be linked to: the same clause, the sentence and its neighbours.
                var changeTarget = false;
                var betterRating = false;
                var followTarget = false;
                var newTarget = cf.AnyReview && (cf.OpenReview || (cf.All & Exchange) != 0);
                var sentiment = cf.OpenPositive || cf.SatisfactionCondition || (cf.OpenNegative && (cf.All & ReviewAction) != 0 && (cf.All & (Change | Remove | Discourage | Threat)) == 0);
                var targetSentence = newTarget ? s : -1;

                // A rating named in the request ("5 stars", 好评), as opposed to a satisfaction condition about the
                // resolution ("if you're happy with how we handled it, you're welcome to update your review").
                var namedPositive = cf.OpenPositive;
                var rewarded = false;
                // A benefit marked as a thank-you reaches back one sentence further, to the review it thanks for ("Thank you
                // for your lovely 5-star review! It made our week. As a small thank-you, here's 15% off").
                var from = Neighbour(r, s, -1);
                if (from > 0 && ThanksInSentence(ws, r, s) && r.Sentences[from - 1].AckedReview && !r.Sentences[from].AnyReview)
                {
                    from--;
                }

                for (var k = from; k <= Neighbour(r, s, +1); k++)
                {
                    var kf = r.Sentences[k];
                    var kPositive = kf.AnyReview && (kf.OpenPositive || kf.SatisfactionCondition || kf.AckedPositive);

                    // Across sentences a benefit links only when it is offered or already given, or when the other
                    // sentence asks for a particular sentiment ("Free gift inside! Leave us 5 stars.").
                    if (k != s && status == BenefitStatus.Unmarked && !kPositive && !kf.ChangeAsk && !kf.RemoveAsk && (kf.All & (Condition | Exchange)) == 0
                        && !(kf.AckedReview && ThanksInSentence(ws, r, s)))
                    {
                        continue;
                    }

                    if (makeGoodOnly && !kPositive && !kf.ChangeAsk && !kf.RemoveAsk && !explicitLink && !kf.ConditionOnReview
                        && !(existingNegative && status == BenefitStatus.Offered)) // a buyer who already rated low: the offer buys the revision
                    {
                        continue;
                    }

                    if (k != s && (sf.All & Dissatisfaction) != 0 && kf.SatisfactionCondition && !sf.SatisfactionCondition)
                    {
                        continue; // opposite branches: "if not satisfied … we refund. If satisfied please give 5 stars."
                    }

                    if ((kf.All & (Discourage | Redirect)) != 0 && !kPositive && !kf.ChangeAsk && !kf.RemoveAsk && k != s)
                    {
                        continue; // "before you write a review, please wait": a hold-off is gating, not a review to reward
                    }

                    if (k != s && (kf.All & Disclaimer) != 0)
                    {
                        continue; // "(We don't give points for reviews.)": a disclaimer is not a review action to link to
                    }

                    if (kf.ChangeAsk || kf.RemoveAsk)
                    {
                        changeTarget = true;
                        betterRating |= kf.BetterRating;
                        targetSentence = targetSentence < 0 ? k : targetSentence;
                    }

                    if (kf.FollowUpAsk)
                    {
                        followTarget = true;
                        targetSentence = targetSentence < 0 ? k : targetSentence;
                    }

                    // "Thanks for reviewing! Here's 10% off as a thank-you": a reward for a review already written is a benefit
                    // tied to leaving a review (Amazon E8SYAZUBGVFBHCH: a refund or reimbursement after the buyer writes a review).
                    // A benefit marked as a thank-you rewards the review thanked for, even when it has already been sent
                    // ("感谢亲的五星好评！已给您发放一张优惠券作为感谢").
                    var rewardsAckedReview = kf.AckedReview && ((cf.All | sf.All) & Exchange) != 0 && !makeGoodOnly;
                    rewarded |= rewardsAckedReview;
                    // A voucher or gift right after thanks for a positive review rewards it even when already sent ("谢谢亲的五星好评！已经给您
                    //账户里发了一张10元无门槛券"); a refund or replacement after thanks is the remedy it always was.
                    if (kf.Ask || rewardsAckedReview || (kf.AckedPositive && (status != BenefitStatus.Given || (!makeGoodOnly && k <= s))))
                    {
                        newTarget = true;
                        targetSentence = targetSentence < 0 ? k : targetSentence;
                    }

                    if (kPositive || (kf.AckedPositive && (status != BenefitStatus.Given || rewardsAckedReview || (!makeGoodOnly && k <= s))))
                    {
                        sentiment = true;
                    }

                    namedPositive |= kf.AnyReview && kf.OpenPositive;
                }

                if (!changeTarget && !followTarget && !newTarget)
                {
                    continue;
                }

                ClaimKind kind;
                if (changeTarget && !(status == BenefitStatus.Given && !betterRating && !namedPositive))
                {
                    kind = ClaimKind.IncentiveSentiment;
                }
                else if (changeTarget)
                {
                    continue; // benefit already given next to a neutral change/remove request: not an incentive
                }
                else if (sentiment || (existingNegative && (status != BenefitStatus.Given || !makeGoodOnly))
                    || (status is BenefitStatus.Offered or BenefitStatus.Given && !makeGoodOnly && CompensatesComplaint(ws, r, s)))
                {
                    // (The last: "sorry your stay didn't live up to expectations. We'd like to offer you a £20 voucher. We'd
                    // really value a review" — a benefit offered to a buyer who just complained buys a better review.)
                    kind = ClaimKind.IncentiveSentiment;
                }
                else if (status == BenefitStatus.Given && !rewarded)
                {
                    continue;
                }
                else
                {
                    kind = ClaimKind.Incentive;
                }

                if (!r.BeginClaim(kind, s))
                {
                    continue;
                }

                for (var j = cf.First; j < cf.End; j++)
                {
                    if ((ws.Matches[j].Concepts & (Benefit | Exchange | Withheld)) != 0)
                    {
                        r.AddSpan(j);
                    }
                }

                if (targetSentence >= 0)
                {
                    var t = r.Sentences[targetSentence];
                    if (t.AskMatch >= 0)
                    {
                        r.AddSpan(t.AskMatch);
                    }

                    AddSentenceMatches(ws, r, targetSentence, PositiveRating, openOnly: true);
                }

                r.EndClaim();
            }
        }
    

        DetectUncertainLinks(ws, r);
    }

    /// <summary>Whether the clause's make-good is money back (a refund names no problem by itself; a replacement does).</summary>
    private static bool RefundOnly(TextWorkspace ws, in ClauseFacts cf)
    {
        for (var j = cf.First; j < cf.End; j++)
        {
            var m = ws.Matches[j];
            if ((m.Concepts & MakeGood) == 0)
            {
                continue;
            }

            var text = ws.Chars.AsSpan(m.Start, m.End - m.Start);
            if (!text.Contains("refund", StringComparison.Ordinal) && !text.Contains("reimburs", StringComparison.Ordinal) && !text.Contains('退'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The clause names a goodwill perk (a gift card, voucher, coupon, credit or discount), not only money or a make-good.</summary>
    private static bool Goodwill(TextWorkspace ws, in ClauseFacts cf)
    {
        for (var j = cf.First; j < cf.End; j++)
        {
            var m = ws.Matches[j];
            if ((m.Concepts & Benefit) == 0 || (m.Concepts & MakeGood) != 0 || m.Term == CompiledLexicon.MoneyTerm)
            {
                continue;
            }

            var text = ws.Chars.AsSpan(m.Start, m.End - m.Start);
            if (text.Contains("gift card", StringComparison.Ordinal) || text.Contains("voucher", StringComparison.Ordinal)
                || text.Contains("coupon", StringComparison.Ordinal) || text.Contains("% off", StringComparison.Ordinal)
                || text.Contains("store credit", StringComparison.Ordinal) || text.Contains('券'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether something went wrong in the sentence or the two before or one after it (a complaint, a defect, a remedy trigger).</summary>
    private static bool ProblemNear(InterpretationResult r, int s)
    {
        for (var k = Math.Max(0, s - 2); k <= Math.Min(r.SentenceCount - 1, s + 1); k++)
        {
            if ((r.Sentences[k].All & (Remedy | Dissatisfaction | NegativeRating | Policy)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether sentence <paramref name="s"/> marks a benefit as thanks ("to thank you for your time", 作为感谢).</summary>
    private static bool ThanksInSentence(TextWorkspace ws, InterpretationResult r, int s)
    {
        var sf = r.Sentences[s];
        for (var c = sf.FirstClause; c < sf.EndClause; c++)
        {
            var cf = r.Clauses[c];
            for (var j = cf.First; j >= 0 && j < cf.End; j++)
            {
                var m = ws.Matches[j];
                if ((m.Concepts & Exchange) != 0 && (ws.Chars.AsSpan(m.Start, m.End - m.Start).Contains("thank", StringComparison.Ordinal)
                    || ws.Chars.AsSpan(m.Start, m.End - m.Start).Contains('谢')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the next sentence disclaims this one without offering anything itself: "Some shops offer discounts for
    /// reviews. We don't, and we never will."
    /// </summary>
    /// <summary>
    /// A question about a benefit answered "no" right after it — an FAQ's "Can I get a discount for writing a review?
    /// No. We don't reward reviews…", 能返现吗？不能哦 — is the buyer's question refused, not an offer.
    /// </summary>
    private static bool QuestionAnsweredNo(TextWorkspace ws, InterpretationResult r, int s)
    {
        if (s + 1 >= r.SentenceCount)
        {
            return false;
        }

        // The sentence's break: the first sentence break after its last match (clauses hold their matches in order).
        var sf = r.Sentences[s];
        var i = -1;
        for (var c = sf.EndClause - 1; c >= sf.FirstClause && i < 0; c--)
        {
            if (r.Clauses[c].End > r.Clauses[c].First)
            {
                i = ws.Matches[r.Clauses[c].End - 1].End;
            }
        }

        while (i >= 0 && i < ws.Count && ws.Chars[i] != Normalizer.SentenceBreak)
        {
            i++;
        }

        if (i < 0 || i >= ws.Count || ws.Starts[i] >= ws.OriginalLength || ws.OriginalChar(ws.Starts[i]) is not ('?' or '？'))
        {
            return false;
        }

        var rest = ws.Chars.AsSpan(i + 1, ws.Count - i - 1);
        foreach (var no in NoAnswers)
        {
            if (rest.StartsWith(no, StringComparison.Ordinal)
                && (rest.Length == no.Length || !CompiledLexicon.IsWordChar(rest[no.Length]) || TextFolding.IsCjk(no[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NoAnswers = ["no", "nope", "sorry no", "unfortunately not", "不能", "不可以", "不会", "不行", "没有", "不是", "不"];

    /// <summary>
    /// Whether the benefit's sentence or one of the two before it acknowledges the buyer's complaint ("we're sorry your
    /// stay didn't live up to expectations", 给您带来不好的体验) — as a statement, not a condition ("if you're not happy").
    /// </summary>
    private static bool CompensatesComplaint(TextWorkspace ws, InterpretationResult r, int s)
    {
        for (var k = Math.Max(0, s - 2); k <= s; k++)
        {
            var kf = r.Sentences[k];
            if ((kf.All & Dissatisfaction) == 0 || (kf.All & (Condition | OnlyIf | Alternative)) != 0)
            {
                continue;
            }

            for (var c = kf.FirstClause; c < kf.EndClause; c++)
            {
                var cf = r.Clauses[c];
                if ((cf.All & Dissatisfaction) == 0)
                {
                    continue;
                }

                var conditional = false;
                for (var j = cf.First; j < cf.End && !conditional; j++)
                {
                    conditional = Conditional(ws, ws.Matches[j].Start);
                }

                if (!conditional)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a condition word opens the text at <paramref name="start"/> ("if you're not happy", 如果不满意).</summary>
    private static bool Conditional(TextWorkspace ws, int start)
    {
        var rest = ws.Chars.AsSpan(start, ws.Count - start);
        foreach (var word in ConditionWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ConditionWords = ["if ", "unless ", "in case ", "should ", "如果", "若", "要是", "假如", "万一", "如有", "如"];

    private static bool DisclaimedByNext(InterpretationResult r, int s) =>
        s + 1 < r.SentenceCount && (r.Sentences[s + 1].All & Disclaimer) != 0 && (r.Sentences[s + 1].All & (Benefit | Exchange)) == 0;

    /// <summary>
    /// When no incentive was linked, a benefit offered with an exchange or condition marker two to four sentences away
    /// from a review request (a review link at the top, "reply with a screenshot for a gift" at the bottom) is reported
    /// as uncertain: never a policy, a remedy, a refund or replacement, a disclaimed or an unconditional benefit.
    /// </summary>
    private static void DetectUncertainLinks(TextWorkspace ws, InterpretationResult r)
    {
        if (!r.HasAnyAsk || r.HasClaim(ClaimKind.Incentive) || r.HasClaim(ClaimKind.IncentiveSentiment))
        {
            return;
        }

        var n = ws.SentenceCount;
        for (var s = 0; s < n; s++)
        {
            var sf = r.Sentences[s];
            if ((sf.All & Benefit) == 0 || (sf.All & (Disclaimer | Policy | Remedy | AlreadyGiven)) != 0 || DisclaimedByNext(r, s))
            {
                continue;
            }

            for (var c = sf.FirstClause; c < sf.EndClause; c++)
            {
                var cf = r.Clauses[c];
                if ((cf.All & Benefit) == 0 || (cf.All & (Exchange | Condition)) == 0 || IsMakeGoodOnly(ws, cf))
                {
                    continue;
                }

                var ask = -1;
                for (var k = Math.Max(0, s - 4); k <= Math.Min(n - 1, s + 4) && ask < 0; k++)
                {
                    ask = Math.Abs(k - s) >= 2 && r.Sentences[k].Ask && (r.Sentences[k].All & Disclaimer) == 0 ? k : -1;
                }

                if (ask < 0 || !r.BeginClaim(ClaimKind.IncentiveUncertain, s))
                {
                    continue;
                }

                for (var j = cf.First; j < cf.End; j++)
                {
                    if ((ws.Matches[j].Concepts & (Benefit | Exchange)) != 0)
                    {
                        r.AddSpan(j);
                    }
                }

                r.AddSpan(r.Sentences[ask].AskMatch);
                r.EndClaim();
                return;
            }
        }
    }

    private enum BenefitStatus
    {
        Unmarked,
        Offered,
        Given,
    }

    /// <summary>Whether an already-given marker stands within three words of a benefit in the clause ("the replacement went out").</summary>
    private static bool GivenNextToBenefit(TextWorkspace ws, in ClauseFacts cf)
    {
        for (var j = cf.First; j >= 0 && j < cf.End; j++)
        {
            if ((ws.Matches[j].Concepts & AlreadyGiven) == 0)
            {
                continue;
            }

            for (var k = Math.Max(cf.First, j - 3); k < cf.End && k <= j + 3; k++)
            {
                if (k != j && (ws.Matches[k].Concepts & Benefit) != 0
                    && Math.Abs(ws.TokenAt[ws.Matches[k].Start] - ws.TokenAt[ws.Matches[j].Start]) <= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether every benefit in the clause is a money amount.</summary>
    private static bool IsMoneyOnly(TextWorkspace ws, in ClauseFacts cf)
    {
        var money = false;
        for (var j = cf.First; j >= 0 && j < cf.End; j++)
        {
            if ((ws.Matches[j].Concepts & Benefit) != 0)
            {
                if (ws.Matches[j].Term != CompiledLexicon.MoneyTerm)
                {
                    return false;
                }

                money = true;
            }
        }

        return money;
    }

    /// <summary>Whether every benefit in the clause is a remedy (refund, replacement), money amounts included.</summary>
    private static bool IsMakeGoodOnly(TextWorkspace ws, in ClauseFacts cf)
    {
        var makeGood = false;
        for (var j = cf.First; j < cf.End; j++)
        {
            var m = ws.Matches[j];
            if ((m.Concepts & Benefit) == 0)
            {
                continue;
            }

            if ((m.Concepts & MakeGood) != 0)
            {
                makeGood = true;
            }
            else if (m.Term != CompiledLexicon.MoneyTerm && !IsFreeOfCharge(ws, m))
            {
                return false;
            }
        }

        return makeGood;
    }

    /// <summary>
    /// "Free of charge", "at no cost", 免费, or the channel it is paid through ("to your PayPal account", 支付宝): says how
    /// a remedy is given ("we are sending a new set free of charge"), not a benefit of its own next to a make-good.
    /// </summary>
    private static bool IsFreeOfCharge(TextWorkspace ws, in Match m)
    {
        var text = ws.Chars.AsSpan(m.Start, m.End - m.Start);
        return text is "free" or "for free" or "free of charge" or "at no cost" or "at no charge" or "at no extra cost"
            or "at no extra charge" or "免费" or "免費" or "paypal" or "venmo" or "alipay" or "支付宝" or "支付寶";
    }
}
