using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>
/// A second pair of eyes: messages written in the style of the held-out judge (real seller wording in English and Chinese,
/// Amazon/eBay/AliExpress/Taobao/own-site, typos, emoji, evasions, look-alike negatives, and the context rules), labelled by
/// hand from the rule table and docs/sources/review-solicitation.md — not from the analyser's output. Each line of
/// <c>held-out-style.jsonl</c> (same shape as reviews-dev.jsonl) names the decision, the rules that must fire
/// (<c>rules</c>) and the rules that must not (<c>absent</c>); the decision was derived from the profile table.
/// </summary>
public sealed class HeldOutStyleTests
{
    private static IEnumerable<string> ReadLines() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Tests", "Reviews", "held-out-style.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l));

    public static TheoryData<string> Lines() => [.. ReadLines()];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Held_out_style_message_gets_the_hand_labelled_decision_and_rules(string line) => ReviewTestKit.AssertLabelledLine(line);

    [Fact]
    public void The_held_out_style_file_covers_every_rule_and_decision()
    {
        var rules = new HashSet<string>();
        var decisions = new HashSet<string>();
        var count = 0;
        foreach (var line in ReadLines())
        {
            count++;
            using var doc = JsonDocument.Parse(line);
            var expect = doc.RootElement.GetProperty("expect");
            decisions.Add(expect.GetProperty("decision").GetString()!);
            rules.UnionWith(expect.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!));
        }

        Assert.True(count >= 150, $"expected at least 150 messages, found {count}");
        Assert.Equal(["allow", "block", "warn"], decisions.Order());
        Assert.Equal(12, rules.Count);
    }
}
