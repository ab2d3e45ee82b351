using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Cli.Infrastructure;
using Xunit;

namespace Reputation.Rules.Cli.Tests.Fuzzing;

/// <summary>
/// Fuzzes <c>returns check</c>, <c>reviews check</c> and <c>score</c> with seeded mutations of valid lines (25,000 lines
/// per command per run, interleaved with unmutated lines; some batches read in random 1–64 character pieces, as from a
/// pipe, or under a small <c>--max-line-bytes</c>) and checks the contract on every batch: no line stops the run
/// or is an internal error, nothing is written to stderr, one output line per input line in order with the id echoed
/// where it can be read, unmutated lines never fail, and the exit code is 0/1/2 as documented. Deterministic: the seed
/// is fixed, or set with FUZZ_SEED; a failure names the seed, the batch and the line.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Batches = 50;
    private const int LinesPerBatch = 500;
    private const ulong DefaultSeed = 20261203UL;

    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 12, 0));

    private static readonly string[] ReturnSeeds = LoadReturnSeeds();

    private static readonly string[] ReviewSeeds =
    [
        Samples.Message,
        Samples.ChineseMessage,
        Samples.Campaign,
        """{"id":"c2","platform":"taobao","buyerMarket":"CN","campaign":{"template":"亲，期待您的评价","audience":"all","incentive":"好评返现5元"}}""",
        """{"id":"c3","campaign":{"platform":"ebay","buyerMarket":"UK","text":"Please rate us","audienceFilter":"satisfied buyers","incentive":false,"schedule":{"hoursAfterDelivery":-12,"reminders":2,"reminderIntervalHours":48,"sendAtLocalTime":"09:30:00"}}}""",
        """{"id":"w1","platform":"ebay","buyerMarket":"GB","text":"Please give us five stars!","buyerTimeZone":"Europe/London"}""",
    ];

    private static readonly string[] ScoreSeeds =
    [
        Samples.Feedback,
        Samples.FeedbackByDate,
        """{"ratee":"S1","rater":"B2","orderId":"O2","stars":1,"at":"2026-06-01T08:00:00+08:00","removed":true}""",
        """{"ratee":"店铺","rater":"买家","stars":3,"at":"2025-12-31","auto":true,"dsr":{"shipping":2}}""",
    ];

    [Fact]
    public void Returns_check_survives_mutated_lines() =>
        Fuzz("returns check", ReturnSeeds, "caseId", idMayBeNumber: false, flagged: l => l.GetProperty("verdict").GetString() == "violation", failOn: "--fail-on violation");

    [Fact]
    public void Reviews_check_survives_mutated_lines() =>
        Fuzz("reviews check", ReviewSeeds, "id", idMayBeNumber: true, flagged: l => l.GetProperty("decision").GetString() == "block", failOn: "--fail-on block");

    [Fact]
    public void Score_survives_mutated_lines()
    {
        var seed = Seed() + 2;
        var random = new Random(unchecked((int)seed));
        var mutator = new LineMutator(random);
        var fuzzed = 0;
        var errors = 0;
        var watch = Stopwatch.StartNew();
        for (var batch = 0; batch < Batches; batch++)
        {
            var (bytes, lines, mutated) = MakeBatch(random, mutator, ScoreSeeds);
            fuzzed += mutated.Count(m => m);
            var result = Run(["score", "--as-of", "2026-06-30"], bytes, batch % 3 == 2 ? random.Next() : null);
            var context = $"seed {seed}, batch {batch}";
            Assert.True(result.Error.Length == 0, $"{context}: stderr: {result.Error}");
            var outputs = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var previous = 0;
            var reports = 0;
            foreach (var text in outputs)
            {
                using var document = JsonDocument.Parse(text);
                var line = document.RootElement;
                if (line.TryGetProperty("line", out var number))
                {
                    Assert.True(reports == 0, $"{context}: an error line after the reports");
                    var n = number.GetInt32();
                    Assert.True(n > previous && n <= lines.Count, $"{context}: error line numbers in order ({n} after {previous})");
                    previous = n;
                    Assert.False(mutated[n - 1] is false, $"{context}, line {n}: an unmutated line failed: {text}");
                    var error = line.GetProperty("error").GetString()!;
                    Assert.StartsWith("$", error);
                    Assert.False(error.Contains("internal error", StringComparison.Ordinal), $"{context}, line {n}: {Shorten(lines[n - 1])} -> {error}");
                    Assert.Equal(["line", "error"], line.EnumerateObject().Select(p => p.Name));
                    errors++;
                }
                else
                {
                    reports++;
                    Assert.Equal(JsonValueKind.String, line.GetProperty("ratee").ValueKind);
                    Assert.Equal(JsonValueKind.String, line.GetProperty("scheme").ValueKind);
                }
            }

            Assert.True(reports > 0, $"{context}: the unmutated lines still give reports");
            Assert.Equal(previous > 0 ? 2 : 0, result.ExitCode);
        }

        output.WriteLine($"score: {fuzzed} mutated lines ({Batches * LinesPerBatch} in all), {errors} error lines, {watch.Elapsed.TotalSeconds:F1} s, seed {seed}");
        Assert.True(fuzzed >= 20_000, $"fuzzed only {fuzzed} lines");
    }

    private void Fuzz(string command, string[] seeds, string idName, bool idMayBeNumber, Func<JsonElement, bool> flagged, string failOn)
    {
        var seed = Seed() + (ulong)(idMayBeNumber ? 1 : 0);
        var random = new Random(unchecked((int)seed));
        var mutator = new LineMutator(random);
        var fuzzed = 0;
        var errors = 0;
        var watch = Stopwatch.StartNew();
        for (var batch = 0; batch < Batches; batch++)
        {
            var (bytes, lines, mutated) = MakeBatch(random, mutator, seeds);
            fuzzed += mutated.Count(m => m);
            var withFailOn = batch % 2 == 1;
            var maxLineBytes = batch % 5 == 4 ? random.Next(64, 4096) : LineReader.DefaultMaxLineBytes; // exercise the limit near typical lines
            var args = command.Split(' ')
                .Concat(withFailOn ? failOn.Split(' ') : [])
                .Concat(maxLineBytes != LineReader.DefaultMaxLineBytes ? ["--max-line-bytes", maxLineBytes.ToString(CultureInfo.InvariantCulture)] : [])
                .ToArray();
            var result = Run(args, bytes, batch % 3 == 2 ? random.Next() : null);
            var context = $"seed {seed}, batch {batch}";
            Assert.True(result.Error.Length == 0, $"{context}: stderr: {result.Error}");
            var outputs = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(outputs.Length == lines.Count, $"{context}: {lines.Count} input lines but {outputs.Length} output lines");
            var anyError = false;
            var anyFlagged = false;
            for (var i = 0; i < outputs.Length; i++)
            {
                var where = $"{context}, line {i + 1}: {Shorten(lines[i])} -> {Shorten(outputs[i])}";
                using var document = JsonDocument.Parse(outputs[i]);
                var line = document.RootElement;
                var expectedId = ReadableId(lines[i], i == 0, idName, idMayBeNumber, maxLineBytes);
                if (line.TryGetProperty("error", out var error))
                {
                    anyError = true;
                    errors++;
                    Assert.True(mutated[i] || lines[i].Length > maxLineBytes, $"an unmutated line failed: {where}");
                    Assert.True(line.GetProperty("line").GetInt32() == i + 1, $"line number: {where}");
                    var message = error.GetString()!;
                    Assert.True(message.StartsWith('$'), $"error has a path: {where}");
                    Assert.True(!message.Contains("internal error", StringComparison.Ordinal), $"internal error: {where}");
                    Assert.True(line.TryGetProperty(idName, out var id), $"error line has the id key: {where}");
                    Assert.True(
                        expectedId is null ? id.ValueKind == JsonValueKind.Null : id.GetRawText() == expectedId,
                        $"error line echoes the id {expectedId}: {where}");
                }
                else
                {
                    Assert.False(line.TryGetProperty("line", out _), $"a result line has no line number: {where}");
                    Assert.True(line.GetProperty(idName).GetRawText() == (expectedId ?? "null"), $"result echoes the id {expectedId}: {where}");
                    anyFlagged |= flagged(line);
                }
            }

            var expectedExit = anyError ? 2 : anyFlagged && withFailOn ? 1 : 0;
            Assert.True(expectedExit == result.ExitCode, $"{context}: exit {result.ExitCode}, expected {expectedExit}");
        }

        output.WriteLine($"{command}: {fuzzed} mutated lines ({Batches * LinesPerBatch} in all), {errors} error lines, {watch.Elapsed.TotalSeconds:F1} s, seed {seed}");
        Assert.True(fuzzed >= 20_000, $"fuzzed only {fuzzed} lines");
    }

    /// <summary>
    /// A batch: mostly mutated lines with an unmutated one now and then, the last line always unmutated (blank lines at
    /// the end of the input are ignored by design, so the batch must not end with one).
    /// </summary>
    private static (byte[] Bytes, List<byte[]> Lines, List<bool> Mutated) MakeBatch(Random random, LineMutator mutator, string[] seeds)
    {
        var lines = new List<byte[]>(LinesPerBatch);
        var mutated = new List<bool>(LinesPerBatch);
        for (var i = 0; i < LinesPerBatch; i++)
        {
            var seed = seeds[random.Next(seeds.Length)];
            var keep = i == LinesPerBatch - 1 || random.Next(10) == 0;
            lines.Add(keep ? Encoding.UTF8.GetBytes(seed) : mutator.Mutate(seed));
            mutated.Add(!keep);
        }

        using var stream = new MemoryStream();
        foreach (var line in lines)
        {
            stream.Write(line);
            stream.WriteByte((byte)'\n');
        }

        return (stream.ToArray(), lines, mutated);
    }

    /// <summary>
    /// Runs the CLI on bytes decoded as a file is (UTF-8, invalid bytes as U+FFFD, a leading BOM dropped); with a
    /// <paramref name="chunkSeed"/>, every read returns a random 1–64 characters, as a pipe may, so lines (and
    /// <c>\r\n</c> pairs) arrive split across reads.
    /// </summary>
    private static CliResult Run(string[] args, byte[] input, int? chunkSeed = null)
    {
        using var file = new StreamReader(new MemoryStream(input), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        using TextReader reader = chunkSeed is { } seed ? new ChunkyReader(file, new Random(seed)) : file;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, reader, stdout, stderr, Clock);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The id as the CLI should echo it (raw JSON), or null when the line's id cannot be read.</summary>
    private static string? ReadableId(byte[] bytes, bool first, string idName, bool idMayBeNumber, int maxLineBytes)
    {
        var text = new UTF8Encoding(false, false).GetString(bytes);
        // The reader drops a byte-order mark at the start of the input, and line 1 drops one more.
        for (var i = 0; first && i < 2 && text.StartsWith('\uFEFF'); i++)
        {
            text = text[1..];
        }

        if (text.EndsWith('\r'))
        {
            text = text[..^1];
        }

        if (Encoding.UTF8.GetByteCount(text) > maxLineBytes)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text, JsonLines.DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(idName, out var id))
            {
                return null;
            }

            if (id.ValueKind == JsonValueKind.String)
            {
                _ = id.GetString();
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, JsonLines.WriterOptions))
                {
                    id.WriteTo(writer);
                }

                return Encoding.UTF8.GetString(stream.ToArray());
            }

            return idMayBeNumber && id.ValueKind == JsonValueKind.Number ? id.GetRawText() : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static string Shorten(byte[] bytes) => Shorten(Encoding.UTF8.GetString(bytes));

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "… (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)";

    private static ulong Seed() =>
        ulong.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    private static string[] LoadReturnSeeds()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "returns-review-cases.jsonl");
        return [Samples.ReturnCase, Samples.RefusedCase, .. File.ReadLines(path).Where(l => l.Trim().Length > 0)];
    }

    /// <summary>Returns at most a random 1–64 characters per read.</summary>
    private sealed class ChunkyReader(TextReader inner, Random random) : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, Math.Min(count, random.Next(1, 65)));

        public override int Read(Span<char> buffer) => inner.Read(buffer[..Math.Min(buffer.Length, random.Next(1, 65))]);

        public override int Peek() => inner.Peek();

        public override int Read() => inner.Read();
    }
}
