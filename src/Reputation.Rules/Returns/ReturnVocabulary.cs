namespace Reputation.Rules.Returns;

/// <summary>Why the buyer returns the goods. Wire names: <c>change-of-mind</c>, <c>faulty</c>, <c>not-as-described</c>.</summary>
public enum ReturnReason
{
    /// <summary>The buyer withdraws without giving a reason (statutory withdrawal or a voluntary policy).</summary>
    ChangeOfMind = 0,

    /// <summary>The goods are faulty. Never exempt from return; the window is at least 30 days after delivery.</summary>
    Faulty = 1,

    /// <summary>The goods are not as described. Treated like <see cref="Faulty"/>.</summary>
    NotAsDescribed = 2,
}

/// <summary>
/// The category of the returned goods, which decides whether a change-of-mind return may be refused.
/// Wire names: <c>standard</c>, <c>custom-made</c>, <c>perishable</c>, <c>sealed-hygiene-opened</c>,
/// <c>sealed-media-opened</c>, <c>digital-started</c>, <c>newspaper</c>.
/// </summary>
public enum GoodsCategory
{
    /// <summary>Ordinary goods: returnable everywhere that has a return right.</summary>
    Standard = 0,

    /// <summary>Made to the buyer's specification or clearly personalised (EU CRD Art. 16(c)).</summary>
    CustomMade = 1,

    /// <summary>Liable to deteriorate or expire rapidly (EU CRD Art. 16(d)).</summary>
    Perishable = 2,

    /// <summary>Sealed goods not suitable for return for health or hygiene reasons, unsealed after delivery (EU CRD Art. 16(e)).</summary>
    SealedHygieneOpened = 3,

    /// <summary>Sealed audio, video or software, unsealed after delivery (EU CRD Art. 16(i)).</summary>
    SealedMediaOpened = 4,

    /// <summary>Digital content whose performance has begun with the buyer's consent (EU CRD Art. 16(m)).</summary>
    DigitalStarted = 5,

    /// <summary>A newspaper, periodical or magazine (EU CRD Art. 16(j)).</summary>
    Newspaper = 6,
}

/// <summary>
/// The reason the seller gave for refusing a return. It is reported but never decides validity.
/// Wire names: <c>window-expired</c>, <c>not-returnable</c>, <c>not-intact</c>, <c>other</c>.
/// </summary>
public enum RefusalReason
{
    /// <summary>The seller says the request came after the return window.</summary>
    WindowExpired = 0,

    /// <summary>The seller says the goods are exempt from return.</summary>
    NotReturnable = 1,

    /// <summary>The seller says the goods came back used, damaged or incomplete.</summary>
    NotIntact = 2,

    /// <summary>Any other reason.</summary>
    Other = 3,
}

/// <summary>The overall result of a return case. Wire names: <c>compliant</c>, <c>at-risk</c>, <c>violation</c>.</summary>
public enum ReturnVerdict
{
    /// <summary>No violation, and no refund deadline is close.</summary>
    Compliant = 0,

    /// <summary>No violation yet, but <c>RET-DUE-SOON</c> fired: the refund deadline is close and the refund is not complete.</summary>
    AtRisk = 1,

    /// <summary>At least one finding has <see cref="Severity.Violation"/>.</summary>
    Violation = 2,
}

/// <summary>Which policy layer set a parameter of the <see cref="EffectivePolicy"/>.</summary>
public enum PolicyLayer
{
    /// <summary>The seller's own return policy (from the case, or the engine's defaults).</summary>
    Seller = 0,

    /// <summary>The marketplace's rules (Amazon, eBay, AliExpress or a custom profile).</summary>
    Marketplace = 1,

    /// <summary>The buyer market's consumer law.</summary>
    Law = 2,

    /// <summary>
    /// A buyer-protective default of this engine where the law is silent or uncertain (for example the 30-day window
    /// for faulty goods, modelled on UK Consumer Rights Act 2015 s. 22). See docs/returns.md.
    /// </summary>
    BuyerProtection = 3,
}
