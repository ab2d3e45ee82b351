using System;
using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Reads the matches of one text in three steps. Facts: matches are sorted and pruned (a longer match swallows the
/// shorter ones inside it), negations and disclaimers applied (<see cref="Negation"/>), thanks and replies marked as
/// acknowledgements, and each clause and sentence summarised (<see cref="ClauseFacts"/>, <see cref="SentenceFacts"/>:
/// review talk, open ratings, satisfaction conditions, either/or pairs). Detectors: one per claim family — requests,
/// change/remove requests, gating, threats, fake reviews, content steering, incentives — each reading the shared facts
/// through the sentence window (<see cref="Reading"/>). The reading rules are documented in docs/reviews.md ("How the
/// text is read"). Linear in the number of sentences and matches.
/// </summary>
internal static class Interpreter
{
    /// <summary>Concepts that end the reach of a "thank you for" (a new request starts).</summary>
    private const ReviewConcepts AckBreak = Request | Exchange | Condition | Change | Remove | Promise | Discourage;

    public static void Run(TextWorkspace ws, int? existingReviewStars, InterpretationResult result)
    {
        result.Reset();
        result.ExistingReviewStars = existingReviewStars;
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

        // One detector per claim family over the shared facts; requests and change/remove requests first, because the
        // others read which sentences ask.
        RequestDetector.Detect(ws, result);
        ChangeRemoveDetector.Detect(ws, result);
        GatingDetector.Detect(ws, result);
        ThreatDetector.Detect(ws, result);
        FakeDetector.Detect(ws, result);
        SteerDetector.Detect(ws, result);
        IncentiveDetector.Detect(ws, result);
        RequestDetector.DetectPositiveAsks(ws, result);
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
        Negation.DisclaimNegatedBenefits(ws);

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
    /// Words the seller quotes are not the seller's: the buyer's turns of a pasted thread ("Buyer: Can I leave positive
    /// feedback now?", "From: buyer", 买家：) up to the next seller turn, and the rest of a clause that reports the buyer's
    /// question ("you asked whether we could offer a discount if you leave a review", 您问到“如果写好评可以退一点钱吗”)
    /// say nothing the guard should judge: their matches lose every concept.
    /// </summary>
    private static void SilenceQuotedSpeech(TextWorkspace ws)
    {
        SilenceQuotedQuestions(ws);
        var quoting = SpeakerAt(ws, 0) == Speaker.Buyer;
        var quoteClause = -1;
        var sentence = 0;
        var position = 0;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            while (sentence < m.Sentence)
            {
                // Advance to the next sentence start: every character is passed once over the whole text.
                while (position < ws.Count && ws.Chars[position] != Normalizer.SentenceBreak)
                {
                    position++;
                }

                position++;
                sentence++;
                quoting = SpeakerAt(ws, position) switch { Speaker.Buyer => true, Speaker.Seller => false, _ => quoting };
            }

            if ((m.Concepts & (Acknowledgement | Reference)) == (Acknowledgement | Reference))
            {
                quoteClause = m.Clause; // "you asked whether …": the rest of the clause is the buyer's question
                continue;
            }

            if (quoting || m.Clause == quoteClause)
            {
                m.Concepts = None;
            }
        }
    }

    /// <summary>
    /// Quoted words that are someone else's are silenced: a question in corner brackets (「好评有返现吗？」亲，我们店不做好评返现哦),
    /// and any quotation ("…", “…”, 「…」, 『…』) introduced as reported speech — "you wrote: "If you knock £10 off I'll give
    /// you five stars."", 你之前講「減五蚊我就俾好評」, 您问“给差评能不能换个新的”, 有人冒充我们发短信，说“给五星好评就返20美元”,
    /// 以「好評返現」為名 — say nothing the guard should judge: matches inside lose every concept. A quotation without such
    /// an introduction stays the seller's own ("leave us a "5-star" review", 帮我点个“非常满意”). One pass over the
    /// original text and one over the matches.
    /// </summary>
    private static void SilenceQuotedQuestions(TextWorkspace ws)
    {
        var m = 0;
        var n = ws.OriginalLength;

        // Per kind of mark, the position up to which no closing mark exists: openers without a close (a run of “ in a
        // hostile text) never rescan the same characters, so the pass stays linear.
        Span<int> noCloseUntil = stackalloc int[4];
        for (var i = 0; i < n && m < ws.MatchCount; i++)
        {
            var open = ws.OriginalChar(i);
            var (close, kind) = open switch
            {
                '「' => ('」', 0),
                '『' => ('』', 1),
                '“' => ('”', 2),
                '"' => ('"', 3),
                _ => ('\0', -1),
            };
            if (kind < 0)
            {
                continue;
            }

            // The closing mark within 300 characters.
            var end = -1;
            var limit = Math.Min(n - 1, i + 300);
            var j = Math.Max(i + 1, noCloseUntil[kind] + 1);
            for (; j <= limit; j++)
            {
                if (ws.OriginalChar(j) == close)
                {
                    end = j;
                    break;
                }
            }

            if (end < 0)
            {
                noCloseUntil[kind] = limit;
                continue;
            }

            var last = end - 1;
            while (last > i && char.IsWhiteSpace(ws.OriginalChar(last)))
            {
                last--;
            }

            var question = last > i && ws.OriginalChar(last) is '?' or '？';
            var silenced = (question && open is '「' or '『') || IntroducedAsSpeech(ws, i) || NamedAfter(ws, end + 1);
            if (silenced)
            {
                while (m < ws.MatchCount && ws.Starts[ws.Matches[m].Start] < i)
                {
                    m++;
                }

                for (; m < ws.MatchCount && ws.Starts[ws.Matches[m].Start] < end; m++)
                {
                    ws.Matches[m].Concepts = None;
                }
            }

            i = end;
        }
    }

    /// <summary>Whether the text just before the quotation mark at <paramref name="open"/> introduces reported speech.</summary>
    private static bool IntroducedAsSpeech(TextWorkspace ws, int open)
    {
        // The last word or characters before the mark, past spaces and a colon or comma.
        var k = open - 1;
        while (k >= 0 && (char.IsWhiteSpace(ws.OriginalChar(k)) || ws.OriginalChar(k) is ':' or '：' or ',' or '，'))
        {
            k--;
        }

        if (k < 0)
        {
            return false;
        }

        var from = Math.Max(0, k - 15);
        Span<char> before = stackalloc char[k - from + 1];
        for (var j = from; j <= k; j++)
        {
            before[j - from] = char.ToLowerInvariant(ws.OriginalChar(j));
        }

        foreach (var marker in SpeechMarkers)
        {
            if (before.EndsWith(marker, StringComparison.Ordinal)
                && (TextFolding.IsCjk(marker[0]) || before.Length == marker.Length || !char.IsLetter(before[before.Length - marker.Length - 1])))
            {
                return true;
            }
        }

        // 说/講/问 after a speaker (您说, 你之前講, 有人说, 骗子说, 买家问), not a request to write something (在评价里说) —
        // or after a comma in a report about impostors (有人冒充我们店铺发短信，说“…”).
        var last = before[^1];
        if (last is '说' or '說' && before.Length >= 2 && before[^2] is ',' or '，'
            && (before.IndexOf("冒充", StringComparison.Ordinal) >= 0 || before.IndexOf("有人", StringComparison.Ordinal) >= 0
                || before.IndexOf("骗子", StringComparison.Ordinal) >= 0 || before.IndexOf("短信", StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        if (last is '说' or '說' or '讲' or '講' or '问' or '問' && before.Length >= 2
            && before[^2] is '您' or '你' or '们' or '們' or '人' or '家' or '了' or '过' or '過' or '前' or '次' or '他' or '她' or '子' or '方' or '友')
        {
            return true;
        }

        return false;
    }

    /// <summary>Whether the text right after a quotation names it as a pretext (以「好評返現」為名, under the name of).</summary>
    private static bool NamedAfter(TextWorkspace ws, int from)
    {
        // Within the next 24 characters of the sentence (以“好评返现”“刷单返利”为由: several quoted names, one pretext).
        for (var start = from; start < ws.OriginalLength && start < from + 24; start++)
        {
            if (ws.OriginalChar(start) is '。' or '！' or '？' or '!' or '?' or '\n' or '.')
            {
                return false;
            }

            foreach (var marker in PretextMarkers)
            {
                if (start + marker.Length > ws.OriginalLength)
                {
                    continue;
                }

                var match = true;
                for (var j = 0; j < marker.Length && match; j++)
                {
                    match = ws.OriginalChar(start + j) == marker[j];
                }

                if (match)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] SpeechMarkers =
    [
        "you said", "you wrote", "you asked", "you asked us", "you asked me", "you messaged", "you told us", "you mentioned", "said", "wrote",
        "asked", "asking", "asks", "question is", "question was", "questions like", "claiming", "saying", "messages saying", "texts saying",
        "问题是", "問題是", "问到", "問到", "问道", "問道", "写道", "寫道", "留言", "留言说", "反映", "提到", "提到过", "表示", "声称", "聲稱", "称", "稱",
    ];

    private static readonly string[] PretextMarkers = ["为名", "為名", "的名义", "的名義", "名义", "名義", "為由", "为由"];

    private enum Speaker
    {
        None,
        Buyer,
        Seller,
    }

    /// <summary>The speaker label at normalised position <paramref name="start"/> ("buyer:", "from: seller", 客服：), if any.</summary>
    private static Speaker SpeakerAt(TextWorkspace ws, int start)
    {
        if (start >= ws.Count)
        {
            return Speaker.None;
        }

        // "Buyer: …" (a label ends with a colon, read as a clause break), or "From: buyer" (the label ends the line).
        var text = ws.Chars.AsSpan(start, Math.Min(ws.Count - start, 24));
        var from = text.StartsWith("from,", StringComparison.Ordinal) || text.StartsWith("from ,", StringComparison.Ordinal);
        if (from)
        {
            text = text[(text.IndexOf(',') + 1)..].TrimStart(' ');
        }

        static bool Labelled(ReadOnlySpan<char> text, string label, bool from) =>
            text.StartsWith(label, StringComparison.Ordinal)
            && (text.Length == label.Length ? from : text[label.Length] == ',' || (from && !CompiledLexicon.IsWordChar(text[label.Length])));

        foreach (var label in BuyerLabels)
        {
            if (Labelled(text, label, from))
            {
                return Speaker.Buyer;
            }
        }

        foreach (var label in SellerLabels)
        {
            if (Labelled(text, label, from))
            {
                return Speaker.Seller;
            }
        }

        return Speaker.None;
    }

    // An FAQ's "Q:" is the buyer's question, its "A:" the seller's answer.
    private static readonly string[] BuyerLabels = ["buyer", "customer", "client", "q", "question", "买家", "顾客", "客户", "买方", "问", "提问"];

    private static readonly string[] SellerLabels = ["seller", "store", "shop", "support", "agent", "a", "answer", "卖家", "客服", "商家", "店家", "卖方", "答", "回答"];

    private static void MarkAcknowledged(TextWorkspace ws)
    {
        SilenceQuotedSpeech(ws);
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

        MarkRatingsThankedAfterwards(ws);
    }

    /// <summary>
    /// "Wow, five stars — thank you, Lauren!": an English rating standing in its own clause, with nothing asked in its
    /// sentence before it, and thanked at the start of the next clause, is a rating received, not requested. (Not "thank you
    /// in advance", and not Chinese, where 五星好评，谢谢 is itself a request.)
    /// </summary>
    private static void MarkRatingsThankedAfterwards(TextWorkspace ws)
    {
        const ReviewConcepts asks = Request | ReviewAction | Condition | Exchange | Change | Remove | OnlyIf;
        var asked = false;
        for (var i = 0; i < ws.MatchCount; i++)
        {
            ref var m = ref ws.Matches[i];
            if (i == 0 || ws.Matches[i - 1].Sentence != m.Sentence)
            {
                asked = false;
            }

            if ((m.Concepts & (PositiveRating | NegativeRating)) == 0 || m.Acknowledged || asked || TextFolding.IsCjk(ws.Chars[m.Start]))
            {
                asked |= (m.Concepts & asks) != 0;
                continue;
            }

            var end = i;
            var clauseAsks = false;
            while (end < ws.MatchCount && ws.Matches[end].Clause == m.Clause)
            {
                clauseAsks |= (ws.Matches[end].Concepts & asks) != 0;
                end++;
            }

            if (!clauseAsks && ThankedInNextClause(ws, ws.Matches[end - 1].End))
            {
                for (var j = i; j < end; j++)
                {
                    if ((ws.Matches[j].Concepts & (Review | PositiveRating | NegativeRating)) != 0)
                    {
                        ws.Matches[j].Acknowledged = true;
                    }
                }
            }

            asked |= (m.Concepts & asks) != 0;
        }
    }

    private static bool ThankedInNextClause(TextWorkspace ws, int from)
    {
        var i = from;
        while (i < ws.Count && ws.Chars[i] != ',' && ws.Chars[i] != Normalizer.SentenceBreak && i - from < 40)
        {
            if (CompiledLexicon.IsWordChar(ws.Chars[i]) || TextFolding.IsCjk(ws.Chars[i]))
            {
                return false; // more words after the rating in its clause ("5 stars would mean a lot")
            }

            i++;
        }

        if (i >= ws.Count || ws.Chars[i] != ',')
        {
            return false;
        }

        var rest = ws.Chars.AsSpan(i + 1, Math.Min(ws.Count - i - 1, 40)).TrimStart(' ');
        var thanks = rest.StartsWith("thank you", StringComparison.Ordinal) ? 9 : rest.StartsWith("thanks", StringComparison.Ordinal) ? 6 : rest.StartsWith("thx", StringComparison.Ordinal) ? 3 : -1;
        if (thanks < 0)
        {
            return false;
        }

        var after = rest[thanks..].TrimStart(' ');
        return !after.StartsWith("in advance", StringComparison.Ordinal) && !after.StartsWith("for", StringComparison.Ordinal);
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
                    || (NearSentenceStart(ws, m.Start) && (EndsWithQuestion(ws, m.End) || AddressesSatisfiedAudience(ws, m)))))
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
        if (((previous.Concepts | current.Concepts) & (Change | Remove)) != 0)
        {
            return false; // "your 3-star rating and bump it up to 5 stars" is a change, not "good and bad"
        }

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

    /// <summary>
    /// Whether a match opens its sentence or follows at most three short words ("Had a great experience?", "Are you happy
    /// with it?", "Enjoying your new mug?"): the elliptical condition of a two-branch invitation.
    /// </summary>
    private static bool LineStart(TextWorkspace ws, int breakAt)
    {
        if (ws.Chars[breakAt] != ',' || breakAt + 1 >= ws.Count)
        {
            return false;
        }

        for (var k = ws.Starts[breakAt]; k < ws.Starts[breakAt + 1] && k < ws.OriginalLength; k++)
        {
            if (ws.OriginalChar(k) is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static bool NearSentenceStart(TextWorkspace ws, int position)
    {
        // A line of its own starts a sentence too, even where the line before did not end one ("Your phone holder has
        // arrived 📦⏎Love it? Review it!").
        var start = position;
        while (start > 0 && position - start <= 24 && ws.Chars[start - 1] != Normalizer.SentenceBreak && !LineStart(ws, start - 1))
        {
            start--;
        }

        if (start > 0 && ws.Chars[start - 1] != Normalizer.SentenceBreak && !LineStart(ws, start - 1))
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
    /// A sentence that opens by addressing its audience by their satisfaction, then a comma: "Happy customers, please
    /// leave us a review" asks only the happy ones (a condition), unlike "we don't only ask happy buyers to review".
    /// </summary>
    private static bool AddressesSatisfiedAudience(TextWorkspace ws, in Match m)
    {
        if (m.End >= ws.Count || ws.Chars[m.End] != ',')
        {
            return false;
        }

        var text = ws.Chars.AsSpan(m.Start, m.End - m.Start);
        return text.EndsWith("customers", StringComparison.Ordinal) || text.EndsWith("buyers", StringComparison.Ordinal)
            || text.EndsWith("shoppers", StringComparison.Ordinal) || text.EndsWith("clients", StringComparison.Ordinal)
            || text.EndsWith("guests", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a short sentence starting with satisfaction ends with a question mark — the elliptical condition "Love it?
    /// Review it!" — rather than being a real question (吗, 呢, 是否).
    /// </summary>
    private static bool EndsWithQuestion(TextWorkspace ws, int from)
    {
        for (var i = from; i < ws.Count && i < from + 80; i++) // room for a product title: "Loving your new Basecamp Heavyweight Hoodie (Charcoal / L)?"
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

    private static bool Before(in Match x, in Match y) => x.Start != y.Start ? x.Start < y.Start : x.End > y.End;
}
