using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Reads lexicon terms from the tab-separated text format the built-in lexicon ships in (embedded resources under
/// <c>Reviews/Text/Lexicon/</c>) and that users may load from a file. One term per line:
/// <c>term&lt;TAB&gt;Concept|Concept&lt;TAB&gt;note</c>; the note is optional; blank lines and lines starting with
/// <c>#</c> are ignored. A term may contain alternation groups, <c>{good|great} review*</c>, which expand to every
/// combination (at most 32,768 per line). Concept names are the <see cref="ReviewConcepts"/> member names.
/// </summary>
internal static class LexiconFile
{
    private const int MaxExpansions = 32768;

    /// <summary>Parses <paramref name="reader"/>; every problem is reported with <paramref name="source"/> and the line number.</summary>
    /// <exception cref="FormatException">A line has no concepts, an unknown concept, an unbalanced group or an invalid term.</exception>
    public static List<ReviewTerm> Read(TextReader reader, string source) => Read(reader, source, ParseConcepts);

    /// <summary>
    /// Parses a lexicon whose concepts column another vocabulary defines (the feedback analyser's causes and cues):
    /// <paramref name="parseConcepts"/> turns the column into the automaton's concept bits, or throws
    /// <see cref="FormatException"/> through <see cref="Problem"/>.
    /// </summary>
    public static List<ReviewTerm> Read(TextReader reader, string source, Func<string, string, int, ReviewConcepts> parseConcepts)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(parseConcepts);
        var terms = new List<ReviewTerm>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || string.IsNullOrWhiteSpace(fields[1]))
            {
                throw Problem(source, lineNumber, "expected 'term<TAB>Concept|Concept[<TAB>note]'");
            }

            var concepts = parseConcepts(fields[1], source, lineNumber);
            foreach (var text in Expand(fields[0].Trim(), source, lineNumber))
            {
                try
                {
                    terms.Add(new ReviewTerm(text, concepts));
                }
                catch (ArgumentException e)
                {
                    throw Problem(source, lineNumber, e.Message);
                }
            }
        }

        return terms;
    }

    /// <summary>Reads every embedded lexicon resource of this assembly (<c>Reviews/Text/Lexicon/*.tsv</c>), in name order.</summary>
    public static List<ReviewTerm> ReadAllEmbedded()
    {
        const string Prefix = "Reputation.Rules.Reviews.Text.Lexicon.";
        var names = new List<string>();
        foreach (var name in typeof(LexiconFile).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal))
            {
                names.Add(name[Prefix.Length..]);
            }
        }

        names.Sort(StringComparer.Ordinal);
        var terms = new List<ReviewTerm>();
        foreach (var name in names)
        {
            terms.AddRange(ReadEmbedded(name));
        }

        return terms;
    }

    /// <summary>Reads an embedded lexicon resource of this assembly by its file name (e.g. <c>en.tsv</c>).</summary>
    public static List<ReviewTerm> ReadEmbedded(string fileName)
    {
        var name = "Reputation.Rules.Reviews.Text.Lexicon." + fileName;
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader, fileName);
    }

    private static ReviewConcepts ParseConcepts(string field, string source, int line)
    {
        var concepts = ReviewConcepts.None;
        foreach (var part in field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<ReviewConcepts>(part, ignoreCase: false, out var concept) || int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                throw Problem(source, line, $"unknown concept '{part}' (use the names of ReviewConcepts, e.g. Review|PositiveRating)");
            }

            concepts |= concept;
        }

        return concepts;
    }

    /// <summary>Expands <c>{a|b}</c> groups (no nesting) into every combination, left to right.</summary>
    internal static List<string> Expand(string pattern, string source, int line)
    {
        var results = new List<string> { string.Empty };
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            var literal = open < 0 ? pattern[i..] : pattern[i..open];
            if (literal.Contains('}', StringComparison.Ordinal))
            {
                throw Problem(source, line, "'}' without '{'");
            }

            for (var r = 0; r < results.Count; r++)
            {
                results[r] += literal;
            }

            if (open < 0)
            {
                break;
            }

            var close = pattern.IndexOf('}', open + 1);
            if (close < 0 || pattern.IndexOf('{', open + 1, close - open - 1) >= 0)
            {
                throw Problem(source, line, "'{' without a matching '}' (groups do not nest)");
            }

            var options = pattern[(open + 1)..close].Split('|');
            if (results.Count * options.Length > MaxExpansions)
            {
                throw Problem(source, line, $"expands to more than {MaxExpansions} terms");
            }

            var next = new List<string>(results.Count * options.Length);
            foreach (var prefix in results)
            {
                foreach (var option in options)
                {
                    next.Add(prefix + option);
                }
            }

            results = next;
            i = close + 1;
        }

        // "{a|} b" may leave doubled or edge spaces; terms are single-spaced.
        for (var r = 0; r < results.Count; r++)
        {
            results[r] = string.Join(' ', results[r].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return results;
    }

    public static FormatException Problem(string source, int line, string what) =>
        new($"{source}({line.ToString(CultureInfo.InvariantCulture)}): {what}.");
}
