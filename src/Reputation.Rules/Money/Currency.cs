using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Reputation.Rules.Utility;

namespace Reputation.Rules;

/// <summary>An active ISO 4217 currency, such as <c>EUR</c> (2 minor digits) or <c>JPY</c> (0 minor digits).</summary>
/// <remarks>
/// Only active national and supranational currencies are accepted (no precious metals, funds or test codes).
/// This type is an immutable value type and is thread-safe. <c>default(Currency)</c> is not a valid currency.
/// </remarks>
[JsonConverter(typeof(Serialization.CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>, IComparable<Currency>
{
    // ISO 4217 list one (active codes). Minor units are 2 unless listed in the exceptions below.
    private const string TwoMinorDigits =
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CNY COP " +
        "CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR " +
        "IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN " +
        "NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP " +
        "STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES VED WST XCD XCG YER ZAR ZMW ZWG";

    private static readonly FrozenDictionary<string, (string Code, int MinorUnits)> MinorUnitsByCode = BuildTable();

    private static readonly FrozenDictionary<string, (string Code, int MinorUnits)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        MinorUnitsByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string? _code;
    private readonly int _minorUnits;

    private Currency(string trustedCode, int minorUnits)
    {
        _code = trustedCode;
        _minorUnits = minorUnits;
    }

    /// <summary>Creates a currency after validating the code.</summary>
    /// <param name="code">Three letters, case-insensitive.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an active ISO 4217 code; the message names it.</exception>
    public Currency(string code) => this = Parse(code);

    /// <summary>The three upper-case letters; empty for <c>default(Currency)</c>.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>The number of digits after the decimal point (EUR 2, JPY 0, KWD 3).</summary>
    public int MinorUnits => _minorUnits;

    /// <summary>Euro.</summary>
    public static Currency Eur { get; } = Parse("EUR");

    /// <summary>US dollar.</summary>
    public static Currency Usd { get; } = Parse("USD");

    /// <summary>Chinese yuan renminbi.</summary>
    public static Currency Cny { get; } = Parse("CNY");

    /// <summary>Pound sterling.</summary>
    public static Currency Gbp { get; } = Parse("GBP");

    /// <summary>Parses a currency code (case-insensitive).</summary>
    /// <param name="code">Three letters such as <c>EUR</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an active ISO 4217 code; the message names it.</exception>
    public static Currency Parse(string code)
    {
        if (!TryParse(code, out var currency))
        {
            Preconditions.ThrowArgument(nameof(code), $"'{code}' is not an active ISO 4217 currency code (expected three letters such as 'EUR').");
        }

        return currency;
    }

    /// <summary>Tries to parse a currency code (case-insensitive).</summary>
    /// <param name="code">The candidate text.</param>
    /// <param name="currency">The currency when valid.</param>
    /// <returns><see langword="true"/> when the code is an active ISO 4217 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out Currency currency) => TryParse(code.AsSpan(), out currency) && code is not null;

    /// <summary>Tries to parse a currency code (case-insensitive) without allocating.</summary>
    /// <param name="code">The candidate text.</param>
    /// <param name="currency">The currency when valid.</param>
    /// <returns><see langword="true"/> when the code is an active ISO 4217 code.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out Currency currency)
    {
        currency = default;
        if (code.Length != 3)
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        for (var i = 0; i < 3; i++)
        {
            upper[i] = char.ToUpperInvariant(code[i]);
        }

        if (!Lookup.TryGetValue(upper, out var entry))
        {
            return false;
        }

        currency = new Currency(entry.Code, entry.MinorUnits);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc />
    public override string ToString() => Code;

    /// <summary>Equality of codes.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Inequality of codes.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    private static FrozenDictionary<string, (string Code, int MinorUnits)> BuildTable()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in TwoMinorDigits.Split(' '))
        {
            table[code] = 2;
        }

        foreach (var code in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".Split(' '))
        {
            table[code] = 0;
        }

        foreach (var code in "BHD IQD JOD KWD LYD OMR TND".Split(' '))
        {
            table[code] = 3;
        }

        foreach (var code in "CLF UYW".Split(' '))
        {
            table[code] = 4;
        }

        return table.ToFrozenDictionary(kv => kv.Key, kv => (kv.Key, kv.Value), StringComparer.Ordinal);
    }
}
