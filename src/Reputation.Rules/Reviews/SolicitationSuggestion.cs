using System;
using System.Collections.Immutable;
using System.Text;
using NodaTime;

namespace Reputation.Rules.Reviews;

/// <summary>
/// One edit of a suggestion: the span of the <em>original</em> message text it replaces, the replacement (empty when
/// the span is dropped) and the rule the edit answers.
/// </summary>
/// <param name="Start">Where the replaced span starts in the original text (UTF-16 code units).</param>
/// <param name="Length">The length of the replaced span.</param>
/// <param name="Replacement">What replaces it; empty when it is dropped.</param>
/// <param name="RuleId">The rule whose finding the edit answers.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct SuggestionEdit(int Start, int Length, string Replacement, RuleId RuleId)
{
    /// <summary>Where the replaced span ends in the original text (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>
/// The guard's fix for a message it warns about or blocks: the message made compliant (<see cref="Text"/>, with the
/// <see cref="Edits"/> that turn the original into it; sentences without a finding are kept character for character),
/// and the earliest instant it may be sent (<see cref="SendAfter"/>) when the problem was timing, frequency or quiet
/// hours. When nothing lawful is left (a fake-review request, a threat, a pure "5 stars = $5" offer, a request over the
/// limit), <see cref="Text"/> is null and <see cref="Reason"/> says why. A suggestion with a text has been checked by
/// the guard under the same platform, market and context at <see cref="SendAfter"/> and is allowed.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SolicitationSuggestion
{
    private SolicitationSuggestion(string? text, Instant? sendAfter, ImmutableArray<SuggestionEdit> edits, string? reason)
    {
        Text = text;
        SendAfter = sendAfter;
        Edits = edits.IsDefault ? ImmutableArray<SuggestionEdit>.Empty : edits;
        Reason = reason;
    }

    /// <summary>The compliant text, or null when no lawful rewrite exists (see <see cref="Reason"/>).</summary>
    public string? Text { get; }

    /// <summary>The earliest instant the suggested message may be sent; null when the send time need not change.</summary>
    public Instant? SendAfter { get; }

    /// <summary>The edits of the original text, in text order and not overlapping (empty when only the time changes, or no rewrite exists).</summary>
    public ImmutableArray<SuggestionEdit> Edits { get; }

    /// <summary>Why there is no suggested text; null when there is one.</summary>
    public string? Reason { get; }

    /// <summary>Whether a compliant message is suggested (<see cref="Text"/> is not null).</summary>
    public bool HasText => Text is not null;

    /// <summary>Creates a suggestion with a compliant text.</summary>
    /// <param name="text">The compliant text.</param>
    /// <param name="sendAfter">The earliest send instant, or null when the time need not change.</param>
    /// <param name="edits">The edits of the original text, in text order and not overlapping (default means none).</param>
    /// <returns>The suggestion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The edits overlap, are out of order or have a negative start or length.</exception>
    public static SolicitationSuggestion Rewrite(string text, Instant? sendAfter, ImmutableArray<SuggestionEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = 0;
        foreach (var edit in edits.IsDefault ? ImmutableArray<SuggestionEdit>.Empty : edits)
        {
            if (edit.Start < end || edit.Length < 0 || edit.Replacement is null)
            {
                throw new ArgumentException("edits: must be in text order, not overlap, and have a replacement.", nameof(edits));
            }

            end = edit.End;
        }

        return new SolicitationSuggestion(text, sendAfter, edits, null);
    }

    /// <summary>Creates the answer for a message that has no lawful rewrite.</summary>
    /// <param name="reason">Why (a sentence a seller can act on).</param>
    /// <returns>The suggestion without text.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public static SolicitationSuggestion None(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("reason: must not be blank.", nameof(reason));
        }

        return new SolicitationSuggestion(null, null, ImmutableArray<SuggestionEdit>.Empty, reason);
    }

    /// <summary>Applies edits to an original text (the edits must be in text order and not overlap).</summary>
    /// <param name="original">The original text.</param>
    /// <param name="edits">The edits.</param>
    /// <returns>The edited text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is null.</exception>
    /// <exception cref="ArgumentException">An edit lies outside the text, or the edits overlap or are out of order.</exception>
    public static string Apply(string original, ImmutableArray<SuggestionEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (edits.IsDefaultOrEmpty)
        {
            return original;
        }

        var builder = new StringBuilder(original.Length);
        var at = 0;
        foreach (var edit in edits)
        {
            if (edit.Start < at || edit.Length < 0 || edit.End > original.Length)
            {
                throw new ArgumentException($"edits: the edit at {edit.Start} (length {edit.Length}) overlaps another or lies outside the text (length {original.Length}).", nameof(edits));
            }

            builder.Append(original, at, edit.Start - at).Append(edit.Replacement);
            at = edit.End;
        }

        return builder.Append(original, at, original.Length - at).ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Text is null ? "no suggestion: " + Reason : $"{Edits.Length} edit(s){(SendAfter is { } t ? ", send after " + t : "")}: {Text}";
}
