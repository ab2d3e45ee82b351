using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Reviews;

/// <summary>
/// One layer of review-solicitation policy — a platform (<see cref="ReviewPlatformProfile"/>) or a buyer market's law
/// (<see cref="ReviewLawProfile"/>): what it says about each rule (block, warn, or no opinion), which source to cite,
/// and its limits on request count, spacing, timing after delivery and quiet hours. For each rule the guard takes the
/// strictest of the platform and the law profile.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public abstract class ReviewProfile
{
    private protected ReviewProfile(string name, ReviewProfileOptions options)
    {
        Name = Preconditions.NotNullOrWhiteSpace(name, nameof(name)).Trim();
        ArgumentNullException.ThrowIfNull(options);
        Severities = options.Severities.ToFrozenDictionary(p => new RuleId(p.Key), p => p.Value);
        Citations = options.Citations.ToFrozenDictionary(p => new RuleId(p.Key), p => p.Value);
        MaxRequestsPerOrder = options.MaxRequestsPerOrder;
        MinimumGapHours = options.MinimumGapHours;
        EarliestDaysAfterDelivery = options.EarliestDaysAfterDelivery;
        LatestDaysAfterDelivery = options.LatestDaysAfterDelivery;
        QuietHoursStart = options.QuietHoursStart;
        QuietHoursEnd = options.QuietHoursEnd;
    }

    /// <summary>The profile's name, e.g. <c>amazon</c> or <c>EU</c>.</summary>
    public string Name { get; }

    /// <summary>What the profile says about each rule it has an opinion on.</summary>
    public FrozenDictionary<RuleId, SolicitationDecision> Severities { get; }

    /// <summary>The citation to show when this profile decides a rule.</summary>
    public FrozenDictionary<RuleId, Citation> Citations { get; }

    /// <summary>At most this many review requests per order (including the one checked); null means no limit.</summary>
    public int? MaxRequestsPerOrder { get; }

    /// <summary>At least this many hours between two requests for an order; null means no minimum.</summary>
    public int? MinimumGapHours { get; }

    /// <summary>Requests are allowed from this many days after delivery (0 = not before delivery); null means no lower bound.</summary>
    public int? EarliestDaysAfterDelivery { get; }

    /// <summary>Requests are allowed until this many days after delivery; null means no upper bound.</summary>
    public int? LatestDaysAfterDelivery { get; }

    /// <summary>The local hour at which quiet hours start.</summary>
    public int QuietHoursStart { get; }

    /// <summary>The local hour at which quiet hours end (equal to the start: no quiet hours).</summary>
    public int QuietHoursEnd { get; }

    /// <summary>What the profile says about a rule, or null when it has no entry for it.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The decision, or null.</returns>
    public SolicitationDecision? SeverityFor(RuleId ruleId) => Severities.TryGetValue(ruleId, out var d) ? d : null;

    /// <summary>The citation this profile gives for a rule, or null.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The citation, or null.</returns>
    public Citation? CitationFor(RuleId ruleId) => Citations.TryGetValue(ruleId, out var c) ? c : null;

    /// <summary>Whether a local time of day falls in this profile's quiet hours.</summary>
    /// <param name="time">The buyer's local time.</param>
    /// <returns><see langword="true"/> during quiet hours.</returns>
    public bool IsQuietHour(LocalTime time)
    {
        var hour = time.Hour;
        if (QuietHoursStart == QuietHoursEnd)
        {
            return false;
        }

        return QuietHoursStart > QuietHoursEnd
            ? hour >= QuietHoursStart || hour < QuietHoursEnd
            : hour >= QuietHoursStart && hour < QuietHoursEnd;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    internal static ReviewProfileOptions Table(SolicitationDecision[] decisions, Citation[] citations, int? maxRequests = 2, int? earliestDays = 0, int? latestDays = null)
    {
        var options = new ReviewProfileOptions { MaxRequestsPerOrder = maxRequests, EarliestDaysAfterDelivery = earliestDays, LatestDaysAfterDelivery = latestDays };
        var rules = ReviewRuleDescriptors.All;
        for (var i = 0; i < rules.Length; i++)
        {
            options.Severities[rules[i].Id.Value] = decisions[i];
            if (citations[i] is { } citation)
            {
                options.Citations[rules[i].Id.Value] = citation;
            }
        }

        return options;
    }

    internal static SolicitationDecision[] Parse(string row) =>
        row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c switch
        {
            "B" => SolicitationDecision.Block,
            "W" => SolicitationDecision.Warn,
            _ => SolicitationDecision.Allow,
        }).ToArray();
}

/// <summary>
/// A marketplace's review-solicitation policy. Built in: <see cref="Amazon"/>, <see cref="AliExpress"/>,
/// <see cref="Ebay"/>, <see cref="Taobao"/>, <see cref="OwnSite"/>; add others (<c>google</c>, <c>trustpilot</c>)
/// through <see cref="ReviewsOptions.Platforms"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReviewPlatformProfile : ReviewProfile
{
    // Column order: INCENTIVE-SENTIMENT INCENTIVE POSITIVE-ASK CHANGE-ASK REMOVE-ASK THREAT GATING FAKE CONTENT-STEER FREQUENCY TIMING QUIET-HOURS
    private static readonly Citation[] AmazonCitations =
    [
        ReviewCitations.AmazonReviews, ReviewCitations.AmazonReviews, ReviewCitations.AmazonReviews, ReviewCitations.AmazonProhibited,
        ReviewCitations.AmazonProhibited, ReviewCitations.AmazonReviews, ReviewCitations.AmazonProhibited, ReviewCitations.AmazonProhibited,
        ReviewCitations.AmazonReviews, ReviewCitations.AmazonOnePerOrder, ReviewCitations.AmazonSolicitationWindow, ReviewCitations.CheckerDefault,
    ];

    /// <summary>Creates a platform profile from options (which are copied).</summary>
    /// <param name="name">The platform's name as used in messages (matched case-insensitively), e.g. <c>google</c>.</param>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentException">The name is blank or the options are invalid; the message lists every problem.</exception>
    public ReviewPlatformProfile(string name, ReviewProfileOptions options)
        : base(name, ValidOptions(name, options))
    {
    }

    /// <summary>Amazon: everything blocks except quiet hours; one request per order, 5–30 days after delivery (research §2).</summary>
    public static ReviewPlatformProfile Amazon { get; } = new("amazon",
        Table(Parse("B B B B B B B B B B B W"), AmazonCitations, maxRequests: 1, earliestDays: 5, latestDays: 30));

    /// <summary>AliExpress: incentives, removal requests, threats, gating and fakes block; the rest warns (research §3, partly UNCONFIRMED).</summary>
    public static ReviewPlatformProfile AliExpress { get; } = new("aliexpress",
        Table(Parse("B B W W B B B B W W W W"), Repeat(ReviewCitations.AliExpressSeller, ReviewCitations.AliExpressEvaluation)));

    /// <summary>eBay: incentives, threats, gating and fakes block; asks and limits warn (research §7).</summary>
    public static ReviewPlatformProfile Ebay { get; } = new("ebay",
        Table(Parse("B B W W W B B B W W W W"), Repeat(ReviewCitations.Ebay, ReviewCitations.Ebay)));

    /// <summary>Taobao: incentives, positive asks, change and removal requests, threats, gating and fakes block (《淘宝网评价规范》).</summary>
    public static ReviewPlatformProfile Taobao { get; } = new("taobao",
        Table(Parse("B B B B B B B B W W W W"), Repeat(ReviewCitations.Taobao, ReviewCitations.Taobao)));

    /// <summary>The seller's own site: no platform opinion; the buyer market's law decides.</summary>
    public static ReviewPlatformProfile OwnSite { get; } = new("own-site",
        new ReviewProfileOptions { MaxRequestsPerOrder = null, MinimumGapHours = null, EarliestDaysAfterDelivery = null });

    /// <summary>The built-in platforms.</summary>
    public static ImmutableArray<ReviewPlatformProfile> BuiltIn { get; } = [Amazon, AliExpress, Ebay, Taobao, OwnSite];

    private static Citation[] Repeat(Citation conduct, Citation limits) =>
        [conduct, conduct, conduct, conduct, conduct, conduct, conduct, conduct, conduct, limits, limits, ReviewCitations.CheckerDefault];

    private static ReviewProfileOptions ValidOptions(string name, ReviewProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate($"Platforms[{name}]", isLaw: false).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(options));
        }

        return options;
    }
}

/// <summary>
/// A buyer market's law on review solicitation. Built in: <see cref="UnitedStates"/>, <see cref="EuropeanUnion"/>,
/// <see cref="UnitedKingdom"/>, <see cref="China"/>; markets without a profile use the fallback (EU by default).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReviewLawProfile : ReviewProfile
{
    /// <summary>Creates a law profile from options (which are copied).</summary>
    /// <param name="name">The profile's name, e.g. <c>US</c>.</param>
    /// <param name="options">The settings, including the markets the profile governs.</param>
    /// <exception cref="ArgumentException">The name is blank or the options are invalid; the message lists every problem.</exception>
    public ReviewLawProfile(string name, ReviewProfileOptions options)
        : base(name, ValidOptions(name, options))
    {
        Markets = [.. options.Markets.Select(CountryCode.Parse).Distinct().OrderBy(m => m)];
    }

    /// <summary>The buyer markets this profile governs.</summary>
    public ImmutableArray<CountryCode> Markets { get; }

    /// <summary>United States: FTC 16 CFR 465.4 (sentiment incentives), 255.5 (disclosure), 465.7(a) (threats), TCPA quiet hours.</summary>
    public static ReviewLawProfile UnitedStates { get; } = new("US", WithMarkets(Table(Parse("B W W W W B B B W W W W"),
    [
        ReviewCitations.Ftc4654, ReviewCitations.Ftc2555, ReviewCitations.FtcGuide, ReviewCitations.FtcAct, ReviewCitations.FtcAct, ReviewCitations.Ftc4657a,
        ReviewCitations.FtcGuide, ReviewCitations.Ftc4652, ReviewCitations.FtcGuide, ReviewCitations.CheckerDefault, ReviewCitations.CheckerDefault, ReviewCitations.Tcpa,
    ]), "US"));

    /// <summary>European Union: UCPD Annex I 23b/23c and the Commission's consumer-review guidance.</summary>
    public static ReviewLawProfile EuropeanUnion { get; } = new("EU", WithMarkets(Table(Parse("B W W W W B B B W W W W"),
    [
        ReviewCitations.EuUcpd23c, ReviewCitations.EuUcpd23c, ReviewCitations.EuGuidance, ReviewCitations.EuGuidance, ReviewCitations.EuGuidance, ReviewCitations.EuGuidance,
        ReviewCitations.EuGuidance, ReviewCitations.EuUcpd23c, ReviewCitations.EuUcpd23c, ReviewCitations.CheckerDefault, ReviewCitations.CheckerDefault, ReviewCitations.CheckerDefault,
    ]), CountryCode.All.Where(c => c.IsEuMember).Select(c => c.Value).ToArray()));

    /// <summary>United Kingdom: DMCC Act 2024 Sch. 20 para 13 and CMA guidance CMA208.</summary>
    public static ReviewLawProfile UnitedKingdom { get; } = new("GB", WithMarkets(Table(Parse("B W W W W B B B W W W W"),
    [
        ReviewCitations.UkDmcc13, ReviewCitations.UkDmcc13, ReviewCitations.UkCma208, ReviewCitations.UkCma208, ReviewCitations.UkCma208, ReviewCitations.UkCma208,
        ReviewCitations.UkCma208, ReviewCitations.UkDmcc13, ReviewCitations.UkDmcc13, ReviewCitations.CheckerDefault, ReviewCitations.CheckerDefault, ReviewCitations.CheckerDefault,
    ]), "GB"));

    /// <summary>China: SAMR 网络反不正当竞争暂行规定 Art. 9(5); every incentive blocks (our policy: incentives are sentiment-coded in China).</summary>
    public static ReviewLawProfile China { get; } = new("CN", WithMarkets(Table(Parse("B B W W W B B B W W W W"),
    [
        ReviewCitations.Samr95, ReviewCitations.Samr95, ReviewCitations.Samr95, ReviewCitations.CnConsumerRegs9, ReviewCitations.CnConsumerRegs9, ReviewCitations.CnCivilCode1033,
        ReviewCitations.CnConsumerRegs9, ReviewCitations.CnEcommerce17, ReviewCitations.Samr95, ReviewCitations.CnCivilCode1033, ReviewCitations.CheckerDefault, ReviewCitations.CnCivilCode1033,
    ]), "CN"));

    /// <summary>The built-in law profiles.</summary>
    public static ImmutableArray<ReviewLawProfile> BuiltIn { get; } = [UnitedStates, EuropeanUnion, UnitedKingdom, China];

    private static ReviewProfileOptions WithMarkets(ReviewProfileOptions options, params string[] markets)
    {
        options.Markets.AddRange(markets);
        return options;
    }

    private static ReviewProfileOptions ValidOptions(string name, ReviewProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate($"Laws[{name}]", isLaw: true).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(options));
        }

        return options;
    }
}
