using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reputation.Rules.Reviews;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>
/// Suggestions over the project's own corpora (examples/reviews-dev.jsonl, held-out-style.jsonl, every round): every
/// blocked or warned message gets either a rewrite the guard allows, with every sentence that had no finding kept
/// verbatim, or no text and a reason. The shares are recorded in docs/reviews.md ("Suggestions").
/// </summary>
public sealed class SuggestionCorpusTests
{
    /// <summary>Every message of the corpora the guard warns about or blocks, with its file name and id.</summary>
    internal static IReadOnlyList<(string Source, string Id, SolicitationMessage Message, SolicitationReport Report)> Flagged { get; } = Load();

    private static List<(string, string, SolicitationMessage, SolicitationReport)> Load()
    {
        var files = new List<string> { RepoPaths.Example("reviews-dev.jsonl"), Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Tests", "Reviews", "held-out-style.jsonl") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Tests", "Reviews", "rounds"), "round-*.jsonl").Order(StringComparer.Ordinal));
        var list = new List<(string, string, SolicitationMessage, SolicitationReport)>();
        foreach (var file in files)
        {
            var n = 0;
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                n++;
                using var doc = JsonDocument.Parse(line);
                var message = ReviewTestKit.FromJson(doc.RootElement);
                var report = ReviewTestKit.Guard.Check(message);
                if (report.Decision != SolicitationDecision.Allow)
                {
                    var id = doc.RootElement.TryGetProperty("id", out var e) ? e.ToString() : n.ToString(CultureInfo.InvariantCulture);
                    list.Add((Path.GetFileName(file), id, message, report));
                }
            }
        }

        return list;
    }

    private static readonly RuleId[] TimeRules = [ReviewRuleIds.Frequency, ReviewRuleIds.Timing, ReviewRuleIds.QuietHours];

    /// <summary>
    /// The sentences of the message that have no finding: no text finding's span touches them (time findings point at
    /// the ask, which stays) and the guard does not read them as the satisfaction condition ("Love it?") of a flagged
    /// ask in the next sentence.
    /// </summary>
    internal static IEnumerable<string> CleanSentences(SolicitationMessage message, SolicitationReport report)
    {
        var original = message.Text;
        var spans = report.Findings.Where(f => !TimeRules.Contains(f.RuleId)).SelectMany(f => f.Spans).ToList();
        var conditions = ReviewTestKit.Guard.ReadStructure(message).Conditions;
        var sentences = Rules.Reviews.Text.Suggester.Split(original);
        bool Touched(int i, List<TextSpan> list) => list.Any(s => s.Start < sentences[i].End && sentences[i].Start < s.End);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!Touched(i, spans) && !(Touched(i, conditions) && i + 1 < sentences.Count && Touched(i + 1, spans)))
            {
                yield return original[sentences[i].Start..sentences[i].End];
            }
        }
    }

    /// <summary>Whether every sentence of the original that no edit touches appears verbatim in the suggestion.</summary>
    internal static bool KeepsUntouchedSentences(string original, SolicitationSuggestion suggestion)
    {
        var text = suggestion.Text!;
        foreach (var (start, end) in Rules.Reviews.Text.Suggester.Split(original))
        {
            var touched = suggestion.Edits.Any(e => e.Start < end && start < e.End);
            if (!touched && !text.Contains(original[start..end], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static SolicitationReport Recheck(SolicitationMessage message, SolicitationSuggestion suggestion) =>
        ReviewTestKit.Guard.Check(new SolicitationMessage(suggestion.Text!, message.Platform, message.BuyerMarket)
        {
            SentAt = suggestion.SendAfter ?? message.SentAt,
            BuyerTimeZone = message.BuyerTimeZone,
            DeliveredAt = message.DeliveredAt,
            ExistingReviewStars = message.ExistingReviewStars,
            PreviousRequests = message.PreviousRequests,
        });

    [Fact]
    public void Every_flagged_corpus_message_gets_an_allowed_verbatim_rewrite_or_a_reason()
    {
        Assert.True(Flagged.Count > 500, $"expected the corpora to hold over 500 flagged messages, found {Flagged.Count}");
        var withText = 0;
        var allowed = 0;
        var sentences = 0;
        var verbatim = 0;
        var dump = new StringBuilder();
        foreach (var (source, id, message, report) in Flagged)
        {
            var suggestion = ReviewTestKit.Guard.Suggest(message);
            Assert.NotNull(suggestion);
            foreach (var clean in CleanSentences(message, report))
            {
                if (suggestion.Text is null)
                {
                    continue;
                }

                sentences++;
                if (suggestion.Text.Contains(clean, StringComparison.Ordinal))
                {
                    verbatim++;
                }
                else
                {
                    dump.Append(CultureInfo.InvariantCulture, $"MISS\t{source}\t{id}\t{Flat(clean)}\t{Flat(suggestion.Text)}\n");
                }
            }

            if (suggestion.Text is null)
            {
                Assert.False(string.IsNullOrWhiteSpace(suggestion.Reason));
                dump.Append(CultureInfo.InvariantCulture, $"NULL\t{string.Join(",", report.Findings.Select(f => f.RuleId.Value).Distinct())}\t{source}\t{id}\t{Flat(message.Text)}\t{suggestion.Reason}\n");
                continue;
            }

            withText++;
            Assert.Equal(suggestion.Text, SolicitationSuggestion.Apply(message.Text, suggestion.Edits));
            var recheck = Recheck(message, suggestion);
            allowed += recheck.Decision == SolicitationDecision.Allow ? 1 : 0;
            Assert.True(recheck.Decision == SolicitationDecision.Allow, $"{source} {id}: {suggestion.Text} -> {recheck}");
            Assert.True(KeepsUntouchedSentences(message.Text, suggestion), $"{source} {id}: {suggestion.Text}");
            dump.Append(CultureInfo.InvariantCulture, $"TEXT\t{string.Join(",", report.Findings.Select(f => f.RuleId.Value).Distinct())}\t{source}\t{id}\t{Flat(message.Text)}\t{Flat(suggestion.Text)}\t{suggestion.SendAfter}\n");
        }

        if (Environment.GetEnvironmentVariable("SUGGESTION_DUMP") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"flagged={Flagged.Count} withText={withText} allowed={allowed} sentences={sentences} verbatim={verbatim}\n") + dump);
        }

        Assert.Equal(withText, allowed);
        Assert.Equal(sentences, verbatim);
        Assert.True(withText * 100 >= Flagged.Count * 60, $"only {withText} of {Flagged.Count} flagged messages got a suggested text");
    }

    [Property(MaxTest = 200)]
    public Property Any_flagged_corpus_message_with_any_send_time_gets_an_allowed_rewrite_or_a_reason() =>
        Prop.ForAll(
            Gen.Choose(0, Flagged.Count - 1).Zip(Gen.Choose(-72, 72), (i, h) => (i, h)).ToArbitrary(),
            pick =>
            {
                var (_, _, original, _) = Flagged[pick.i];
                var message = new SolicitationMessage(original.Text, original.Platform, original.BuyerMarket)
                {
                    SentAt = (original.SentAt ?? ReviewTestKit.SentAt) + NodaTime.Duration.FromHours(pick.h),
                    BuyerTimeZone = original.BuyerTimeZone,
                    DeliveredAt = original.DeliveredAt,
                    ExistingReviewStars = original.ExistingReviewStars,
                    PreviousRequests = original.PreviousRequests,
                };
                var report = ReviewTestKit.Guard.Check(message);
                var suggestion = ReviewTestKit.Guard.Suggest(message);
                if (report.Decision == SolicitationDecision.Allow)
                {
                    return suggestion is null;
                }

                return suggestion is not null && (suggestion.Text is null
                    ? !string.IsNullOrWhiteSpace(suggestion.Reason)
                    : Recheck(message, suggestion).Decision == SolicitationDecision.Allow
                        && KeepsUntouchedSentences(message.Text, suggestion)
                        && CleanSentences(message, report).All(s => suggestion.Text.Contains(s, StringComparison.Ordinal))
                        && suggestion.Text == SolicitationSuggestion.Apply(message.Text, suggestion.Edits));
            });

    private static string Flat(string text) => text.Replace("\t", " ", StringComparison.Ordinal).Replace("\n", "⏎", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
}
