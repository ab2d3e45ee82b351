using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.MoneyAndMarkets;

public sealed class MoneyAndMarketTests : IDisposable
{
    // Counts the cases that met each conditional property's premise; checked after the property's run (see PremiseTally).
    private readonly PremiseTally _premises = new();

    [Fact]
    public void Mixing_currencies_is_an_invalid_operation_naming_both()
    {
        var eur = new Money(10m, "EUR");
        var usd = new Money(10m, "USD");
        var ex = Assert.Throws<InvalidOperationException>(() => eur + usd);
        Assert.Contains("EUR", ex.Message);
        Assert.Contains("USD", ex.Message);
        Assert.Throws<InvalidOperationException>(() => eur < usd);
    }

    [Fact]
    public void Arithmetic_within_one_currency_is_exact_decimal()
    {
        var a = new Money(0.1m, "EUR");
        var b = new Money(0.2m, "EUR");
        Assert.Equal(new Money(0.3m, "EUR"), a + b);
        Assert.Equal("0.30", (a + b).FormatAmount());
        Assert.Equal("124.95 EUR", new Money(124.95m, "EUR").ToString());
        Assert.Equal("1200", new Money(1200m, "JPY").FormatAmount());
        Assert.Equal("0.125", new Money(0.125m, "EUR").FormatAmount());
        Assert.Equal(new Money(0.13m, "EUR"), new Money(0.125m, "EUR").Round());
        Assert.Equal(new Money(-0.13m, "EUR"), new Money(-0.125m, "EUR").Round());
    }

    [Property(MaxTest = 300)]
    public Property Addition_is_associative_and_commutative_within_a_currency() =>
        Prop.ForAll<decimal, decimal, decimal>((x, y, z) =>
        {
            var (a, b, c) = (new Money(x, "CNY"), new Money(y, "CNY"), new Money(z, "CNY"));
            bool? holds;
            try
            {
                holds = (a + b) + c == a + (b + c) && a + b == b + a && (a + b) - b == a;
            }
            catch (OverflowException)
            {
                holds = null; // the sums leave decimal's range: no law to check
            }

            return _premises.When("the sums stay within decimal's range", holds is not null, atLeast: 250, () => holds!.Value);
        });

    [Theory]
    [InlineData("XX")]
    [InlineData("EU")]
    [InlineData("D")]
    [InlineData("DEU")]
    [InlineData("")]
    public void Unknown_country_codes_are_rejected_naming_the_value(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => CountryCode.Parse(code));
        Assert.Contains($"'{code}'", ex.Message);
    }

    [Fact]
    public void Country_codes_are_case_insensitive_and_know_the_eu()
    {
        Assert.Equal(CountryCode.Parse("DE"), CountryCode.Parse("de"));
        Assert.True(CountryCode.Parse("DE").IsEuMember);
        Assert.False(CountryCode.Parse("GB").IsEuMember);
        Assert.Equal(249, CountryCode.All.Length);
    }

    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("KWD", 3)]
    [InlineData("cny", 2)]
    public void Currencies_know_their_minor_units(string code, int minor) =>
        Assert.Equal(minor, Currency.Parse(code).MinorUnits);

    [Theory]
    [InlineData("XAU")]
    [InlineData("EURO")]
    [InlineData("ABC")]
    public void Unknown_currencies_are_rejected_naming_the_value(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.Parse(code));
        Assert.Contains($"'{code}'", ex.Message);
    }

    public void Dispose() => _premises.Verify();
}
