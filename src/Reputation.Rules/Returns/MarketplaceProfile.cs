using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Reputation.Rules.Returns;

/// <summary>
/// A marketplace's return rules (the marketplace layer): a refund clock in working days of the buyer market after the
/// goods are received back, a minimum return window, whether the original payment method is required, and deductions
/// it forbids. Built-in: <see cref="Amazon"/>, <see cref="Ebay"/>, <see cref="AliExpress"/>; applications can pass their
/// own to <see cref="ReturnComplianceEngine"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class MarketplaceProfile
{
    /// <summary>Creates a marketplace profile.</summary>
    /// <param name="name">The profile name used in cases: 1–32 lower-case ASCII letters, digits or hyphens, e.g. <c>amazon</c>.</param>
    /// <param name="displayName">A readable name, e.g. <c>Amazon</c>.</param>
    /// <param name="citation">The marketplace rule the refund clock (or, without one, the profile) comes from.</param>
    /// <param name="refundWithinWorkingDays">Working days (buyer market calendar) after receipt within which to refund; null for no clock. 0–365.</param>
    /// <param name="minimumReturnWindowDays">The shortest return window the marketplace allows, in days after delivery; null for none. 0–3650.</param>
    /// <param name="windowCitation">The rule behind <paramref name="minimumReturnWindowDays"/>; null means <paramref name="citation"/>.</param>
    /// <param name="requiresOriginalPaymentMethod">Whether refunds must go to the original payment method.</param>
    /// <param name="forbiddenDeductions">Deduction kinds the marketplace forbids; null means none.</param>
    /// <exception cref="ArgumentException">An argument is invalid; the message names it.</exception>
    public MarketplaceProfile(
        string name,
        string displayName,
        Citation citation,
        int? refundWithinWorkingDays,
        int? minimumReturnWindowDays,
        Citation? windowCitation = null,
        bool requiresOriginalPaymentMethod = false,
        IEnumerable<DeductionKind>? forbiddenDeductions = null)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"name: '{name}' is not a valid marketplace name (1–32 lower-case ASCII letters, digits or hyphens).", nameof(name));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new ArgumentException("displayName: must not be empty.", nameof(displayName));
        }

        ArgumentNullException.ThrowIfNull(citation);
        if (refundWithinWorkingDays is < 0 or > SellerPolicy.MaxRefundWithinWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(refundWithinWorkingDays), refundWithinWorkingDays, "refundWithinWorkingDays: must be between 0 and 365.");
        }

        if (minimumReturnWindowDays is < 0 or > SellerPolicy.MaxReturnWindowDays)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumReturnWindowDays), minimumReturnWindowDays, "minimumReturnWindowDays: must be between 0 and 3650.");
        }

        var forbidden = forbiddenDeductions is null ? ImmutableArray<DeductionKind>.Empty : [.. forbiddenDeductions.Distinct().Order()];
        if (forbidden.Any(k => k.Name.Length == 0))
        {
            throw new ArgumentException("forbiddenDeductions: must not contain default(DeductionKind).", nameof(forbiddenDeductions));
        }

        Name = name;
        DisplayName = displayName;
        Citation = citation;
        RefundWithinWorkingDays = refundWithinWorkingDays;
        MinimumReturnWindowDays = minimumReturnWindowDays;
        WindowCitation = windowCitation ?? citation;
        RequiresOriginalPaymentMethod = requiresOriginalPaymentMethod;
        ForbiddenDeductions = forbidden;
    }

    /// <summary>
    /// Amazon: refund within 2 business days of receiving the return (buyer market calendar); return window at least
    /// 30 days ("match or exceed Amazon's return policies"). Sources: Seller Central help 69126 and 200708210
    /// (returns-law.md §1b).
    /// </summary>
    public static MarketplaceProfile Amazon { get; } = new(
        "amazon",
        "Amazon",
        new Citation("Amazon seller return policy", "refund within 2 business days of receiving the return (Seller Central help 200708210)"),
        refundWithinWorkingDays: 2,
        minimumReturnWindowDays: 30,
        windowCitation: new Citation("Amazon seller return policy", "match or exceed Amazon's 30-day return window (Seller Central help 69126)"));

    /// <summary>
    /// eBay: refund within 2 business days after receiving the item (buyer market calendar). Source: eBay seller
    /// centre and Money Back Guarantee pages (returns-law.md §1b; the official page was not retrieved).
    /// </summary>
    public static MarketplaceProfile Ebay { get; } = new(
        "ebay",
        "eBay",
        new Citation("eBay return policy", "refund within 2 business days after receiving the item"),
        refundWithinWorkingDays: 2,
        minimumReturnWindowDays: null);

    /// <summary>
    /// AliExpress: no refund clock stricter than the others (automatic refunds take 3–15 working days after the seller
    /// agrees), so this layer sets no deadline and no window. Source: AliExpress help mirrors (returns-law.md §1b).
    /// </summary>
    public static MarketplaceProfile AliExpress { get; } = new(
        "aliexpress",
        "AliExpress",
        new Citation("AliExpress Buyer Protection", "no refund clock stricter than the seller's or the law's"),
        refundWithinWorkingDays: null,
        minimumReturnWindowDays: null);

    /// <summary>The built-in profiles: Amazon, eBay, AliExpress.</summary>
    public static ImmutableArray<MarketplaceProfile> BuiltIn { get; } = [AliExpress, Amazon, Ebay];

    /// <summary>The profile name used in cases, e.g. <c>amazon</c>.</summary>
    public string Name { get; }

    /// <summary>A readable name.</summary>
    public string DisplayName { get; }

    /// <summary>The rule behind the refund clock.</summary>
    public Citation Citation { get; }

    /// <summary>Working days (buyer market calendar) after receipt within which to refund, or null for no clock.</summary>
    public int? RefundWithinWorkingDays { get; }

    /// <summary>The shortest return window allowed, in days after delivery, or null.</summary>
    public int? MinimumReturnWindowDays { get; }

    /// <summary>The rule behind <see cref="MinimumReturnWindowDays"/>.</summary>
    public Citation WindowCitation { get; }

    /// <summary>Whether refunds must go to the original payment method.</summary>
    public bool RequiresOriginalPaymentMethod { get; }

    /// <summary>Deduction kinds the marketplace forbids, in name order.</summary>
    public ImmutableArray<DeductionKind> ForbiddenDeductions { get; }

    /// <summary>Whether <paramref name="name"/> is a valid profile name.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns><see langword="true"/> for 1–32 lower-case ASCII letters, digits or hyphens.</returns>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= 32 } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <inheritdoc />
    public override string ToString() => Name;

    internal bool Forbids(DeductionKind kind)
    {
        foreach (var forbidden in ForbiddenDeductions)
        {
            if (forbidden == kind)
            {
                return true;
            }
        }

        return false;
    }
}
