using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Reputation.Rules.Reviews;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>Every labelled example in examples/reviews-dev.jsonl (and ../shared/examples when present): the decision matches and every expected rule fires.</summary>
public sealed class DevExamplesTests
{
    private static string[] ReadLines() => RepoPaths.ExampleLines("reviews-dev.jsonl");

    public static TheoryData<string> Lines() => [.. ReadLines()];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Dev_example_gets_the_expected_decision_and_rules(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var message = ReviewTestKit.FromJson(root);
        var report = ReviewTestKit.Guard.Check(message);
        var expect = root.GetProperty("expect");
        var rules = string.Join(",", expect.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        ReviewTestKit.AssertReport(report, message.Text, expect.GetProperty("decision").GetString()!, rules);
    }

    [Fact]
    public void Concurrent_checks_give_the_same_reports_as_sequential_ones()
    {
        var messages = ReadLines().Select(l => ReviewTestKit.FromJson(JsonDocument.Parse(l).RootElement)).ToArray();
        string Render(SolicitationReport r) => r.Decision + "|" + string.Join(";", r.Findings.Select(f => f.RuleId + ":" + f.Severity + ":" + string.Join(",", f.Spans)));
        var expected = messages.Select(m => Render(ReviewTestKit.Guard.Check(m))).ToArray();
        var actual = new string[messages.Length * 20];
        System.Threading.Tasks.Parallel.For(0, actual.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            actual[i] = Render(ReviewTestKit.Guard.Check(messages[i % messages.Length])));
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % messages.Length], actual[i]);
        }
    }

    [Fact]
    public void The_dev_file_has_examples_of_every_decision()
    {
        var decisions = new HashSet<string>();
        var count = 0;
        foreach (var line in ReadLines())
        {
            count++;
            using var doc = JsonDocument.Parse(line);
            decisions.Add(doc.RootElement.GetProperty("expect").GetProperty("decision").GetString()!);
        }

        Assert.Equal(["allow", "block", "warn"], decisions.Order());
        Assert.True(count >= 28, $"expected at least 28 examples, found {count}");
    }
}
