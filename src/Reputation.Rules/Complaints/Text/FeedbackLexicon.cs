using System;
using System.Collections.Generic;
using System.IO;
using Reputation.Rules.Reviews;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Complaints.Text;

/// <summary>
/// The built-in English and Chinese complaint vocabulary, read from the tab-separated files embedded from
/// <c>Complaints/Text/Lexicon/*.tsv</c> (format: the comment at the top of en.tsv), and compiled into the same one-pass
/// multi-pattern automaton the review guard uses. A term's <see cref="FeedbackConcepts"/> travel in the automaton's
/// concept field.
/// </summary>
internal static class FeedbackLexicon
{
    private const string ResourcePrefix = "Reputation.Rules.Complaints.Text.Lexicon.";

    /// <summary>The built-in terms (as review-term records carrying feedback concepts).</summary>
    public static IReadOnlyList<ReviewTerm> BuiltIn { get; } = ReadEmbedded();

    /// <summary>The concepts of a compiled term.</summary>
    public static FeedbackConcepts Of(ReviewConcepts concepts) => (FeedbackConcepts)(long)concepts;

    /// <summary>A term for the automaton.</summary>
    public static ReviewTerm Term(string text, FeedbackConcepts concepts) => new(text, (ReviewConcepts)(long)concepts);

    /// <summary>Parses one lexicon file (the review lexicon's format, with <see cref="FeedbackConcepts"/> names); problems are reported as <c>source(line): problem</c>.</summary>
    /// <exception cref="FormatException">A line has no concepts, an unknown concept, an unbalanced group or an invalid term.</exception>
    public static List<ReviewTerm> Read(TextReader reader, string source) => LexiconFile.Read(reader, source, ParseConcepts);

    private static ReviewConcepts ParseConcepts(string field, string source, int line)
    {
        var concepts = FeedbackConcepts.None;
        foreach (var name in field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<FeedbackConcepts>(name, ignoreCase: false, out var concept) || int.TryParse(name, out _))
            {
                throw LexiconFile.Problem(source, line, $"unknown concept '{name}'");
            }

            concepts |= concept;
        }

        return (ReviewConcepts)(long)concepts;
    }

    private static List<ReviewTerm> ReadEmbedded()
    {
        var assembly = typeof(FeedbackLexicon).Assembly;
        var names = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        var all = new List<ReviewTerm>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing.");
            using var reader = new StreamReader(stream);
            all.AddRange(Read(reader, name[ResourcePrefix.Length..]));
        }

        return all;
    }
}
