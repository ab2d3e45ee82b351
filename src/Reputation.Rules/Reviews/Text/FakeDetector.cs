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
    public static void Detect(TextWorkspace ws, InterpretationResult r) =>
        ClaimSentences(ws, r, ClaimKind.Fake, Fake, static (r, s) => OpenReviewInWindow(r, s));

    /// <summary>
    /// A review still to be written in a neighbouring sentence, or any review in the sentence itself: thanks for a review
    /// already left in another sentence ("Thanks for the 5-star feedback! We'll email a reminder a week before your next
    /// kit ships") is not one.
    /// </summary>
    private static bool OpenReviewInWindow(InterpretationResult r, int s)
    {
        for (var k = System.Math.Max(0, s - 1); k <= System.Math.Min(r.SentenceCount - 1, s + 1); k++)
        {
            if (r.Sentences[k].OpenReview || (k == s && r.Sentences[k].AnyReview))
            {
                return true;
            }
        }

        return false;
    }
}
