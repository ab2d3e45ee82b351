using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reputation.Rules.Complaints;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

public sealed class FeedbackRegistrationTests
{
    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddReputationRules(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void Terms_remedies_and_period_come_from_configuration()
    {
        using var sp = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Feedback:Period"] = "Month",
            ["Feedback:Terms:0:Text"] = "zipper jams",
            ["Feedback:Terms:0:Cause"] = "CAUSE-QUALITY",
            ["Feedback:Terms:0:Clear"] = "true",
            ["Feedback:Remedies:0:Cause"] = "CAUSE-QUALITY",
            ["Feedback:Remedies:0:Id"] = "ykk",
            ["Feedback:Remedies:0:Text"] = "Switch to YKK zippers.",
        }).Build());
        var analyzer = sp.GetRequiredService<IFeedbackAnalyzer>();
        Assert.Same(analyzer, sp.GetRequiredService<IFeedbackAnalyzer>());
        Assert.Equal(FeedbackCause.Quality, Assert.Single(analyzer.FindCauses("the zipper jams")).Cause);
        Assert.Contains(analyzer.RemediesFor(FeedbackCause.Quality), r => r.Id == "ykk");
        var analysis = analyzer.Analyze(new CustomerReview("r", "too small") { Stars = 1, At = NodaTime.Instant.FromUtc(2026, 3, 10, 0, 0) });
        Assert.Equal(SolicitationDecision.Allow, analysis.Reply!.Guard);
        Assert.Equal("2026-03", Assert.Single(analyzer.Summarize([analysis], FeedbackGrouping.Period)).Period);
    }

    [Fact]
    public void Invalid_feedback_options_are_listed_with_their_paths()
    {
        using var sp = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Feedback:DefaultPlatform"] = "mars",
            ["Feedback:Terms:0:Text"] = "x",
            ["Feedback:Terms:0:Cause"] = "CAUSE-NOPE",
        }).Build());
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IFeedbackAnalyzer>().FindCauses("x"));
        var all = string.Join("\n", ex.Failures);
        Assert.Contains("Feedback.DefaultPlatform: 'mars' is not one of the review platforms", all, System.StringComparison.Ordinal);
        Assert.Contains("Feedback.Terms[0].Cause: 'CAUSE-NOPE'", all, System.StringComparison.Ordinal);
        Assert.True(ex.Failures.Count() >= 2);
    }
}
