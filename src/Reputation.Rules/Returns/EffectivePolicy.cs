using System.Collections.Immutable;
using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>
/// The policy that governs one return case after the layers are combined (strictest for the buyer wins), with the
/// layer and rule behind each parameter: the return window, whether the goods are exempt, the refund deadline of each
/// layer and the one in force, the payment-method rule and the treatment of each declared deduction.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct EffectivePolicy
{
    internal EffectivePolicy(
        SellerPolicy seller,
        LawProfile? law,
        bool lawApplies,
        MarketplaceProfile? marketplace,
        PolicySetting<LocalDate> returnWindowEnds,
        PolicySetting<bool> goodsExempt,
        PolicySetting<bool> originalPaymentMethodRequired,
        PolicySetting<LocalDate>? refundDueBy,
        PolicySetting<LocalDate>? lawRefundDeadline,
        LocalDate? marketplaceRefundDeadline,
        LocalDate? sellerRefundDeadline,
        ImmutableArray<DeductionDecision> deductions)
    {
        Seller = seller;
        Law = law;
        LawApplies = lawApplies;
        Marketplace = marketplace;
        ReturnWindowEnds = returnWindowEnds;
        GoodsExempt = goodsExempt;
        OriginalPaymentMethodRequired = originalPaymentMethodRequired;
        RefundDueBy = refundDueBy;
        LawRefundDeadline = lawRefundDeadline;
        MarketplaceRefundDeadline = marketplaceRefundDeadline;
        SellerRefundDeadline = sellerRefundDeadline;
        Deductions = deductions.IsDefault ? ImmutableArray<DeductionDecision>.Empty : deductions;
    }

    /// <summary>The seller policy in force (the case's, or the engine's defaults).</summary>
    public SellerPolicy Seller { get; }

    /// <summary>The buyer market's law profile, or null when the market has none.</summary>
    public LawProfile? Law { get; }

    /// <summary>Whether the law profile governs this case (false without one, and for AU change-of-mind returns).</summary>
    public bool LawApplies { get; }

    /// <summary>The marketplace profile, or null for a direct sale.</summary>
    public MarketplaceProfile? Marketplace { get; }

    /// <summary>The last day a return request is timely: the longest of the layers' windows.</summary>
    public PolicySetting<LocalDate> ReturnWindowEnds { get; }

    /// <summary>Whether the goods are exempt from return, and who decided (the law when it regulates the case).</summary>
    public PolicySetting<bool> GoodsExempt { get; }

    /// <summary>Whether the refund must go to the original payment method (always, through the seller layer at least).</summary>
    public PolicySetting<bool> OriginalPaymentMethodRequired { get; }

    /// <summary>
    /// The refund deadline in force: the earliest deadline any layer sets (ties named law, marketplace, seller), or
    /// null when no start event has happened or a valid refusal means nothing is due.
    /// </summary>
    public PolicySetting<LocalDate>? RefundDueBy { get; }

    /// <summary>The law layer's refund deadline, or null.</summary>
    public PolicySetting<LocalDate>? LawRefundDeadline { get; }

    /// <summary>The marketplace layer's refund deadline, or null.</summary>
    public LocalDate? MarketplaceRefundDeadline { get; }

    /// <summary>The seller layer's refund deadline, or null.</summary>
    public LocalDate? SellerRefundDeadline { get; }

    /// <summary>The declared deductions, one entry per kind, in kind order; empty when none were declared.</summary>
    public ImmutableArray<DeductionDecision> Deductions { get; }
}
