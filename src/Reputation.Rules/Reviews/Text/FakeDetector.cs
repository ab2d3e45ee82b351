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
        ClaimSentences(ws, r, ClaimKind.Fake, Fake, static (r, s) => ReviewToWriteInWindow(r, s));
}
