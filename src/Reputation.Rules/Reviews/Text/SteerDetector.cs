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
    public static void Detect(TextWorkspace ws, InterpretationResult r) =>
        ClaimSentences(ws, r, ClaimKind.ContentSteer, ContentSteer, static (r, s) => r.Sentences[s].OpenReview
            || (s > 0 && r.Sentences[s - 1].OpenReview)); // "Reviews help. Please write at least 30 words."
}
