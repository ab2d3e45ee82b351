using System;
using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Requests to change, remove or add to an existing review: a change/remove/follow-up verb with a review (or a reference
/// to one) as its object — after the verb in English, on either side within eight characters in Chinese, elided in
/// Chinese and code-mixed text (您这个差评……麻烦您删除一下, 不 delete 的话), or before a participle ("the review updated to 5").
/// A favour asked about a review ("help us with the negative feedback") counts only for a negative one.
/// </summary>
internal static class ChangeRemoveDetector
{
    /// <summary>Claims <see cref="ClaimKind.ChangeAsk"/> and <see cref="ClaimKind.RemoveAsk"/>, and marks the sentences that ask them.</summary>
    public static void Detect(TextWorkspace ws, InterpretationResult r)
    {
        var existingReview = r.ExistingReview;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            var s = m.Sentence;
            ref var sf = ref r.Sentences[s];
            if ((m.Concepts & FollowUp) != 0 && !m.Acknowledged && ((sf.All & (Request | ReviewAction | OnlyIf | Benefit | Exchange)) != 0 || NonTemporalCondition(ws, r, s)))
            {
                sf.FollowUpAsk = true;
                r.HasAnyAsk = true;
                r.AddClaim(ClaimKind.ChangeAsk, s, i);
                continue;
            }

            if ((m.Concepts & (Change | Remove)) == 0 || m.Acknowledged)
            {
                continue;
            }

            ref var cf = ref r.Clauses[m.Clause];
            var imperative = m.Start == 0 || ws.Chars[m.Start - 1] is Normalizer.SentenceBreak or Normalizer.ClauseBreak;
            if (!imperative && ((cf.All | sf.All) & (Request | Addressee | Condition | Exchange | Threat)) == 0)
            {
                continue;
            }

            var target = FindTarget(ws, r, i, existingReview);
            if (target < 0)
            {
                continue;
            }

            // A favour asked about a review ("help us with the negative feedback", 那条一星评价能不能帮帮忙) is a change
            // request only when the review is a negative one.
            if ((m.Concepts & (Change | Request)) == (Change | Request) && (ws.Matches[target].Concepts & NegativeRating) == 0 && !existingReview)
            {
                continue;
            }

            // Does the request name a better rating ("change your 1-star feedback to 5 stars", 改成好评)? Look just after the verb.
            var better = (ws.Matches[target].Concepts & PositiveRating) != 0 || (m.Concepts & PositiveRating) != 0;
            for (var j = i + 1; j < cf.End && !better && ws.Matches[j].Start <= m.End + 40; j++)
            {
                var o = ws.Matches[j];
                better = j != target && (o.Concepts & PositiveRating) != 0 && !o.Acknowledged && cf.OpenPositive;
            }

            if ((m.Concepts & Remove) != 0)
            {
                sf.RemoveAsk = true;
                r.AddClaim(ClaimKind.RemoveAsk, s, i, target);
            }
            else
            {
                sf.ChangeAsk = true;
                r.AddClaim(ClaimKind.ChangeAsk, s, i, target);
            }

            sf.BetterRating |= better;
        }
    }

    /// <summary>The review the change/remove verb at <paramref name="verb"/> acts on, or -1.</summary>
    private static int FindTarget(TextWorkspace ws, InterpretationResult r, int verb, bool existingReview)
    {
        ref var m = ref ws.Matches[verb];
        if ((m.Concepts & Review) != 0 || ((m.Concepts & Reference) != 0 && HasAntecedent(r, m.Sentence, m.Clause, existingReview)))
        {
            return verb; // "删评", "remove it" after a review mention
        }

        var cf = r.Clauses[m.Clause];
        if (IsLatin(ws, m))
        {
            var verbToken = ws.TokenAt[m.End - 1];
            for (var j = verb + 1; j < cf.End; j++)
            {
                ref var o = ref ws.Matches[j];
                var distance = ws.TokenAt[o.Start] - verbToken;
                if (distance > 5)
                {
                    break;
                }

                if ((o.Concepts & Review) != 0)
                {
                    return j;
                }

                if ((o.Concepts & Reference) != 0 && distance <= 2 && HasAntecedent(r, m.Sentence, m.Clause, existingReview))
                {
                    return j;
                }
            }

            // A participle after its object ("the 1-star review updated to a 4 or 5", "if the feedback is not removed"):
            // the review up to four words before the verb.
            if (IsParticiple(ws, m))
            {
                for (var j = verb - 1; j >= cf.First && j >= 0; j--)
                {
                    ref var o = ref ws.Matches[j];
                    if (verbToken - ws.TokenAt[o.End - 1] > 5)
                    {
                        break;
                    }

                    if ((o.Concepts & Review) != 0 || ((o.Concepts & Reference) != 0 && HasAntecedent(r, m.Sentence, m.Clause, existingReview)))
                    {
                        return j;
                    }
                }
            }

            // Code-mixed: "不 delete 的话" — an English verb in Chinese grammar drops its object like a Chinese one.
            return m.End < ws.Count - 1 && TextFolding.IsCjk(ws.Chars[m.End + 1]) ? ElidedChineseObject(ws, r, verb) : -1;
        }

        // Chinese: the review may come before the verb (把差评删除) or after it (删除差评), within 8 characters. Matches are
        // sorted by start, so look only at the neighbours (bounded by the longest term), not the whole clause.
        var from = verb;
        while (from > cf.First && ws.Matches[from - 1].Start >= m.Start - 8 - MaxTermLength)
        {
            from--;
        }

        for (var j = from; j < cf.End && ws.Matches[j].Start <= m.End + 8; j++)
        {
            if (j == verb)
            {
                continue;
            }

            ref var o = ref ws.Matches[j];
            var distance = o.Start >= m.End ? o.Start - m.End : m.Start - o.End;
            if (distance > 8)
            {
                continue;
            }

            if ((o.Concepts & Review) != 0)
            {
                return j;
            }

            if ((o.Concepts & Reference) != 0 && HasAntecedent(r, m.Sentence, m.Clause, existingReview))
            {
                return j;
            }
        }

        return ElidedChineseObject(ws, r, verb);
    }

    /// <summary>Whether an English change/remove verb is a past participle ("updated", "withdrawn", "taken down").</summary>
    private static bool IsParticiple(TextWorkspace ws, in Match m)
    {
        var end = m.End;
        // "updated", "taken", "withdrawn", "taken down"
        return end >= 2 && ws.Chars[end - 2] is 'e' or 'w' && ws.Chars[end - 1] is 'd' or 'n';
    }

    /// <summary>
    /// Chinese drops an object already named: "您这个差评……，麻烦您删除一下". When the verb is followed only by a particle
    /// (一下, 掉, 吧, 了 + break), its object is the last review mentioned in the previous clause or sentence.
    /// </summary>
    private static int ElidedChineseObject(TextWorkspace ws, InterpretationResult r, int verb)
    {
        ref var m = ref ws.Matches[verb];
        var conditional = m.End + 1 < ws.Count && ws.Chars[m.End] == '的' && ws.Chars[m.End + 1] == '话'; // 不删的话
        for (var i = m.End; !conditional && i < ws.Count && i < m.End + 3; i++)
        {
            var c = ws.Chars[i];
            if (c is Normalizer.SentenceBreak or Normalizer.ClauseBreak)
            {
                break;
            }

            if (c is not ('一' or '下' or '吧' or '呗' or '哦' or '呀' or '啊' or '了' or '掉' or '哈' or '呢' or '嘛' or '啦' or '哟' or '呦' or '吗' or '咗' or '佢' or '的' or '话' or ' '))
            {
                return -1;
            }
        }

        // The object is the last review named earlier in this sentence or in the one before it.
        var firstClause = m.Sentence > 0 ? r.Sentences[m.Sentence - 1].FirstClause : r.Sentences[m.Sentence].FirstClause;
        if (firstClause < 0 || firstClause == m.Clause)
        {
            return -1;
        }

        for (var j = verb - 1; j >= 0 && ws.Matches[j].Clause >= firstClause; j--)
        {
            if ((ws.Matches[j].Concepts & Review) != 0 && ws.Matches[j].Clause < m.Clause)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/> has a condition other than a time ("if you're willing", 若您愿意): a bare "after …"
    /// (确认收货后180天内可以追评, 追评是买家在首次评价之后补充的) explains when a follow-up review is possible, it does not ask for one.
    /// </summary>
    private static bool NonTemporalCondition(TextWorkspace ws, InterpretationResult r, int s)
    {
        var sf = r.Sentences[s];
        for (var c = sf.FirstClause; c < sf.EndClause; c++)
        {
            var cf = r.Clauses[c];
            for (var j = cf.First; j >= 0 && j < cf.End; j++)
            {
                var m = ws.Matches[j];
                if ((m.Concepts & Condition) == 0)
                {
                    continue;
                }

                var term = ws.Chars.AsSpan(m.Start, m.End - m.Start);
                if (!(term[^1] is '后' or '後' || term.StartsWith("after", StringComparison.Ordinal) || term.SequenceEqual("之后") || term.SequenceEqual("以后")))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
