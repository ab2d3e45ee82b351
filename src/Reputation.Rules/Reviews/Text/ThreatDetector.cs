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

        }
    }
}
