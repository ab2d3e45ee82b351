using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Reputation.Rules.Cli;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// The CLI's JSON-Lines batch commands in-process on 100,000-line inputs built from the repository's examples, against
/// what they cannot avoid: a bare <see cref="Utf8JsonReader"/> pass over the same bytes (baseline) and the engine alone
/// over inputs parsed once in setup. The hardening target: end to end ≤ 3 × (reader + engine), per command.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CliEndToEndBenchmarks
{
    private const int Lines = 100_000;
    private const string AsOf = "2026-06-30";

    private static readonly string[] ReturnsArgs = ["returns", "check"];
    private static readonly string[] ReviewsArgs = ["reviews", "check"];
    private static readonly string[] ScoreArgs = ["score", "--as-of", AsOf];

    private byte[] _returnsInput = [];
    private byte[] _reviewsInput = [];
    private byte[] _scoreInput = [];
    private ReturnCheckRequest[] _returnRequests = [];
    private ReviewCheckRequest[] _reviewRequests = [];
    private Feedback[] _feedback = [];
    private readonly ReturnComplianceEngine _returnsEngine = ReturnComplianceEngine.CreateDefault();
    private readonly SolicitationGuard _guard = new(new ReviewsOptions(), SystemClock.Instance);
    private readonly CreditScoreCalculator _calculator = new();
    private Instant _asOf;

    [GlobalSetup]
    public void Setup()
    {
        var examples = FindExamples();

        // The dev sets hold invalid cases on purpose; only the valid ones are repeated (the batch path, not the error path).
        var returns = Valid(File.ReadAllLines(Path.Combine(examples, "returns-dev.jsonl")), line => ReputationRulesJson.ReadReturnCheck(line).Evaluate(_returnsEngine));
        var reviews = Valid(File.ReadAllLines(Path.Combine(examples, "reviews-dev.jsonl")), line => ReputationRulesJson.ReadReviewCheck(line, _guard).Check(_guard));
        _returnsInput = Build(returns, "caseId", (node, i, id) => node["caseId"] = id + "-" + i);
        _reviewsInput = Build(reviews, "id", (node, i, id) => node["id"] = id + "-" + i);

        // score reads one feedback object per line: the feedback of examples/scoring-dev.json, spread over 1,000 ratees.
        var scoring = JsonNode.Parse(File.ReadAllText(Path.Combine(examples, "scoring-dev.json")))!;
        var feedbackLines = scoring["feedback"]!.AsArray().Select(f => f!.ToJsonString()).ToArray();
        _scoreInput = Build(feedbackLines, "ratee", (node, i, _) =>
        {
            node["ratee"] = "S" + (i % 1000);
            node["rater"] = "B" + (i / 7);
            node["orderId"] = "O" + i;
        });

        _returnRequests = ReadLines(_returnsInput, line => ReputationRulesJson.ReadReturnCheck(line, _returnsEngine.DefaultSellerPolicy));
        _reviewRequests = ReadLines(_reviewsInput, line => ReputationRulesJson.ReadReviewCheck(line, _guard));
        _feedback = ReadLines(_scoreInput, line => ReputationRulesJson.ReadFeedback(line));
        _asOf = ScoreAsOf();

        // The command must accept every line (an error line would measure the error path, not the batch path).
        foreach (var (args, input) in new[] { (ReturnsArgs, _returnsInput), (ReviewsArgs, _reviewsInput), (ScoreArgs, _scoreInput) })
        {
            using var error = new StringWriter();
            var output = new StringWriter();
            var exit = CliApp.Run(args, new StringReader(Encoding.UTF8.GetString(input)), output, error);
            if (exit != 0 || output.ToString().Contains("\"error\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{string.Join(' ', args)} exited {exit}: {error}");
            }
        }
    }

    // ----- returns check -----

    [Benchmark(Baseline = true), BenchmarkCategory("returns")]
    public int Returns_Reader() => ReadAll(_returnsInput);

    [Benchmark, BenchmarkCategory("returns")]
    public int Returns_Engine()
    {
        var flagged = 0;
        foreach (var request in _returnRequests)
        {
            flagged += (int)request.Evaluate(_returnsEngine).Verdict;
        }

        return flagged;
    }

    [Benchmark, BenchmarkCategory("returns")]
    public int Returns_EndToEnd() => RunCli(ReturnsArgs, _returnsInput);

    // ----- reviews check -----

    [Benchmark(Baseline = true), BenchmarkCategory("reviews")]
    public int Reviews_Reader() => ReadAll(_reviewsInput);

    [Benchmark, BenchmarkCategory("reviews")]
    public int Reviews_Engine()
    {
        var flagged = 0;
        foreach (var request in _reviewRequests)
        {
            flagged += (int)request.Check(_guard).Decision;
        }

        return flagged;
    }

    [Benchmark, BenchmarkCategory("reviews")]
    public int Reviews_EndToEnd() => RunCli(ReviewsArgs, _reviewsInput);

    // ----- score (all schemes) -----

    [Benchmark(Baseline = true), BenchmarkCategory("score")]
    public int Score_Reader() => ReadAll(_scoreInput);

    [Benchmark, BenchmarkCategory("score")]
    public int Score_Engine()
    {
        var builder = FeedbackTally.CreateBuilder(_asOf);
        foreach (var feedback in _feedback)
        {
            builder.Add(feedback);
        }

        var tally = builder.ToTally();
        var reports = 0;
        foreach (var scheme in ScoringSchemes.All)
        {
            reports += _calculator.CalculateAll(tally, scheme).Length;
        }

        return reports;
    }

    [Benchmark, BenchmarkCategory("score")]
    public int Score_EndToEnd() => RunCli(ScoreArgs, _scoreInput);

    /// <summary>A bare reader pass: every token of every line (JSON Lines read as a sequence of top-level values).</summary>
    private static int ReadAll(byte[] input)
    {
        var reader = new Utf8JsonReader(input, new JsonReaderOptions { AllowMultipleValues = true });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>The command as the process runs it (Program.cs): 64 KiB UTF-8 reader and writer, output discarded.</summary>
    private static int RunCli(string[] args, byte[] input)
    {
        using var stdin = new StreamReader(new MemoryStream(input, writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var stdout = new StreamWriter(Stream.Null, new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
        var exit = CliApp.Run(args, stdin, stdout, TextWriter.Null);
        stdout.Flush();
        return exit;
    }

    private static byte[] Build(string[] templates, string idName, Action<JsonNode, int, string> vary)
    {
        var lines = templates.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l)!).ToArray();
        var text = new StringBuilder();
        for (var i = 0; i < Lines; i++)
        {
            var node = lines[i % lines.Length].DeepClone();
            vary(node, i, node[idName]?.ToString() ?? "x");
            text.Append(node.ToJsonString()).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string[] Valid(string[] lines, Action<string> check) =>
        lines.Where(line =>
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return false;
            }

            try
            {
                check(line);
                return true;
            }
            catch (Exception ex) when (ex is JsonInputException or ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }).ToArray();

    private static T[] ReadLines<T>(byte[] input, Func<string, T> read) =>
        Encoding.UTF8.GetString(input).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(read).ToArray();

    private static Instant ScoreAsOf() => new LocalDate(2026, 6, 30).At(new LocalTime(23, 59, 59)).InUtc().ToInstant();

    private static string FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples");
            if (File.Exists(Path.Combine(candidate, "returns-dev.jsonl")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("examples/ not found above " + AppContext.BaseDirectory);
    }
}
