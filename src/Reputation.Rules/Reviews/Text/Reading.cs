using System;
using static Reputation.Rules.Reviews.ReviewConcepts;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// The sentence window the detectors share: neighbouring sentences (skipping empty ones), what a window contains, the
/// first match of a concept, and conditions on reviewing. Stateless; every method reads the workspace and the facts.
/// </summary>
internal static class Reading
{
    /// <summary>
    /// Claims <paramref name="kind"/> once for every sentence that carries <paramref name="concepts"/> and where
    /// <paramref name="when"/> holds, with the sentence's matches of <paramref name="concepts"/> as evidence — the
    /// shape of the detectors whose claim is "this kind of wording, in this kind of window".
    /// </summary>
    internal static void ClaimSentences(TextWorkspace ws, InterpretationResult r, ClaimKind kind, ReviewConcepts concepts, Func<InterpretationResult, int, bool> when)
    {
        for (var s = 0; s < ws.SentenceCount; s++)
        {
            if ((r.Sentences[s].All & concepts) != 0 && when(r, s) && r.BeginClaim(kind, s))
            {
                AddSentenceMatches(ws, r, s, concepts);
                r.EndClaim();
            }
        }
    }

    /// <summary>Whether the sentence or a neighbour mentions a review (the window of threats, fake reviews and gating).</summary>
    internal static bool ReviewInWindow(InterpretationResult r, int s) => WindowHasReview(r, r.SentenceCount, s);

    /// <summary>
    /// A review still to be written in a neighbouring sentence, or any review in the sentence itself: thanks for a review
    /// already left in another sentence ("Thanks for the 5-star feedback! We'll email a reminder a week before your next
    /// kit ships") is not one.
    /// </summary>
    internal static bool ReviewToWriteInWindow(InterpretationResult r, int s)
    {
        for (var k = Math.Max(0, s - 1); k <= Math.Min(r.SentenceCount - 1, s + 1); k++)
        {
            if (r.Sentences[k].OpenReview || (k == s && r.Sentences[k].AnyReview))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a review is mentioned in the sentence, the next one or one of the two before it — the reach of a threat
    /// ("Your review says it stopped working. We are small seller, please. Every day we will message you until you change it.").
    /// </summary>
    internal static bool ReviewInThreatWindow(InterpretationResult r, int s) =>
        WindowHasReview(r, r.SentenceCount, s) || (s > 1 && r.Sentences[s - 2].AnyReview);

    /// <summary>Concepts that make a sentence with a review mention a request for a review (exchange markers count only next to a benefit).</summary>
    internal const ReviewConcepts AskLike = Request | ReviewAction | Condition | OnlyIf;

    /// <summary>An upper bound on a term's length in normalised characters (bounds the neighbour scans).</summary>
    internal const int MaxTermLength = 104;

    /// <summary>
    /// The nearest sentence before (<paramref name="direction"/> -1) or after (+1) <paramref name="s"/> that has any
    /// match, skipping up to two empty ones ("[QR CODE]", a line of emoji), or <paramref name="s"/> at the edges.
    /// </summary>
    internal static int Neighbour(InterpretationResult r, int s, int direction)
    {
        var k = s + direction;
        for (var skipped = 0; k >= 0 && k < r.SentenceCount && r.Sentences[k].All == None && skipped < 2; skipped++)
        {
            k += direction;
        }

        return k >= 0 && k < r.SentenceCount ? k : s;
    }

    /// <summary>Whether the sentence or a neighbour asks to change or remove a review.</summary>
    internal static bool WindowHasChangeAsk(InterpretationResult r, int s)
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
    internal static bool AfterConditionalRemedy(InterpretationResult r, in SentenceFacts sf, int c) =>
        c > sf.FirstClause && (r.Clauses[c - 1].All & (Condition | Remedy)) == (Condition | Remedy) && !r.Clauses[c - 1].AnyReview;

    /// <summary>
    /// Whether clause <paramref name="c"/> is the unhappy branch of its sentence: a clause at or before it names a
    /// problem or dissatisfaction without review talk, and no satisfied branch starts in between ("if anything arrived
    /// chipped, reply to this message and we'll send a replacement", 如果不满意，请先联系客服…我们一定给您满意的解决方案).
    /// What is promised there is the remedy for the problem, not a benefit for the review asked elsewhere.
    /// </summary>
    internal static bool InProblemBranch(InterpretationResult r, in SentenceFacts sf, int c)
    {
        // Bounded (eight clauses back) so that one huge sentence stays linear.
        for (var k = c; k >= sf.FirstClause && c - k <= 8; k--)
        {
            var kf = r.Clauses[k];
            if (k < c && kf.SatisfactionCondition)
            {
                return false;
            }

            if ((kf.All & Dissatisfaction) != 0 && !kf.OpenPositive && (kf.All & PositiveRating) == 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool WindowHasReview(InterpretationResult r, int sentenceCount, int s)
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
    internal static bool WindowHasAdverseReviewTalk(InterpretationResult r, int sentenceCount, int s)
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

    internal static bool IsLatin(TextWorkspace ws, in Match m) => CompiledLexicon.IsWordChar(ws.Chars[m.Start]);

    internal static bool HasAntecedent(InterpretationResult r, int s, int clause, bool existingReview) =>
        existingReview || (s > 0 && r.Sentences[s - 1].AnyReview) || (s > 1 && r.Sentences[s - 2].AnyReview)
        || (clause >= 0 && r.Clauses[clause].ReviewSoFar);

    internal static int FirstMatch(TextWorkspace ws, InterpretationResult r, int s, ReviewConcepts concept, bool openOnly)
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

    internal static int FirstMatchInClause(TextWorkspace ws, InterpretationResult r, int c, ReviewConcepts concept)
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
    internal static void AddSentenceMatches(TextWorkspace ws, InterpretationResult r, int s, ReviewConcepts concepts, bool openOnly = false)
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

    /// <summary>
    /// Whether the clause makes something conditional on reviewing: "if you leave a review", "once you've revised your
    /// feedback", 如果您给了好评, 评价后, 好评的话. A condition about something else ("once it arrives", 收到后) does not count.
    /// </summary>
    internal static bool ConditionOnReview(TextWorkspace ws, in ClauseFacts cf)
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
}
