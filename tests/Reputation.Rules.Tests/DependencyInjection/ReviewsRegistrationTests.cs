using System;
using System.IO;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

public sealed class ReviewsRegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void The_guard_resolves_and_blocks_an_incentive()
    {
        using var sp = Build(s => s.AddReputationRules());
        var report = sp.GetRequiredService<ISolicitationGuard>().Check(
            new SolicitationMessage("Leave a 5-star review and get $5 back!", "amazon", CountryCode.Parse("US")) { SentAt = Instant.FromUtc(2026, 3, 11, 18, 0) });
        Assert.Equal(SolicitationDecision.Block, report.Decision);
    }

    [Fact]
    public void A_user_registered_clock_decides_quiet_hours_for_messages_without_a_sent_time()
    {
        // 2026-03-12 03:30 UTC is 23:30 on 03-11 in New York: quiet hours.
        var late = new FakeClock(Instant.FromUtc(2026, 3, 12, 3, 30));
        using var sp = Build(s =>
        {
            s.AddSingleton<IClock>(late);
            s.AddReputationRules();
        });
        var message = new SolicitationMessage("How did we do? Please leave a review of your order.", "ebay", CountryCode.Parse("US"))
        {
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["America/New_York"],
        };
        Assert.True(sp.GetRequiredService<ISolicitationGuard>().Check(message).Has(ReviewRuleIds.QuietHours));
    }

    [Fact]
    public void Severity_overrides_from_json_reach_the_guard_and_unknown_ids_are_rejected()
    {
        var good = Config("""{ "Reviews": { "Platforms": { "ebay": { "Severities": { "REV-POSITIVE-ASK": "Block" } } } } }""");
        using var sp = Build(s => s.AddReputationRules(good));
        var message = new SolicitationMessage("Please give us five stars!", "ebay", CountryCode.Parse("US")) { SentAt = Instant.FromUtc(2026, 3, 11, 18, 0) };
        Assert.Equal(SolicitationDecision.Block, sp.GetRequiredService<ISolicitationGuard>().Check(message).Decision);

        var bad = Config("""{ "Reviews": { "Platforms": { "ebay": { "Severities": { "REV-NO-SUCH-RULE": "Block" }, "QuietHoursStart": 8 } } } }""");
        using var badSp = Build(s => s.AddReputationRules(bad));
        var ex = Assert.Throws<OptionsValidationException>(() => badSp.GetRequiredService<ISolicitationGuard>().Check(message));
        var all = string.Join("\n", ex.Failures);
        Assert.Contains("Reviews.Platforms[ebay].Severities[REV-NO-SUCH-RULE]", all);
        Assert.Contains("Reviews.Platforms[ebay].QuietHoursEnd", all);
    }

    [Fact]
    public void Term_files_from_json_reach_the_guard_and_bad_files_are_rejected()
    {
        const string German = "Schreiben Sie eine Bewertung und erhalten Sie einen Gutschein!";
        var path = Path.Combine(Path.GetTempPath(), $"terms-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "bewertung*\tReview\ngutschein*\tBenefit\n");
        try
        {
            var json = "{ \"Reviews\": { \"TermFiles\": [ " + System.Text.Json.JsonSerializer.Serialize(path) + " ] } }";
            using var sp = Build(s => s.AddReputationRules(Config(json)));
            Assert.Equal([path], sp.GetRequiredService<IOptions<ReputationRulesOptions>>().Value.Reviews.TermFiles);
            var message = new SolicitationMessage(German, "amazon", CountryCode.Parse("DE")) { SentAt = Instant.FromUtc(2026, 3, 11, 18, 0) };
            Assert.True(sp.GetRequiredService<ISolicitationGuard>().Check(message).Has(ReviewRuleIds.Incentive));

            var missing = path + ".missing";
            var bad = Config("{ \"Reviews\": { \"TermFiles\": [ " + System.Text.Json.JsonSerializer.Serialize(missing) + " ] } }");
            using var badSp = Build(s => s.AddReputationRules(bad));
            var ex = Assert.Throws<OptionsValidationException>(() => badSp.GetRequiredService<ISolicitationGuard>().Check(message));
            Assert.Contains($"Reviews.TermFiles[0]: {missing}: cannot be read", string.Join("\n", ex.Failures), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Custom_rules_and_platform_profiles_plug_in_through_the_builder()
    {
        using var sp = Build(s => s.AddReputationRules()
            .AddSolicitationRule<OffPlatformContactRule>()
            .AddReviewPlatformProfile("trustpilot", ReviewProfileOptions.BanAllIncentives()));
        var guard = sp.GetRequiredService<ISolicitationGuard>();
        var neutral = guard.Check(new SolicitationMessage("Leave a review, good or bad, and get 10% off.", "trustpilot", CountryCode.Parse("US")) { SentAt = Instant.FromUtc(2026, 3, 11, 18, 0) });
        Assert.Equal(SolicitationDecision.Block, neutral.Decision);
        var custom = guard.Check(new SolicitationMessage("Thanks for your order!", "ebay", CountryCode.Parse("US")) { SentAt = Instant.FromUtc(2026, 3, 11, 18, 0) });
        Assert.True(custom.Has(OffPlatformContactRule.Id));
        Assert.True(sp.GetRequiredService<RuleCatalog>().Contains(OffPlatformContactRule.Id));
    }

    private static IConfiguration Config(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private sealed class OffPlatformContactRule : ISolicitationRule
    {
        public static readonly RuleId Id = "ACME-ALWAYS";

        public RuleDescriptor Descriptor { get; } = new(Id, "reviews", "Always noted", Severity.Warning);

        public void Evaluate(SolicitationContext context) => context.Report("Noted.");
    }
}
