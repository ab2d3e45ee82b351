using System;
using System.Linq;
using Reputation.Rules.Reviews;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>Strictest-wins profiles, the severity mapping, options validation, custom profiles, terms and rules.</summary>
public sealed class ProfileAndOptionsTests
{
    // Rules in catalog order, with the issue's profile table (B = block, W = warn, - = no opinion).
    [Theory]
    [InlineData("amazon", "B B B B B B B B B B B W")]
    [InlineData("aliexpress", "B B W W B B B B W W W W")]
    [InlineData("ebay", "B B W W W B B B W W W W")]
    [InlineData("taobao", "B B B B B B B B W W W W")]
    [InlineData("own-site", "- - - - - - - - - - - -")]
    public void Built_in_platform_profiles_match_the_issue_table(string platform, string row) =>
        AssertRow(ReviewTestKit.Guard.GetPlatform(platform), row);

    [Theory]
    [InlineData("US", "B W W W W B B B W W W W")]
    [InlineData("DE", "B W W W W B B B W W W W")]
    [InlineData("FR", "B W W W W B B B W W W W")]
    [InlineData("GB", "B W W W W B B B W W W W")]
    [InlineData("CN", "B B W W W B B B W W W W")]
    public void Built_in_law_profiles_match_the_issue_table(string market, string row) =>
        AssertRow(ReviewTestKit.Guard.GetLaw(CountryCode.Parse(market)), row);

    private static void AssertRow(ReviewProfile profile, string row)
    {
        var expected = row.Split(' ');
        var rules = ReviewRuleDescriptors.All;
        Assert.Equal(12, rules.Length);
        for (var i = 0; i < rules.Length; i++)
        {
            var actual = profile.SeverityFor(rules[i].Id) switch
            {
                SolicitationDecision.Block => "B",
                SolicitationDecision.Warn => "W",
                _ => "-",
            };
            Assert.True(expected[i] == actual, $"{profile.Name} {rules[i].Id}: expected {expected[i]}, got {actual}");
        }
    }

    [Fact]
    public void The_profile_table_in_docs_reviews_md_matches_the_built_in_profiles()
    {
        var lines = System.IO.File.ReadAllLines(System.IO.Path.Combine(Reputation.Rules.Testing.RepoPaths.Docs, "reviews.md"));
        var header = lines.First(l => l.StartsWith("| rule | amazon |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2..^1];
        var profiles = header.Select(h => h.StartsWith("law ", StringComparison.Ordinal)
            ? (ReviewProfile)ReviewTestKit.Guard.GetLaw(CountryCode.Parse(h[4..] == "EU" ? "DE" : h[4..]))
            : ReviewTestKit.Guard.GetPlatform(h)).ToArray();
        var checkedRules = 0;
        foreach (var rule in ReviewRuleDescriptors.All)
        {
            var name = rule.Id.Value["REV-".Length..];
            var row = lines.Single(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Split('|', StringSplitOptions.TrimEntries)[1].Split(", ").Contains(name));
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[2..^1];
            for (var i = 0; i < profiles.Length; i++)
            {
                var expected = profiles[i].SeverityFor(rule.Id) switch
                {
                    SolicitationDecision.Block => "B",
                    SolicitationDecision.Warn => "W",
                    _ => "–",
                };
                Assert.True(cells[i].StartsWith(expected, StringComparison.Ordinal), $"{rule.Id} under {profiles[i].Name}: docs say {cells[i]}, profile says {expected}");
            }

            checkedRules++;
        }

        Assert.Equal(12, checkedRules);
    }

    [Theory]
    [InlineData("JP", "EU")]
    [InlineData("BR", "EU")]
    [InlineData("DE", "EU")]
    [InlineData("US", "US")]
    [InlineData("GB", "GB")]
    [InlineData("CN", "CN")]
    public void Markets_without_a_profile_use_the_EU_profile(string market, string law) =>
        Assert.Equal(law, ReviewTestKit.Guard.GetLaw(CountryCode.Parse(market)).Name);

    [Theory]
    [InlineData("own-site", "US", "warn")] // law US: W
    [InlineData("own-site", "CN", "block")] // law CN: every incentive blocks
    [InlineData("amazon", "US", "block")] // platform: B
    [InlineData("ebay", "GB", "block")]
    public void The_stricter_of_platform_and_law_decides(string platform, string market, string decision)
    {
        const string text = "Write a review of any kind and get 10% off your next order.";
        var report = ReviewTestKit.Check(text, platform, market);
        ReviewTestKit.AssertReport(report, text, decision, "INCENTIVE");
        var finding = report.Findings.Single(f => f.RuleId == ReviewRuleIds.Incentive);
        Assert.Equal(decision == "block" ? Severity.Violation : Severity.Warning, finding.Severity);
        Assert.Equal(platform, finding.GetEvidence("platform"));
        Assert.NotNull(finding.Citation);
    }

    [Fact]
    public void The_deciding_profile_is_named_and_cited()
    {
        var report = ReviewTestKit.Check("Please give us five stars!", "amazon", "US");
        var finding = Assert.Single(report.Findings);
        Assert.Equal("amazon", finding.GetEvidence("decidedBy"));
        Assert.Contains("G201972160", finding.Citation!.ToString(), StringComparison.Ordinal);

        var eu = ReviewTestKit.Check("Please give us five stars!", "ebay", "DE");
        Assert.Equal("EU", Assert.Single(eu.Findings).GetEvidence("decidedBy"));
    }

    [Fact]
    public void Platform_names_are_case_insensitive_and_unknown_ones_are_named()
    {
        Assert.Equal("amazon", ReviewTestKit.Check("Hello", "Amazon").Platform);
        var ex = Assert.Throws<ArgumentException>(() => ReviewTestKit.Check("Hello", "etsy"));
        Assert.Contains("'etsy'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("aliexpress", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem_with_its_path()
    {
        var options = new ReviewsOptions { FallbackLaw = "XX" };
        options.Platforms["amazon"].MaxRequestsPerOrder = 0;
        options.Platforms["amazon"].QuietHoursStart = 24;
        options.Platforms["ebay"].Severities["not an id"] = SolicitationDecision.Block;
        options.Platforms["ebay"].EarliestDaysAfterDelivery = 10;
        options.Platforms["ebay"].LatestDaysAfterDelivery = 5;
        options.Laws["US"].Markets.Add("DE");
        options.Laws["GB"].Markets.Add("ZZZ");
        ISolicitationRule[] custom = [new MarketplaceContactRule("REV-INCENTIVE")];
        options.Platforms["amazon"].Severities["ACME-UNKNOWN"] = SolicitationDecision.Block;
        options.Laws["CN"].QuietHoursEnd = options.Laws["CN"].QuietHoursStart;
        var problems = options.Validate(custom).ToList();
        string[] expected =
        [
            "Platforms[amazon].MaxRequestsPerOrder:", "Platforms[amazon].QuietHoursStart:", "Platforms[ebay].Severities[not an id]:",
            "Platforms[ebay].LatestDaysAfterDelivery:", "Laws[EU].Markets[", "Laws[GB].Markets[1]:", "FallbackLaw:", "customRules[0].Descriptor.Id:",
            "Platforms[amazon].Severities[ACME-UNKNOWN]:", "Laws[CN].QuietHoursEnd:",
        ];
        foreach (var prefix in expected)
        {
            Assert.Contains(problems, p => p.StartsWith(prefix, StringComparison.Ordinal));
        }

        var ex = Assert.Throws<ArgumentException>(() => new SolicitationGuard(options, customRules: custom));
        foreach (var problem in problems)
        {
            Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Default_options_are_valid() => Assert.Empty(new ReviewsOptions().Validate());

    [Fact]
    public void A_user_profile_that_bans_every_incentive_blocks_a_neutral_one()
    {
        var options = new ReviewsOptions();
        options.Platforms["trustpilot"] = ReviewProfileOptions.BanAllIncentives();
        var guard = new SolicitationGuard(options);
        const string text = "Leave a review, good or bad, and get 10% off.";
        var report = guard.Check(new SolicitationMessage(text, "trustpilot", CountryCode.Parse("US")));
        ReviewTestKit.AssertReport(report, text, "block", "INCENTIVE", "INCENTIVE-SENTIMENT");
        Assert.Equal("trustpilot", report.Findings[0].GetEvidence("decidedBy"));
    }

    [Fact]
    public void Options_are_copied_when_the_guard_is_built()
    {
        var options = new ReviewsOptions();
        var guard = new SolicitationGuard(options);
        options.Platforms["ebay"].Severities[ReviewRuleIds.PositiveAsk.Value] = SolicitationDecision.Block;
        options.Laws["GB"].Severities[ReviewRuleIds.PositiveAsk.Value] = SolicitationDecision.Block;
        var report = guard.Check(new SolicitationMessage("Please give us five stars!", "ebay", CountryCode.Parse("GB")));
        Assert.Equal(SolicitationDecision.Warn, report.Decision);
    }

    [Fact]
    public void Custom_terms_and_rules_run_in_the_same_pass()
    {
        var options = new ReviewsOptions();
        options.AdditionalTerms.Add(new ReviewTerm("whatsapp me", ReviewConcepts.Contact | ReviewConcepts.Custom1));
        options.AdditionalTerms.Add(new ReviewTerm("bewertung*", ReviewConcepts.Review));
        options.AdditionalTerms.Add(new ReviewTerm("gutschein*", ReviewConcepts.Benefit));
        var guard = new SolicitationGuard(options, customRules: [new MarketplaceContactRule("ACME-OFF-PLATFORM")]);
        Assert.Contains(guard.Rules, r => r.Id == "ACME-OFF-PLATFORM");

        const string text = "Please WhatsApp me about your order.";
        var report = guard.Check(new SolicitationMessage(text, "amazon", CountryCode.Parse("US")));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("ACME-OFF-PLATFORM", finding.RuleId.Value);
        Assert.Equal(Severity.Warning, finding.Severity); // neither profile mentions it: the descriptor's default
        Assert.Equal("WhatsApp me", finding.Spans.Single().Slice(text));

        const string german = "Schreiben Sie eine Bewertung und erhalten Sie einen Gutschein!";
        var incentive = guard.Check(new SolicitationMessage(german, "amazon", CountryCode.Parse("DE")));
        Assert.True(incentive.Has(ReviewRuleIds.Incentive), ReviewTestKit.Describe(incentive, german));
    }

    [Fact]
    public void A_profile_can_set_the_severity_of_a_custom_rule()
    {
        var options = new ReviewsOptions();
        options.AdditionalTerms.Add(new ReviewTerm("whatsapp me", ReviewConcepts.Contact | ReviewConcepts.Custom1));
        options.Platforms["amazon"].Severities["ACME-OFF-PLATFORM"] = SolicitationDecision.Block;
        var guard = new SolicitationGuard(options, customRules: [new MarketplaceContactRule("ACME-OFF-PLATFORM")]);
        Assert.Equal(SolicitationDecision.Block, guard.Check(new SolicitationMessage("whatsapp me", "amazon", CountryCode.Parse("US"))).Decision);
        Assert.Equal(SolicitationDecision.Warn, guard.Check(new SolicitationMessage("whatsapp me", "ebay", CountryCode.Parse("US"))).Decision);
    }

    [Fact]
    public void The_review_rules_are_in_the_built_in_catalog()
    {
        foreach (var rule in ReviewRuleDescriptors.All)
        {
            Assert.True(RuleCatalog.BuiltIn.Contains(rule.Id));
            Assert.Equal("reviews", rule.Engine);
            Assert.NotEmpty(rule.Citations);
        }
    }

    [Fact]
    public void Messages_validate_their_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new SolicitationMessage(null!, "amazon", CountryCode.Parse("US")));
        Assert.Throws<ArgumentException>(() => new SolicitationMessage("x", " ", CountryCode.Parse("US")));
        Assert.Throws<ArgumentException>(() => new SolicitationMessage("x", "amazon", default));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SolicitationMessage("x", "amazon", CountryCode.Parse("US")) { ExistingReviewStars = 6 });
        Assert.Contains("ExistingReviewStars", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReviewTerm("**", ReviewConcepts.Review));
    }

    [Fact]
    public void A_clean_message_allocates_nothing_after_warm_up()
    {
        var message = new SolicitationMessage("Your order has shipped. Tracking number: LP0012345678CN. Estimated delivery 10-15 working days.", "amazon", CountryCode.Parse("US"))
        {
            SentAt = ReviewTestKit.SentAt,
        };
        var neutralAsk = ReviewTestKit.Message("Hi! Your order was delivered. If you have a minute, please leave a review of the product.", "amazon", "US");
        var guard = new SolicitationGuard();

        // Warm-up long enough for tiered compilation to settle on a loaded machine (one CI run on 2 busy cores saw a
        // one-off 3.7 KB during the measured loop after only 50 rounds).
        for (var i = 0; i < 300; i++)
        {
            guard.Check(message);
            guard.Check(neutralAsk);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            guard.Check(message);
            guard.Check(neutralAsk);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A custom rule: flags requests to move the conversation off the marketplace (custom concept Custom1).</summary>
    private sealed class MarketplaceContactRule(string id) : ISolicitationRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "custom", "Moves the buyer off the marketplace", Severity.Warning);

        public void Evaluate(SolicitationContext context)
        {
            for (var i = 0; i < context.Analysis.MatchCount; i++)
            {
                var match = context.Analysis.GetMatch(i);
                if ((match.Concepts & ReviewConcepts.Custom1) != 0)
                {
                    context.Report("Asks the buyer to continue on WhatsApp.", match.Span);
                }
            }
        }
    }
}
