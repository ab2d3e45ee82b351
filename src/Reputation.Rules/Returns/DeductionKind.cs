using System;

namespace Reputation.Rules.Returns;

/// <summary>
/// What a seller deducted from a refund, by its contract name, such as <c>restocking-fee</c>. The well-known kinds are
/// the static properties; any other non-blank name is accepted and is simply not an allowed deduction anywhere
/// (so it makes the refund partial). Names are compared case-insensitively and stored in lower case.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe. <c>default(DeductionKind)</c> is not valid.</remarks>
public readonly struct DeductionKind : IEquatable<DeductionKind>, IComparable<DeductionKind>
{
    private readonly string? _name;

    /// <summary>Creates a deduction kind.</summary>
    /// <param name="name">The kind's name, e.g. <c>restocking-fee</c>; 1–64 characters, not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, blank or longer than 64 characters.</exception>
    public DeductionKind(string name)
    {
        var trimmed = ReturnValidation.Text(name, "kind").Trim();
        if (trimmed.Length > 64)
        {
            ReturnValidation.Fail("kind", $"must be at most 64 characters (got {trimmed.Length}).");
        }

        _name = Known(trimmed) ?? trimmed.ToLowerInvariant();
    }

    /// <summary>The buyer explicitly asked for a partial refund (for example to keep the item). Allowed everywhere.</summary>
    public static DeductionKind BuyerRequested { get; } = new("buyer-requested");

    /// <summary>The direct cost of returning the goods, when the buyer was told they pay it.</summary>
    public static DeductionKind ReturnShipping { get; } = new("return-shipping");

    /// <summary>A restocking fee: only if the seller declared one, capped at the declared percent; never in EU/GB law.</summary>
    public static DeductionKind RestockingFee { get; } = new("restocking-fee");

    /// <summary>The premium paid for a delivery more expensive than the standard one (EU CRD Art. 13(2)).</summary>
    public static DeductionKind ExpressDeliveryPremium { get; } = new("express-delivery-premium");

    /// <summary>Diminished value from handling beyond what was needed (EU CRD Art. 14(2)); only if withdrawal information was given.</summary>
    public static DeductionKind DiminishedValue { get; } = new("diminished-value");

    /// <summary>A card fee the buyer paid or the seller waived (SAMR 7-day Measures Art. 16).</summary>
    public static DeductionKind CardFee { get; } = new("card-fee");

    /// <summary>Re-pricing of a bundle or threshold promotion (SAMR 7-day Measures Art. 17).</summary>
    public static DeductionKind PromotionRepricing { get; } = new("promotion-repricing");

    /// <summary>Shipping that was free only above a threshold the order no longer meets (SAMR 7-day Measures Art. 18(2)).</summary>
    public static DeductionKind LostFreeShipping { get; } = new("lost-free-shipping");

    /// <summary>A gift that was not returned, at its pre-marked price (SAMR 7-day Measures Art. 12).</summary>
    public static DeductionKind UnreturnedGift { get; } = new("unreturned-gift");

    /// <summary>The kind's lower-case name; empty for <c>default(DeductionKind)</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether this is one of the well-known kinds (the static properties).</summary>
    public bool IsWellKnown => Known(Name) is not null;

    /// <inheritdoc />
    public bool Equals(DeductionKind other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeductionKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public int CompareTo(DeductionKind other) => string.CompareOrdinal(Name, other.Name);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Equality of names.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator ==(DeductionKind left, DeductionKind right) => left.Equals(right);

    /// <summary>Inequality of names.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator !=(DeductionKind left, DeductionKind right) => !left.Equals(right);

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <(DeductionKind left, DeductionKind right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >(DeductionKind left, DeductionKind right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <=(DeductionKind left, DeductionKind right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >=(DeductionKind left, DeductionKind right) => left.CompareTo(right) >= 0;

    /// <summary>The interned well-known name equal (ignoring case) to <paramref name="name"/>, or null.</summary>
    private static string? Known(string name)
    {
        ReadOnlySpan<string> known =
        [
            "buyer-requested", "return-shipping", "restocking-fee", "express-delivery-premium", "diminished-value",
            "card-fee", "promotion-repricing", "lost-free-shipping", "unreturned-gift",
        ];
        foreach (var k in known)
        {
            if (string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return null;
    }
}
