using System;
using System.Collections.Generic;
using System.IO;
using Reputation.Rules.Reviews.Text;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Reviews;

/// <summary>
/// One lexicon entry: a word or phrase in any language and the concepts it carries. Terms are normalised exactly like
/// the messages they are matched against (NFKC, case folding, Traditional→Simplified for the lexicon's characters,
/// leetspeak), so write them in plain lower-case. A trailing <c>*</c> lets an English term take the inflections
/// <c>s, es, ed, d, ing, er, ers</c> ("refund*" matches "refunds", "refunded"). Latin terms match whole words only;
/// Chinese terms match anywhere.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ReviewTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="text">The word or phrase, e.g. <c>whatsapp me</c> or <c>好评返现</c>; a trailing <c>*</c> allows inflections.</param>
    /// <param name="concepts">The concepts it carries; must not be <see cref="ReviewConcepts.None"/> unless it is meant to swallow shorter matches.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, longer than 100 characters, or only <c>*</c>.</exception>
    public ReviewTerm(string text, ReviewConcepts concepts)
    {
        Text = Preconditions.NotNullOrWhiteSpace(text, nameof(text));
        if (text.Length > 100)
        {
            Preconditions.ThrowArgument(nameof(text), $"'{text[..20]}…' is longer than 100 characters.");
        }

        if (text.Trim().TrimEnd('*').Trim().Length == 0)
        {
            Preconditions.ThrowArgument(nameof(text), $"'{text}' has no letters to match.");
        }

        Concepts = concepts;
    }

    /// <summary>The word or phrase as written (with a trailing <c>*</c> if it takes inflections).</summary>
    public string Text { get; }

    /// <summary>The concepts the term carries.</summary>
    public ReviewConcepts Concepts { get; }

    /// <summary>
    /// Reads terms in the tab-separated format of the built-in lexicon: one term per line,
    /// <c>term&lt;TAB&gt;Concept|Concept&lt;TAB&gt;note</c> (the note is optional), with concept names from
    /// <see cref="ReviewConcepts"/>; blank lines and lines starting with <c>#</c> are skipped. A term may contain
    /// alternation groups, <c>{good|great} review*</c>, which expand to every combination (no nesting; at most 4,096
    /// terms per line).
    /// </summary>
    /// <param name="reader">The text to read (UTF-8 files are the norm).</param>
    /// <param name="sourceName">The name used in error messages, e.g. the file path.</param>
    /// <returns>The terms, in the order of the lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">
    /// A line has no concepts column, names an unknown concept, has an unbalanced <c>{</c> or <c>}</c>, or yields an
    /// invalid term; the message reads <c>sourceName(line): problem</c>.
    /// </exception>
    public static IReadOnlyList<ReviewTerm> ParseTsv(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return LexiconFile.Read(reader, string.IsNullOrEmpty(sourceName) ? "terms" : sourceName);
    }
}
