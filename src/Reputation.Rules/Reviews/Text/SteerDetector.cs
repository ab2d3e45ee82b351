using static Reputation.Rules.Reviews.ReviewConcepts;
using static Reputation.Rules.Reviews.Text.Reading;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Content steering: telling the reviewer what to mention or leave out, keywords, required lengths, photos without the
/// insert card — in a sentence that talks about the review being asked for.
/// </summary>
internal static class SteerDetector
{
    /// <summary>Claims <see cref="ClaimKind.ContentSteer"/>.</summary>
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

            if ((all & ContentSteer) != 0 && sf.OpenReview && r.BeginClaim(ClaimKind.ContentSteer, s))
            {
                AddSentenceMatches(ws, r, s, ContentSteer);
                r.EndClaim();
            }
        }
    }
}
