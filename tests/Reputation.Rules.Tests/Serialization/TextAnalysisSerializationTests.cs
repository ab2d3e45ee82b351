using System.Text.Json;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.Serialization;

/// <summary>
/// A custom rule's <see cref="ReviewTextAnalysis"/> can be logged with System.Text.Json: it has no span property (the
/// normalised text is a string, the span a method), so serializing it does not throw.
/// </summary>
public sealed class TextAnalysisSerializationTests
{
    [Fact]
    public void A_text_analysis_serializes_with_System_Text_Json_during_the_evaluation()
    {
        var rule = new SnapshotRule();
        var guard = new SolicitationGuard(new ReviewsOptions(), customRules: [rule]);
        guard.Check(new SolicitationMessage("Please leave us a 5-star review!", "amazon", CountryCode.Parse("US")));

        Assert.NotNull(rule.Json);
        using var document = JsonDocument.Parse(rule.Json);
        var root = document.RootElement;
        Assert.Equal("Please leave us a 5-star review!", root.GetProperty("Text").GetString());
        Assert.Equal(rule.Normalized, root.GetProperty("NormalizedText").GetString());
        Assert.False(string.IsNullOrEmpty(rule.Normalized));
        Assert.True(root.GetProperty("IsReviewRequest").GetBoolean());
        Assert.True(root.GetProperty("MatchCount").GetInt32() > 0);
    }

    /// <summary>Serializes the analysis it is given (reflection-based options, as a logger would).</summary>
    private sealed class SnapshotRule : ISolicitationRule
    {
        public RuleDescriptor Descriptor { get; } = new("ACME-SNAPSHOT", "custom", "Snapshots the analysis", Severity.Info);

        public string? Json { get; private set; }

        public string? Normalized { get; private set; }

        public void Evaluate(SolicitationContext context)
        {
            Normalized = new string(context.Analysis.GetNormalizedTextSpan());
            Json = JsonSerializer.Serialize(context.Analysis, JsonSerializerOptions.Default);
        }
    }
}
