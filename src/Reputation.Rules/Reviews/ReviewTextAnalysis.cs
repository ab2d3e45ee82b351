using System;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Reviews;

/// <summary>One lexicon match in a checked text, with its span in the original text.</summary>
/// <param name="Term">The lexicon term as written (or <c>&lt;amount&gt;</c> for a money amount, <c>&lt;length&gt;</c> for a required length).</param>
/// <param name="Concepts">The concepts the term carries.</param>
/// <param name="Span">Where it is in the original text.</param>
/// <param name="Sentence">The index of its sentence (sentences split on . ! ? 。！？ and line breaks).</param>
/// <param name="IsAcknowledged">Whether it is thanked for or replied to ("thank you for your review") rather than asked for.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct ReviewTermMatch(string Term, ReviewConcepts Concepts, TextSpan Span, int Sentence, bool IsAcknowledged);

/// <summary>
/// What the guard read in a text, for custom rules: the lexicon matches (with spans in the original text), whether
/// the text is review talk or a review request, and the normalised text. Valid only during
/// <see cref="ISolicitationRule.Evaluate(SolicitationContext)"/>: the guard reuses the buffers for the next check.
/// </summary>
/// <remarks>Not thread-safe; each check has its own instance for its duration.</remarks>
public sealed class ReviewTextAnalysis
{
    private readonly TextWorkspace _ws;
    private readonly InterpretationResult _result;
    private CompiledLexicon? _lexicon;

    internal ReviewTextAnalysis(TextWorkspace ws, InterpretationResult result)
    {
        _ws = ws;
        _result = result;
    }

    /// <summary>The original text.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Whether the text asks for, offers something for, or talks about a review.</summary>
    public bool IsReviewTalk => _result.IsReviewTalk;

    /// <summary>Whether the text asks for a review (new, changed, removed or follow-up) or offers something for one.</summary>
    public bool IsReviewRequest => _result.IsReviewTalk && _result.IsReviewRequest;

    /// <summary>The number of lexicon matches (after shorter matches inside longer ones were dropped).</summary>
    public int MatchCount => _ws.MatchCount;

    /// <summary>The number of sentences.</summary>
    public int SentenceCount => _ws.SentenceCount;

    /// <summary>
    /// The normalised text the lexicon was matched against, as a new string (a copy: it stays valid after the
    /// evaluation). To read it without allocating, use <see cref="GetNormalizedTextSpan"/>.
    /// </summary>
    public string NormalizedText => GetNormalizedTextSpan().ToString();

    /// <summary>The union of every match's concepts.</summary>
    public ReviewConcepts Concepts
    {
        get
        {
            var all = ReviewConcepts.None;
            for (var i = 0; i < _ws.MatchCount; i++)
            {
                all |= _ws.Matches[i].Concepts;
            }

            return all;
        }
    }

    /// <summary>The span of the first review mention that asks for a review, or null.</summary>
    public TextSpan? RequestSpan
    {
        get
        {
            if (!IsReviewRequest)
            {
                return null;
            }

            for (var s = 0; s < _ws.SentenceCount; s++)
            {
                var match = _result.Sentences[s].AskMatch;
                if (_result.Sentences[s].Ask && match >= 0)
                {
                    return SpanOf(match);
                }
            }

            for (var i = 0; i < _result.ClaimCount; i++)
            {
                var claim = _result.Claims[i];
                if (claim.SpanCount > 0)
                {
                    return SpanOf(_result.SpanMatches[claim.SpanStart]);
                }
            }

            return null;
        }
    }

    /// <summary>One match.</summary>
    /// <param name="index">0 to <see cref="MatchCount"/> − 1.</param>
    /// <returns>The match.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public ReviewTermMatch GetMatch(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _ws.MatchCount);
        var m = _ws.Matches[index];
        var term = m.Term switch
        {
            CompiledLexicon.MoneyTerm => "<amount>",
            CompiledLexicon.LengthTerm => "<length>",
            _ => _lexicon is null ? "<term>" : _lexicon.SourceText[m.Term],
        };
        return new ReviewTermMatch(term, m.Concepts, SpanOf(index), m.Sentence, m.Acknowledged);
    }

    /// <summary>
    /// The normalised text the lexicon was matched against, without copying it. Valid during the rule's evaluation
    /// only: the guard reuses the buffer for the next check. (A method, not a property, so that serializers such as
    /// System.Text.Json, which cannot serialize a span, see only <see cref="NormalizedText"/>.)
    /// </summary>
    /// <returns>The normalised text.</returns>
    public ReadOnlySpan<char> GetNormalizedTextSpan() => _ws.Chars.AsSpan(0, _ws.Count);

    /// <summary>Whether any match carries any of <paramref name="concepts"/>.</summary>
    /// <param name="concepts">The concepts to look for.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public bool HasAny(ReviewConcepts concepts)
    {
        for (var i = 0; i < _ws.MatchCount; i++)
        {
            if ((_ws.Matches[i].Concepts & concepts) != 0)
            {
                return true;
            }
        }

        return false;
    }

    internal void Bind(string text, CompiledLexicon lexicon)
    {
        Text = text;
        _lexicon = lexicon;
    }

    internal TextSpan SpanOf(int match)
    {
        var m = _ws.Matches[match];
        var (start, end) = _ws.Original(m.Start, m.End);
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        return new TextSpan(start, end - start);
    }
}
