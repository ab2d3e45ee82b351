using System;

namespace Reputation.Rules.Returns;

/// <summary>
/// The kebab-case names the JSON-Lines contract uses for the returns vocabulary (<c>change-of-mind</c>,
/// <c>sealed-media-opened</c>, <c>at-risk</c>, …), in both directions. Parsing is case-insensitive and allocation-free.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ReturnWireNames
{
    /// <summary>The wire name of a return reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>For example <c>change-of-mind</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string Of(ReturnReason reason) => reason switch
    {
        ReturnReason.ChangeOfMind => "change-of-mind",
        ReturnReason.Faulty => "faulty",
        ReturnReason.NotAsDescribed => "not-as-described",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "reason: not a defined ReturnReason."),
    };

    /// <summary>The wire name of a goods category.</summary>
    /// <param name="goods">The category.</param>
    /// <returns>For example <c>sealed-media-opened</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goods"/> is not a defined value.</exception>
    public static string Of(GoodsCategory goods) => goods switch
    {
        GoodsCategory.Standard => "standard",
        GoodsCategory.CustomMade => "custom-made",
        GoodsCategory.Perishable => "perishable",
        GoodsCategory.SealedHygieneOpened => "sealed-hygiene-opened",
        GoodsCategory.SealedMediaOpened => "sealed-media-opened",
        GoodsCategory.DigitalStarted => "digital-started",
        GoodsCategory.Newspaper => "newspaper",
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, "goods: not a defined GoodsCategory."),
    };

    /// <summary>The wire name of a refusal reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>For example <c>window-expired</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static string Of(RefusalReason reason) => reason switch
    {
        RefusalReason.WindowExpired => "window-expired",
        RefusalReason.NotReturnable => "not-returnable",
        RefusalReason.NotIntact => "not-intact",
        RefusalReason.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "reason: not a defined RefusalReason."),
    };

    /// <summary>The wire name of a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns><c>compliant</c>, <c>at-risk</c> or <c>violation</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined value.</exception>
    public static string Of(ReturnVerdict verdict) => verdict switch
    {
        ReturnVerdict.Compliant => "compliant",
        ReturnVerdict.AtRisk => "at-risk",
        ReturnVerdict.Violation => "violation",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "verdict: not a defined ReturnVerdict."),
    };

    /// <summary>The wire name of a policy layer.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns><c>seller</c>, <c>marketplace</c>, <c>law</c> or <c>buyer-protection</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layer"/> is not a defined value.</exception>
    public static string Of(PolicyLayer layer) => layer switch
    {
        PolicyLayer.Seller => "seller",
        PolicyLayer.Marketplace => "marketplace",
        PolicyLayer.Law => "law",
        PolicyLayer.BuyerProtection => "buyer-protection",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "layer: not a defined PolicyLayer."),
    };

    /// <summary>Parses a return reason's wire name (case-insensitive).</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="reason">The reason when the method returns true.</param>
    /// <returns><see langword="true"/> for a known name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ReturnReason reason)
    {
        for (var r = ReturnReason.ChangeOfMind; r <= ReturnReason.NotAsDescribed; r++)
        {
            if (text.Equals(Of(r), StringComparison.OrdinalIgnoreCase))
            {
                reason = r;
                return true;
            }
        }

        reason = default;
        return false;
    }

    /// <summary>Parses a goods category's wire name (case-insensitive).</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="goods">The category when the method returns true.</param>
    /// <returns><see langword="true"/> for a known name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out GoodsCategory goods)
    {
        for (var g = GoodsCategory.Standard; g <= GoodsCategory.Newspaper; g++)
        {
            if (text.Equals(Of(g), StringComparison.OrdinalIgnoreCase))
            {
                goods = g;
                return true;
            }
        }

        goods = default;
        return false;
    }

    /// <summary>Parses a refusal reason's wire name (case-insensitive).</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="reason">The reason when the method returns true.</param>
    /// <returns><see langword="true"/> for a known name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RefusalReason reason)
    {
        for (var r = RefusalReason.WindowExpired; r <= RefusalReason.Other; r++)
        {
            if (text.Equals(Of(r), StringComparison.OrdinalIgnoreCase))
            {
                reason = r;
                return true;
            }
        }

        reason = default;
        return false;
    }

    /// <summary>Every wire name of <typeparamref name="TEnum"/>, separated by ", " (for error messages).</summary>
    /// <typeparam name="TEnum"><see cref="ReturnReason"/>, <see cref="GoodsCategory"/> or <see cref="RefusalReason"/>.</typeparam>
    /// <returns>For example <c>change-of-mind, faulty, not-as-described</c>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="TEnum"/> is not one of the supported enums.</exception>
    public static string ListOf<TEnum>()
        where TEnum : struct, Enum
    {
        if (typeof(TEnum) == typeof(ReturnReason))
        {
            return "change-of-mind, faulty, not-as-described";
        }

        if (typeof(TEnum) == typeof(GoodsCategory))
        {
            return "standard, custom-made, perishable, sealed-hygiene-opened, sealed-media-opened, digital-started, newspaper";
        }

        if (typeof(TEnum) == typeof(RefusalReason))
        {
            return "window-expired, not-returnable, not-intact, other";
        }

        throw new NotSupportedException($"TEnum: {typeof(TEnum).Name} has no wire names.");
    }
}
