using System.Collections.Immutable;

namespace Reputation.Rules.Returns;

/// <summary>The descriptors of the built-in return rules. Rule ids are part of the public contract.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ReturnRuleDescriptors
{
    /// <summary>The engine name of the return rules.</summary>
    public const string Engine = "returns";

    /// <summary><c>RET-PARTIAL-REFUND</c>: the case has a refund, and refunds made by the as-of date total less than the amount due.</summary>
    public static RuleDescriptor PartialRefund { get; } = new(
        "RET-PARTIAL-REFUND",
        Engine,
        "Refund less than the amount due",
        Severity.Violation,
        [LawProfile.Eu.RefundCitation!, LawProfile.Eu.DeductionCitation, LawProfile.Gb.DeductionCitation, LawProfile.Cn.DeductionCitation, LawProfile.Br.DeductionCitation]);

    /// <summary><c>RET-REFUSED</c>: the seller refused a return that was timely and not exempt.</summary>
    public static RuleDescriptor Refused { get; } = new(
        "RET-REFUSED",
        Engine,
        "Return refused without a valid ground",
        Severity.Violation,
        [LawProfile.Eu.ExemptionCitation!, LawProfile.Gb.ExemptionCitation!, LawProfile.Cn.ExemptionCitation!, ReturnCitations.FaultyGoodsWindow]);

    /// <summary><c>RET-LATE</c>: the deadline has passed and the refunds made by it total less than the amount due.</summary>
    public static RuleDescriptor Late { get; } = new(
        "RET-LATE",
        Engine,
        "Refund later than the deadline",
        Severity.Violation,
        [LawProfile.Eu.RefundCitation!, LawProfile.Gb.RefundCitation!, LawProfile.Cn.RefundCitation!, LawProfile.Kr.RefundCitation!, MarketplaceProfile.Amazon.Citation, ReturnCitations.SellerRefund]);

    /// <summary><c>RET-PAYMENT-METHOD</c>: a refund went to another method without the buyer's agreement.</summary>
    public static RuleDescriptor PaymentMethod { get; } = new(
        "RET-PAYMENT-METHOD",
        Engine,
        "Refund not made to the original payment method",
        Severity.Violation,
        [LawProfile.Eu.PaymentMethodCitation!, LawProfile.Gb.PaymentMethodCitation!, LawProfile.Cn.PaymentMethodCitation!, LawProfile.Au.PaymentMethodCitation!, ReturnCitations.SellerPaymentMethod]);

    /// <summary><c>RET-POLICY-BELOW-LAW</c>: the seller's policy promises less than a layer requires.</summary>
    public static RuleDescriptor PolicyBelowLaw { get; } = new(
        "RET-POLICY-BELOW-LAW",
        Engine,
        "Seller policy below a layer's minimum",
        Severity.Warning,
        [new Citation("EU Directive 2011/83/EU", "Art. 9(1)"), ReturnCitations.GbNoRestockingFee, LawProfile.Cn.WindowCitation!, MarketplaceProfile.Amazon.WindowCitation]);

    /// <summary><c>RET-DUE-SOON</c>: the refund is incomplete and the deadline is at most a working day away.</summary>
    public static RuleDescriptor DueSoon { get; } = new(
        "RET-DUE-SOON",
        Engine,
        "Refund deadline is close",
        Severity.Warning,
        [LawProfile.Eu.RefundCitation!, ReturnCitations.SellerRefund]);

    /// <summary><c>RET-NO-LAW-PROFILE</c>: the buyer market has no law profile; seller and marketplace layers decide.</summary>
    public static RuleDescriptor NoLawProfile { get; } = new(
        "RET-NO-LAW-PROFILE",
        Engine,
        "No law profile for the buyer market",
        Severity.Info);

    /// <summary><c>RET-CALENDAR-ESTIMATE</c>: a deadline was counted without holiday data (Saturday–Sunday weekend only).</summary>
    public static RuleDescriptor CalendarEstimate { get; } = new(
        "RET-CALENDAR-ESTIMATE",
        Engine,
        "Deadline counted without holiday data",
        Severity.Info);

    /// <summary>Every built-in return rule, in evaluation order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
        [PartialRefund, Refused, Late, PaymentMethod, PolicyBelowLaw, DueSoon, NoLawProfile, CalendarEstimate];
}
