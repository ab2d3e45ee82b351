using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Reputation.Rules.Reviews;

namespace Reputation.Rules.Complaints;

/// <summary>One cause found in a review: which, how sure, where in the original text, and the words that decided it.</summary>
/// <remarks>This type is immutable and thread-safe. Record equality compares the span and term arrays by reference.</remarks>
public sealed record CauseFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="cause">The cause.</param>
    /// <param name="confidence">How sure.</param>
    /// <param name="spans">Where the complaint is, in UTF-16 code units of the original text, in order.</param>
    /// <param name="terms">The lexicon terms that decided it, as written in the lexicon.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> or <paramref name="confidence"/> is not a defined value.</exception>
    public CauseFinding(FeedbackCause cause, FeedbackConfidence confidence, ImmutableArray<TextSpan> spans, ImmutableArray<string> terms)
    {
        if (!Enum.IsDefined(cause))
        {
            throw new ArgumentOutOfRangeException(nameof(cause), cause, "cause: not a defined FeedbackCause.");
        }

        if (!Enum.IsDefined(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence: not a defined FeedbackConfidence.");
        }

        Cause = cause;
        Confidence = confidence;
        Spans = spans.IsDefault ? [] : spans;
        Terms = terms.IsDefault ? [] : terms;
    }

    /// <summary>The cause.</summary>
    public FeedbackCause Cause { get; }

    /// <summary>The wire id of <see cref="Cause"/>, e.g. <c>CAUSE-SIZE-FIT</c>.</summary>
    public string Id => Cause.Id();

    /// <summary>How sure the analyser is.</summary>
    public FeedbackConfidence Confidence { get; }

    /// <summary>Where the complaint is in the original text (never outside it), in order.</summary>
    public ImmutableArray<TextSpan> Spans { get; }

    /// <summary>The lexicon terms that decided it.</summary>
    public ImmutableArray<string> Terms { get; }
}

/// <summary>A drafted public reply or buyer message for a negative review, and the review guard's verdict on it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ReplyDraft
{
    /// <summary>Creates a draft.</summary>
    /// <param name="text">The reply text.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>.</param>
    /// <param name="guard">The review guard's report on the text, under the review's platform and market.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReplyDraft(string text, string language, SolicitationReport guard)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(guard);
        Text = text;
        Language = language;
        GuardReport = guard;
    }

    /// <summary>The reply text.</summary>
    public string Text { get; }

    /// <summary><c>en</c> or <c>zh</c>: the review's language.</summary>
    public string Language { get; }

    /// <summary>The guard's decision: <see cref="SolicitationDecision.Allow"/> for every built-in template (a test checks it).</summary>
    public SolicitationDecision Guard => GuardReport.Decision;

    /// <summary>The guard's full report (platform and law profiles, findings if any).</summary>
    public SolicitationReport GuardReport { get; }
}

/// <summary>The analysis of one review: the causes found, whether it counts as negative, and a reply draft.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.FeedbackAnalysisJsonConverter))]
public sealed record FeedbackAnalysis
{
    /// <summary>Creates an analysis.</summary>
    /// <param name="review">The review analysed.</param>
    /// <param name="causes">The causes found, in contract order (<see cref="FeedbackCauses.All"/>).</param>
    /// <param name="reply">The reply draft (negative reviews only), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="causes"/> contains a null, or a cause twice, or is not in contract order.</exception>
    public FeedbackAnalysis(CustomerReview review, ImmutableArray<CauseFinding> causes, ReplyDraft? reply)
    {
        ArgumentNullException.ThrowIfNull(review);
        causes = causes.IsDefault ? [] : causes;
        for (var i = 0; i < causes.Length; i++)
        {
            if (causes[i] is null || (i > 0 && causes[i].Cause <= causes[i - 1].Cause))
            {
                throw new ArgumentException("causes: must be non-null, each cause at most once, in contract order.", nameof(causes));
            }
        }

        Review = review;
        Causes = causes;
        Reply = reply;
    }

    /// <summary>The review analysed.</summary>
    public CustomerReview Review { get; }

    /// <summary>The review id.</summary>
    public string Id => Review.Id;

    /// <summary>The causes found, in contract order; empty for a review with no identifiable complaint.</summary>
    public ImmutableArray<CauseFinding> Causes { get; }

    /// <summary>Whether the review counts as negative (<see cref="CustomerReview.IsNegative"/>).</summary>
    public bool IsNegative => Review.IsNegative(!Causes.IsEmpty);

    /// <summary>The reply draft for a negative review, or null.</summary>
    public ReplyDraft? Reply { get; }

    /// <summary>Whether <paramref name="cause"/> was found.</summary>
    /// <param name="cause">The cause.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public bool Has(FeedbackCause cause)
    {
        foreach (var c in Causes)
        {
            if (c.Cause == cause)
            {
                return true;
            }
        }

        return false;
    }
}
