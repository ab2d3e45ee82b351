using System;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;
using Reputation.Rules.Utility;

namespace Reputation.Rules;

/// <summary>An ISO 3166-1 alpha-2 country code (officially assigned codes only), such as <c>DE</c> or <c>CN</c>.</summary>
/// <remarks>This type is an immutable value type and is thread-safe. <c>default(CountryCode)</c> is not a valid code.</remarks>
[JsonConverter(typeof(Serialization.CountryCodeJsonConverter))]
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>
{
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
        "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
        "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
        "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
        "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
        "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    // The 27 member states of the European Union (since 2020-02-01).
    private const string EuMembers = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE";

    private static readonly FrozenSet<string> AssignedSet =
        Assigned.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AssignedLookup =
        AssignedSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> EuSet = EuMembers.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private readonly string? _value;

    private CountryCode(string trustedValue, bool trusted)
    {
        _ = trusted;
        _value = trustedValue;
    }

    /// <summary>Creates a country code after validating it.</summary>
    /// <param name="value">Two letters; case-insensitive (<c>de</c> becomes <c>DE</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not an assigned ISO 3166-1 alpha-2 code; the message names it.</exception>
    public CountryCode(string value) => this = Parse(value);

    /// <summary>The two upper-case letters; empty for <c>default(CountryCode)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether the country is a member state of the European Union.</summary>
    public bool IsEuMember => _value is not null && EuSet.Contains(_value);

    /// <summary>Every officially assigned code, in alphabetical order.</summary>
    public static System.Collections.Immutable.ImmutableArray<CountryCode> All { get; } =
        [.. Assigned.Split(' ').Select(c => new CountryCode(c, trusted: true))];

    /// <summary>Parses a country code (case-insensitive).</summary>
    /// <param name="value">Two letters such as <c>DE</c>.</param>
    /// <returns>The country code.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not an assigned ISO 3166-1 alpha-2 code; the message names it.</exception>
    public static CountryCode Parse(string value)
    {
        if (!TryParse(value, out var code))
        {
            Preconditions.ThrowArgument(nameof(value), $"'{value}' is not an ISO 3166-1 alpha-2 country code (expected two letters such as 'DE' or 'CN').");
        }

        return code;
    }

    /// <summary>Tries to parse a country code (case-insensitive).</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is an assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out CountryCode code) => TryParse(value.AsSpan(), out code) && value is not null;

    /// <summary>Tries to parse a country code (case-insensitive) without allocating.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is an assigned code.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, out CountryCode code)
    {
        code = default;
        if (value.Length != 2)
        {
            return false;
        }

        Span<char> upper = stackalloc char[2];
        upper[0] = char.ToUpperInvariant(value[0]);
        upper[1] = char.ToUpperInvariant(value[1]);
        if (!AssignedLookup.TryGetValue(upper, out var interned))
        {
            return false;
        }

        code = new CountryCode(interned, trusted: true);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(CountryCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Equality of codes.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Inequality of codes.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Alphabetical order.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;
}
