using System;
using System.Linq;
using Xunit;

namespace Reputation.Rules.Tests.MoneyAndMarkets;

// The arithmetic, ordering and equality contract of Money, Currency and CountryCode, at the boundaries where an
// off-by-one comparison or a swapped operand would give a plausible but wrong answer (docs/quality.md).
public sealed class MoneySemanticsTests
{
    private static Money Eur(decimal amount) => new(amount, Currency.Eur);

    [Fact]
    public void Max_and_min_pick_the_larger_and_the_smaller_amount_in_either_argument_order()
    {
        Assert.Equal(Eur(5m), Money.Max(Eur(5m), Eur(3m)));
        Assert.Equal(Eur(5m), Money.Max(Eur(3m), Eur(5m)));
        Assert.Equal(Eur(3m), Money.Min(Eur(5m), Eur(3m)));
        Assert.Equal(Eur(3m), Money.Min(Eur(3m), Eur(5m)));
        Assert.Equal(Eur(-1m), Money.Min(Eur(-1m), Money.Zero(Currency.Eur)));
        Assert.Throws<InvalidOperationException>(() => Money.Max(Eur(1m), new Money(1m, Currency.Usd)));
        Assert.Throws<InvalidOperationException>(() => Money.Min(Eur(1m), new Money(1m, Currency.Usd)));
    }

    [Fact]
    public void Ordering_operators_are_strict_or_inclusive_at_equal_amounts()
    {
        var (one, two, alsoOne) = (Eur(1m), Eur(2m), Eur(1.00m));
        Assert.True(one < two);
        Assert.False(two < one);
        Assert.False(one < alsoOne);
        Assert.True(two > one);
        Assert.False(one > two);
        Assert.False(one > alsoOne);
        Assert.True(one <= alsoOne);
        Assert.True(one <= two);
        Assert.False(two <= one);
        Assert.True(one >= alsoOne);
        Assert.True(two >= one);
        Assert.False(one >= two);
        Assert.Equal(0, one.CompareTo(alsoOne));
        Assert.True(one.CompareTo(two) < 0);
        Assert.True(two.CompareTo(one) > 0);
    }

    [Fact]
    public void Every_ordering_names_both_currencies_when_they_differ()
    {
        var (eur, usd) = (Eur(1m), new Money(1m, Currency.Usd));
        Assert.Throws<InvalidOperationException>(() => eur > usd);
        Assert.Throws<InvalidOperationException>(() => eur <= usd);
        Assert.Throws<InvalidOperationException>(() => eur >= usd);
        var ex = Assert.Throws<InvalidOperationException>(() => eur.CompareTo(usd));
        Assert.Contains("compare", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR and USD", ex.Message, StringComparison.Ordinal);
        var sub = Assert.Throws<InvalidOperationException>(() => eur - usd);
        Assert.Contains("subtract", sub.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Money.Add(eur, usd));
        Assert.Throws<InvalidOperationException>(() => Money.Subtract(eur, usd));
    }

    [Fact]
    public void Named_operations_agree_with_the_operators()
    {
        Assert.Equal(Eur(7m), Money.Add(Eur(5m), Eur(2m)));
        Assert.Equal(Eur(3m), Money.Subtract(Eur(5m), Eur(2m)));
        Assert.Equal(Eur(3m), Eur(5m) - Eur(2m));
        Assert.Equal(Eur(-3m), Money.Subtract(Eur(2m), Eur(5m)));
        Assert.Equal(Eur(12.5m), Money.Multiply(Eur(5m), 2.5m));
        Assert.Equal(Eur(12.5m), Eur(5m) * 2.5m);
        Assert.Equal(Eur(-5m), Money.Negate(Eur(5m)));
        Assert.Equal(Eur(5m), -Eur(-5m));
        Assert.Equal(Currency.Eur, Money.Multiply(Eur(5m), 2m).Currency);
    }

    [Fact]
    public void Zero_and_negative_are_told_apart_at_the_boundary()
    {
        Assert.True(Money.Zero(Currency.Usd).IsZero);
        Assert.Equal(Currency.Usd, Money.Zero(Currency.Usd).Currency);
        Assert.False(Money.Zero(Currency.Usd).IsNegative);
        Assert.False(Eur(0.01m).IsZero);
        Assert.False(Eur(0.01m).IsNegative);
        Assert.True(Eur(-0.01m).IsNegative);
        Assert.False(Eur(-0.01m).IsZero);
    }

    [Fact]
    public void Equality_is_same_currency_and_same_amount_whatever_the_scale()
    {
        Assert.True(Eur(1.0m) == Eur(1.00m));
        Assert.False(Eur(1.0m) != Eur(1.00m));
        Assert.True(Eur(1m) != Eur(2m));
        Assert.True(Eur(1m) != new Money(1m, Currency.Usd));
        Assert.False(Eur(1m).Equals(new Money(1m, Currency.Usd)));
        Assert.True(Eur(1m).Equals((object)Eur(1.00m)));
        Assert.False(Eur(1m).Equals((object)1m));
        Assert.Equal(Eur(1.0m).GetHashCode(), Eur(1.00m).GetHashCode());
        Assert.Equal(new Money(3m, "usd"), new Money(3m, Currency.Usd));
    }

    [Fact]
    public void Money_needs_a_currency()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, default(Currency)));
        Assert.Equal("currency", ex.ParamName);
        Assert.Contains("default(Currency)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", "KWD", "1.500", "1.500 KWD")]
    [InlineData("-2", "EUR", "-2.00", "-2.00 EUR")]
    [InlineData("0.5", "JPY", "0.5", "0.5 JPY")]
    [InlineData("1", "CLF", "1.0000", "1.0000 CLF")]
    [InlineData("1200.00", "JPY", "1200", "1200 JPY")]
    public void Amounts_are_formatted_to_at_least_the_currency_minor_digits(string amount, string code, string expected, string text)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code);
        Assert.Equal(expected, money.FormatAmount());
        Assert.Equal(text, money.ToString());
    }

    [Theory]
    [InlineData("0.5", "JPY", "1")]
    [InlineData("-0.5", "JPY", "-1")]
    [InlineData("1.0005", "KWD", "1.001")]
    [InlineData("2.344", "USD", "2.34")]
    public void Rounding_goes_half_away_from_zero_to_the_minor_units(string amount, string code, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var rounded = new Money(decimal.Parse(amount, inv), code).Round();
        Assert.Equal(decimal.Parse(expected, inv), rounded.Amount);
        Assert.Equal(code, rounded.Currency.Code);
    }

    [Fact]
    public void Currencies_compare_by_code_and_know_their_names()
    {
        Assert.True(Currency.Eur < Currency.Usd);
        Assert.False(Currency.Usd < Currency.Eur);
        Assert.True(Currency.Usd > Currency.Eur);
        Assert.False(Currency.Eur > Currency.Usd);
        Assert.True(Currency.Eur <= Currency.Parse("eur"));
        Assert.False(Currency.Usd <= Currency.Eur);
        Assert.True(Currency.Eur >= Currency.Parse("eur"));
        Assert.False(Currency.Eur >= Currency.Usd);
        Assert.True(Currency.Cny != Currency.Gbp);
        Assert.True(Currency.Eur.Equals((object)Currency.Parse("EUR")));
        Assert.False(Currency.Eur.Equals((object)"EUR"));
        Assert.Equal(Currency.Parse("eur").GetHashCode(), Currency.Eur.GetHashCode());
        Assert.Equal("CNY", Currency.Cny.ToString());
        Assert.Equal("GBP", Currency.Gbp.Code);
        Assert.Equal("USD", new Currency("usd").Code);
        Assert.Equal(string.Empty, default(Currency).Code);
        Assert.Equal(4, Currency.Parse("CLF").MinorUnits);
        Assert.Equal(0, Currency.Parse("XOF").MinorUnits);
        Assert.Equal(3, Currency.Parse("TND").MinorUnits);
        Assert.Equal(2, Currency.Parse("ZWG").MinorUnits);
        Assert.Equal(2, Currency.Parse("AED").MinorUnits);
    }

    [Fact]
    public void Currency_try_parse_rejects_null_and_wrong_lengths_without_throwing()
    {
        Assert.False(Currency.TryParse((string?)null, out var none));
        Assert.Equal(default, none);
        Assert.False(Currency.TryParse("EU", out _));
        Assert.False(Currency.TryParse("EURO".AsSpan(), out _));
        Assert.True(Currency.TryParse("jPy".AsSpan(), out var jpy));
        Assert.Equal("JPY", jpy.Code);
        Assert.Equal(0, jpy.MinorUnits);
        Assert.Throws<ArgumentException>(() => new Currency("XAU"));
    }

    [Fact]
    public void Country_codes_compare_by_value_and_try_parse_does_not_throw()
    {
        var (cn, de) = (CountryCode.Parse("CN"), CountryCode.Parse("DE"));
        Assert.True(cn < de);
        Assert.False(de < cn);
        Assert.True(de > cn);
        Assert.False(cn > de);
        Assert.True(cn <= CountryCode.Parse("cn"));
        Assert.False(de <= cn);
        Assert.True(de >= CountryCode.Parse("de"));
        Assert.False(cn >= de);
        Assert.True(cn != de);
        Assert.False(cn != CountryCode.Parse("cn"));
        Assert.True(cn.Equals((object)CountryCode.Parse("CN")));
        Assert.False(cn.Equals((object)"CN"));
        Assert.Equal(CountryCode.Parse("cn").GetHashCode(), cn.GetHashCode());
        Assert.Equal("CN", cn.ToString());
        Assert.Equal("DE", new CountryCode("de").Value);
        Assert.Equal(string.Empty, default(CountryCode).Value);
        Assert.False(default(CountryCode).IsEuMember);
        Assert.False(CountryCode.TryParse((string?)null, out _));
        Assert.False(CountryCode.TryParse("D".AsSpan(), out _));
        Assert.True(CountryCode.TryParse("fR".AsSpan(), out var fr));
        Assert.Equal("FR", fr.Value);
        Assert.Throws<ArgumentException>(() => new CountryCode("XX"));
    }

    [Fact]
    public void All_country_codes_are_sorted_distinct_and_include_the_27_eu_members()
    {
        var all = CountryCode.All;
        Assert.Equal(all.OrderBy(c => c.Value, StringComparer.Ordinal), all);
        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.Equal(27, all.Count(c => c.IsEuMember));
        Assert.All(all, c => Assert.Equal(c, CountryCode.Parse(c.Value)));
    }
}
