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
    private readonly ReturnReason _reason;
    private readonly GoodsCategory _goods;

    internal EffectivePolicy(
        SellerPolicy seller,
        LawProfile? law,
        ReturnRequest request,
        MarketplaceProfile? marketplace,
        PolicySetting<LocalDate> returnWindowEnds,
        PolicySetting<LocalDate>? refundDueBy,
        PolicySetting<LocalDate>? lawRefundDeadline,
        LocalDate? marketplaceRefundDeadline,
        LocalDate? sellerRefundDeadline,
        ImmutableArray<DeductionDecision> deductions)
    {
        Seller = seller;
        Law = law;
        _reason = request.Reason;
        _goods = request.Goods;
        Marketplace = marketplace;
        ReturnWindowEnds = returnWindowEnds;
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
    public bool LawApplies => Applies(Law, _reason);

    /// <summary>The marketplace profile, or null for a direct sale.</summary>
    public MarketplaceProfile? Marketplace { get; }

    /// <summary>The last day a return request is timely: the longest of the layers' windows.</summary>
    public PolicySetting<LocalDate> ReturnWindowEnds { get; }

    /// <summary>
    /// Whether the goods are exempt from a change-of-mind return, and who decided: never for faulty or not-as-described
    /// goods (buyer protection); the law when it regulates the case; otherwise the seller may refuse non-standard goods.
    /// </summary>
    public PolicySetting<bool> GoodsExempt => Exemption(Seller, Law, _reason, _goods);

    /// <summary>
    /// Whether the refund must go to the original payment method: always (the seller layer requires it); the layer named
    /// is the strictest that requires it (law, then marketplace, then seller).
    /// </summary>
    public PolicySetting<bool> OriginalPaymentMethodRequired =>
        Applies(Law, _reason) && Law!.RequiresOriginalPaymentMethod
            ? new(true, PolicyLayer.Law, Law.PaymentMethodCitation!)
            : Marketplace is { RequiresOriginalPaymentMethod: true }
                ? new(true, PolicyLayer.Marketplace, Marketplace.Citation)
                : new(true, PolicyLayer.Seller, ReturnCitations.SellerPaymentMethod);

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

    internal static bool Applies(LawProfile? law, ReturnReason reason) =>
        law is not null && (reason != ReturnReason.ChangeOfMind || law.AppliesToChangeOfMind);

    internal static PolicySetting<bool> Exemption(SellerPolicy seller, LawProfile? law, ReturnReason reason, GoodsCategory goods)
    {
        if (reason != ReturnReason.ChangeOfMind)
        {
            return new(false, PolicyLayer.BuyerProtection, ReturnCitations.FaultyGoodsNeverExempt);
        }

        if (Applies(law, reason) && law!.IsExempt(goods, seller) is { } lawSays)
        {
            return new(lawSays, PolicyLayer.Law, law.ExemptionCitation!);
        }

        return new(goods != GoodsCategory.Standard, PolicyLayer.Seller, ReturnCitations.SellerExemptions);
    }
}
