using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Reputation.Rules.Reviews;
using Reputation.Rules.Reviews.Text;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>
/// The built-in lexicon is data (src/Reputation.Rules/Reviews/Text/Lexicon/*.tsv, embedded in the assembly): every line
/// parses, every term carries a concept, survives normalisation and can be matched, and the loader names the file and
/// line of every problem.
/// </summary>
public sealed class LexiconDataTests
{
    private const string ResourcePrefix = "Reputation.Rules.Reviews.Text.Lexicon.";

    private static readonly Assembly Library = typeof(ReviewTerm).Assembly;

    public static TheoryData<string> EmbeddedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in Library.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(name[ResourcePrefix.Length..]);
        }

        return data;
    }

    private static string[] Lines(string file)
    {
        using var stream = Library.GetManifestResourceStream(ResourcePrefix + file)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
    }

    [Fact]
    public void The_built_in_language_files_are_embedded()
    {
        var files = EmbeddedFiles().Select(row => row.Data).ToList();
        Assert.Contains("en.tsv", files);
        Assert.Contains("zh.tsv", files);
        Assert.Contains("additions.tsv", files);
        Assert.All(files, f => Assert.EndsWith(".tsv", f, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EmbeddedFiles))]
    public void Every_embedded_line_parses(string file)
    {
        var lines = Lines(file);
        var problems = new List<string>();
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            try
            {
                count += LexiconFile.Read(new StringReader(lines[i]), $"{file} line {i + 1}").Count;
            }
            catch (FormatException e)
            {
                problems.Add(e.Message);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(count, LexiconFile.ReadEmbedded(file).Count);
    }

    [Theory]
    [InlineData("en.tsv", false)]
    [InlineData("zh.tsv", true)]
    public void Terms_are_filed_by_language(string file, bool chinese)
    {
        var misfiled = LexiconFile.ReadEmbedded(file).Where(t => t.Text.Any(TextFolding.IsCjk) != chinese).Select(t => t.Text).ToList();
        Assert.True(misfiled.Count == 0, $"{file}: " + string.Join(", ", misfiled.Take(20)));
    }

    [Fact]
    public void Every_term_carries_a_concept()
    {
        // NotReviewTalk is itself a concept: a look-alike that swallows shorter matches.
        var empty = LexiconFile.ReadAllEmbedded().Where(t => t.Concepts == ReviewConcepts.None).Select(t => t.Text).ToList();
        Assert.True(empty.Count == 0, "Terms without concepts: " + string.Join(", ", empty.Take(20)));
    }

    [Fact]
    public void Every_term_survives_normalisation()
    {
        var ws = new TextWorkspace();
        var problems = new List<string>();
        foreach (var term in BuiltInLexicon.Terms)
        {
            Normalizer.Normalize(term.Text.Trim().TrimEnd('*').Trim(), ws);
            var normalised = new string(ws.Chars, 0, ws.Count);
            if (normalised.Length == 0)
            {
                problems.Add($"'{term.Text}' is empty after normalisation");
            }
            else if (normalised.Contains(Normalizer.ClauseBreak, StringComparison.Ordinal) || normalised.Contains(Normalizer.SentenceBreak, StringComparison.Ordinal))
            {
                problems.Add($"'{term.Text}' normalises to '{normalised.ReplaceLineEndings("⏎")}', which spans a clause or sentence break");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} terms can never match:\n" + string.Join("\n", problems.Take(50)));
    }

    [Fact]
    public void Every_term_is_reachable()
    {
        var lexicon = new CompiledLexicon(BuiltInLexicon.Terms);
        var ws = new TextWorkspace { Lexicon = lexicon };
        var problems = new List<string>();
        for (var t = 0; t < lexicon.Terms.Length; t++)
        {
            var wanted = lexicon.Concepts[t];
            Normalizer.Normalize(lexicon.Terms[t], ws);
            lexicon.Match(ws);
            var reached = false;
            for (var m = 0; m < ws.MatchCount && !reached; m++)
            {
                var match = ws.Matches[m];
                reached = match.Term == t
                    || (match.Term >= 0 && match.Start == 0 && match.End >= ws.Count && (lexicon.Concepts[match.Term] & wanted) == wanted);
            }

            if (!reached)
            {
                problems.Add($"'{lexicon.SourceText[t]}' ({wanted}) is not found in its own text '{new string(ws.Chars, 0, ws.Count)}'");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} unreachable terms:\n" + string.Join("\n", problems.Take(50)));
    }

    [Theory]
    [InlineData("review*\n", "user.tsv(1): expected 'term<TAB>Concept|Concept[<TAB>note]'")]
    [InlineData("# comment\n\nreview*\t\tnote\n", "user.tsv(3): expected 'term<TAB>Concept|Concept[<TAB>note]'")]
    [InlineData("review*\tReview\nfeedback*\tReveiw\n", "user.tsv(2): unknown concept 'Reveiw'")]
    [InlineData("refund*\t256\n", "user.tsv(1): unknown concept '256'")]
    [InlineData("\n\n\n{good|great review*\tReview\n", "user.tsv(4): '{' without a matching '}'")]
    [InlineData("good|great} review*\tReview\n", "user.tsv(1): '}' without '{'")]
    [InlineData("{good|{great}} review*\tReview\n", "user.tsv(1): '{' without a matching '}'")]
    [InlineData("{a|}\tReview\n", "user.tsv(1):")]
    public void Problems_name_the_file_and_line(string content, string expected)
    {
        var e = Assert.Throws<FormatException>(() => LexiconFile.Read(new StringReader(content), "user.tsv"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_expand_to_every_combination()
    {
        var terms = LexiconFile.Read(new StringReader("# comment\n{positive|good} {review*|feedback*}\tReview|PositiveRating\tnote\nwill {all|} leave\tFake\n"), "x.tsv");
        Assert.Equal(["positive review*", "positive feedback*", "good review*", "good feedback*", "will all leave", "will leave"], terms.Select(t => t.Text));
        Assert.Equal(ReviewConcepts.Review | ReviewConcepts.PositiveRating, terms[0].Concepts);
    }

    [Fact]
    public void ParseTsv_is_the_public_reader_of_the_format()
    {
        var terms = ReviewTerm.ParseTsv(new StringReader("# German\n{bewertung*|rezension*}\tReview\ngutschein*\tBenefit\tvoucher\n"), "de.tsv");
        Assert.Equal([new ReviewTerm("bewertung*", ReviewConcepts.Review), new ReviewTerm("rezension*", ReviewConcepts.Review), new ReviewTerm("gutschein*", ReviewConcepts.Benefit)], terms);
        var e = Assert.Throws<FormatException>(() => ReviewTerm.ParseTsv(new StringReader("ok\tReview\nbad\tReview|Nope\n"), "de.tsv"));
        Assert.StartsWith("de.tsv(2): unknown concept 'Nope'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Term_files_are_read_when_the_guard_is_built()
    {
        // The example of docs/reviews.md, "The lexicon is data".
        const string German = "Schreiben Sie eine Rezension und erhalten Sie einen Gutschein!";
        var path = Path.Combine(Path.GetTempPath(), $"terms-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# German\n{bewertung*|rezension*}\tReview\ngutschein*\tBenefit\tvoucher\n");
        try
        {
            var options = new ReviewsOptions();
            options.TermFiles.Add(path);
            Assert.Empty(options.Validate());
            var guard = new SolicitationGuard(options);
            File.Delete(path); // read once, when the guard was built
            var report = guard.Check(new SolicitationMessage(German, "amazon", CountryCode.Parse("DE")));
            Assert.True(report.Has(ReviewRuleIds.Incentive), ReviewTestKit.Describe(report, German));
            Assert.Equal(SolicitationDecision.Block, report.Decision);
            Assert.False(new SolicitationGuard().Check(new SolicitationMessage(German, "amazon", CountryCode.Parse("DE"))).Has(ReviewRuleIds.Incentive));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Term_file_problems_name_the_option_the_file_and_the_line()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"terms-{Guid.NewGuid():N}.tsv");
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(bad, "# ok\nbewertung*\tReview\ngutschein*\n{gut|sehr gut bewertung\tReview|PositiveRating\n");
        try
        {
            var options = new ReviewsOptions();
            options.TermFiles.Add(missing);
            options.TermFiles.Add(bad);
            options.TermFiles.Add(" ");
            var problems = options.Validate().ToList();
            Assert.Equal(3, problems.Count);
            Assert.StartsWith($"TermFiles[0]: {missing}: cannot be read", problems[0], StringComparison.Ordinal);
            Assert.StartsWith($"TermFiles[1]: {bad}(3): expected 'term<TAB>Concept|Concept[<TAB>note]'", problems[1], StringComparison.Ordinal);
            Assert.Equal("TermFiles[2]: must name a file.", problems[2]);
            var e = Assert.Throws<ArgumentException>(() => new SolicitationGuard(options));
            Assert.Contains($"TermFiles[1]: {bad}(3):", e.Message, StringComparison.Ordinal);

            // Only the first bad line of a file is reported: fix it and the next one shows.
            File.WriteAllText(bad, "# ok\nbewertung*\tReview\ngutschein*\tBenefit\n{gut|sehr gut bewertung\tReview|PositiveRating\n");
            options.TermFiles.RemoveAt(2);
            options.TermFiles.RemoveAt(0);
            Assert.Equal($"TermFiles[0]: {bad}(4): '{{' without a matching '}}' (groups do not nest).", Assert.Single(options.Validate()));
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void Term_files_count_as_terms_without_the_built_in_lexicon()
    {
        var options = new ReviewsOptions { UseBuiltInTerms = false };
        Assert.Contains(options.Validate(), p => p.StartsWith("AdditionalTerms:", StringComparison.Ordinal));
        var path = Path.Combine(Path.GetTempPath(), $"terms-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "review*\tReview\n");
        try
        {
            options.TermFiles.Add(path);
            Assert.Empty(options.Validate());
            Assert.NotNull(new SolicitationGuard(options));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
