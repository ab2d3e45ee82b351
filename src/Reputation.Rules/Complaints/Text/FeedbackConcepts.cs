using System;

namespace Reputation.Rules.Complaints.Text;

/// <summary>
/// What a feedback lexicon term says: a cause it names directly (bits 0–8, in <see cref="FeedbackCause"/> order), or a
/// cue that decides a cause only together with others in the same clause or sentence (docs/feedback.md, "How the text
/// is read"). Stored in the shared multi-pattern automaton's concept field.
/// </summary>
[Flags]
internal enum FeedbackConcepts : long
{
    None = 0,
    SizeFit = 1L << 0,
    NotAsDescribed = 1L << 1,
    Quality = 1L << 2,
    DamagedInTransit = 1L << 3,
    WrongItem = 1L << 4,
    ShippingDelay = 1L << 5,
    Communication = 1L << 6,
    ReturnRefund = 1L << 7,
    PriceValue = 1L << 8,
    CauseMask = (1L << 9) - 1,

    /// <summary>An unambiguous phrase: the cause it names is clear on its own.</summary>
    Strong = 1L << 10,

    /// <summary>An expectation rather than a defect ("smaller than I expected"): withdrawn when praise follows in the sentence or the next one.</summary>
    Soft = 1L << 11,

    /// <summary>Broken, cracked, leaking: damage in transit next to arrival words, a quality defect otherwise.</summary>
    Breakage = 1L << 12,

    /// <summary>Arrived, received, out of the box, the package.</summary>
    Arrival = 1L << 13,

    /// <summary>After use: "after two weeks", "after one wash", 用了两天.</summary>
    Usage = 1L << 14,

    /// <summary>A negation that cancels a cue shortly after it in the same clause (not, no, never, 不, 没有).</summary>
    Negator = 1L << 15,

    /// <summary>A negation after the cue (一点色差都没有).</summary>
    PostNegator = 1L << 16,

    /// <summary>But, however, 但是: negation does not reach across it.</summary>
    Contrast = 1L << 17,

    /// <summary>Praise: withdraws a soft complaint.</summary>
    Positive = 1L << 18,

    /// <summary>A worry or hearsay, not an experience ("I was worried", "reviews said", 担心): cancels cues after it in the clause.</summary>
    Hedge = 1L << 19,

    /// <summary>The seller or its service.</summary>
    Seller = 1L << 20,

    /// <summary>The courier's people: their manners are not the seller's communication.</summary>
    Courier = 1L << 21,

    /// <summary>"Ordered", 拍的: with <see cref="Received"/> and a <see cref="Variant"/> in the sentence, a wrong variant.</summary>
    Ordered = 1L << 22,

    /// <summary>"Received", "got", "sent me", 收到的是.</summary>
    Received = 1L << 23,

    /// <summary>Slow, late, delayed: a delay of whatever the clause is about (delivery, refund, reply).</summary>
    Slow = 1L << 24,

    /// <summary>Shipping, delivery, parcel, tracking, 物流, 快递.</summary>
    Logistics = 1L << 25,

    /// <summary>Small, big, tight, long: a size complaint with a fit verb (<see cref="SizeVerb"/>).</summary>
    SizeAdj = 1L << 26,

    /// <summary>Runs, fits, sized, cut.</summary>
    SizeVerb = 1L << 27,

    /// <summary>Rude, ignored, unhelpful: the seller's communication unless only the courier is named.</summary>
    Manner = 1L << 28,

    /// <summary>Refund, return, money back, 退款.</summary>
    Refund = 1L << 29,

    /// <summary>Refused, denied, won't, 拒绝, 不给.</summary>
    Refusal = 1L << 30,

    /// <summary>Partial, only half, restocking fee.</summary>
    Partial = 1L << 31,

    /// <summary>Weeks, months, forever: a long time; a likely delay of the clause's topic.</summary>
    Duration = 1L << 32,

    /// <summary>Still waiting, never received, 还没收到: pending, of the clause's topic (delivery by default).</summary>
    Pending = 1L << 33,

    /// <summary>Reply, response, answer, 回复.</summary>
    Reply = 1L << 34,

    /// <summary>A variant: size letters, colours (for wrong-variant readings).</summary>
    Variant = 1L << 35,

    /// <summary>The packaging was intact: breakage is then a quality defect.</summary>
    IntactPack = 1L << 36,

    /// <summary>A claim the listing made ("listed as", "supposed to be", 号称): with a failure in the sentence, not as described.</summary>
    Claim = 1L << 37,

    /// <summary>A feature that failed ("soaked through", "not waterproof").</summary>
    FeatureFail = 1L << 38,

    /// <summary>A vague verdict ("junk", 垃圾): quality only when the clause is about nothing else.</summary>
    Vague = 1L << 39,

    /// <summary>Replying ("answered", 回): negated, the seller did not reply.</summary>
    ReplyAct = 1L << 40,

    /// <summary>Tracking moving ("updated", 更新, 动静): negated, the parcel is stalled.</summary>
    TrackAct = 1L << 41,

    /// <summary>No reaction (没反应): the seller's silence next to seller talk, a dead device otherwise.</summary>
    NoReaction = 1L << 42,

    /// <summary>What the listing said was included ("supposed to come with", 标配): with a shortfall, a missing part.</summary>
    Includes = 1L << 43,

    /// <summary>A money amount (found by the scanner: $35, 80元): with a price cue, a value complaint.</summary>
    Money = 1L << 44,

    /// <summary>"for this?", "is steep", "expected better": a money amount next to it is a value complaint.</summary>
    PriceCue = 1L << 45,

    /// <summary>A measurement unit (cm, inches, 厘米, 尺寸): a mismatch with the listing is a size complaint.</summary>
    SizeUnit = 1L << 46,

    /// <summary>A smell: after a leak in transit, part of the damage.</summary>
    Smell = 1L << 47,

    /// <summary>Size talk (尺寸, "dimensions"): a mismatch with the listing in its clause is a size complaint.</summary>
    SizeWord = 1L << 48,

    /// <summary>"Then nothing", "nothing for 9 days": the seller's silence when the sentence (or the one before) talks to the seller.</summary>
    Silence = 1L << 49,
}
