using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Threats over a review: explicit threats next to review talk, intimidation (personal data held, "think it over",
/// blacklists) next to talk of a negative, changed or removed review, and fees or penalties tied to a review (gag clauses).
/// </summary>
internal static class ThreatDetector
{
    /// <summary>Claims <see cref="ClaimKind.Threat"/>.</summary>
    public static void Detect(TextWorkspace ws, InterpretationResult r)
    {
        ClaimSentences(ws, r, ClaimKind.Threat, Threat, static (r, s) => ReviewInThreatWindow(r, s));
        ClaimSentences(ws, r, ClaimKind.Threat, Intimidation, static (r, s) => WindowHasAdverseReviewTalk(r, r.SentenceCount, s));
        for (var s = 0; s < ws.SentenceCount; s++)
        {
            ref var sf = ref r.Sentences[s];
            if ((sf.All & Penalty) == 0)
            {
                continue;
            }

            // A fee or penalty tied to a review: in the clause of a review or a negative rating, in a sentence that makes
            // something conditional on reviewing, or next to a negative review ("违者将收取3000元违约金").
            for (var c = sf.FirstClause; c < sf.EndClause; c++)
            {
                var cf = r.Clauses[c];
                // (Also "No feedback, no warranty": the clause before names the review that is missing.)
                var noReviewBefore = c > sf.FirstClause && r.Clauses[c - 1].AnyReview && (r.Clauses[c - 1].All & Negator) != 0;
                if ((cf.All & Penalty) != 0 && (cf.AnyReview || noReviewBefore || (cf.All & NegativeRating) != 0 || sf.ConditionOnReview || (sf.All & (NegativeRating | Review)) == (NegativeRating | Review)
                    || ((sf.All & (Change | Remove)) != 0 && (sf.All & Condition) != 0 && WindowHasReview(r, r.SentenceCount, s)))
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
    }
}
