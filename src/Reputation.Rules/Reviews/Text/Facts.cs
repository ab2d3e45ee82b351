using System;

namespace Reputation.Rules.Reviews.Text;

/// <summary>What the text was found to do (one entry per occurrence; spans are match indices).</summary>
internal enum ClaimKind
{
    IncentiveSentiment,
    Incentive,
    PositiveAsk,
    ChangeAsk,
    RemoveAsk,
    Threat,
    Gating,
    Fake,
    ContentSteer,

    /// <summary>A benefit offered in the same message as a review request but outside the linking window (reported at warn at most).</summary>
    IncentiveUncertain,
}

internal struct Claim
{
    public ClaimKind Kind;
    public int Sentence;
    public int SpanStart;
    public int SpanCount;
}

internal struct ClauseFacts
{
    public ReviewConcepts All;
    public int First;
    public int End;
    public bool AnyReview;
    public bool OpenReview;
    public bool OpenPositive;
    public bool OpenNegative;
    public bool SatisfactionCondition;
    public bool ReviewSoFar;
    public bool Echo;
}

internal struct SentenceFacts
{
    public ReviewConcepts All;
    public int FirstClause;
    public int EndClause;
    public bool AnyReview;
    public bool OpenReview;
    public bool OpenPositive;
    public bool SatisfactionCondition;
    public bool AckedPositive;
    public bool AckedReview;
    public bool Ask;
    public bool ChangeAsk;
    public bool RemoveAsk;
    public bool FollowUpAsk;
    public bool BetterRating;
    public bool ConditionOnReview;
    public int AskMatch;
}

/// <summary>The facts and claims of one interpreted text (pooled with its workspace).</summary>
internal sealed class InterpretationResult
{
    private int _openClaim = -1;
    private readonly int[] _claimsPerKind = new int[Enum.GetValues<ClaimKind>().Length];

    public ClauseFacts[] Clauses = new ClauseFacts[32];
    public SentenceFacts[] Sentences = new SentenceFacts[32];
    public Claim[] Claims = new Claim[16];
    public int ClaimCount;
    public int[] SpanMatches = new int[64];
    public int SpanMatchCount;

    public bool IsReviewTalk;

    /// <summary>The stars of the buyer's existing review of the order, if any.</summary>
    public int? ExistingReviewStars;

    /// <summary>Whether the buyer has already reviewed the order.</summary>
    public bool ExistingReview => ExistingReviewStars.HasValue;

    public bool IsOversized => Clauses.Length > TextWorkspace.RetainLimit / 8 || Sentences.Length > TextWorkspace.RetainLimit / 8;

    /// <summary>Whether the text asks for a review (a new one, a change, a removal, a follow-up) or offers something for one.</summary>
    public bool IsReviewRequest
    {
        get
        {
            for (var i = 0; i < ClaimCount; i++)
            {
                if (Claims[i].Kind is ClaimKind.ChangeAsk or ClaimKind.RemoveAsk or ClaimKind.Incentive or ClaimKind.IncentiveSentiment or ClaimKind.PositiveAsk)
                {
                    return true;
                }
            }

            return HasAnyAsk;
        }
    }

    public bool HasAnyAsk;

    /// <summary>Whether any claim of <paramref name="kind"/> was made.</summary>
    public bool HasClaim(ClaimKind kind)
    {
        for (var i = 0; i < ClaimCount; i++)
        {
            if (Claims[i].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public void Reset()
    {
        ClaimCount = 0;
        SentenceCount = 0;
        SpanMatchCount = 0;
        IsReviewTalk = false;
        ExistingReviewStars = null;
        HasAnyAsk = false;
        _openClaim = -1;
        Array.Clear(_claimsPerKind);
    }

    /// <summary>The number of sentences of the interpreted text (set with the capacity).</summary>
    public int SentenceCount;

    public void EnsureCapacity(int clauses, int sentences)
    {
        SentenceCount = sentences;
        if (Clauses.Length < clauses)
        {
            Clauses = new ClauseFacts[Math.Max(clauses, Clauses.Length * 2)];
        }

        if (Sentences.Length < sentences)
        {
            Sentences = new SentenceFacts[Math.Max(sentences, Sentences.Length * 2)];
        }
    }

    public bool BeginClaim(ClaimKind kind, int sentence)
    {
        if (_claimsPerKind[(int)kind] >= 64)
        {
            return false;
        }

        _claimsPerKind[(int)kind]++;
        if (ClaimCount == Claims.Length)
        {
            Array.Resize(ref Claims, Claims.Length * 2);
        }

        _openClaim = ClaimCount;
        Claims[ClaimCount++] = new Claim { Kind = kind, Sentence = sentence, SpanStart = SpanMatchCount };
        return true;
    }

    public void AddSpan(int match)
    {
        if (_openClaim < 0 || match < 0)
        {
            return;
        }

        for (var i = Claims[_openClaim].SpanStart; i < SpanMatchCount; i++)
        {
            if (SpanMatches[i] == match)
            {
                return;
            }
        }

        if (SpanMatchCount - Claims[_openClaim].SpanStart >= 16)
        {
            return;
        }

        if (SpanMatchCount == SpanMatches.Length)
        {
            Array.Resize(ref SpanMatches, SpanMatches.Length * 2);
        }

        SpanMatches[SpanMatchCount++] = match;
    }

    public void EndClaim()
    {
        if (_openClaim >= 0)
        {
            Claims[_openClaim].SpanCount = SpanMatchCount - Claims[_openClaim].SpanStart;
            _openClaim = -1;
        }
    }

    public void AddClaim(ClaimKind kind, int sentence, int match1, int match2 = -1)
    {
        if (BeginClaim(kind, sentence))
        {
            AddSpan(match1);
            AddSpan(match2);
            EndClaim();
        }
    }
}
