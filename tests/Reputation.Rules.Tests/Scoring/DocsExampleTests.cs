using System.IO;
using System.Linq;
using NodaTime;
using Reputation.Rules.Scoring;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Scoring;

/// <summary>The C# example of docs/scoring.md, verbatim, with its printed results checked.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void The_quick_start_prints_what_the_doc_says()
    {
        Feedback[] history =
        [
            new("S1", "B1", 5, Instant.FromUtc(2026, 1, 5, 12, 0), orderId: "O1", itemId: "A"),
            new("S1", "B1", 4, Instant.FromUtc(2026, 1, 6, 12, 0), orderId: "O2", itemId: "B"),
            new("S1", "B2", 2, Instant.FromUtc(2026, 2, 10, 12, 0), orderId: "O3", itemId: "A"),
            new("S1", "B4", 5, Instant.FromUtc(2026, 3, 2, 12, 0), orderId: "O5", itemId: "C",
                detailedRatings: new DetailedRatings(description: 5, service: 4, shipping: 4)),
            new("S1", "B5", 5, Instant.FromUtc(2026, 3, 3, 12, 0), orderId: "O6", isRemoved: true),
        ];

        var calculator = new CreditScoreCalculator();
        var asOf = Instant.FromUtc(2026, 6, 30, 23, 59, 59);

        CreditReport ebay = calculator.Calculate(history, "S1", ScoringScheme.Ebay, asOf);
        Assert.Equal("1 None 66.7% over 12m", $"{ebay.Score} {ebay.Level!.Name} {ebay.PositivePercent}% over {ebay.Window.Name}");
        Assert.Equal("Yellow in 9 positives; removed: 1", $"{ebay.NextLevel!.Name} in {ebay.NextLevel.PositivesNeeded} positives; removed: {ebay.Excluded.Removed}");

        CreditReport crs = calculator.Calculate(history, "S1", ScoringScheme.Composite, asOf);
        Assert.InRange(crs.Composite!.Crs, 28.91m, 100m);

        var tally = FeedbackTally.Empty(asOf);
        foreach (var partition in history.GroupBy(f => f.Rater))
        {
            tally = tally.Merge(FeedbackTally.From(partition, asOf));
        }

        Assert.Equal(calculator.CalculateAll(history, ScoringScheme.Taobao, asOf), calculator.CalculateAll(tally, ScoringScheme.Taobao));
    }

    [Fact]
    public void The_doc_states_that_scoring_defines_no_catalog_rules()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "scoring.md"));
        Assert.Contains("defines **no catalog rules**", doc);
        Assert.DoesNotContain(RuleCatalog.BuiltIn.Rules, r => r.Engine == "scoring");
    }
}
