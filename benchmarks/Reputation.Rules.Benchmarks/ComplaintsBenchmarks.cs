using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Reputation.Rules.Complaints;
using Reputation.Rules.Complaints.Text;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// The feedback analyser on the labelled review batches (1,540 English and Chinese reviews), against a naive keyword
/// counter: for every cause, every phrase of the same built-in lexicon that names the cause, searched with
/// <see cref="string.Contains(string, StringComparison)"/> (ordinal, ignore case) in the raw text — no normalisation,
/// negation or reading. Also one positive review (allocations) and 100 KB vs 1 MB inputs (linear time).
/// </summary>
[MemoryDiagnoser]
public class ComplaintsBenchmarks
{
    private readonly FeedbackAnalyzer _analyzer = new();
    private string[] _corpus = [];
    private (int Cause, string Term)[] _keywords = [];
    private string _positive = string.Empty;
    private string _large = string.Empty;
    private string _huge = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(FindRoot(), "tests", "Reputation.Rules.Tests", "Complaints", "Corpora");
        _corpus = [.. Directory.GetFiles(dir, "fresh-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];
        _keywords = [.. FeedbackLexicon.BuiltIn
            .Select(t => (Concepts: FeedbackLexicon.Of(t.Concepts), Text: t.Text.TrimEnd('*')))
            .Where(t => (t.Concepts & FeedbackConcepts.CauseMask) != 0)
            .SelectMany(t => Enumerable.Range(0, FeedbackCauses.Count).Where(c => (t.Concepts & (FeedbackConcepts)(1L << c)) != 0).Select(c => (c, t.Text)))];
        _positive = "Lovely dress, fits true to size, arrived quickly and well packed. 很满意，物流也快！";
        _large = Repeat(100 * 1024);
        _huge = Repeat(1024 * 1024);
        _ = _analyzer.FindCauses(_huge);
        _ = _analyzer.FindCauses(_positive);
    }

    [Benchmark(Baseline = true, Description = "naive keyword counter, corpus")]
    public int NaiveCorpus()
    {
        var found = 0;
        var causes = new bool[FeedbackCauses.Count];
        foreach (var text in _corpus)
        {
            Array.Clear(causes);
            foreach (var (cause, term) in _keywords)
            {
                if (!causes[cause] && text.Contains(term, StringComparison.OrdinalIgnoreCase))
                {
                    causes[cause] = true;
                    found++;
                }
            }
        }

        return found;
    }

    [Benchmark(Description = "FeedbackAnalyzer.FindCauses, corpus")]
    public int AnalyzerCorpus()
    {
        var found = 0;
        foreach (var text in _corpus)
        {
            found += _analyzer.FindCauses(text).Length;
        }

        return found;
    }

    [Benchmark(Description = "FindCauses, one positive review")]
    public int Positive() => _analyzer.FindCauses(_positive).Length;

    [Benchmark(Description = "FindCauses, 100 KB")]
    public int Large() => _analyzer.FindCauses(_large).Length;

    [Benchmark(Description = "FindCauses, 1 MB")]
    public int Huge() => _analyzer.FindCauses(_huge).Length;

    private string Repeat(int length)
    {
        var sb = new StringBuilder(length + 1000);
        var i = 0;
        while (sb.Length < length)
        {
            sb.Append(_corpus[i++ % _corpus.Length]).Append('\n');
        }

        return sb.ToString(0, length);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Reputation.Rules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from a clone of the repository.");
    }
}
