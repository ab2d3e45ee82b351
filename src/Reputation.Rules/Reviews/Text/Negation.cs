using System;
using static Reputation.Rules.Reviews.ReviewConcepts;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Facts about negation and disclaimers, applied to the matches before any detector runs: a negated benefit or ask is
/// disclaimed (we don't run review rebates; 唔會要求你俾好評), the names of disclaimed practices lose their meaning
/// (本店从来没有这类活动), and ratings after a count are statistics (2000则好评).
/// </summary>
internal static class Negation
{
    /// <summary>
    /// A negated benefit is disclaimed, not offered: "we don't run review rebates", "we never offer discounts for
    /// reviews", 本店不搞好评返现. A negation (<see cref="ReviewConcepts.Negator"/>) disclaims the benefits that follow it in
    /// its clause within four words (six Chinese characters) when nothing before the negation in the clause is a
    /// condition, a review or a review action — "if you don't review, no coupon" and 不给好评就不返现 stay offers.
    /// Disclaimed matches lose their benefit, exchange and rating concepts.
    /// </summary>
    internal static void DisclaimNegatedBenefits(TextWorkspace ws)
    {
        // A condition, exchange or benefit before the negation makes it part of an offer ("if you don't review, no coupon");
        // a review as the subject does not ("writing a review doesn't earn you points").
        const ReviewConcepts Blocks = Condition | Exchange | Benefit;
        const ReviewConcepts Negated = Benefit | Change | Remove | Request | ReviewAction | PositiveRating | OnlyIf | Fake;
        const ReviewConcepts Stripped = Benefit | Exchange | PositiveRating | NegativeRating | Promise | MakeGood | Change | Remove | Request | ReviewAction | OnlyIf | Fake;
        var clause = -1;
        var blocked = false;
        var negator = -1;
        var orToken = -1;
        var carried = -1;
        var clauseFirst = 0;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            if (m.Clause != clause)
            {
                // An English negation whose list goes on past a comma ("we will never penalise, contact or blacklist
                // anyone", "we don't accept reviews from staff, partners or anyone who hasn't bought") reaches the next
                // clause of the sentence through its "or".
                carried = negator >= 0 && !blocked && m.Clause == clause + 1 && m.Sentence == ws.Matches[negator].Sentence
                    && !TextFolding.IsCjk(ws.Chars[ws.Matches[negator].Start]) ? negator : -1;
                clause = m.Clause;
                clauseFirst = i;
                blocked = false;
                negator = -1;
            }

            if (negator < 0 && carried >= 0 && !blocked && (m.Concepts & Alternative) != 0 && !TextFolding.IsCjk(ws.Chars[m.Start]))
            {
                // The list items before the "or" belong to the negation too ("…, harass or blacklist anyone").
                var sellerSubject = FirstPersonNegation(ws, carried);
                for (var j = clauseFirst; j < i; j++)
                {
                    ref var item = ref ws.Matches[j];
                    if ((item.Concepts & (Threat | Penalty | Intimidation)) != 0 && (item.Concepts & Discourage) == 0 && sellerSubject)
                    {
                        item.Concepts &= ~(Threat | Penalty | Intimidation);
                    }
                    else if ((item.Concepts & Negated) != 0 && (item.Concepts & (Discourage | Threat)) == 0)
                    {
                        item.Concepts &= ~Stripped;
                    }
                }

                negator = carried;
                carried = -1;
                orToken = ws.TokenAt[m.Start];
                continue;
            }

            if ((m.Concepts & Negator) != 0 && !blocked)
            {
                negator = i;
                orToken = -1;
                continue;
            }

            if (negator >= 0 && (m.Concepts & Alternative) != 0 && !TextFolding.IsCjk(ws.Chars[m.Start]))
            {
                orToken = ws.TokenAt[m.Start]; // "we can't offer anything … or ask you for a positive one": the scope goes on
                continue;
            }

            // In English the negation ends where a condition or exchange starts; in Chinese 送/返 belong to the negated verb
            // phrase (我哋唔會因為評價而送任何禮物).
            if (negator >= 0 && (m.Concepts & (Condition | Exchange)) != 0 && (m.Concepts & Benefit) == 0 && !TextFolding.IsCjk(ws.Chars[m.Start])
                && ws.TokenAt[m.Start] - ws.TokenAt[ws.Matches[negator].End - 1] <= 2 && (m.Concepts & Condition) == 0)
            {
                m.Concepts &= ~Exchange; // "writing a review doesn't earn you points": the exchange verb itself is negated
                continue;
            }

            if (negator >= 0 && ((m.Concepts & Condition) != 0 || ((m.Concepts & Exchange) != 0 && SellerTakesOver(ws, m)))
                && (m.Concepts & Benefit) == 0 && !TextFolding.IsCjk(ws.Chars[m.Start]))
            {
                // "we don't charge, and if you review …": the negation ends where a condition starts, and where the seller
                // takes over with an exchange ("if you don't have time, just reply and we'll write it up for you"), where
                // a negation of its own may start again ("… and we will not ask you to change a review").
                negator = -1;
                blocked = (m.Concepts & Condition) != 0;
                continue;
            }

            // A negated threat is no threat only after a Chinese negation ("也不会骚扰给差评的买家"); English negations
            // around threats are usually the threat itself ("don't make us report you").
            // The same holds for an English negation whose subject is the seller ("we will never penalise or blacklist
            // anyone over a review").
            var negatesThreat = negator >= 0 && (m.Concepts & (Threat | Penalty | Intimidation)) != 0 && (m.Concepts & Discourage) == 0
                && (TextFolding.IsCjk(ws.Chars[ws.Matches[negator].Start]) || FirstPersonNegation(ws, negator));
            if (negator >= 0 && ((m.Concepts & Negated) != 0 || negatesThreat) && ((m.Concepts & (Discourage | Threat)) == 0 || negatesThreat))
            {
                var n = ws.Matches[negator];
                if (TextFolding.IsCjk(ws.Chars[n.Start]) && (ThenFollows(ws, m.End) || ThreatFollows(ws, i)))
                {
                    negator = -1; // 不删差评我们就起诉你, 不给好评就不返现: "if not … then …" is a condition, not a denial
                    blocked = true;
                    continue;
                }

                var near = TextFolding.IsCjk(ws.Chars[m.Start])
                    ? m.Start - n.End <= 16
                    : ws.TokenAt[m.Start] - Math.Max(ws.TokenAt[n.End - 1], orToken) <= 6;
                if (near)
                {
                    // "we will never ask you to change or remove a review", 唔會要求你俾好評: a negated ask is not an ask.
                    // A negated benefit in a clause that talks about reviews disclaims the link for the whole sentence
                    // ("Points come from orders only — writing a review doesn't earn you any points").
                    if ((m.Concepts & (Benefit | Exchange)) != 0 && (ws.Matches[negator].Concepts & Disclaimer) == 0 && ClauseMentionsReview(ws, negator))
                    {
                        ws.Matches[negator].Concepts |= Disclaimer;
                    }

                    m.Concepts &= ~(Stripped | (negatesThreat ? Threat | Penalty | Intimidation : None));
                    continue;
                }
            }

            if ((m.Concepts & Blocks) != 0 && negator < 0)
            {
                blocked = true;
            }
        }

        DisclaimPracticeNames(ws);
        DescribeRules(ws);
        ForgetReviewCounts(ws);
    }

    /// <summary>An exchange that opens the seller's own clause: "and we'll …", "and I'll …".</summary>
    private static bool SellerTakesOver(TextWorkspace ws, in Match m)
    {
        var text = ws.Chars.AsSpan(m.Start, m.End - m.Start);
        return text.StartsWith("and we", StringComparison.Ordinal) || text.StartsWith("and i'll", StringComparison.Ordinal)
            || text.StartsWith("and i will", StringComparison.Ordinal);
    }

    /// <summary>
    /// A rule stated about sellers, a platform or the law — a match that is both <see cref="ReviewConcepts.Disclaimer"/>
    /// and <see cref="ReviewConcepts.Policy"/> ("sellers may not offer anything in return for a revised feedback", "eBay
    /// only lets sellers request a revision through its own system", 商家不得以返现诱导买家给好评, 禁止要求买家删除中差评)
    /// — describes asks and benefits; it does not make them. From the rule to the end of its sentence, matches lose
    /// their ask, benefit and rating concepts, up to a clause that starts with a request of the seller's own that no
    /// negation qualifies ("… but please leave us 5 stars"). Threats, penalties and discouragement are kept: a gag
    /// clause stated as a rule is still a gag clause.
    /// </summary>
    private static void DescribeRules(TextWorkspace ws)
    {
        const ReviewConcepts RuleMarker = Disclaimer | Policy;
        const ReviewConcepts Described = Request | ReviewAction | Change | Remove | FollowUp | PositiveRating | Benefit | Exchange | Promise
            | MakeGood | Fake | ContentSteer | OnlyIf | Redirect | Withheld | Condition | Satisfaction;
        var sentence = -1;
        var describing = false;
        var clause = -1;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            if (m.Sentence != sentence)
            {
                sentence = m.Sentence;
                describing = false;
            }

            if ((m.Concepts & RuleMarker) == RuleMarker)
            {
                describing = true;
                clause = m.Clause;
                continue;
            }

            if (!describing)
            {
                continue;
            }

            if (m.Clause != clause)
            {
                clause = m.Clause;
                if ((m.Concepts & Request) != 0 && !ClauseHasNegator(ws, i))
                {
                    describing = false; // the seller's own request after the rule
                    continue;
                }
            }

            m.Concepts &= ~Described;
        }
    }

    private static bool ClauseHasNegator(TextWorkspace ws, int first)
    {
        var clause = ws.Matches[first].Clause;
        for (var j = first; j < ws.MatchCount && ws.Matches[j].Clause == clause; j++)
        {
            if ((ws.Matches[j].Concepts & Negator) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a threat, penalty or intimidation follows in the rest of match <paramref name="i"/>'s clause or the next
    /// one — 您不把评价修改掉，我们客服会每天给您打电话: "if you don't change it, we will…" without 就.
    /// </summary>
    private static bool ThreatFollows(TextWorkspace ws, int i)
    {
        var clause = ws.Matches[i].Clause;
        var negated = -1; // a clause whose threat is itself negated: 不做好评返现，也不会骚扰给差评的买家
        for (var j = i + 1; j < ws.MatchCount && j <= i + 64 && ws.Matches[j].Clause <= clause + 1; j++)
        {
            ref readonly var m = ref ws.Matches[j];
            if ((m.Concepts & Negator) != 0)
            {
                negated = m.Clause;
            }
            else if ((m.Concepts & (Threat | Penalty | Intimidation)) != 0 && negated != m.Clause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the negation at match <paramref name="negator"/> has the seller as its subject ("we never", "we will not").</summary>
    private static bool FirstPersonNegation(TextWorkspace ws, int negator)
    {
        var n = ws.Matches[negator];
        var term = ws.Chars.AsSpan(n.Start, n.End - n.Start);
        if (term.StartsWith("we ", StringComparison.Ordinal) || term.StartsWith("we'", StringComparison.Ordinal) || term.StartsWith("i ", StringComparison.Ordinal))
        {
            return true;
        }

        var from = Math.Max(0, n.Start - 12);
        var before = ws.Chars.AsSpan(from, n.Start - from);
        foreach (var subject in FirstPersonSubjects)
        {
            if (before.EndsWith(subject, StringComparison.Ordinal)
                && (before.Length == subject.Length ? from == 0 : !CompiledLexicon.IsWordChar(before[before.Length - subject.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] FirstPersonSubjects = ["we ", "i ", "we will ", "we'll ", "we would ", "we'd ", "we do ", "we shall ", "we can ", "i will ", "i'll ", "we ll "];

    /// <summary>Whether the clause of match <paramref name="i"/> mentions a review (matches are sorted by start).</summary>
    private static bool ClauseMentionsReview(TextWorkspace ws, int i)
    {
        var clause = ws.Matches[i].Clause;
        for (var j = i - 1; j >= 0 && ws.Matches[j].Clause == clause; j--)
        {
            if ((ws.Matches[j].Concepts & Review) != 0)
            {
                return true;
            }
        }

        for (var j = i + 1; j < ws.MatchCount && ws.Matches[j].Clause == clause; j++)
        {
            if ((ws.Matches[j].Concepts & Review) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether 的话 ("if") or 就, 才, 便 ("then") follows: the negation before it is a negative condition.</summary>
    private static bool ThenFollows(TextWorkspace ws, int from)
    {
        if (from + 1 < ws.Count && ws.Chars[from] == '的' && ws.Chars[from + 1] == '话')
        {
            return true; // 不改的话…: "if you don't change it"
        }

        for (var k = from; k < ws.Count && k < from + 24; k++)
        {
            var c = ws.Chars[k];
            if (c is Normalizer.SentenceBreak)
            {
                return false;
            }

            // …but not 就好 / 就行 / 就是 / 就得 ("that's all it takes"), which ends a request rather than a threat.
            if (c is '就' or '才' or '便' && !(k + 1 < ws.Count && ws.Chars[k + 1] is '好' or '行' or '是' or '够' or '得' or '可'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a sentence that disclaims ("本店从来没有这类活动", "we don't do that", "against Amazon's policy"), the names of
    /// the practices it disclaims (好评返现, "review rebates" — terms that carry a benefit) are talked about, not offered.
    /// </summary>
    private static void DisclaimPracticeNames(TextWorkspace ws)
    {
        var first = 0;
        while (first < ws.MatchCount)
        {
            var sentence = ws.Matches[first].Sentence;
            var end = first;
            var disclaimed = false;
            while (end < ws.MatchCount && ws.Matches[end].Sentence == sentence)
            {
                disclaimed |= (ws.Matches[end].Concepts & Disclaimer) != 0;
                end++;
            }

            for (var j = first; disclaimed && j < end; j++)
            {
                ref var m = ref ws.Matches[j];
                if ((m.Concepts & Benefit) != 0 && (m.Concepts & Review) != 0)
                {
                    m.Concepts &= ~(Benefit | Exchange | PositiveRating | NegativeRating);
                }
            }

            first = end;
        }
    }

    /// <summary>
    /// A rating after a count is a statistic, not a request: "累积超过2000则好评", "10万+好评", "3000多条五星评价".
    /// </summary>
    private static void ForgetReviewCounts(TextWorkspace ws)
    {
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            if ((m.Concepts & (PositiveRating | NegativeRating)) == 0 || !TextFolding.IsCjk(ws.Chars[m.Start]))
            {
                continue;
            }

            var k = m.Start - 1;
            while (k >= 0 && m.Start - k <= 3 && ws.Chars[k] is '则' or '条' or '篇' or '笔' or '多' or '+' or '个' or ' ')
            {
                k--;
            }

            // "2000则好评", "10万+好评", "一万则好评": digits (Chinese numerals only before 千/万/百), optionally followed by
            // 千/万/百 — but not 千万 "by all means" alone.
            var multiplier = false;
            while (k >= 0 && ws.Chars[k] is '千' or '万' or '百' or 'w')
            {
                multiplier = true;
                k--;
            }

            var digits = 0;
            while (k >= 0 && (ws.Chars[k] is >= '0' and <= '9' || (multiplier && ws.Chars[k] is '一' or '两' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '几' or '数')))
            {
                digits++;
                k--;
            }

            if (digits >= 2 || (digits == 1 && multiplier))
            {
                m.Concepts &= ~(PositiveRating | NegativeRating | Review | Benefit | Exchange);
            }
        }
    }
}
