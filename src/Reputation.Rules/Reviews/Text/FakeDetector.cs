using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Fake reviews: reviews by people who did not buy or use the product, before receipt, by the seller's circle or staff,
/// from the buyer's account, review swaps, brushing orders, or text written for the reviewer — next to review talk.
/// </summary>
internal static class FakeDetector
{
    /// <summary>Claims <see cref="ClaimKind.Fake"/>.</summary>
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
            if ((all & Fake) != 0 && windowReview && r.BeginClaim(ClaimKind.Fake, s))
            {
                AddSentenceMatches(ws, r, s, Fake);
                r.EndClaim();
            }

        }
    }
}
