using System;
using static Reputation.Rules.Reviews.ReviewConcepts;

namespace Reputation.Rules.Reviews.Text;

/// <summary>What the text was found to do (one entry per occurrence; spans are match indices).</summary>
internal enum ClaimKind
{
    IncentiveSentiment,
    Incentive,
    PositiveAsk,
    ChangeAsk,
    RemoveAsk,
    Threat,
    Gating,
    Fake,
    ContentSteer,
}

internal struct Claim
{
    public ClaimKind Kind;
    public int Sentence;
    public int SpanStart;
    public int SpanCount;
}

internal struct ClauseFacts
{
    public ReviewConcepts All;
    public int First;
    public int End;
    public bool AnyReview;
    public bool OpenReview;
    public bool OpenPositive;
    public bool OpenNegative;
    public bool SatisfactionCondition;
    public bool ReviewSoFar;
    public bool Echo;
}

internal struct SentenceFacts
{
    public ReviewConcepts All;
    public int FirstClause;
    public int EndClause;
    public bool AnyReview;
    public bool OpenReview;
    public bool OpenPositive;
    public bool SatisfactionCondition;
    public bool AckedPositive;
    public bool AckedReview;
    public bool Ask;
    public bool ChangeAsk;
    public bool RemoveAsk;
    public bool FollowUpAsk;
    public bool BetterRating;
    public bool ConditionOnReview;
    public int AskMatch;
}

/// <summary>
/// Reads the matches of one text: which review mentions are acknowledged (thanks/replies), what each clause and
/// sentence asks for, and which benefits are linked to which review actions. Implements the reading rules of issue 5
/// ("Reading the text"): review talk, asking, neutral sentiment, offered vs already given, the linking window (a
/// sentence and its neighbours) and gating. Linear in the number of sentences and matches.
/// </summary>
internal static class Interpreter
{
    /// <summary>Concepts that make a sentence with a review mention a request for a review (exchange markers count only next to a benefit).</summary>
    private const ReviewConcepts AskLike = Request | ReviewAction | Condition | OnlyIf;

    /// <summary>Concepts that end the reach of a "thank you for" (a new request starts).</summary>
    private const ReviewConcepts AckBreak = Request | Exchange | Condition | Change | Remove | Promise | Discourage;

    private const int MaxClaimsPerKind = 64;

    /// <summary>An upper bound on a term's length in normalised characters (bounds the neighbour scans).</summary>
    private const int MaxTermLength = 104;

    public static void Run(TextWorkspace ws, int? existingReviewStars, InterpretationResult result)
    {
        result.Reset();
        SortAndPrune(ws);
        if (ws.MatchCount == 0)
        {
            return;
        }

        MarkAcknowledged(ws);
        result.EnsureCapacity(ws.ClauseCount, ws.SentenceCount);
        BuildFacts(ws, result);
        if (!result.IsReviewTalk)
        {
            return;
        }

        FindAsks(ws, existingReviewStars.HasValue, result);
        FindGatingThreatFakeSteer(ws, result);
        FindIncentives(ws, existingReviewStars is <= 3, result);
        FindPositiveAsks(ws, result);
    }

    private static void SortAndPrune(TextWorkspace ws)
    {
        var matches = ws.Matches.AsSpan(0, ws.MatchCount);

        // Insertion sort by (start, longest first): matches arrive ordered by end, so each moves back at most past the
        // matches that end within one term's length — linear in practice, and no allocation.
        for (var i = 1; i < matches.Length; i++)
        {
            var m = matches[i];
            var j = i - 1;
            while (j >= 0 && Before(m, matches[j]))
            {
                matches[j + 1] = matches[j];
                j--;
            }

            matches[j + 1] = m;
        }

        var kept = 0;
        var maxEnd = -1;
        var keptStart = -1;
        for (var i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            if (m.End <= maxEnd && !(m.Start == keptStart && m.End == maxEnd))
            {
                continue; // inside a longer match, whose concepts describe the phrase
            }

            if (m.End > maxEnd)
            {
                maxEnd = m.End;
                keptStart = m.Start;
            }

            matches[kept++] = m;
        }

        ws.MatchCount = kept;
        DisclaimNegatedBenefits(ws);

        // Negation wins: a satisfaction match overlapping a dissatisfaction match ("满意请" inside "不满意请") is not satisfaction.
        var dissatisfiedUntil = -1;
        for (var i = 0; i < kept; i++)
        {
            ref var m = ref ws.Matches[i];
            if ((m.Concepts & Satisfaction) != 0 && m.Start < dissatisfiedUntil && (m.Concepts & Dissatisfaction) == 0)
            {
                m.Concepts &= ~Satisfaction;
            }

            if ((m.Concepts & Dissatisfaction) != 0)
            {
                dissatisfiedUntil = Math.Max(dissatisfiedUntil, m.End);
            }
        }
    }

    /// <summary>
    /// A negated benefit is disclaimed, not offered: "we don't run review rebates", "we never offer discounts for
    /// reviews", 本店不搞好评返现. A negation (<see cref="ReviewConcepts.Negator"/>) disclaims the benefits that follow it in
    /// its clause within four words (six Chinese characters) when nothing before the negation in the clause is a
    /// condition, a review or a review action — "if you don't review, no coupon" and 不给好评就不返现 stay offers.
    /// Disclaimed matches lose their benefit, exchange and rating concepts.
    /// </summary>
    private static void DisclaimNegatedBenefits(TextWorkspace ws)
    {
        const ReviewConcepts Blocks = Condition | Review | ReviewAction | Change | Remove | Exchange | Benefit;
        const ReviewConcepts Negated = Benefit | Change | Remove | Request | ReviewAction | PositiveRating;
        const ReviewConcepts Stripped = Benefit | Exchange | PositiveRating | NegativeRating | Promise | MakeGood | Change | Remove | Request | ReviewAction;
        var clause = -1;
        var blocked = false;
        var negator = -1;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            if (m.Clause != clause)
            {
                clause = m.Clause;
                blocked = false;
                negator = -1;
            }

            if ((m.Concepts & Negator) != 0 && !blocked)
            {
                negator = i;
                continue;
            }

            if (negator >= 0 && (m.Concepts & (Condition | Exchange)) != 0 && (m.Concepts & Benefit) == 0)
            {
                negator = -1; // "we don't charge, and if you review …": the negation ends where a condition or exchange starts
                blocked = true;
                continue;
            }

            if (negator >= 0 && (m.Concepts & Negated) != 0 && (m.Concepts & (Discourage | Threat)) == 0)
            {
                var n = ws.Matches[negator];
                if (TextFolding.IsCjk(ws.Chars[n.Start]) && ThenFollows(ws, m.End))
                {
                    negator = -1; // 不删差评我们就起诉你, 不给好评就不返现: "if not … then …" is a condition, not a denial
                    blocked = true;
                    continue;
                }

                var near = TextFolding.IsCjk(ws.Chars[m.Start])
                    ? m.Start - n.End <= 12
                    : ws.TokenAt[m.Start] - ws.TokenAt[n.End - 1] <= 6;
                if (near)
                {
                    // "we will never ask you to change or remove a review", 唔會要求你俾好評: a negated ask is not an ask.
                    m.Concepts &= ~Stripped;
                    continue;
                }
            }

            if ((m.Concepts & Blocks) != 0 && negator < 0)
            {
                blocked = true;
            }
        }

        DisclaimPracticeNames(ws);
        ForgetReviewCounts(ws);
    }

    /// <summary>Whether 就, 才 or 便 ("then") follows in the sentence: the negation before it is a negative condition.</summary>
    private static bool ThenFollows(TextWorkspace ws, int from)
    {
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

            // "2000则好评", "10万+好评": digits, optionally followed by 千/万/百 (but not 千万 "by all means" alone).
            var multiplier = false;
            while (k >= 0 && ws.Chars[k] is '千' or '万' or '百' or 'w')
            {
                multiplier = true;
                k--;
            }

            var digits = 0;
            while (k >= 0 && ws.Chars[k] is >= '0' and <= '9')
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

    private static void MarkAcknowledged(TextWorkspace ws)
    {
        var clause = -1;
        var open = false;
        var ackEnd = -1;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            if (m.Clause != clause)
            {
                clause = m.Clause;
                open = false;
                ackEnd = -1;
            }

            if ((m.Concepts & Acknowledgement) != 0)
            {
                open = true;
                ackEnd = Math.Max(ackEnd, m.End);
                continue;
            }

            if (m.Start < ackEnd)
            {
                // Overlaps the thanks ("thanks for" + "for your feedback"): part of the acknowledgement, not an exchange.
                m.Concepts &= ~(Exchange | Request | ReviewAction);
            }

            if (open && (m.Concepts & (Change | Remove)) != 0 && m.End < ws.Count && ws.Chars[m.End] == '了')
            {
                m.Acknowledged = true; // 看到亲把评价改了: the change is reported, not requested
                continue;
            }

            if ((m.Concepts & AckBreak) != 0)
            {
                open = false;
            }

            if (open && (m.Concepts & (Review | PositiveRating | NegativeRating)) != 0)
            {
                m.Acknowledged = true;
            }
        }
    }

    private static void BuildFacts(TextWorkspace ws, InterpretationResult r)
    {
        var clauses = r.Clauses;
        var sentences = r.Sentences;
        for (var c = 0; c < ws.ClauseCount; c++)
        {
            clauses[c] = new ClauseFacts { First = -1, End = -1 };
        }

        for (var s = 0; s < ws.SentenceCount; s++)
        {
            sentences[s] = new SentenceFacts
            {
                FirstClause = ws.SentenceFirstClause[s],
                EndClause = s + 1 < ws.SentenceCount ? ws.SentenceFirstClause[s + 1] : ws.ClauseCount,
                AskMatch = -1,
            };
        }

        var lastConditionToken = int.MinValue;
        var lastConditionEnd = 0;
        var currentClause = -1;
        var positiveRaw = false;
        var negativeRaw = false;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            ref var cf = ref clauses[m.Clause];
            if (m.Clause != currentClause)
            {
                if (currentClause >= 0)
                {
                    CloseClause(ref clauses[currentClause], positiveRaw, negativeRaw);
                }

                currentClause = m.Clause;
                positiveRaw = false;
                negativeRaw = false;
                lastConditionToken = int.MinValue;
                lastConditionEnd = 0;
                cf.First = i;
            }

            cf.End = i + 1;
            cf.All |= m.Concepts;
            if (i > cf.First && IsRatingPair(ws, ws.Matches[i - 1], m))
            {
                cf.All |= AnyRating; // 好评差评都欢迎, "good/bad reviews": both sentiments welcome
            }

            if ((m.Concepts & Review) != 0)
            {
                cf.AnyReview = true;
                cf.OpenReview |= !m.Acknowledged;
                r.IsReviewTalk = true;
            }

            positiveRaw |= (m.Concepts & PositiveRating) != 0 && !m.Acknowledged;
            if ((m.Concepts & PositiveRating) != 0 && m.Acknowledged)
            {
                r.Sentences[m.Sentence].AckedPositive = true;
            }

            if ((m.Concepts & Review) != 0 && m.Acknowledged)
            {
                r.Sentences[m.Sentence].AckedReview = true;
            }

            negativeRaw |= (m.Concepts & NegativeRating) != 0 && !m.Acknowledged;
            if ((m.Concepts & Satisfaction) != 0
                && ((m.Concepts & Condition) != 0
                    || (lastConditionToken != int.MinValue && (ws.TokenAt[m.Start] - lastConditionToken <= 6 || (TextFolding.IsCjk(ws.Chars[m.Start]) && m.Start - lastConditionEnd <= 14)))
                    || (NearSentenceStart(ws, m.Start) && EndsWithQuestion(ws, m.End))))
            {
                cf.SatisfactionCondition = true;
            }

            if ((m.Concepts & Condition) != 0)
            {
                lastConditionToken = ws.TokenAt[m.End - 1];
                lastConditionEnd = m.End;
                cf.Echo |= (m.Concepts & Reference) != 0;
            }

            if ((m.Concepts & (Discourage | Threat | Fake)) != 0)
            {
                r.IsReviewTalk |= (m.Concepts & Review) != 0;
            }
        }

        if (currentClause >= 0)
        {
            CloseClause(ref clauses[currentClause], positiveRaw, negativeRaw);
        }

        for (var s = 0; s < ws.SentenceCount; s++)
        {
            ref var sf = ref sentences[s];
            for (var c = sf.FirstClause; c < sf.EndClause; c++)
            {
                // "If so", "if you are", 是的话: an elliptical condition that echoes the satisfaction just stated.
                if (clauses[c].Echo && EchoesSatisfaction(ws, clauses, sentences, s, c))
                {
                    clauses[c].SatisfactionCondition = true;
                }

                ref var cf = ref clauses[c];
                sf.All |= cf.All;
                sf.AnyReview |= cf.AnyReview;
                cf.ReviewSoFar = sf.AnyReview;
                sf.ConditionOnReview |= (cf.All & Condition) != 0 && ConditionOnReview(ws, cf);
                sf.OpenReview |= cf.OpenReview;
                sf.OpenPositive |= cf.OpenPositive;
                sf.SatisfactionCondition |= cf.SatisfactionCondition;
            }
        }
    }

    /// <summary>
    /// Whether two neighbouring matches name opposite ratings joined by nothing or a connector ("好评差评", "好评、差评",
    /// "positive/negative", "good and bad reviews") — a pair that welcomes either sentiment.
    /// </summary>
    private static bool IsRatingPair(TextWorkspace ws, in Match previous, in Match current)
    {
        const ReviewConcepts Pos = PositiveRating;
        const ReviewConcepts Neg = NegativeRating;
        var opposite = ((previous.Concepts & Pos) != 0 && (current.Concepts & Neg) != 0 && (previous.Concepts & Neg) == 0)
            || ((previous.Concepts & Neg) != 0 && (current.Concepts & Pos) != 0 && (previous.Concepts & Pos) == 0);
        if (!opposite || current.Start < previous.End || current.Start - previous.End > 5)
        {
            return false;
        }

        // Chinese pairs may touch (好评差评); a pair involving a Latin word needs a connector ("good and bad", "5/1 star"),
        // so "change your 1-star feedback to 5 stars" and "五⭐好评" are not pairs.
        var latin = !TextFolding.IsCjk(ws.Chars[previous.End - 1]) || !TextFolding.IsCjk(ws.Chars[current.Start]);
        var connector = false;
        for (var k = previous.End; k < current.Start; k++)
        {
            var c = ws.Chars[k];
            if (c is '/' or '、' or '和' or '或' or '与' or '跟' or '及' or '&' or '+')
            {
                connector = true;
            }
            else if (k + 3 <= current.Start && c == 'a' && ws.Chars[k + 1] == 'n' && ws.Chars[k + 2] == 'd')
            {
                connector = true;
                k += 2;
            }
            else if (k + 2 <= current.Start && c == 'o' && ws.Chars[k + 1] == 'r')
            {
                connector = true;
                k += 1;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        return connector || !latin;
    }

    /// <summary>Whether satisfaction was stated in an earlier clause of this sentence or in the previous sentence.</summary>
    private static bool EchoesSatisfaction(TextWorkspace ws, ClauseFacts[] clauses, SentenceFacts[] sentences, int s, int c)
    {
        var from = s > 0 ? sentences[s - 1].FirstClause : sentences[s].FirstClause;
        for (var k = from; k < c; k++)
        {
            var cf = clauses[k];
            for (var j = cf.First; j >= 0 && j < cf.End; j++)
            {
                if ((ws.Matches[j].Concepts & (Satisfaction | Dissatisfaction)) == Satisfaction)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AtSentenceStart(TextWorkspace ws, int position) => position == 0 || ws.Chars[position - 1] == Normalizer.SentenceBreak;

    /// <summary>
    /// Whether a match opens its sentence or follows at most three short words ("Had a great experience?", "Are you happy
    /// with it?", "Enjoying your new mug?"): the elliptical condition of a two-branch invitation.
    /// </summary>
    private static bool NearSentenceStart(TextWorkspace ws, int position)
    {
        var start = position;
        while (start > 0 && position - start <= 24 && ws.Chars[start - 1] != Normalizer.SentenceBreak)
        {
            start--;
        }

        if (start > 0 && ws.Chars[start - 1] != Normalizer.SentenceBreak)
        {
            return false;
        }

        while (start < position && !CompiledLexicon.IsWordChar(ws.Chars[start]) && !TextFolding.IsCjk(ws.Chars[start]))
        {
            start++;
        }

        return start == position || (CompiledLexicon.IsWordChar(ws.Chars[start]) && ws.TokenAt[position] - ws.TokenAt[start] <= 3);
    }

    /// <summary>
    /// Whether a short sentence starting with satisfaction ends with a question mark — the elliptical condition "Love it?
    /// Review it!" — rather than being a real question (吗, 呢, 是否).
    /// </summary>
    private static bool EndsWithQuestion(TextWorkspace ws, int from)
    {
        for (var i = from; i < ws.Count && i < from + 40; i++)
        {
            var c = ws.Chars[i];
            if (c is '吗' or '呢' or '否')
            {
                return false;
            }

            if (c == Normalizer.SentenceBreak)
            {
                var start = ws.Starts[i];
                return start < ws.OriginalLength && ws.OriginalChar(start) is '?' or '？';
            }

            if (c == Normalizer.ClauseBreak)
            {
                // "Satisfied customers: leave a review here." — a colon labels the branch like a question mark does.
                var start = ws.Starts[i];
                return start < ws.OriginalLength && ws.OriginalChar(start) is ':' or '：';
            }
        }

        return false;
    }

    private static void CloseClause(ref ClauseFacts cf, bool positiveRaw, bool negativeRaw)
    {
        var neutral = (cf.All & AnyRating) != 0 || (positiveRaw && negativeRaw && (cf.All & Alternative) != 0);
        cf.OpenPositive = positiveRaw && !neutral;
        cf.OpenNegative = negativeRaw && !neutral;
        if (neutral)
        {
            cf.SatisfactionCondition = false;
        }
    }

    /// <summary>
    /// The nearest sentence before (<paramref name="direction"/> -1) or after (+1) <paramref name="s"/> that has any
    /// match, skipping up to two empty ones ("[QR CODE]", a line of emoji), or <paramref name="s"/> at the edges.
    /// </summary>
    private static int Neighbour(InterpretationResult r, int s, int direction)
    {
        var k = s + direction;
        for (var skipped = 0; k >= 0 && k < r.SentenceCount && r.Sentences[k].All == None && skipped < 2; skipped++)
        {
            k += direction;
        }

        return k >= 0 && k < r.SentenceCount ? k : s;
    }

    /// <summary>Whether the sentence or a neighbour asks to change or remove a review.</summary>
    private static bool WindowHasChangeAsk(InterpretationResult r, int s)
    {
        for (var k = Neighbour(r, s, -1); k <= Neighbour(r, s, +1); k++)
        {
            if (r.Sentences[k].ChangeAsk || r.Sentences[k].RemoveAsk)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause before <paramref name="c"/> in its sentence is a conditional remedy ("if it arrived damaged,").</summary>
    private static bool AfterConditionalRemedy(InterpretationResult r, in SentenceFacts sf, int c) =>
        c > sf.FirstClause && (r.Clauses[c - 1].All & (Condition | Remedy)) == (Condition | Remedy) && !r.Clauses[c - 1].AnyReview;

    private static bool WindowHasReview(InterpretationResult r, int sentenceCount, int s)
    {
        for (var k = Math.Max(0, s - 1); k <= Math.Min(sentenceCount - 1, s + 1); k++)
        {
            if (r.Sentences[k].AnyReview)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence or a neighbour talks about a negative review, or about changing, removing or not leaving
    /// one — the context in which holding the buyer's address or "think it over" is intimidation.
    /// </summary>
    private static bool WindowHasAdverseReviewTalk(InterpretationResult r, int sentenceCount, int s)
    {
        for (var k = Math.Max(0, s - 1); k <= Math.Min(sentenceCount - 1, s + 1); k++)
        {
            var all = r.Sentences[k].All;
            if ((all & NegativeRating) != 0 || ((all & (Change | Remove | Discourage)) != 0 && (all & Review) != 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatin(TextWorkspace ws, in Match m) => CompiledLexicon.IsWordChar(ws.Chars[m.Start]);

    private static bool HasAntecedent(InterpretationResult r, int s, int clause, bool existingReview) =>
        existingReview || (s > 0 && r.Sentences[s - 1].AnyReview) || (clause >= 0 && r.Clauses[clause].ReviewSoFar);

    private static void FindAsks(TextWorkspace ws, bool existingReview, InterpretationResult r)
    {
        for (var s = 0; s < ws.SentenceCount; s++)
        {
            ref var sf = ref r.Sentences[s];
            var askLike = AskLike | ((sf.All & Benefit) != 0 ? Exchange : None);
            if (sf.OpenReview && (sf.All & askLike) != 0)
            {
                sf.Ask = true;
                sf.AskMatch = FirstMatch(ws, r, s, Review, openOnly: true);
            }
            else if ((sf.All & Reference) != 0 && (sf.All & askLike) != 0)
            {
                var antecedent = s > 0 && r.Sentences[s - 1].AnyReview;
                for (var c = sf.FirstClause; c < sf.EndClause && !sf.Ask; c++)
                {
                    ref var cf = ref r.Clauses[c];
                    if (antecedent && (cf.All & Reference) != 0 && (cf.All & askLike) != 0)
                    {
                        sf.Ask = true;
                        sf.AskMatch = FirstMatchInClause(ws, r, c, Reference);
                    }

                    antecedent |= cf.AnyReview;
                }
            }

            r.HasAnyAsk |= sf.Ask;
        }

        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            var s = m.Sentence;
            ref var sf = ref r.Sentences[s];
            if ((m.Concepts & FollowUp) != 0 && !m.Acknowledged && (sf.All & (AskLike | Benefit | Exchange)) != 0)
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

                    if ((o.Concepts & Review) != 0)
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

    /// <summary>Whether an English change/remove verb is a past participle ("updated", "removed", "taken down").</summary>
    private static bool IsParticiple(TextWorkspace ws, in Match m)
    {
        var end = m.End;
        return (end >= 2 && ws.Chars[end - 2] == 'e' && ws.Chars[end - 1] == 'd')
            || (end >= 4 && ws.Chars[end - 4] == 'd' && ws.Chars[end - 3] == 'o' && ws.Chars[end - 2] == 'w' && ws.Chars[end - 1] == 'n');
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

    private static int FirstMatch(TextWorkspace ws, InterpretationResult r, int s, ReviewConcepts concept, bool openOnly)
    {
        var sf = r.Sentences[s];
        for (var c = sf.FirstClause; c < sf.EndClause; c++)
        {
            var cf = r.Clauses[c];
            for (var j = cf.First; j >= 0 && j < cf.End; j++)
            {
                var o = ws.Matches[j];
                if ((o.Concepts & concept) != 0 && (!openOnly || !o.Acknowledged))
                {
                    return j;
                }
            }
        }

        return -1;
    }

    private static int FirstMatchInClause(TextWorkspace ws, InterpretationResult r, int c, ReviewConcepts concept)
    {
        var cf = r.Clauses[c];
        for (var j = cf.First; j >= 0 && j < cf.End; j++)
        {
            if ((ws.Matches[j].Concepts & concept) != 0)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Adds every match in sentence <paramref name="s"/> carrying <paramref name="concepts"/> to the claim being built.</summary>
    private static void AddSentenceMatches(TextWorkspace ws, InterpretationResult r, int s, ReviewConcepts concepts, bool openOnly = false)
    {
        var sf = r.Sentences[s];
        for (var c = sf.FirstClause; c < sf.EndClause; c++)
        {
            var cf = r.Clauses[c];
            for (var j = cf.First; j >= 0 && j < cf.End; j++)
            {
                var o = ws.Matches[j];
                if ((o.Concepts & concepts) != 0 && (!openOnly || !o.Acknowledged))
                {
                    r.AddSpan(j);
                }
            }
        }
    }

    private static void FindGatingThreatFakeSteer(TextWorkspace ws, InterpretationResult r)
    {
        var n = ws.SentenceCount;
        for (var s = 0; s < n; s++)
        {
            ref var sf = ref r.Sentences[s];
            var all = sf.All;
            if (all == None)
            {
                continue;
            }

            var windowReview = WindowHasReview(r, n, s);
            if ((all & Contact) != 0 && (all & Redirect) != 0 && windowReview)
            {
                var redirectsFromReview = false;
                for (var c = sf.FirstClause; c < sf.EndClause && !redirectsFromReview; c++)
                {
                    var cf = r.Clauses[c];
                    for (var j = cf.First; j >= 0 && j < cf.End; j++)
                    {
                        if ((ws.Matches[j].Concepts & (Redirect | Review)) == (Redirect | Review))
                        {
                            redirectsFromReview = true;
                            break;
                        }
                    }
                }

                var negativeBranch = (all & (Dissatisfaction | NegativeRating)) != 0 || (s > 0 && (r.Sentences[s - 1].All & Dissatisfaction) != 0);
                if (redirectsFromReview || negativeBranch)
                {
                    if (r.BeginClaim(ClaimKind.Gating, s))
                    {
                        AddSentenceMatches(ws, r, s, Contact | Redirect | Dissatisfaction);
                        r.EndClaim();
                    }
                }
            }

            if ((all & Discourage) != 0)
            {
                for (var c = sf.FirstClause; c < sf.EndClause; c++)
                {
                    var cf = r.Clauses[c];
                    var discourage = -1;
                    for (var j = cf.First; j >= 0 && j < cf.End; j++)
                    {
                        var o = ws.Matches[j];
                        if ((o.Concepts & Discourage) != 0)
                        {
                            discourage = j;
                        }

                        if (discourage >= 0 && (o.Concepts & Review) != 0)
                        {
                            r.AddClaim(ClaimKind.Gating, s, discourage, j);
                            break;
                        }
                    }
                }
            }

            // Two branches: "if you're happy, review us; if not, contact us" (Trustpilot's banned wording, Amazon E8SYAZUBGVFBHCH).
            // The negative branch must be explicit ("if not", "unhappy", 不满意); "any problem → contact us" is support for everyone.
            if ((all & Contact) != 0 && (HasExplicitNegativeBranch(ws, r, s) || (s > 0 && !r.Sentences[s - 1].Ask && HasExplicitNegativeBranch(ws, r, s - 1))))
            {
                for (var k = Math.Max(0, s - 2); k <= Math.Min(n - 1, s + 1); k++)
                {
                    var kf = r.Sentences[k];
                    var positiveBranch = kf.SatisfactionCondition || (k > 0 && r.Sentences[k - 1].SatisfactionCondition && !r.Sentences[k - 1].Ask);
                    if (kf.Ask && positiveBranch && r.BeginClaim(ClaimKind.Gating, s))
                    {
                        AddSentenceMatches(ws, r, kf.SatisfactionCondition ? k : k - 1, Satisfaction);
                        AddSentenceMatches(ws, r, s, Dissatisfaction | Contact);
                        r.EndClaim();
                        break;
                    }
                }
            }

            if ((all & OnlyIf) != 0 && (all & (Satisfaction | PositiveRating)) != 0 && windowReview && r.BeginClaim(ClaimKind.Gating, s))
            {
                AddSentenceMatches(ws, r, s, OnlyIf | Satisfaction);
                r.EndClaim();
            }

            if ((all & Threat) != 0 && windowReview && r.BeginClaim(ClaimKind.Threat, s))
            {
                AddSentenceMatches(ws, r, s, Threat);
                r.EndClaim();
            }

            if ((all & Intimidation) != 0 && WindowHasAdverseReviewTalk(r, n, s) && r.BeginClaim(ClaimKind.Threat, s))
            {
                AddSentenceMatches(ws, r, s, Intimidation);
                r.EndClaim();
            }

            if ((all & Penalty) != 0)
            {
                for (var c = sf.FirstClause; c < sf.EndClause; c++)
                {
                    var cf = r.Clauses[c];
                    if ((cf.All & Penalty) != 0 && (cf.AnyReview || (cf.All & NegativeRating) != 0 || sf.ConditionOnReview || (sf.All & (NegativeRating | Review)) == (NegativeRating | Review))
                        && r.BeginClaim(ClaimKind.Threat, s))
                    {
                        for (var j = cf.First; j < cf.End; j++)
                        {
                            if ((ws.Matches[j].Concepts & Penalty) != 0)
                            {
                                r.AddSpan(j);
                            }
                        }

                        r.EndClaim();
                    }
                }
            }

            if ((all & Fake) != 0 && windowReview && r.BeginClaim(ClaimKind.Fake, s))
            {
                AddSentenceMatches(ws, r, s, Fake);
                r.EndClaim();
            }

            if ((all & ContentSteer) != 0 && sf.OpenReview && r.BeginClaim(ClaimKind.ContentSteer, s))
            {
                AddSentenceMatches(ws, r, s, ContentSteer);
                r.EndClaim();
            }
        }
    }

    private static bool HasExplicitNegativeBranch(TextWorkspace ws, InterpretationResult r, int s)
    {
        var sf = r.Sentences[s];
        for (var c = sf.FirstClause; c < sf.EndClause; c++)
        {
            var cf = r.Clauses[c];
            for (var j = cf.First; j >= 0 && j < cf.End; j++)
            {
                if ((ws.Matches[j].Concepts & (Dissatisfaction | Remedy)) == Dissatisfaction)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private enum BenefitStatus
    {
        Unmarked,
        Offered,
        Given,
    }

    private static void FindIncentives(TextWorkspace ws, bool existingNegative, InterpretationResult r)
    {
        var n = ws.SentenceCount;
        for (var s = 0; s < n; s++)
        {
            var sf = r.Sentences[s];
            if ((sf.All & (Benefit | Withheld)) == 0 || (sf.All & Disclaimer) != 0)
            {
                continue;
            }

            for (var c = sf.FirstClause; c < sf.EndClause; c++)
            {
                var cf = r.Clauses[c];
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
                if (((cf.All & (Policy | Remedy)) != 0 || AfterConditionalRemedy(r, sf, c)) && !cf.AnyReview && status != BenefitStatus.Given
                    && !ConditionOnReview(ws, cf) && !WindowHasChangeAsk(r, s))
                {
                    continue; // a policy statement or a remedy, not a benefit for a review
                }

                if ((cf.All & Penalty) != 0 && IsMoneyOnly(ws, cf))
                {
                    continue; // "违者将收取3000元违约金": an amount in a penalty is a fine, not a benefit
                }

                // A refund or replacement is ordinary after-sales service unless explicitly tied to the review.
                var makeGoodOnly = IsMakeGoodOnly(ws, cf);
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
                for (var k = Neighbour(r, s, -1); k <= Neighbour(r, s, +1); k++)
                {
                    var kf = r.Sentences[k];
                    var kPositive = kf.AnyReview && (kf.OpenPositive || kf.SatisfactionCondition || kf.AckedPositive);

                    // Across sentences a benefit links only when it is offered or already given, or when the other
                    // sentence asks for a particular sentiment ("Free gift inside! Leave us 5 stars.").
                    if (k != s && status == BenefitStatus.Unmarked && !kPositive && !kf.ChangeAsk && !kf.RemoveAsk && (kf.All & (Condition | Exchange)) == 0)
                    {
                        continue;
                    }

                    if (makeGoodOnly && !kPositive && !kf.ChangeAsk && !kf.RemoveAsk && !explicitLink && !kf.ConditionOnReview)
                    {
                        continue;
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
                    var rewardsAckedReview = kf.AckedReview && status != BenefitStatus.Given && ((cf.All | sf.All) & Exchange) != 0 && !makeGoodOnly;
                    if (kf.Ask || rewardsAckedReview || (kf.AckedPositive && status != BenefitStatus.Given))
                    {
                        newTarget = true;
                        targetSentence = targetSentence < 0 ? k : targetSentence;
                    }

                    if (kPositive || (kf.AckedPositive && status != BenefitStatus.Given))
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
                else if (sentiment || (existingNegative && (status != BenefitStatus.Given || !makeGoodOnly)))
                {
                    kind = ClaimKind.IncentiveSentiment;
                }
                else if (status == BenefitStatus.Given)
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
            else if (m.Term != CompiledLexicon.MoneyTerm)
            {
                return false;
            }
        }

        return makeGood;
    }

    /// <summary>
    /// Whether the clause makes something conditional on reviewing: "if you leave a review", "once you've revised your
    /// feedback", 如果您给了好评, 评价后, 好评的话. A condition about something else ("once it arrives", 收到后) does not count.
    /// </summary>
    private static bool ConditionOnReview(TextWorkspace ws, in ClauseFacts cf)
    {
        const ReviewConcepts ReviewSide = Review | Change | Remove | ReviewAction;
        for (var j = cf.First; j >= 0 && j < cf.End; j++)
        {
            var c = ws.Matches[j];
            if ((c.Concepts & Condition) == 0)
            {
                continue;
            }

            if ((c.Concepts & (Review | Change | Remove)) != 0)
            {
                return true;
            }

            var last = ws.Chars[c.End - 1];
            if (last is '后' or '话')
            {
                // Chinese postposition: the condition is what comes just before (评价后, 好评的话).
                for (var k = j - 1; k >= cf.First && c.Start - ws.Matches[k].End <= 1; k--)
                {
                    if ((ws.Matches[k].Concepts & (Review | Change | Remove)) != 0)
                    {
                        return true;
                    }
                }

                continue;
            }

            var token = ws.TokenAt[c.End - 1];
            for (var k = j + 1; k < cf.End && ws.TokenAt[ws.Matches[k].Start] - token <= 3; k++)
            {
                if ((ws.Matches[k].Concepts & ReviewSide) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void FindPositiveAsks(TextWorkspace ws, InterpretationResult r)
    {
        var n = ws.SentenceCount;
        for (var s = 0; s < n; s++)
        {
            var sf = r.Sentences[s];
            if (!sf.Ask)
            {
                continue;
            }

            var previousCondition = s > 0 && r.Sentences[s - 1].SatisfactionCondition && !r.Sentences[s - 1].Ask;
            if ((sf.OpenPositive || sf.SatisfactionCondition || previousCondition) && r.BeginClaim(ClaimKind.PositiveAsk, s))
            {
                AddSentenceMatches(ws, r, s, PositiveRating, openOnly: true);
                if (sf.SatisfactionCondition || !sf.OpenPositive)
                {
                    AddSentenceMatches(ws, r, previousCondition && !sf.SatisfactionCondition ? s - 1 : s, Satisfaction);
                }

                if (sf.AskMatch >= 0)
                {
                    r.AddSpan(sf.AskMatch);
                }

                r.EndClaim();
            }
        }
    }

    private static bool Before(in Match x, in Match y) => x.Start != y.Start ? x.Start < y.Start : x.End > y.End;
}

/// <summary>The facts and claims of one interpreted text (pooled with its workspace).</summary>
internal sealed class InterpretationResult
{
    private int _openClaim = -1;
    private readonly int[] _claimsPerKind = new int[Enum.GetValues<ClaimKind>().Length];

    public ClauseFacts[] Clauses = new ClauseFacts[32];
    public SentenceFacts[] Sentences = new SentenceFacts[32];
    public Claim[] Claims = new Claim[16];
    public int ClaimCount;
    public int[] SpanMatches = new int[64];
    public int SpanMatchCount;

    public bool IsReviewTalk;

    public bool IsOversized => Clauses.Length > TextWorkspace.RetainLimit / 8 || Sentences.Length > TextWorkspace.RetainLimit / 8;

    /// <summary>Whether the text asks for a review (a new one, a change, a removal, a follow-up) or offers something for one.</summary>
    public bool IsReviewRequest
    {
        get
        {
            for (var i = 0; i < ClaimCount; i++)
            {
                if (Claims[i].Kind is ClaimKind.ChangeAsk or ClaimKind.RemoveAsk or ClaimKind.Incentive or ClaimKind.IncentiveSentiment or ClaimKind.PositiveAsk)
                {
                    return true;
                }
            }

            return HasAnyAsk;
        }
    }

    public bool HasAnyAsk;

    public void Reset()
    {
        ClaimCount = 0;
        SentenceCount = 0;
        SpanMatchCount = 0;
        IsReviewTalk = false;
        HasAnyAsk = false;
        _openClaim = -1;
        Array.Clear(_claimsPerKind);
    }

    /// <summary>The number of sentences of the interpreted text (set with the capacity).</summary>
    public int SentenceCount;

    public void EnsureCapacity(int clauses, int sentences)
    {
        SentenceCount = sentences;
        if (Clauses.Length < clauses)
        {
            Clauses = new ClauseFacts[Math.Max(clauses, Clauses.Length * 2)];
        }

        if (Sentences.Length < sentences)
        {
            Sentences = new SentenceFacts[Math.Max(sentences, Sentences.Length * 2)];
        }
    }

    public bool BeginClaim(ClaimKind kind, int sentence)
    {
        if (_claimsPerKind[(int)kind] >= 64)
        {
            return false;
        }

        _claimsPerKind[(int)kind]++;
        if (ClaimCount == Claims.Length)
        {
            Array.Resize(ref Claims, Claims.Length * 2);
        }

        _openClaim = ClaimCount;
        Claims[ClaimCount++] = new Claim { Kind = kind, Sentence = sentence, SpanStart = SpanMatchCount };
        return true;
    }

    public void AddSpan(int match)
    {
        if (_openClaim < 0 || match < 0)
        {
            return;
        }

        for (var i = Claims[_openClaim].SpanStart; i < SpanMatchCount; i++)
        {
            if (SpanMatches[i] == match)
            {
                return;
            }
        }

        if (SpanMatchCount - Claims[_openClaim].SpanStart >= 16)
        {
            return;
        }

        if (SpanMatchCount == SpanMatches.Length)
        {
            Array.Resize(ref SpanMatches, SpanMatches.Length * 2);
        }

        SpanMatches[SpanMatchCount++] = match;
    }

    public void EndClaim()
    {
        if (_openClaim >= 0)
        {
            Claims[_openClaim].SpanCount = SpanMatchCount - Claims[_openClaim].SpanStart;
            _openClaim = -1;
        }
    }

    public void AddClaim(ClaimKind kind, int sentence, int match1, int match2 = -1)
    {
        if (BeginClaim(kind, sentence))
        {
            AddSpan(match1);
            AddSpan(match2);
            EndClaim();
        }
    }
}
