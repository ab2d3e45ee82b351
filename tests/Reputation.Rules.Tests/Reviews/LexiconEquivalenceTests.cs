using System;
using System.Collections.Generic;
using System.Linq;
using Reputation.Rules.Reviews;
using Reputation.Rules.Reviews.Text;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>TEMPORARY: the TSV lexicon (en.tsv + zh.tsv) holds exactly the terms the C# lexicon held.</summary>
public sealed class LexiconEquivalenceTests
{
    private static List<ReviewTerm> Legacy() => BuiltInLexicon.Derive(LegacyLexicon.Terms());

    private static List<ReviewTerm> FromTsv() =>
        BuiltInLexicon.Derive([.. LexiconFile.ReadEmbedded("en.tsv"), .. LexiconFile.ReadEmbedded("zh.tsv")]);

    [Fact]
    public void Raw_terms_and_merged_concepts_are_the_same()
    {
        AssertSame(Merge(Legacy().Select(t => (t.Text, t.Concepts))), Merge(FromTsv().Select(t => (t.Text, t.Concepts))));
    }

    [Fact]
    public void Normalised_terms_and_merged_concepts_are_the_same()
    {
        AssertSame(Compiled(Legacy()), Compiled(FromTsv()));
    }

    private static Dictionary<string, ReviewConcepts> Compiled(List<ReviewTerm> terms)
    {
        var lexicon = new CompiledLexicon(terms);
        return Merge(lexicon.Terms.Select((t, i) => ((lexicon.SourceText[i].TrimEnd().EndsWith('*') ? "*" : " ") + t, lexicon.Concepts[i])));
    }

    private static Dictionary<string, ReviewConcepts> Merge(IEnumerable<(string Text, ReviewConcepts Concepts)> terms)
    {
        var merged = new Dictionary<string, ReviewConcepts>(StringComparer.Ordinal);
        foreach (var (text, concepts) in terms)
        {
            merged[text] = merged.GetValueOrDefault(text) | concepts;
        }

        return merged;
    }

    private static void AssertSame(Dictionary<string, ReviewConcepts> legacy, Dictionary<string, ReviewConcepts> tsv)
    {
        var problems = new List<string>();
        foreach (var (text, concepts) in legacy)
        {
            if (!tsv.TryGetValue(text, out var other))
            {
                problems.Add($"missing from TSV: '{text}' {concepts}");
            }
            else if (other != concepts)
            {
                problems.Add($"concepts differ: '{text}' C# {concepts} TSV {other}");
            }
        }

        problems.AddRange(tsv.Keys.Where(t => !legacy.ContainsKey(t)).Select(t => $"only in TSV: '{t}' {tsv[t]}"));
        Assert.True(problems.Count == 0, $"{legacy.Count} C# terms, {tsv.Count} TSV terms; {problems.Count} differences:\n" + string.Join("\n", problems.Take(50)));
    }
}
