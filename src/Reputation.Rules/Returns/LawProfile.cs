using System.Collections.Immutable;
using System.Linq;

namespace Reputation.Rules.Returns;

/// <summary>
/// A buyer market's consumer law on returns (the law layer): the return window, the refund clock, exempt goods,
/// allowed deductions and the payment-method rule, each with its citation. One profile serves all EU member states
/// (counted on the member state's calendar). Facts and articles: <c>docs/sources/returns-law.md</c> §0–§4.
/// </summary>
/// <remarks>
/// The built-in profiles are <see cref="Eu"/>, <see cref="Gb"/>, <see cref="Cn"/>, <see cref="Kr"/>, <see cref="Br"/>,
/// <see cref="Ru"/>, <see cref="Jp"/>, <see cref="Au"/> and <see cref="Us"/>; a market without one (for example AE or
/// SA) has no statutory layer unless one is added with <see cref="Create"/> (in code) or
/// <c>ReputationRules:Returns:Laws:XX</c> (configuration). This type is immutable and thread-safe.
/// </remarks>
public sealed class LawProfile
{
    private LawProfile(
        LawKind kind,
        string id,
        string name,
        int? minimumReturnWindowDays,
        bool forbidsRestockingFee,
        bool appliesToChangeOfMind,
        bool requiresOriginalPaymentMethod,
        Citation? refundCitation,
        Citation? windowCitation,
        Citation? exemptionCitation,
        Citation deductionCitation,
        Citation? paymentMethodCitation)
    {
        Kind = kind;
        Id = id;
        Name = name;
        MinimumReturnWindowDays = minimumReturnWindowDays;
        ForbidsRestockingFee = forbidsRestockingFee;
        AppliesToChangeOfMind = appliesToChangeOfMind;
        RequiresOriginalPaymentMethod = requiresOriginalPaymentMethod;
        RefundCitation = refundCitation;
        WindowCitation = windowCitation;
        ExemptionCitation = exemptionCitation;
        DeductionCitation = deductionCitation;
        PaymentMethodCitation = paymentMethodCitation;
    }

    private LawProfile(LawProfileDefinition definition)
        : this(
            LawKind.Custom,
            definition.Id,
            definition.Name,
            definition.ReturnWindow?.Days,
            forbidsRestockingFee: false,
            definition.AppliesToChangeOfMind,
            definition.RequiresOriginalPaymentMethod,
            definition.RefundClock?.Citation,
            definition.ReturnWindow?.Citation,
            definition.ExemptionCitation,
            definition.DeductionCitation,
            definition.PaymentMethodCitation)
    {
        Definition = definition;
        ForbidsRestockingFee = CheckDeduction(DeductionKind.RestockingFee, ReturnReason.ChangeOfMind, BuyerPolicyForChecks) == LawDeductionRule.Forbidden;
    }

    internal enum LawKind
    {
        Custom = -1,
        Eu,
        Gb,
        Cn,
        Kr,
        Br,
        Ru,
        Jp,
        Au,
        Us,
    }

    /// <summary>
    /// EU Consumer Rights Directive 2011/83/EU. Window 14 days after delivery, rolled forward to the member state's
    /// next working day (Reg. 1182/71 Art. 3(4)); +12 months without withdrawal information (Art. 10(1)). Refund 14 days
    /// after the seller is informed, withheld (unless it offered collection) until the goods or evidence of sending
    /// arrive (Art. 13(1), 13(3)). Deductions: express-delivery premium, informed return shipping, diminished value
    /// (with information); never a restocking fee (Art. 9(1), 13(2), 14). All non-standard goods exempt (Art. 16).
    /// </summary>
    public static LawProfile Eu { get; } = new(
        LawKind.Eu,
        "EU",
        "European Union: Consumer Rights Directive 2011/83/EU",
        minimumReturnWindowDays: 14,
        forbidsRestockingFee: true,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: true,
        refundCitation: new Citation("EU Directive 2011/83/EU", "Art. 13(1)"),
        windowCitation: new Citation("EU Directive 2011/83/EU", "Art. 9(2)(b); Reg. 1182/71 Art. 3(4)"),
        exemptionCitation: new Citation("EU Directive 2011/83/EU", "Art. 16"),
        deductionCitation: new Citation("EU Directive 2011/83/EU", "Art. 9(1), 13(2), 14(1)-(2)"),
        paymentMethodCitation: new Citation("EU Directive 2011/83/EU", "Art. 13(1)"));

    /// <summary>
    /// United Kingdom: Consumer Contracts Regulations 2013. Window 14 days after delivery, not rolled (reg. 30); +12
    /// months without information (reg. 31); faulty goods 30 days (Consumer Rights Act 2015 s. 22(3)). Refund 14 days
    /// after the earlier of receipt and evidence of sending (reg. 34(5)), or after the request when collection is
    /// offered (reg. 34(6)). Deductions as in the EU; no restocking fee. All non-standard goods exempt (reg. 28).
    /// </summary>
    public static LawProfile Gb { get; } = new(
        LawKind.Gb,
        "GB",
        "United Kingdom: Consumer Contracts Regulations 2013 (SI 2013/3134)",
        minimumReturnWindowDays: 14,
        forbidsRestockingFee: true,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: true,
        refundCitation: new Citation("UK Consumer Contracts Regulations 2013", "reg. 34(5)"),
        windowCitation: new Citation("UK Consumer Contracts Regulations 2013", "reg. 30"),
        exemptionCitation: new Citation("UK Consumer Contracts Regulations 2013", "reg. 28"),
        deductionCitation: new Citation("UK Consumer Contracts Regulations 2013", "reg. 29(1), 34(2)-(3), 34(9)-(11), 35(5)"),
        paymentMethodCitation: new Citation("UK Consumer Contracts Regulations 2013", "reg. 34(7)-(8)"));

    /// <summary>
    /// China: Consumer Rights Protection Law Art. 25 and the SAMR Interim Measures for 7-day no-reason returns. Window
    /// 7 days after delivery, rolled forward over CN rest days (Measures Art. 10; Civil Code Art. 203). Refund 7
    /// calendar days after receipt (Art. 25; Measures Art. 13). Deductions: card fee, promotion re-pricing, lost free
    /// shipping, unreturned gift (Measures Arts. 12, 16–18); return shipping is the buyer's on change of mind. Exempt:
    /// custom-made, perishable, opened media, started digital content, newspapers (Measures Art. 6).
    /// </summary>
    public static LawProfile Cn { get; } = new(
        LawKind.Cn,
        "CN",
        "China: Consumer Rights Protection Law Art. 25 and SAMR 7-day no-reason return Measures",
        minimumReturnWindowDays: 7,
        forbidsRestockingFee: true,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: true,
        refundCitation: new Citation("PRC Consumer Rights Protection Law", "Art. 25; SAMR 7-day Measures Art. 13"),
        windowCitation: new Citation("PRC Consumer Rights Protection Law", "Art. 25; SAMR 7-day Measures Art. 10; Civil Code Art. 203"),
        exemptionCitation: new Citation("PRC Consumer Rights Protection Law", "Art. 25; SAMR 7-day Measures Art. 6"),
        deductionCitation: new Citation("SAMR 7-day Measures (SAMR Order 31/2020)", "Arts. 12, 16-18"),
        paymentMethodCitation: new Citation("SAMR 7-day Measures (SAMR Order 31/2020)", "Art. 14"));

    /// <summary>
    /// South Korea: Act on Consumer Protection in Electronic Commerce. Window 7 days (Art. 17(1)), rolled forward
    /// (Civil Act Art. 161). Refund 3 business days after receipt on the KR calendar (Art. 18(1)). Deductions: return
    /// shipping on change of mind only (Art. 18(9)). Exempt: custom-made, opened media, started digital content (Art. 17(2)).
    /// </summary>
    public static LawProfile Kr { get; } = new(
        LawKind.Kr,
        "KR",
        "South Korea: Act on Consumer Protection in Electronic Commerce",
        minimumReturnWindowDays: 7,
        forbidsRestockingFee: false,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: false,
        refundCitation: new Citation("Korea E-Commerce Consumer Protection Act", "Art. 18(1)"),
        windowCitation: new Citation("Korea E-Commerce Consumer Protection Act", "Art. 17(1); Civil Act Art. 161"),
        exemptionCitation: new Citation("Korea E-Commerce Consumer Protection Act", "Art. 17(2)"),
        deductionCitation: new Citation("Korea E-Commerce Consumer Protection Act", "Art. 18(9)"),
        paymentMethodCitation: null);

    /// <summary>
    /// Brazil: Consumer Defence Code art. 49. Window 7 days, rolled forward (Civil Code art. 132 §1). Refund
    /// "immediately", modelled as 1 calendar day after the request (an interpretation). No deductions; the seller pays
    /// return postage (STJ REsp 1.340.604). No exempt goods.
    /// </summary>
    public static LawProfile Br { get; } = new(
        LawKind.Br,
        "BR",
        "Brazil: Consumer Defence Code (Law 8.078/1990) art. 49",
        minimumReturnWindowDays: 7,
        forbidsRestockingFee: true,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: true,
        refundCitation: new Citation("Brazil Consumer Defence Code", "art. 49 sole paragraph"),
        windowCitation: new Citation("Brazil Consumer Defence Code", "art. 49; Civil Code art. 132 §1"),
        exemptionCitation: new Citation("Brazil Consumer Defence Code", "art. 49"),
        deductionCitation: new Citation("Brazil Consumer Defence Code", "art. 49 sole paragraph; STJ REsp 1.340.604/RJ"),
        paymentMethodCitation: new Citation("Brazil Decree 7.962/2013", "art. 5 §3"));

    /// <summary>
    /// Russia: Law on Protection of Consumer Rights Art. 26.1(4). Window 7 days after delivery, 3 months without written
    /// return information, rolled forward (Civil Code Art. 193). Refund 10 calendar days after the claim. Deductions:
    /// the seller's cost of bringing the goods back only. Exempt: custom-made goods.
    /// </summary>
    public static LawProfile Ru { get; } = new(
        LawKind.Ru,
        "RU",
        "Russia: Law on Protection of Consumer Rights Art. 26.1",
        minimumReturnWindowDays: 7,
        forbidsRestockingFee: false,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: false,
        refundCitation: new Citation("RF Law on Protection of Consumer Rights", "Art. 26.1(4)"),
        windowCitation: new Citation("RF Law on Protection of Consumer Rights", "Art. 26.1(4); Civil Code Art. 193"),
        exemptionCitation: new Citation("RF Law on Protection of Consumer Rights", "Art. 26.1(4)"),
        deductionCitation: new Citation("RF Law on Protection of Consumer Rights", "Art. 26.1(4)"),
        paymentMethodCitation: null);

    /// <summary>
    /// Japan: Act on Specified Commercial Transactions Art. 15-3. Only when the seller displayed no return terms: a
    /// window of 8 days counted from and including the delivery day, with no exempt goods. No refund clock.
    /// </summary>
    public static LawProfile Jp { get; } = new(
        LawKind.Jp,
        "JP",
        "Japan: Act on Specified Commercial Transactions Art. 15-3",
        minimumReturnWindowDays: null,
        forbidsRestockingFee: false,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: false,
        refundCitation: null,
        windowCitation: new Citation("Japan Act on Specified Commercial Transactions", "Art. 15-3(1)"),
        exemptionCitation: new Citation("Japan Act on Specified Commercial Transactions", "Art. 15-3(1)"),
        deductionCitation: new Citation("Japan Act on Specified Commercial Transactions", "Art. 15-3(2)"),
        paymentMethodCitation: null);

    /// <summary>
    /// Australia: Australian Consumer Law. No change-of-mind right, so this layer applies only to faulty or
    /// not-as-described returns: no deductions and no restocking fee, refund in money not store credit (s. 263(4)–(5)).
    /// No refund clock.
    /// </summary>
    public static LawProfile Au { get; } = new(
        LawKind.Au,
        "AU",
        "Australia: Australian Consumer Law (Sch. 2 Competition and Consumer Act 2010)",
        minimumReturnWindowDays: null,
        forbidsRestockingFee: true,
        appliesToChangeOfMind: false,
        requiresOriginalPaymentMethod: true,
        refundCitation: null,
        windowCitation: null,
        exemptionCitation: null,
        deductionCitation: new Citation("Australian Consumer Law", "s. 263(4)-(5)"),
        paymentMethodCitation: new Citation("Australian Consumer Law", "s. 263(5)"));

    /// <summary>
    /// United States (federal): no statutory change-of-mind return right (16 CFR 435.1 covers unshipped orders only),
    /// so the marketplace and seller layers govern. This profile sets nothing; it exists so US buyers are not reported
    /// as lacking a law profile.
    /// </summary>
    public static LawProfile Us { get; } = new(
        LawKind.Us,
        "US",
        "United States: no federal statutory return right (marketplace and seller layers govern)",
        minimumReturnWindowDays: null,
        forbidsRestockingFee: false,
        appliesToChangeOfMind: true,
        requiresOriginalPaymentMethod: false,
        refundCitation: null,
        windowCitation: null,
        exemptionCitation: null,
        deductionCitation: new Citation("US federal law", "no statutory return right; 16 CFR 435.1 covers unshipped orders only"),
        paymentMethodCitation: null);

    /// <summary>Every built-in law profile.</summary>
    public static ImmutableArray<LawProfile> All { get; } = [Eu, Gb, Cn, Kr, Br, Ru, Jp, Au, Us];

    /// <summary>
    /// The profile's short id: <c>EU</c>, <c>GB</c>, <c>CN</c>, <c>KR</c>, <c>BR</c>, <c>RU</c>, <c>JP</c>, <c>AU</c> or
    /// <c>US</c> for the built-in profiles; the definition's id (the market code when configured) otherwise.
    /// </summary>
    public string Id { get; }

    /// <summary>A readable name with the main statute.</summary>
    public string Name { get; }

    /// <summary>
    /// The statutory minimum return window in days after delivery (EU/GB 14, CN/KR/BR/RU 7; a described profile's
    /// <see cref="LawReturnWindow.Days"/>, also when it counts working days), or null.
    /// </summary>
    public int? MinimumReturnWindowDays { get; }

    /// <summary>Whether the law forbids restocking fees on the refunds it requires (EU, GB, CN, BR, AU).</summary>
    public bool ForbidsRestockingFee { get; }

    /// <summary>
    /// The declarative description of a profile made with <see cref="Create"/> (or from configuration), or null for
    /// the built-in profiles, whose rules are documented in <c>docs/sources/returns-law.md</c>.
    /// </summary>
    public LawProfileDefinition? Definition { get; }

    /// <summary>Whether the profile governs change-of-mind returns (false for AU, which has no change-of-mind right).</summary>
    public bool AppliesToChangeOfMind { get; }

    /// <summary>Whether the law requires the refund to use the original payment method.</summary>
    public bool RequiresOriginalPaymentMethod { get; }

    /// <summary>The rule of the refund clock, or null when the law sets none (JP, AU, US).</summary>
    public Citation? RefundCitation { get; }

    /// <summary>The rule of the return window, or null when the law sets none.</summary>
    public Citation? WindowCitation { get; }

    /// <summary>The rule on exempt goods, or null when the law does not regulate them.</summary>
    public Citation? ExemptionCitation { get; }

    /// <summary>The rule on deductions.</summary>
    public Citation DeductionCitation { get; }

    /// <summary>The rule on the payment method of the refund, or null.</summary>
    public Citation? PaymentMethodCitation { get; }

    internal LawKind Kind { get; }

    /// <summary>A seller policy for checks that do not depend on it (custom profiles never read it).</summary>
    private static SellerPolicy BuyerPolicyForChecks { get; } = new();

    /// <summary>
    /// Creates a law profile from a declarative description, for a market without a built-in profile (AE, SA, …) or to
    /// replace one. Give it to the engine (<see cref="ReturnComplianceEngine"/>'s <c>laws</c> argument) to use it.
    /// </summary>
    /// <param name="definition">The description.</param>
    /// <returns>The profile; its <see cref="Definition"/> is <paramref name="definition"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The description is invalid; the message lists every problem.</exception>
    public static LawProfile Create(LawProfileDefinition definition)
    {
        System.ArgumentNullException.ThrowIfNull(definition);
        var problems = definition.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new System.ArgumentException($"The law profile '{definition.Id}' is invalid: " + string.Join(" ", problems), nameof(definition));
        }

        return new LawProfile(definition);
    }

    /// <summary>The citation of the rule on <paramref name="kind"/>: the term's own, else the profile's deduction citation.</summary>
    internal Citation DeductionCitationFor(DeductionKind kind) =>
        Definition is { } d && d.Deductions.TryGetValue(kind, out var term) && term.Citation is { } own ? own : DeductionCitation;

    /// <summary>For a custom profile's capped kind: the cap as a percent of the items total; otherwise null.</summary>
    internal decimal? DeductionCapPercent(DeductionKind kind) =>
        Definition is { } d && d.Deductions.TryGetValue(kind, out var term) && term.Rule == LawDeductionRule.Capped ? term.CapPercentOfItemsTotal : null;

    /// <summary>
    /// The built-in law profile of a buyer market, or null when there is none (for example AE, SA, CA). Profiles added
    /// with <see cref="Create"/> or <c>ReputationRules:Returns:Laws</c> are known to the engine that was given them, not here.
    /// </summary>
    /// <param name="market">The buyer market.</param>
    /// <returns>The profile (<see cref="Eu"/> for every EU member state), or null.</returns>
    public static LawProfile? ForMarket(CountryCode market)
    {
        if (market.IsEuMember)
        {
            return Eu;
        }

        return market.Value switch
        {
            "GB" => Gb,
            "CN" => Cn,
            "KR" => Kr,
            "BR" => Br,
            "RU" => Ru,
            "JP" => Jp,
            "AU" => Au,
            "US" => Us,
            _ => null,
        };
    }

    /// <summary>Whether the law regards <paramref name="goods"/> as exempt from a change-of-mind return, or null when it does not regulate this case.</summary>
    /// <param name="goods">The goods category.</param>
    /// <param name="seller">The seller's policy (Japan's rule depends on whether return terms were displayed).</param>
    /// <returns>True or false when the law decides; null when it leaves it to the seller.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="seller"/> is null.</exception>
    public bool? IsExempt(GoodsCategory goods, SellerPolicy seller)
    {
        System.ArgumentNullException.ThrowIfNull(seller);
        return Kind switch
        {
            LawKind.Eu or LawKind.Gb => goods != GoodsCategory.Standard,
            LawKind.Cn => goods is GoodsCategory.CustomMade or GoodsCategory.Perishable or GoodsCategory.SealedMediaOpened
                or GoodsCategory.DigitalStarted or GoodsCategory.Newspaper,
            LawKind.Kr => goods is GoodsCategory.CustomMade or GoodsCategory.SealedMediaOpened or GoodsCategory.DigitalStarted,
            LawKind.Ru => goods is GoodsCategory.CustomMade,
            LawKind.Br => false,
            LawKind.Jp => seller.ReturnTermsDisplayed ? null : false,
            LawKind.Custom => Definition!.ExemptGoods.Contains(goods),
            _ => null,
        };
    }

    /// <summary>What the law says about a deduction of <paramref name="kind"/>.</summary>
    /// <param name="kind">The deduction kind.</param>
    /// <param name="reason">The return reason.</param>
    /// <param name="seller">The seller's policy (what the buyer was told).</param>
    /// <returns>Whether the law allows it, forbids it, or does not regulate deductions.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="seller"/> is null.</exception>
    public LawDeductionRule CheckDeduction(DeductionKind kind, ReturnReason reason, SellerPolicy seller)
    {
        System.ArgumentNullException.ThrowIfNull(seller);
        if (kind == DeductionKind.BuyerRequested)
        {
            return LawDeductionRule.Allowed;
        }

        if (Kind == LawKind.Custom)
        {
            // A kind the description does not list is forbidden: the buyer-protective reading.
            return Definition!.Deductions.TryGetValue(kind, out var term) ? term.Rule : LawDeductionRule.Forbidden;
        }

        var changeOfMind = reason == ReturnReason.ChangeOfMind;
        bool allowed;
        switch (Kind)
        {
            case LawKind.Eu:
            case LawKind.Gb:
                allowed = kind == DeductionKind.ExpressDeliveryPremium
                    || (kind == DeductionKind.ReturnShipping && seller.BuyerPaysReturnInformed)
                    || (kind == DeductionKind.DiminishedValue && seller.WithdrawalInfoGiven);
                break;
            case LawKind.Cn:
                allowed = kind == DeductionKind.CardFee || kind == DeductionKind.PromotionRepricing
                    || kind == DeductionKind.LostFreeShipping || kind == DeductionKind.UnreturnedGift
                    || (kind == DeductionKind.ReturnShipping && changeOfMind);
                break;
            case LawKind.Kr:
                allowed = kind == DeductionKind.ReturnShipping && changeOfMind;
                break;
            case LawKind.Ru:
                allowed = kind == DeductionKind.ReturnShipping;
                break;
            case LawKind.Br:
            case LawKind.Au:
                allowed = false;
                break;
            default:
                return LawDeductionRule.NotRegulated;
        }

        return allowed ? LawDeductionRule.Allowed : LawDeductionRule.Forbidden;
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>What a law profile says about one deduction kind.</summary>
public enum LawDeductionRule
{
    /// <summary>The law does not restrict deductions (JP, US).</summary>
    NotRegulated = 0,

    /// <summary>The law allows this deduction.</summary>
    Allowed = 1,

    /// <summary>The law forbids this deduction.</summary>
    Forbidden = 2,

    /// <summary>The law allows this deduction up to a cap (custom profiles: a percent of the items total).</summary>
    Capped = 3,
}
