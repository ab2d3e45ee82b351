using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Reputation.Rules.Reviews.Text;
using static Reputation.Rules.Complaints.Text.FeedbackConcepts;

namespace Reputation.Rules.Complaints.Text;

/// <summary>
/// Reads the causes of one review from the lexicon matches, in linear passes over the matches (docs/feedback.md, "How
/// the text is read"): prune overlaps (the longest phrase wins), cancel cues that a negation, a worry or hearsay governs,
/// summarise each clause and sentence, turn cues into candidate causes (direct phrases, and cue pairs such as a fit
/// verb with a size word, a delay word with its topic, breakage with arrival or use), withdraw expectations that praise
/// follows, and group the candidates per cause with their spans in the original text.
/// </summary>
/// <remarks>Not thread-safe: one instance per check, reused through a pool. A review with no cause allocates nothing.</remarks>
internal sealed class CauseReader
{
    /// <summary>Cues a preceding negation or a worry cancels. Topic words (delivery, refund, seller…) are never cancelled.</summary>
    private const FeedbackConcepts Negatable = CauseMask | Breakage | SizeAdj | Slow | Pending | Manner | FeatureFail | Positive | Vague | Partial | Refusal | IntactPack | Duration | FeedbackConcepts.Claim | ReplyAct | TrackAct | NoReaction;

    private const FeedbackConcepts Topic = Logistics | Refund | Reply | Seller;

    /// <summary>Which topic a delay belongs to when its clause names several: refund, then delivery, then reply, then the seller.</summary>
    private static readonly FeedbackConcepts[] TopicPriority = [Refund, Logistics, Reply];

    /// <summary>How many tokens may stand between a negation and the cue it cancels ("not too small", "不是很偏小").</summary>
    private const int NegationReach = 3;

    /// <summary>How many Chinese characters may stand between a negation and the cue it cancels.</summary>
    private const int CjkNegationReach = 5;

    private readonly TextWorkspace _ws = new();
    private FeedbackConcepts[] _concepts = new FeedbackConcepts[64];
    private FeedbackConcepts[] _clause = new FeedbackConcepts[32];
    private FeedbackConcepts[] _sentence = new FeedbackConcepts[32];
    private Candidate[] _candidates = new Candidate[16];
    private bool[] _claimedSentence = new bool[32];
    private bool[] _damagedSentence = new bool[32];
    private bool[] _damagedClause = new bool[32];
    private bool[] _variantSentence = new bool[32];

    /// <summary>How far the window readers look for a partner cue, in matches: keeps one huge sentence linear.</summary>
    private const int Window = 48;

    /// <summary>The most deciding terms listed per cause (a 1 MB review can repeat one complaint thousands of times).</summary>
    private const int MaxTerms = 16;
    private int _count;
    private int _claimed;

    public bool IsOversized => _ws.IsOversized || _candidates.Length > TextWorkspace.RetainLimit / 8 || _concepts.Length > TextWorkspace.RetainLimit / 4 || _clause.Length > TextWorkspace.RetainLimit / 8 || _sentence.Length > TextWorkspace.RetainLimit / 8;

    /// <summary>Drops the reference to the last text read, so a pooled reader keeps no review alive.</summary>
    public void Release() => _ws.ResetText(string.Empty);

    /// <summary>Finds the causes of <paramref name="text"/>; empty (not allocated) when there is none.</summary>
    public ImmutableArray<CauseFinding> Read(string text, CompiledLexicon lexicon)
    {
        _ws.Lexicon = lexicon;
        Normalizer.Normalize(text, _ws);
        lexicon.Match(_ws);
        Prepare(lexicon);
        if (_ws.MatchCount == 0)
        {
            return [];
        }

        CancelGoverned();
        Summarise();
        _count = 0;
        _claimed = -1;
        Propose();
        if (_count == 0)
        {
            ProposeVague();
        }

        WithdrawSoft();
        WithdrawClaimedQuality();
        WithdrawWrongVariantSizes();
        WithdrawTransitDamageEffects();
        return Build(text, lexicon);
    }

    // ----- 1. matches: drop scanner-only matches, sort by (start, longest first), drop matches inside a longer one -----
    private void Prepare(CompiledLexicon lexicon)
    {
        var matches = _ws.Matches;
        var n = 0;
        for (var i = 0; i < _ws.MatchCount; i++)
        {
            if (matches[i].Term >= 0 || matches[i].Term == CompiledLexicon.MoneyTerm)
            {
                matches[n++] = matches[i];
            }
        }

        var span = matches.AsSpan(0, n);
        for (var i = 1; i < span.Length; i++)
        {
            var m = span[i];
            var j = i - 1;
            while (j >= 0 && (m.Start < span[j].Start || (m.Start == span[j].Start && m.End > span[j].End)))
            {
                span[j + 1] = span[j];
                j--;
            }

            span[j + 1] = m;
        }

        var kept = 0;
        var maxEnd = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i].End <= maxEnd)
            {
                continue; // inside a longer phrase, whose concepts describe it
            }

            if (kept > 0 && span[i].Start < maxEnd)
            {
                // Two phrases overlap (色差太大|大了, 完全不|不值这个价): the longer one reads the text.
                // A phrase that names a cause outweighs one that does not (少发|发了一个, 完全不|不值这个价).
                var last = span[kept - 1];
                if (Weight(span[i], lexicon) <= Weight(last, lexicon))
                {
                    continue;
                }

                kept--;
            }

            span[kept++] = span[i];
            maxEnd = span[i].End;
        }

        _ws.MatchCount = kept;
        if (_concepts.Length < kept)
        {
            _concepts = new FeedbackConcepts[Math.Max(kept, _concepts.Length * 2)];
        }

        for (var i = 0; i < kept; i++)
        {
            var c = ConceptsOf(matches[i], lexicon);

            // A phrase that names a cause is also about that cause's topic ("haven't received my refund" is refund talk).
            if ((c & FeedbackConcepts.ReturnRefund) != 0)
            {
                c |= Refund;
            }

            if ((c & FeedbackConcepts.ShippingDelay) != 0)
            {
                c |= Logistics;
            }

            if ((c & (FeedbackConcepts.Communication | Manner)) != 0)
            {
                c |= Reply;
            }

            _concepts[i] = c;
            matches[i].Dropped = false;
            matches[i].Acknowledged = false; // here: cancelled by a negation (not a worry)
        }
    }

    /// <summary>
    /// How far a negation reaches: three words ("not too small"), or five characters when only Chinese stands between
    /// (没有出现任何质量问题), where each character is a token.
    /// </summary>
    private int Reach(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!TextFolding.IsCjk(_ws.Chars[k]))
            {
                return NegationReach;
            }
        }

        return CjkNegationReach;
    }

    /// <summary>Which of two overlapping phrases reads the text: one naming a cause, then an unambiguous one (偏小 over 小一码), then the longer.</summary>
    private static int Weight(Match m, CompiledLexicon lexicon)
    {
        var c = ConceptsOf(m, lexicon);
        return (m.End - m.Start) + ((c & (CauseMask | Manner)) != 0 ? 1000 : 0) + ((c & Strong) != 0 && (c & Soft) == 0 ? 100 : 0);
    }

    private static FeedbackConcepts ConceptsOf(Match m, CompiledLexicon lexicon) =>
        m.Term >= 0 ? FeedbackLexicon.Of(lexicon.Concepts[m.Term]) : FeedbackConcepts.Money;

    // ----- 2. negation ("not small at all"), post-negation (一点色差都没有), worry and hearsay ("worried it'd be small") -----
    private void CancelGoverned()
    {
        var matches = _ws.Matches;
        var negator = -1;
        var hedge = false;
        var clause = -1;
        for (var i = 0; i < _ws.MatchCount; i++)
        {
            ref var m = ref matches[i];
            var c = _concepts[i];
            if (m.Clause != clause)
            {
                clause = m.Clause;
                negator = -1;
                hedge = false;
            }

            if ((c & Contrast) != 0)
            {
                negator = -1;
                hedge = false;
                continue;
            }

            if ((c & Negatable) != 0 && (c & Negator) == 0)
            {
                var gap = negator >= 0 && matches[negator].End <= m.Start ? _ws.TokenAt[m.Start] - _ws.TokenAt[matches[negator].End - 1] - 1 : int.MaxValue;
                if (gap <= NegationReach || (gap <= CjkNegationReach && Reach(matches[negator].End, m.Start) >= gap))
                {
                    m.Dropped = true;
                    m.Acknowledged = true;
                }
                else if (hedge)
                {
                    m.Dropped = true;
                }
            }

            if ((c & Negator) != 0)
            {
                negator = i;
            }

            if ((c & Hedge) != 0)
            {
                hedge = true;
            }

            if ((c & PostNegator) != 0)
            {
                for (var j = i - 1; j >= 0 && matches[j].Clause == m.Clause && m.Start - matches[j].End <= 6; j--)
                {
                    if ((_concepts[j] & Negatable) != 0)
                    {
                        matches[j].Dropped = true;
                        matches[j].Acknowledged = true;
                        break;
                    }
                }
            }
        }
    }

    // ----- 3. what each clause and sentence talks about -----
    private void Summarise()
    {
        if (_clause.Length < _ws.ClauseCount)
        {
            _clause = new FeedbackConcepts[Math.Max(_ws.ClauseCount, _clause.Length * 2)];
        }

        if (_sentence.Length < _ws.SentenceCount)
        {
            _sentence = new FeedbackConcepts[Math.Max(_ws.SentenceCount, _sentence.Length * 2)];
        }

        if (_claimedSentence.Length < _ws.SentenceCount)
        {
            var size = Math.Max(_ws.SentenceCount, _claimedSentence.Length * 2);
            _claimedSentence = new bool[size];
            _damagedSentence = new bool[size];
            _variantSentence = new bool[size];
        }

        if (_damagedClause.Length < _ws.ClauseCount)
        {
            _damagedClause = new bool[Math.Max(_ws.ClauseCount, _damagedClause.Length * 2)];
        }

        Array.Clear(_clause, 0, _ws.ClauseCount);
        Array.Clear(_sentence, 0, _ws.SentenceCount);
        Array.Clear(_claimedSentence, 0, _ws.SentenceCount);
        Array.Clear(_damagedSentence, 0, _ws.SentenceCount);
        Array.Clear(_variantSentence, 0, _ws.SentenceCount);
        Array.Clear(_damagedClause, 0, _ws.ClauseCount);
        var matches = _ws.Matches;
        for (var i = 0; i < _ws.MatchCount; i++)
        {
            if (!matches[i].Dropped)
            {
                _clause[matches[i].Clause] |= _concepts[i];
                _sentence[matches[i].Sentence] |= _concepts[i];
            }
        }
    }

    // ----- 4. candidates -----
    private void Propose()
    {
        var matches = _ws.Matches;
        for (var i = 0; i < _ws.MatchCount; i++)
        {
            ref var m = ref matches[i];
            var c = _concepts[i];
            var clause = _clause[m.Clause];
            var sentence = _sentence[m.Sentence];
            if (m.Dropped)
            {
                // "hasn't answered", 没回, "tracking hasn't updated", 还没动静: a negated act is the complaint.
                if (m.Acknowledged && (c & ReplyAct) != 0 && ((sentence & (Seller | Reply)) != 0 || (c & Reply) != 0))
                {
                    Add((int)FeedbackCause.Communication, i, -1, clear: true, soft: false);
                }
                else if (m.Acknowledged && (c & FeedbackConcepts.Claim) != 0 && (c & (Includes | Strong)) == 0)
                {
                    // "not waterproof", "NOT navy like the photo": a negated listing claim.
                    Add((int)FeedbackCause.NotAsDescribed, i, -1, clear: false, soft: false);
                }
                else if (m.Acknowledged && (c & TrackAct) != 0 && (sentence & Logistics) != 0)
                {
                    Add((int)FeedbackCause.ShippingDelay, i, Nearest(i, Logistics, sameClause: false), clear: true, soft: false);
                }

                continue;
            }

            var strong = (c & Strong) != 0;
            var soft = (c & Soft) != 0;
            var nextSentence = m.Sentence + 1 < _ws.SentenceCount ? _sentence[m.Sentence + 1] : FeedbackConcepts.None;
            var causes = c & CauseMask;

            // "too long" about a delivery, a refund or a reply is a delay, not a size.
            if ((causes & FeedbackConcepts.SizeFit) != 0 && (c & Slow) != 0 && (clause & (Topic | Duration)) != 0)
            {
                causes &= ~FeedbackConcepts.SizeFit;
            }

            // The courier's manners are not the seller's communication.
            var courierOnly = (sentence & Courier) != 0 && (sentence & Seller) == 0;
            if ((causes & FeedbackConcepts.Communication) != 0 && courierOnly)
            {
                causes &= ~FeedbackConcepts.Communication;
            }

            if (i == _claimed || (c & Breakage) != 0)
            {
                causes &= ~FeedbackConcepts.Quality; // breakage is read below: in transit or a defect
            }

            // "尺寸 is totally different from the listing": a measurement that differs is a size complaint.
            if ((causes & FeedbackConcepts.NotAsDescribed) != 0 && ((clause | c) & (SizeUnit | SizeWord)) != 0 && (c & FeedbackConcepts.Claim) == 0 && (sentence & Includes) == 0)
            {
                causes = (causes & ~FeedbackConcepts.NotAsDescribed) | FeedbackConcepts.SizeFit;
            }

            for (var cause = 0; cause < FeedbackCauses.Count; cause++)
            {
                if ((causes & (FeedbackConcepts)(1L << cause)) != 0)
                {
                    Add(cause, i, -1, strong && !soft, soft);
                }
            }

            if ((c & Manner) != 0 && (c & FeedbackConcepts.Communication) == 0 && !courierOnly)
            {
                Add((int)FeedbackCause.Communication, i, -1, strong, soft: false);
            }

            if ((c & Breakage) != 0 && (causes & FeedbackConcepts.DamagedInTransit) == 0)
            {
                ProposeBreakage(i, clause, sentence);
            }

            if ((c & FeedbackConcepts.Money) != 0 && (clause & Refund) != 0 && (clause & (Partial | Refusal)) != 0)
            {
                Add((int)FeedbackCause.ReturnRefund, i, Nearest(i, Refund, sameClause: true), clear: true, soft: false); // "refunded $2.14 on a $38 item"
            }

            if ((c & FeedbackConcepts.Money) != 0 && (clause & PriceCue) != 0 && (clause & (Refund | Logistics | Positive)) == 0)
            {
                Add((int)FeedbackCause.PriceValue, i, Nearest(i, PriceCue, sameClause: true), clear: false, soft: false);
            }

            if ((c & PriceCue) != 0 && (c & Strong) != 0 && (clause & FeedbackConcepts.Money) != 0)
            {
                Add((int)FeedbackCause.PriceValue, i, Nearest(i, FeedbackConcepts.Money, sameClause: true), clear: true, soft: false);
            }

            if ((c & (Slow | Pending | Duration)) != 0 && (causes & (FeedbackConcepts.ShippingDelay | FeedbackConcepts.ReturnRefund | FeedbackConcepts.Communication)) == 0)
            {
                ProposeDelay(i, c);
            }

            if ((c & (Refusal | Partial)) != 0 && (c & Refund) == 0 && (causes & FeedbackConcepts.ReturnRefund) == 0 && (sentence & Refund) != 0)
            {
                var sameClause = (clause & Refund) != 0;
                Add((int)FeedbackCause.ReturnRefund, i, Nearest(i, Refund, sameClause), clear: sameClause, soft: false);
            }

            if ((c & Silence) != 0 && (((sentence | (m.Sentence > 0 ? _sentence[m.Sentence - 1] : FeedbackConcepts.None)) & (Seller | Reply)) != 0))
            {
                Add((int)FeedbackCause.Communication, i, -1, clear: true, soft: false);
            }

            if ((c & NoReaction) != 0)
            {
                Add((int)((sentence & (Seller | Reply)) != 0 ? FeedbackCause.Communication : FeedbackCause.Quality), i, -1, clear: true, soft: false);
            }

            if ((c & Includes) != 0 && (sentence & (FeedbackConcepts.NotAsDescribed | FeedbackConcepts.SizeFit | SizeUnit | SizeWord | Positive)) == 0 && HasShortfall(m.Sentence))
            {
                Add((int)FeedbackCause.WrongItem, i, -1, clear: false, soft: false);
            }

            if ((c & SizeAdj) != 0 && (causes & FeedbackConcepts.SizeFit) == 0 && (clause & SizeVerb) != 0)
            {
                Add((int)FeedbackCause.SizeFit, i, Nearest(i, SizeVerb, sameClause: true), clear: true, soft: false);
            }

            if ((c & FeedbackConcepts.Claim) != 0)
            {
                ProposeClaim(i, c, clause, sentence);
            }

            if ((c & FeatureFail) != 0 && (causes & FeedbackConcepts.NotAsDescribed) == 0 && !PraiseAfter(i)
                && ((sentence | nextSentence) & (FeedbackConcepts.SizeFit | SizeAdj | Includes | SizeUnit)) == 0 && ((sentence & FeedbackConcepts.Claim) != 0 || (m.Sentence > 0 && (_sentence[m.Sentence - 1] & FeedbackConcepts.Claim) != 0)))
            {
                Add((int)FeedbackCause.NotAsDescribed, i, -1, clear: false, soft: false);
            }

            if ((c & Ordered) != 0 && (sentence & Received) == 0 && (nextSentence & (Received | Variant)) == (Received | Variant)
                && ((sentence | nextSentence) & (FeedbackConcepts.SizeFit | SizeAdj | Positive | Breakage | FeedbackConcepts.NotAsDescribed)) == 0)
            {
                var got = FirstIn(m.Sentence + 1, Received);
                if (got >= 0 && (_clause[matches[got].Clause] & Duration) == 0)
                {
                    Add((int)FeedbackCause.WrongItem, i, got, clear: false, soft: false, variant: true);
                }
            }

            var previousSentence = m.Sentence > 0 ? _sentence[m.Sentence - 1] : FeedbackConcepts.None;
            if ((c & Ordered) != 0 && (sentence & Received) == 0 && (previousSentence & (Received | Variant)) == (Received | Variant)
                && ((sentence | previousSentence) & (FeedbackConcepts.SizeFit | SizeAdj | Positive | Breakage | FeedbackConcepts.NotAsDescribed)) == 0)
            {
                var got = FirstIn(m.Sentence - 1, Received);
                if (got >= 0 && (_clause[matches[got].Clause] & Duration) == 0)
                {
                    Add((int)FeedbackCause.WrongItem, i, got, clear: false, soft: false, variant: true);
                }
            }

            if ((c & Ordered) != 0 && (sentence & (Received | Variant)) == (Received | Variant)
                && (sentence & (SizeAdj | Positive | Breakage | FeatureFail)) == 0)
            {
                var received = Nearest(i, Received, sameClause: false);
                if (received >= 0 && ((clause | _clause[matches[received].Clause]) & Duration) == 0)
                {
                    Add((int)FeedbackCause.WrongItem, i, received, clear: false, soft: false, variant: true);
                }
            }
        }
    }

    /// <summary>
    /// What the listing claimed, next to what arrived: a failed feature or material (either sentence order), or — for a
    /// listing claim ("advertised as", 号称) — a defect in the same sentence, is not as described; "NOT navy like the
    /// photo" (a negation before the comparison) too.
    /// </summary>
    private void ProposeClaim(int i, FeedbackConcepts c, FeedbackConcepts clause, FeedbackConcepts sentence)
    {
        var m = _ws.Matches[i];
        var next = m.Sentence + 1 < _ws.SentenceCount ? _sentence[m.Sentence + 1] : FeedbackConcepts.None;
        if ((sentence & (FeedbackConcepts.SizeFit | SizeAdj)) != 0 || (sentence & Refund) != 0)
        {
            return; // a size that differs from the photo or listing is a size complaint; a broken return promise is a refund complaint
        }

        if ((sentence & (SizeUnit | SizeWord)) != 0 && ((sentence | next) & FeatureFail) != 0)
        {
            Add((int)FeedbackCause.SizeFit, i, Nearest(i, SizeUnit, sameClause: false), clear: true, soft: false);
            return;
        }

        if ((sentence & Includes) != 0)
        {
            return; // a part the listing said was included and did not come is a wrong item
        }

        if ((c & Strong) != 0 && m.Sentence + 2 < _ws.SentenceCount && (next & Positive) == 0
            && (_sentence[m.Sentence + 2] & (FeatureFail | FeedbackConcepts.Quality | Breakage)) != 0 && (_sentence[m.Sentence + 2] & Positive) == 0)
        {
            Claimed(i, FirstIn(m.Sentence + 2, FeatureFail | FeedbackConcepts.Quality | Breakage));
            return;
        }

        if (((sentence & FeatureFail) != 0 && !PraiseAfter(i)) || ((next & FeatureFail) != 0 && (next & Positive) == 0))
        {
            Claimed(i, Nearest(i, FeatureFail, sameClause: false));
            return;
        }

        if ((c & Strong) != 0 && (sentence & (Breakage | FeedbackConcepts.Quality)) != 0 && (sentence & Usage) == 0)
        {
            Claimed(i, Nearest(i, Breakage | FeedbackConcepts.Quality, sameClause: false)); // not after use: "peeling after a month" is wear
            return;
        }

        var before = m.Sentence > 0 ? _sentence[m.Sentence - 1] : FeedbackConcepts.None;
        if ((c & Strong) != 0 && (before & FeedbackConcepts.Quality) != 0 && (before & (Positive | Usage)) == 0 && (sentence & Positive) == 0)
        {
            Claimed(i, FirstIn(m.Sentence - 1, FeedbackConcepts.Quality)); // "It's so loud. Listing says 'ultra silent'."
            return;
        }

        if ((c & Strong) != 0 && (next & (Breakage | FeedbackConcepts.Quality)) != 0 && (next & Positive) == 0)
        {
            Claimed(i, FirstIn(m.Sentence + 1, Breakage | FeedbackConcepts.Quality));
            return;
        }

        if ((clause & Positive) == 0)
        {
            var matches = _ws.Matches;
            for (var j = i - 1; j >= 0 && j >= i - Window && matches[j].Clause == m.Clause; j--)
            {
                if ((_concepts[j] & Negator) != 0)
                {
                    Add((int)FeedbackCause.NotAsDescribed, i, j, clear: false, soft: false);
                    return;
                }
            }
        }
    }

    /// <summary>A listing claim contradicted by <paramref name="partner"/>: not as described, and the partner's own quality reading yields to it.</summary>
    private void Claimed(int claim, int partner)
    {
        Add((int)FeedbackCause.NotAsDescribed, claim, partner, clear: true, soft: false);
        if (partner >= 0)
        {
            _claimedSentence[_ws.Matches[partner].Sentence] = true; // its quality readings yield (WithdrawClaimedQuality)
        }

        _claimed = partner;
    }

    /// <summary>The first live match of a sentence with any of <paramref name="wanted"/>; -1 if none.</summary>
    private int FirstIn(int sentence, FeedbackConcepts wanted)
    {
        var matches = _ws.Matches;
        int lo = 0, hi = _ws.MatchCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (matches[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var j = lo; j < _ws.MatchCount && j < lo + Window && matches[j].Sentence == sentence; j++)
        {
            if (!matches[j].Dropped && (_concepts[j] & wanted) != 0)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether praise follows match <paramref name="i"/> in its sentence.</summary>
    private bool PraiseAfter(int i)
    {
        var matches = _ws.Matches;
        for (var j = i + 1; j < _ws.MatchCount && j <= i + Window && matches[j].Sentence == matches[i].Sentence; j++)
        {
            if (!matches[j].Dropped && (_concepts[j] & Positive) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence, or the next one, says something was not there or fewer came ("got 2", "no frame", 只有).</summary>
    private bool HasShortfall(int sentence)
    {
        var next = sentence + 1 < _ws.SentenceCount ? _sentence[sentence + 1] : FeedbackConcepts.None;
        return (_sentence[sentence] & (Received | FeedbackConcepts.WrongItem | FeatureFail)) != 0 || (next & (Received | FeedbackConcepts.WrongItem | FeatureFail)) != 0;
    }

    private void ProposeBreakage(int i, FeedbackConcepts clause, FeedbackConcepts sentence)
    {
        if ((sentence & IntactPack) != 0 || (clause & Usage) != 0)
        {
            Add((int)FeedbackCause.Quality, i, -1, clear: (sentence & IntactPack) != 0 || (clause & Usage) != 0, soft: false);
            return;
        }

        var at = _ws.Matches[i].Sentence;
        var previous = at > 0 ? _sentence[at - 1] : FeedbackConcepts.None;
        var following = at + 1 < _ws.SentenceCount ? _sentence[at + 1] & (FeedbackConcepts.DamagedInTransit | Arrival) : FeedbackConcepts.None;
        if (((sentence | previous | following) & (Arrival | Logistics | FeedbackConcepts.DamagedInTransit)) != 0)
        {
            var arrival = Nearest(i, Arrival | Logistics | FeedbackConcepts.DamagedInTransit, sameClause: false);
            Add((int)FeedbackCause.DamagedInTransit, i, arrival, clear: (clause & Arrival) != 0, soft: false);
            return;
        }

        Add((int)FeedbackCause.Quality, i, -1, clear: false, soft: false);
    }

    /// <summary>A delay word belongs to the nearest topic in its clause (else its sentence): refund, reply or seller, delivery.</summary>
    private void ProposeDelay(int i, FeedbackConcepts c)
    {
        var topic = -1;
        foreach (var wanted in TopicPriority)
        {
            topic = Nearest(i, wanted, sameClause: true);
            if (topic >= 0)
            {
                break;
            }
        }

        if (topic < 0 && (c & Pending) != 0)
        {
            Add((int)FeedbackCause.ShippingDelay, i, -1, clear: false, soft: false); // "还没到", "still waiting": the parcel, unless the clause names a refund or a reply
            return;
        }

        if (topic < 0 && (c & Slow) != 0 && (_clause[_ws.Matches[i].Clause] & Duration) != 0)
        {
            Add((int)FeedbackCause.ShippingDelay, i, Nearest(i, Duration, sameClause: true), clear: false, soft: false);
            return;
        }

        if (topic < 0)
        {
            foreach (var wanted in TopicPriority)
            {
                topic = Nearest(i, wanted, sameClause: false);
                if (topic >= 0)
                {
                    break;
                }
            }
        }

        if (topic < 0)
        {
            topic = Nearest(i, Seller, sameClause: false); // "the seller took two weeks": the seller's own slowness
        }

        if ((c & (Slow | Pending)) == 0)
        {
            return; // a bare duration ("arrived in 25 days") states a fact; a complaint needs a delay word (took, still, late, 才到)
        }

        var soft = (c & Soft) != 0; // "took 9 days, which is what the site quoted": praise of the wait withdraws it
        var sameClause = topic >= 0 && _ws.Matches[topic].Clause == _ws.Matches[i].Clause;
        if (topic < 0)
        {
            // Nothing names what is late: a wait (还没到, "still waiting") or a delay that lasted a while (拖了二十天) is the delivery's.
            if ((c & Pending) != 0 || ((c & Slow) != 0 && (_clause[_ws.Matches[i].Clause] & Duration) != 0))
            {
                Add((int)FeedbackCause.ShippingDelay, i, -1, clear: false, soft: false);
            }

            return;
        }

        var t = _concepts[topic];
        if (soft && (t & (Refund | Logistics)) == 0)
        {
            return; // "within an hour" next to a reply is no delay
        }

        var cause = (t & Refund) != 0 ? FeedbackCause.ReturnRefund
            : (t & (Reply | Seller)) != 0 ? FeedbackCause.Communication
            : FeedbackCause.ShippingDelay;
        Add((int)cause, i, topic, clear: sameClause && !soft, soft);
    }

    /// <summary>The live match nearest to <paramref name="i"/> with any of <paramref name="wanted"/>, in its clause or sentence; -1 if none.</summary>
    private int Nearest(int i, FeedbackConcepts wanted, bool sameClause)
    {
        var matches = _ws.Matches;
        var m = matches[i];
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var j = i - 1; j >= 0 && j >= i - Window && matches[j].Sentence == m.Sentence; j--)
        {
            if (sameClause && matches[j].Clause != m.Clause)
            {
                break;
            }

            if (!matches[j].Dropped && (_concepts[j] & wanted) != 0)
            {
                best = j;
                bestDistance = m.Start - matches[j].End;
                break;
            }
        }

        for (var j = i + 1; j < _ws.MatchCount && j <= i + Window && matches[j].Sentence == m.Sentence; j++)
        {
            if (sameClause && matches[j].Clause != m.Clause)
            {
                break;
            }

            if (!matches[j].Dropped && (_concepts[j] & wanted) != 0)
            {
                if (matches[j].Start - m.End <= bestDistance)
                {
                    best = j;
                }

                break;
            }
        }

        return best;
    }

    /// <summary>"Junk", 垃圾: a quality verdict only when nothing else in the review explains it and its clause has no other topic.</summary>
    private void ProposeVague()
    {
        var matches = _ws.Matches;
        for (var i = 0; i < _ws.MatchCount; i++)
        {
            if (!matches[i].Dropped && (_concepts[i] & Vague) != 0 && (_clause[matches[i].Clause] & (Topic | Courier)) == 0)
            {
                Add((int)FeedbackCause.Quality, i, -1, clear: false, soft: false);
            }
        }
    }

    // ----- 5. expectations withdrawn by praise; sizes that were really a wrong variant -----
    private void WithdrawSoft()
    {
        var matches = _ws.Matches;
        for (var k = 0; k < _count; k++)
        {
            ref var cand = ref _candidates[k];
            if (!cand.Soft)
            {
                continue;
            }

            var m = matches[cand.Match];
            var reach = (_concepts[cand.Match] & Duration) != 0 ? m.Sentence : m.Sentence + 1; // a long wait is withdrawn only by praise of it
            for (var j = cand.Match + 1; j < _ws.MatchCount && j <= cand.Match + Window && matches[j].Sentence <= reach; j++)
            {
                if (!matches[j].Dropped && (_concepts[j] & Positive) != 0)
                {
                    cand.Withdrawn = true;
                    break;
                }
            }
        }
    }

    /// <summary>In a sentence about damage in transit, leaks, smells and weaker defect words describe that damage, not the product's quality.</summary>
    private void WithdrawTransitDamageEffects()
    {
        var any = false;
        for (var k = 0; k < _count; k++)
        {
            if (!_candidates[k].Withdrawn && _candidates[k].Cause == (int)FeedbackCause.DamagedInTransit)
            {
                var m = _ws.Matches[_candidates[k].Match];
                _damagedSentence[m.Sentence] = true;
                _damagedClause[m.Clause] = true;
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        for (var q = 0; q < _count; q++)
        {
            var cand = _candidates[q];
            var m = _ws.Matches[cand.Match];
            if (cand.Cause == (int)FeedbackCause.Quality && !cand.Withdrawn && _damagedSentence[m.Sentence]
                && (!cand.Clear || (_concepts[cand.Match] & (Breakage | Smell)) != 0 || _damagedClause[m.Clause]))
            {
                _candidates[q].Withdrawn = true;
            }
        }
    }

    /// <summary>A listing claim contradicted in a sentence: that sentence's quality readings describe the mismatch.</summary>
    private void WithdrawClaimedQuality()
    {
        for (var q = 0; q < _count; q++)
        {
            if (_candidates[q].Cause == (int)FeedbackCause.Quality && _claimedSentence[_ws.Matches[_candidates[q].Match].Sentence])
            {
                _candidates[q].Withdrawn = true;
            }
        }
    }

    private void WithdrawWrongVariantSizes()
    {
        var any = false;
        for (var k = 0; k < _count; k++)
        {
            var cand = _candidates[k];
            if (!cand.Withdrawn && cand.Cause == (int)FeedbackCause.WrongItem && (cand.Variant || (_concepts[cand.Match] & Variant) != 0))
            {
                _variantSentence[_ws.Matches[cand.Match].Sentence] = true;
                any = true;
            }
        }

        for (var s = 0; any && s < _count; s++)
        {
            if (_candidates[s].Cause == (int)FeedbackCause.SizeFit && _variantSentence[_ws.Matches[_candidates[s].Match].Sentence])
            {
                _candidates[s].Withdrawn = true;
            }
        }
    }

    // ----- 6. one finding per cause, in contract order -----
    private ImmutableArray<CauseFinding> Build(string text, CompiledLexicon lexicon)
    {
        var any = false;
        for (var k = 0; k < _count && !any; k++)
        {
            any = !_candidates[k].Withdrawn;
        }

        if (!any)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<CauseFinding>();
        var spans = new List<TextSpan>();
        var terms = new List<string>();
        for (var cause = 0; cause < FeedbackCauses.Count; cause++)
        {
            spans.Clear();
            terms.Clear();
            var clear = false;
            var cues = 0;
            for (var k = 0; k < _count; k++)
            {
                var cand = _candidates[k];
                if (cand.Withdrawn || cand.Cause != cause)
                {
                    continue;
                }

                cues++;
                clear |= cand.Clear;
                var m = _ws.Matches[cand.Match];
                var start = m.Start;
                var end = m.End;
                AddTerm(terms, TermText(m, text, lexicon));
                if (cand.Partner >= 0)
                {
                    var p = _ws.Matches[cand.Partner];
                    AddTerm(terms, TermText(p, text, lexicon));
                    if (p.Clause == m.Clause)
                    {
                        start = Math.Min(start, p.Start);
                        end = Math.Max(end, p.End);
                    }
                }

                var (s, e) = _ws.Original(start, end);
                AddSpan(spans, s, Math.Min(e, text.Length));
            }

            if (cues == 0)
            {
                continue;
            }

            spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            result.Add(new CauseFinding(
                (FeedbackCause)cause,
                clear || cues >= 2 ? FeedbackConfidence.Clear : FeedbackConfidence.Likely,
                [.. Merge(spans)],
                [.. terms]));
        }

        return result.ToImmutable();
    }

    private string TermText(Match m, string text, CompiledLexicon lexicon)
    {
        if (m.Term >= 0)
        {
            return lexicon.SourceText[m.Term];
        }

        var (s, e) = _ws.Original(m.Start, m.End);
        return text[s..Math.Min(e, text.Length)];
    }

    private static void AddTerm(List<string> terms, string term)
    {
        var clean = term.TrimEnd('*').Trim();
        if (terms.Count < MaxTerms && !terms.Contains(clean))
        {
            terms.Add(clean);
        }
    }

    private static void AddSpan(List<TextSpan> spans, int start, int end)
    {
        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }

    private static List<TextSpan> Merge(List<TextSpan> sorted)
    {
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, span.End) - last.Start);
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private void Add(int cause, int match, int partner, bool clear, bool soft, bool variant = false)
    {
        if (_count == _candidates.Length)
        {
            Array.Resize(ref _candidates, _candidates.Length * 2);
        }

        _candidates[_count++] = new Candidate { Cause = cause, Match = match, Partner = partner, Clear = clear, Soft = soft, Variant = variant };
    }

    private struct Candidate
    {
        public int Cause;
        public int Match;
        public int Partner;
        public bool Clear;
        public bool Soft;
        public bool Variant;
        public bool Withdrawn;
    }
}
