namespace Reputation.Rules.Returns;

/// <summary>The citations of the seller layer, the buyer-protection defaults and the law rules that need more than one citation.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ReturnCitations
{
    /// <summary>The seller's return window (<c>returnWindowDays</c> after delivery).</summary>
    public static Citation SellerWindow { get; } = new("Seller return policy", "return window");

    /// <summary>The seller's refund promise (<c>refundWithinWorkingDays</c> after the goods are received back).</summary>
    public static Citation SellerRefund { get; } = new("Seller return policy", "refund promise");

    /// <summary>The seller's deduction rules: informed return shipping, the declared restocking fee, the express premium.</summary>
    public static Citation SellerDeductions { get; } = new("Seller return policy", "deductions");

    /// <summary>The seller guide's rule: refunds go to the original payment method, in every market.</summary>
    public static Citation SellerPaymentMethod { get; } = new("Seller guide", "refund to the original payment method");

    /// <summary>Where no law layer governs change-of-mind returns, the seller may refuse goods other than standard ones.</summary>
    public static Citation SellerExemptions { get; } = new("Seller return policy", "non-standard goods may be refused where no law layer applies");

    /// <summary>Faulty or not-as-described goods: the window is at least 30 days after delivery (modelled on UK CRA 2015 s. 22(3)).</summary>
    public static Citation FaultyGoodsWindow { get; } = new("Reputation.Rules buyer protection", "faulty or not-as-described goods: window at least 30 days after delivery (modelled on UK Consumer Rights Act 2015 s. 22(3))");

    /// <summary>Faulty or not-as-described goods are never exempt from return.</summary>
    public static Citation FaultyGoodsNeverExempt { get; } = new("Reputation.Rules buyer protection", "faulty or not-as-described goods are never exempt");

    /// <summary>
    /// The seller bears the cost of returning faulty or not-as-described goods (UK CRA 2015 s. 20(8); PRC CPL Art. 24;
    /// Korea E-Commerce Act Art. 18(10); ACL s. 263(3)).
    /// </summary>
    public static Citation FaultyGoodsReturnCost { get; } = new("Reputation.Rules buyer protection", "the seller bears return costs of faulty or not-as-described goods (UK CRA 2015 s. 20(8); PRC CPL Art. 24; Korea E-Commerce Act Art. 18(10))");

    /// <summary>EU: the window is extended by 12 months when withdrawal information was not given.</summary>
    public static Citation EuExtendedWindow { get; } = new("EU Directive 2011/83/EU", "Art. 10(1); Reg. 1182/71 Art. 3(4)");

    /// <summary>GB: the window is extended by 12 months when the information was not given.</summary>
    public static Citation GbExtendedWindow { get; } = new("UK Consumer Contracts Regulations 2013", "reg. 31");

    /// <summary>GB: the short-term right to reject faulty goods lasts 30 days after delivery.</summary>
    public static Citation GbFaultyWindow { get; } = new("UK Consumer Rights Act 2015", "s. 22(3)");

    /// <summary>GB: with collection offered, the refund is due 14 days after the trader is informed.</summary>
    public static Citation GbCollectionRefund { get; } = new("UK Consumer Contracts Regulations 2013", "reg. 34(6)");

    /// <summary>GB: the restocking-fee ban (no costs beyond reg. 34 and 35).</summary>
    public static Citation GbNoRestockingFee { get; } = new("UK Consumer Contracts Regulations 2013", "reg. 29(1)");

    /// <summary>EU: the restocking-fee ban (no costs beyond Art. 13(2) and 14).</summary>
    public static Citation EuNoRestockingFee { get; } = new("EU Directive 2011/83/EU", "Art. 9(1)");

    /// <summary>RU: 3 months when the written return information was not given.</summary>
    public static Citation RuExtendedWindow { get; } = new("RF Law on Protection of Consumer Rights", "Art. 26.1(4) (3 months without return information); Civil Code Art. 193");

    /// <summary>The seller guide's rule: no partial refunds unless the buyer explicitly asked (the return fee may then be deducted).</summary>
    public static Citation SellerFullRefund { get; } = new("Seller guide", "no partial refunds unless the buyer explicitly asked");
}
