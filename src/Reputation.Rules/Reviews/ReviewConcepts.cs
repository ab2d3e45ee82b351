using System;

namespace Reputation.Rules.Reviews;

/// <summary>
/// The concepts the review-solicitation lexicon tags words and phrases with. The guard matches every lexicon term in
/// one pass and combines the concepts it finds within a sentence or clause window into findings. A term may carry
/// several concepts (好评返现 is <see cref="Review"/>, <see cref="PositiveRating"/>, <see cref="Benefit"/> and
/// <see cref="Exchange"/>). Custom terms (see <see cref="ReviewTerm"/>) use the same flags; <see cref="Custom1"/> to
/// <see cref="Custom4"/> are reserved for custom rules.
/// </summary>
/// <remarks>
/// Sources for the built-in vocabulary: docs/sources/review-solicitation.md §4a and §10. This type is an immutable
/// value type and is thread-safe.
/// </remarks>
[Flags]
#pragma warning disable CA1711 // "Concepts" is the domain word, not a collection suffix.
public enum ReviewConcepts : long
#pragma warning restore CA1711
{
    /// <summary>No concept.</summary>
    None = 0,

    /// <summary>A review, rating or feedback, or a phrase that invites one ("share your experience", 评价, 晒图).</summary>
    Review = 1L << 0,

    /// <summary>A positive rating or sentiment about the review itself ("5 stars", "positive review", 好评, 五星).</summary>
    PositiveRating = 1L << 1,

    /// <summary>A negative rating ("1-star", "negative feedback", 差评, 中评).</summary>
    NegativeRating = 1L << 2,

    /// <summary>A neutral, any-rating phrase that cancels sentiment in its clause ("good or bad", "whatever your rating", 无论好坏).</summary>
    AnyRating = 1L << 3,

    /// <summary>Satisfaction ("you loved it", "happy with", 满意, 喜欢); combined with a condition it means "only if satisfied".</summary>
    Satisfaction = 1L << 4,

    /// <summary>Dissatisfaction or a negative branch ("not happy", "if not", "any problem", 不满意, 否则).</summary>
    Dissatisfaction = 1L << 5,

    /// <summary>A condition ("if", "once", "as soon as", "after you", 如果, 的话, 后).</summary>
    Condition = 1L << 6,

    /// <summary>An exchange marker ("and get", "in exchange", "for your review", "=", "→", 送, 返, 领取, 即可).</summary>
    Exchange = 1L << 7,

    /// <summary>A benefit (money, refund, cashback, discount, coupon, voucher, gift, free item, points, prize draw, 红包, 返现, 免单).</summary>
    Benefit = 1L << 8,

    /// <summary>A promise about the future ("will", "we'll", 给您, 将).</summary>
    Promise = 1L << 9,

    /// <summary>Something already done ("we refunded you", "now that your replacement arrived", 已经).</summary>
    AlreadyGiven = 1L << 10,

    /// <summary>A request or indirect wish ("please", "we'd appreciate", "would mean the world", 麻烦, 记得, 期待).</summary>
    Request = 1L << 11,

    /// <summary>A verb of leaving a review ("leave", "write", "post", "give", "rate", 给, 留, 打).</summary>
    ReviewAction = 1L << 12,

    /// <summary>Thanks for, or a reply to, an existing review ("thank you for", "regarding your", 感谢您的).</summary>
    Acknowledgement = 1L << 13,

    /// <summary>Changing a review ("change", "update", "revise", 修改, 改).</summary>
    Change = 1L << 14,

    /// <summary>Removing a review ("remove", "delete", "take down", 删除, 撤销).</summary>
    Remove = 1L << 15,

    /// <summary>An additional or follow-up review (追评, "follow-up review", "add photos").</summary>
    FollowUp = 1L << 16,

    /// <summary>A threat, intimidation or doxxing ("legal action", "report you", "blacklist", 起诉, 曝光, 拉黑).</summary>
    Threat = 1L << 17,

    /// <summary>A fee, charge or penalty ("fee", "penalty", 罚款); a threat when it is tied to a review.</summary>
    Penalty = 1L << 18,

    /// <summary>A contact channel ("contact us", "email us", 联系客服).</summary>
    Contact = 1L << 19,

    /// <summary>A redirect away from reviewing ("first", "instead of reviewing", "before leaving feedback", 先).</summary>
    Redirect = 1L << 20,

    /// <summary>Discouraging a review ("don't leave", "do not post", 不要给, 请勿).</summary>
    Discourage = 1L << 21,

    /// <summary>"Only if" ("only if", "only leave", 满意才).</summary>
    OnlyIf = 1L << 22,

    /// <summary>Fake or insider reviews ("you don't need to buy", "text to paste", "we can write it for you", 刷单, 代写).</summary>
    Fake = 1L << 23,

    /// <summary>Steering content ("please mention", "don't mention", "use these keywords", 提到, 不要提, 字以上).</summary>
    ContentSteer = 1L << 24,

    /// <summary>A pronoun that can refer back to a review ("it", "this", 它).</summary>
    Reference = 1L << 25,

    /// <summary>Addressing the buyer ("you", "your", 您, 亲).</summary>
    Addressee = 1L << 26,

    /// <summary>A general policy statement ("within 30 days", "free returns", "all orders", 七天无理由).</summary>
    Policy = 1L << 27,

    /// <summary>A remedy trigger ("broken", "damaged", "defective", 质量问题, 破损).</summary>
    Remedy = 1L << 28,

    /// <summary>A disclaimer that a benefit does not depend on a review ("whether or not you leave a review", 与评价无关).</summary>
    Disclaimer = 1L << 29,

    /// <summary>An alternative ("or", "either", 还是, 或).</summary>
    Alternative = 1L << 30,

    /// <summary>
    /// A phrase that looks like review talk but is not ("we review refund requests", "five-star quality", 好评如潮). Its
    /// match swallows the shorter matches inside it.
    /// </summary>
    NotReviewTalk = 1L << 31,

    /// <summary>
    /// A benefit that is also an ordinary remedy (refund, replacement, reship, 退款, 补发): it counts as an incentive only
    /// when explicitly tied to a review (an exchange, a condition on reviewing, a change/removal request or a sentiment).
    /// </summary>
    MakeGood = 1L << 32,

    /// <summary>
    /// Intimidation that is a threat only next to talk of a negative, changed or removed review: holding the buyer's
    /// personal data ("we have your address on file"), "think it over", keeping a list of buyers, refusing future sales.
    /// </summary>
    Intimidation = 1L << 33,

    /// <summary>
    /// Something the buyer already paid for ("your order ships", "the licence key is activated", 发货): a benefit for a
    /// review only when it is made conditional on reviewing ("ships as soon as you leave positive feedback").
    /// </summary>
    Withheld = 1L << 34,

    /// <summary>
    /// A negation ("don't", "never", "no", 不, 没有, 从不): a benefit it negates in the same clause, with no condition or
    /// review action before it, is disclaimed, not offered ("we don't run review rebates", 本店不搞好评返现).
    /// </summary>
    Negator = 1L << 35,

    /// <summary>Reserved for custom rules.</summary>
    Custom1 = 1L << 40,

    /// <summary>Reserved for custom rules.</summary>
    Custom2 = 1L << 41,

    /// <summary>Reserved for custom rules.</summary>
    Custom3 = 1L << 42,

    /// <summary>Reserved for custom rules.</summary>
    Custom4 = 1L << 43,
}
