using System;
using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Review gating: steering unhappy buyers away from reviewing ("if not happy, contact us first", "don't leave negative
/// feedback", 有问题请先联系客服), two-branch invitations ("happy? review us; not happy? email us"), holding off a review,
/// and invitations limited to satisfied buyers (survey promoters, "since you told us you were happy").
/// </summary>
internal static class GatingDetector
{
    /// <summary>Claims <see cref="ClaimKind.Gating"/>.</summary>
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

                var negativeBranch = (all & (Dissatisfaction | NegativeRating)) != 0 || (s > 0 && (r.Sentences[s - 1].All & (Dissatisfaction | NegativeRating)) != 0);
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
            // The previous sentence may hold the end of the positive branch and the start of the negative one ("Leave a
            // review 🥰 Not satisfied? Chat us"): its negative branch counts when it comes after the ask.
            // (A negative branch that offers the after-sales service itself — "if the fit isn't right, exchanges are free
            // for 60 days, just reply" — is support for everyone, unless it also steers away from reviewing.)
            var offersRemedy = (all & (Benefit | Policy | MakeGood)) != 0 && (all & (Redirect | Discourage)) == 0;
            if ((all & Contact) != 0 && !offersRemedy && (HasExplicitNegativeBranch(ws, r, s)
                || (s > 0 && HasExplicitNegativeBranch(ws, r, s - 1, after: r.Sentences[s - 1].Ask ? r.Sentences[s - 1].AskMatch : -1))))
            {
                for (var k = Math.Max(0, s - 3); k <= Math.Min(n - 1, s + 2); k++) // (three back: "Loved it? ⏎ Review us! ⏎ ⭐ ⏎ Not quite right? ⏎ Reply")
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

            if ((all & OnlyIf) != 0 && (all & (Satisfaction | PositiveRating)) != 0 && windowReview && OnlyIfHolds(ws, r, s) && r.BeginClaim(ClaimKind.Gating, s))
            {
                AddSentenceMatches(ws, r, s, OnlyIf | Satisfaction);
                r.EndClaim();
            }

        }
    }

    /// <summary>
    /// Whether the sentence's "only" applies: an audience filter ("only customers who…") always does; a satisfaction the
    /// buyer reported ("you told us in chat that you were happy") only when the satisfaction follows it within ten words.
    /// </summary>
    private static bool OnlyIfHolds(TextWorkspace ws, InterpretationResult r, int s)
    {
        var sf = r.Sentences[s];
        var reported = -1;
        for (var c = sf.FirstClause; c < sf.EndClause; c++)
        {
            var cf = r.Clauses[c];
            for (var j = cf.First; j >= 0 && j < cf.End; j++)
            {
                var m = ws.Matches[j];
                if ((m.Concepts & (OnlyIf | Reference)) == OnlyIf)
                {
                    return true;
                }

                if ((m.Concepts & (OnlyIf | Reference)) == (OnlyIf | Reference))
                {
                    reported = reported < 0 ? ws.TokenAt[m.End - 1] : reported;
                }
                else if (reported >= 0 && (m.Concepts & (Satisfaction | Dissatisfaction)) == Satisfaction && ws.TokenAt[m.Start] - reported <= 10)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether sentence <paramref name="s"/> has an explicit negative branch ("if not", 不满意) after match <paramref name="after"/>.</summary>
    private static bool HasExplicitNegativeBranch(TextWorkspace ws, InterpretationResult r, int s, int after = -1)
    {
        var sf = r.Sentences[s];
        for (var c = sf.FirstClause; c < sf.EndClause; c++)
        {
            var cf = r.Clauses[c];
            for (var j = Math.Max(cf.First, after + 1); j >= 0 && j < cf.End; j++)
            {
                if ((ws.Matches[j].Concepts & (Dissatisfaction | Remedy)) == Dissatisfaction)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
