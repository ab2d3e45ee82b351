using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Reputation.Rules;

/// <summary>
/// An amount of money: a <see cref="decimal"/> amount in one ISO 4217 <see cref="Rules.Currency"/>.
/// Arithmetic and comparison work only within one currency; mixing currencies throws an
/// <see cref="InvalidOperationException"/> that names both.
/// </summary>
/// <remarks>
/// Amounts keep every digit they are given; <see cref="Round"/> rounds half away from zero to the currency's
/// minor units. This type is an immutable value type and is thread-safe.
/// </remarks>
[JsonConverter(typeof(Serialization.MoneyJsonConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; may be negative (a difference).</param>
    /// <param name="currency">The currency; must not be <c>default</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (currency.Code.Length == 0)
        {
            throw new ArgumentException("currency: must not be default(Currency).", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>Creates an amount of money from a currency code.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currencyCode">An active ISO 4217 code such as <c>EUR</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not an active ISO 4217 code.</exception>
    public Money(decimal amount, string currencyCode)
        : this(amount, Currency.Parse(currencyCode))
    {
    }

    /// <summary>The amount.</summary>
    public decimal Amount { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>This amount rounded half away from zero to the currency's minor units.</summary>
    /// <returns>The rounded amount.</returns>
    public Money Round() => new(Math.Round(Amount, Currency.MinorUnits, MidpointRounding.AwayFromZero), Currency);

    /// <summary>The larger of two amounts in one currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Money Max(Money a, Money b) => a >= b ? a : b;

    /// <summary>The smaller of two amounts in one currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Money Min(Money a, Money b) => a <= b ? a : b;

    /// <summary>
    /// The amount as invariant text with at least the currency's minor digits and no exponent, e.g. <c>124.95</c>,
    /// <c>125.00</c>, <c>1200</c> (JPY) or <c>0.125</c>.
    /// </summary>
    /// <returns>The formatted amount, without the currency.</returns>
    public string FormatAmount()
    {
        var format = Currency.MinorUnits == 0 ? "0.############" : "0." + new string('0', Currency.MinorUnits) + "##########";
        return Amount.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The amount and the currency, e.g. <c>124.95 EUR</c>.</summary>
    /// <returns>The formatted money.</returns>
    public override string ToString() => $"{FormatAmount()} {Currency.Code}";

    /// <inheritdoc />
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="other">An amount in the same currency.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ; the message names both.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <exception cref="InvalidOperationException">The currencies differ; the message names both.</exception>
    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right, "add");
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Subtracts two amounts in the same currency.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <exception cref="InvalidOperationException">The currencies differ; the message names both.</exception>
    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right, "subtract");
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>Multiplies an amount by a factor (not rounded).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, money.Currency);

    /// <summary>Negates an amount.</summary>
    /// <param name="money">The amount.</param>
    public static Money operator -(Money money) => new(-money.Amount, money.Currency);

    /// <summary>Adds two amounts; see <see cref="op_Addition"/>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts; see <see cref="op_Subtraction(Money, Money)"/>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The difference.</returns>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product (not rounded).</returns>
    public static Money Multiply(Money money, decimal factor) => money * factor;

    /// <summary>Negates an amount.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money Negate(Money money) => -money;

    /// <summary>Equality: same currency and same amount (<c>1.0 EUR == 1.00 EUR</c>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static void EnsureSameCurrency(Money left, Money right, string operation)
    {
        if (left.Currency != right.Currency)
        {
            ThrowCurrencyMismatch(left, right, operation);
        }
    }

    private static void ThrowCurrencyMismatch(Money left, Money right, string operation) =>
        throw new InvalidOperationException(
            $"Cannot {operation} amounts in different currencies: {left.Currency.Code} and {right.Currency.Code}.");
}
