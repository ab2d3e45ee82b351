using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>Shared guard, fixed clock and helpers for the review tests.</summary>
internal static class ReviewTestKit
{
    /// <summary>2026-03-11T15:00Z: six days after <see cref="Delivered"/>, 15:00 in London, 11:00 in New York, 23:00 in Shanghai.</summary>
    public static readonly Instant SentAt = Instant.FromUtc(2026, 3, 11, 15, 0);

    public static readonly Instant Delivered = Instant.FromUtc(2026, 3, 5, 12, 0);

    public static SolicitationGuard Guard { get; } = new(new ReviewsOptions(), new FakeClock(SentAt));

    /// <summary>A message sent at a daytime hour six days after delivery, with no earlier requests.</summary>
    public static SolicitationMessage Message(string text, string platform = "own-site", string market = "US") =>
        new(text, platform, CountryCode.Parse(market))
        {
            SentAt = SentAt,
            DeliveredAt = Delivered,
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["Europe/London"],
        };

    public static SolicitationReport Check(string text, string platform = "own-site", string market = "US") => Guard.Check(Message(text, platform, market));

    public static string Describe(SolicitationReport report, string text) =>
        $"{report.Decision} [{string.Join("; ", report.Findings.Select(f => $"{f.RuleId}:{SolicitationReport.DecisionOf(f)} {string.Join("|", f.Spans.Select(s => s.Slice(text)))}"))}]";

    /// <summary>Asserts the decision and that every rule in <paramref name="expected"/> fired and none in <paramref name="absent"/> did.</summary>
    public static void AssertReport(SolicitationReport report, string text, string decision, string expected = "", string absent = "")
    {
        var description = Describe(report, text);
        Assert.True(string.Equals(decision, report.Decision.ToString(), StringComparison.OrdinalIgnoreCase), $"expected {decision}, got {description} for: {text}");
        foreach (var id in Split(expected))
        {
            Assert.True(report.Has(id), $"expected {id} in {description} for: {text}");
        }

        foreach (var id in Split(absent))
        {
            Assert.False(report.Has(id), $"did not expect {id} in {description} for: {text}");
        }

        foreach (var finding in report.Findings)
        {
            foreach (var span in finding.Spans)
            {
                Assert.InRange(span.End, 0, text.Length);
            }
        }
    }

    /// <summary>
    /// Checks one labelled JSON-Lines record (the shape of reviews-dev.jsonl: message fields plus
    /// <c>expect.decision</c>, <c>expect.rules</c>, optional <c>expect.absent</c>) against the guard.
    /// </summary>
    public static void AssertLabelledLine(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var message = FromJson(root);
        var report = Guard.Check(message);
        var expect = root.GetProperty("expect");
        static string Ids(JsonElement e, string name) =>
            e.TryGetProperty(name, out var list) ? string.Join(",", list.EnumerateArray().Select(r => r.GetString())) : "";
        AssertReport(report, message.Text, expect.GetProperty("decision").GetString()!, Ids(expect, "rules"), Ids(expect, "absent"));
    }

    public static string[] Split(string ids) =>
        ids.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(id => id.StartsWith("REV-", StringComparison.Ordinal) ? id : "REV-" + id).ToArray();

    /// <summary>Builds a message from a JSON-Lines record of examples/reviews-dev.jsonl.</summary>
    public static SolicitationMessage FromJson(JsonElement r)
    {
        static Instant? Read(JsonElement r, string name) =>
            r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? InstantPattern.ExtendedIso.Parse(v.GetString()!).GetValueOrThrow() : null;

        return new SolicitationMessage(r.GetProperty("text").GetString()!, r.GetProperty("platform").GetString()!, CountryCode.Parse(r.GetProperty("buyerMarket").GetString()!))
        {
            SentAt = Read(r, "sentAt"),
            DeliveredAt = Read(r, "deliveredAt"),
            BuyerTimeZone = r.TryGetProperty("buyerTimeZone", out var tz) ? DateTimeZoneProviders.Tzdb[tz.GetString()!] : null,
            ExistingReviewStars = r.TryGetProperty("existingReview", out var er) ? er.GetProperty("stars").GetInt32() : null,
            PreviousRequests = r.TryGetProperty("previousRequests", out var pr)
                ? [.. pr.EnumerateArray().Select(x => InstantPattern.ExtendedIso.Parse(x.GetString()!).GetValueOrThrow())]
                : ImmutableArray<Instant>.Empty,
        };
    }
}
