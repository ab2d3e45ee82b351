using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Requests for a review: a sentence that mentions a review (or refers back to one) and asks — a request word, a review
/// verb, a condition, "only if", or an exchange next to a benefit. Marks <see cref="SentenceFacts.Ask"/> for the other
/// detectors, and claims <see cref="ClaimKind.PositiveAsk"/> when the ask names a positive rating or is conditioned on
/// satisfaction ("if you like it, give us 5 stars", "Love it? Review it!").
/// </summary>
internal static class RequestDetector
{
    /// <summary>Marks the sentences that ask for a review.</summary>
    public static void Detect(TextWorkspace ws, InterpretationResult r)
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
                    // (Not a thank-you for the review just mentioned: "thank you for taking the time to write it all out".)
                    if (antecedent && (cf.All & Reference) != 0 && (cf.All & askLike) != 0 && (cf.All & Acknowledgement) == 0)
                    {
                        sf.Ask = true;
                        sf.AskMatch = FirstMatchInClause(ws, r, c, Reference);
                    }

                    antecedent |= cf.AnyReview;
                }
            }

            r.HasAnyAsk |= sf.Ask;
        }
    }

    /// <summary>Claims the asks that name a positive rating or depend on satisfaction (run after the incentive detector).</summary>
    public static void DetectPositiveAsks(TextWorkspace ws, InterpretationResult r)
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

}
