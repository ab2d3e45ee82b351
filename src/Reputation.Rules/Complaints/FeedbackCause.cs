using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Reputation.Rules.Complaints;

/// <summary>
/// Why a buyer complains. The wire ids (<c>CAUSE-SIZE-FIT</c>, …) are part of the public contract; see
/// <see cref="FeedbackCauses"/> and docs/feedback.md for what each one covers and where causes overlap.
/// </summary>
public enum FeedbackCause
{
    /// <summary><c>CAUSE-SIZE-FIT</c>: size, fit or dimensions differ from what the buyer expected (also against the photo or listing).</summary>
    SizeFit = 0,

    /// <summary><c>CAUSE-NOT-AS-DESCRIBED</c>: colour, material, features, photos or description do not match; a claimed feature is missing.</summary>
    NotAsDescribed = 1,

    /// <summary><c>CAUSE-QUALITY</c>: defect, broke in use, stopped working, poor workmanship, smell, dead on arrival in an intact box.</summary>
    Quality = 2,

    /// <summary><c>CAUSE-DAMAGED-IN-TRANSIT</c>: arrived broken, crushed or leaking, packaging damaged.</summary>
    DamagedInTransit = 3,

    /// <summary><c>CAUSE-WRONG-ITEM</c>: wrong item or variant shipped, missing parts or pieces.</summary>
    WrongItem = 4,

    /// <summary><c>CAUSE-SHIPPING-DELAY</c>: slow or late delivery, no tracking updates, lost parcel, customs hold.</summary>
    ShippingDelay = 5,

    /// <summary><c>CAUSE-COMMUNICATION</c>: the seller did not reply, was rude or unhelpful (not the courier's manners).</summary>
    Communication = 6,

    /// <summary><c>CAUSE-RETURN-REFUND</c>: refund refused, partial or slow; a hard return process.</summary>
    ReturnRefund = 7,

    /// <summary><c>CAUSE-PRICE-VALUE</c>: not worth the money, cheaper elsewhere.</summary>
    PriceValue = 8,
}

/// <summary>The wire ids of <see cref="FeedbackCause"/> and their parsing.</summary>
public static class FeedbackCauses
{
    private static readonly string[] Ids =
    [
        "CAUSE-SIZE-FIT", "CAUSE-NOT-AS-DESCRIBED", "CAUSE-QUALITY", "CAUSE-DAMAGED-IN-TRANSIT", "CAUSE-WRONG-ITEM",
        "CAUSE-SHIPPING-DELAY", "CAUSE-COMMUNICATION", "CAUSE-RETURN-REFUND", "CAUSE-PRICE-VALUE",
    ];

    /// <summary>Every cause, in contract order (the order reports list them in).</summary>
    public static ImmutableArray<FeedbackCause> All { get; } =
    [
        FeedbackCause.SizeFit, FeedbackCause.NotAsDescribed, FeedbackCause.Quality, FeedbackCause.DamagedInTransit, FeedbackCause.WrongItem,
        FeedbackCause.ShippingDelay, FeedbackCause.Communication, FeedbackCause.ReturnRefund, FeedbackCause.PriceValue,
    ];

    /// <summary>The number of causes.</summary>
    public const int Count = 9;

    /// <summary>The wire id of a cause, e.g. <c>CAUSE-SIZE-FIT</c>.</summary>
    /// <param name="cause">The cause.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cause"/> is not a defined cause.</exception>
    public static string Id(this FeedbackCause cause) =>
        (uint)cause < (uint)Ids.Length ? Ids[(int)cause] : throw new ArgumentOutOfRangeException(nameof(cause), cause, "cause: not a defined FeedbackCause.");

    /// <summary>Parses a wire id (case-insensitive; the <c>CAUSE-</c> prefix may be left out).</summary>
    /// <param name="id">E.g. <c>CAUSE-SIZE-FIT</c> or <c>size-fit</c>.</param>
    /// <param name="cause">The cause.</param>
    /// <returns><see langword="true"/> if <paramref name="id"/> names a cause.</returns>
    public static bool TryParse([NotNullWhen(true)] string? id, out FeedbackCause cause)
    {
        cause = default;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var text = id.Trim();
        for (var i = 0; i < Ids.Length; i++)
        {
            if (string.Equals(text, Ids[i], StringComparison.OrdinalIgnoreCase) || string.Equals(text, Ids[i]["CAUSE-".Length..], StringComparison.OrdinalIgnoreCase))
            {
                cause = (FeedbackCause)i;
                return true;
            }
        }

        return false;
    }

    /// <summary>The list of ids for error messages.</summary>
    internal static string IdList => string.Join(", ", Ids);
}

/// <summary>How sure the analyser is that a cause is present.</summary>
public enum FeedbackConfidence
{
    /// <summary>One weaker cue decided it (e.g. "small" next to a fit word); worth a human look.</summary>
    Likely = 0,

    /// <summary>An unambiguous phrase ("runs small", 发错货) or two independent cues decided it.</summary>
    Clear = 1,
}
