using System.Linq;
using Reputation.Rules.Returns;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>
/// Amount due = items + delivery − allowed deductions (declared on refunds by as-of, kept only if no layer forbids
/// them, then capped). Each case: items 100.00 + delivery as given; the arithmetic is in the name.
/// </summary>
public sealed class DeductionTests
{
    private static ReturnReport Deduct(
        string buyer,
        string kind,
        decimal amount,
        SellerPolicy? policy = null,
        ReturnReason reason = ReturnReason.ChangeOfMind,
        decimal delivery = 0m,
        decimal? standard = null,
        string currency = "EUR")
    {
        var refund = Refund("2026-03-10", System.Math.Max(0m, 100m + delivery - amount), currency: currency, deductions: (kind, amount));
        return Eval(
            Make(buyer: buyer, seller: "CN", currency: currency, delivery: delivery, standardDelivery: standard, reason: reason, requested: "2026-03-05", received: "2026-03-09", refunds: [refund], policy: policy),
            "2026-03-10");
    }

    [Fact]
    public void EU_restocking_fee_is_forbidden_even_when_declared_100_minus_0_is_due()
    {
        var report = Deduct("FR", "restocking-fee", 10m, new SellerPolicy { RestockingFeePercent = 15m });
        Assert.Equal(M(100m), report.AmountDue);
        var decision = Assert.Single(report.Policy.Deductions);
        Assert.True(decision.IsForbidden);
        Assert.Equal(PolicyLayer.Law, decision.Layer);
        Assert.Equal("EU Directive 2011/83/EU Art. 9(1)", decision.Citation.ToString());
        Assert.True(report.Has("RET-PARTIAL-REFUND"));
    }

    [Theory]
    [InlineData(true, 92.50)]   // informed: 100 − 7.50
    [InlineData(false, 100.00)] // not informed: the trader pays (Art. 14(1)) → nothing may be kept
    public void EU_return_shipping_only_when_the_buyer_was_told(bool informed, decimal due)
    {
        var report = Deduct("DE", "return-shipping", 7.50m, new SellerPolicy { BuyerPaysReturnInformed = informed });
        Assert.Equal(M(due), report.AmountDue);
        Assert.Equal(!informed, report.Has("RET-PARTIAL-REFUND"));
    }

    [Fact]
    public void EU_express_premium_is_capped_at_delivery_15_minus_standard_5_so_115_minus_10_is_105()
    {
        var report = Deduct("DE", "express-delivery-premium", 12m, delivery: 15m, standard: 5m);
        Assert.Equal(M(105m), report.AmountDue);
        var decision = Assert.Single(report.Policy.Deductions);
        Assert.Equal(M(10m), decision.Allowed);
        Assert.True(decision.ExceedsAllowance);
        Assert.True(report.Has("RET-PARTIAL-REFUND")); // refunded 103 of 105
    }

    [Theory]
    [InlineData(true, 80.00)]
    [InlineData(false, 100.00)] // no withdrawal information → no liability for diminished value (Art. 14(2))
    public void EU_diminished_value_only_with_withdrawal_information(bool informed, decimal due)
    {
        var report = Deduct("DE", "diminished-value", 20m, new SellerPolicy { WithdrawalInfoGiven = informed });
        Assert.Equal(M(due), report.AmountDue);
    }

    [Fact]
    public void GB_restocking_fee_is_forbidden_by_reg_29_1()
    {
        var report = Deduct("GB", "restocking-fee", 5m, new SellerPolicy { RestockingFeePercent = 10m }, currency: "GBP");
        Assert.Equal(M(100m, "GBP"), report.AmountDue);
        Assert.Equal("UK Consumer Contracts Regulations 2013 reg. 29(1)", report.Policy.Deductions[0].Citation.ToString());
    }

    [Theory]
    [InlineData("card-fee", 98.00)]
    [InlineData("promotion-repricing", 98.00)]
    [InlineData("lost-free-shipping", 98.00)]
    [InlineData("unreturned-gift", 98.00)]
    [InlineData("restocking-fee", 100.00)]
    [InlineData("diminished-value", 100.00)]
    public void CN_allows_only_the_Measures_deductions(string kind, decimal due)
    {
        var report = Deduct("CN", kind, 2m, new SellerPolicy { RestockingFeePercent = 10m }, currency: "CNY");
        Assert.Equal(M(due, "CNY"), report.AmountDue);
    }

    [Theory]
    [InlineData(ReturnReason.ChangeOfMind, 95.00)]
    [InlineData(ReturnReason.Faulty, 100.00)] // CPL Art. 24: the operator bears the costs of quality returns
    public void CN_return_shipping_on_change_of_mind_only(ReturnReason reason, decimal due)
    {
        var report = Deduct("CN", "return-shipping", 5m, new SellerPolicy { BuyerPaysReturnInformed = true }, reason, currency: "CNY");
        Assert.Equal(M(due, "CNY"), report.AmountDue);
    }

    [Theory]
    [InlineData("return-shipping")]
    [InlineData("restocking-fee")]
    [InlineData("express-delivery-premium")]
    public void BR_allows_no_deduction_at_all(string kind)
    {
        var report = Deduct("BR", kind, 5m, new SellerPolicy { BuyerPaysReturnInformed = true, RestockingFeePercent = 10m }, delivery: 10m, standard: 0m, currency: "BRL");
        Assert.Equal(M(110m, "BRL"), report.AmountDue);
        Assert.True(report.Has("RET-PARTIAL-REFUND"));
    }

    [Theory]
    [InlineData("return-shipping", 94.00)]
    [InlineData("card-fee", 100.00)]
    public void RU_allows_only_the_sellers_cost_of_bringing_the_goods_back(string kind, decimal due)
    {
        var report = Deduct("RU", kind, 6m, new SellerPolicy { BuyerPaysReturnInformed = true }, currency: "RUB");
        Assert.Equal(M(due, "RUB"), report.AmountDue);
    }

    [Theory]
    [InlineData(ReturnReason.ChangeOfMind, 97.00)]
    [InlineData(ReturnReason.NotAsDescribed, 100.00)] // Art. 18(10): the seller pays when not as advertised
    public void KR_return_shipping_on_change_of_mind_only(ReturnReason reason, decimal due)
    {
        var report = Deduct("KR", "return-shipping", 3m, new SellerPolicy { BuyerPaysReturnInformed = true }, reason, currency: "USD");
        Assert.Equal(M(due, "USD"), report.AmountDue);
    }

    [Theory]
    [InlineData(ReturnReason.Faulty, 100.00)]       // ACL s. 263: nothing off a refund the law requires
    [InlineData(ReturnReason.ChangeOfMind, 90.00)]  // no change-of-mind right: the seller's declared 10% applies
    public void AU_forbids_deductions_on_faulty_returns_only(ReturnReason reason, decimal due)
    {
        var report = Deduct("AU", "restocking-fee", 10m, new SellerPolicy { RestockingFeePercent = 10m }, reason, currency: "AUD");
        Assert.Equal(M(due, "AUD"), report.AmountDue);
    }

    [Theory]
    [InlineData(0, 100.00)]   // not declared → the seller layer forbids it
    [InlineData(10, 90.00)]   // declared 10% of 100.00 = 10.00, declared deduction 10.00
    [InlineData(5, 95.00)]    // declared 5% → capped at 5.00
    public void US_restocking_fee_needs_a_declared_percent_and_is_capped_by_it(int percent, decimal due)
    {
        var report = Deduct("US", "restocking-fee", 10m, new SellerPolicy { RestockingFeePercent = percent }, currency: "USD");
        Assert.Equal(M(due, "USD"), report.AmountDue);
        Assert.Equal(PolicyLayer.Seller, report.Policy.Deductions[0].Layer);
    }

    [Fact]
    public void Restocking_cap_12_5_percent_of_33_33_leaves_29_16_due()
    {
        // 33.33 × 12.5% = 4.16625 (the exact cap); due = 33.33 − 4.16625 = 29.16375 → 29.16 (half away from zero).
        var refund = Refund("2026-03-10", 29.16m, currency: "USD", deductions: ("restocking-fee", 4.20m));
        var report = Eval(Make(buyer: "US", seller: "US", currency: "USD", items: 33.33m, requested: "2026-03-05", received: "2026-03-09", refunds: [refund], policy: new SellerPolicy { RestockingFeePercent = 12.5m }), "2026-03-10");
        Assert.Equal(M(29.16m, "USD"), report.AmountDue);
        Assert.False(report.Has("RET-PARTIAL-REFUND"));
    }

    [Fact]
    public void Restocking_cap_is_exact_and_only_the_amount_due_is_rounded()
    {
        // Review fix: 45.55 × 10% = 4.555. Amount due = 45.55 − 4.555 = 40.995 → 41.00 (half away from zero). Rounding
        // the cap first (4.56) would have made it 40.99, half a cent against the buyer; so a refund of 40.99 is partial.
        var refund = Refund("2026-03-10", 40.99m, currency: "USD", deductions: ("restocking-fee", 4.56m));
        var report = Eval(Make(buyer: "US", seller: "US", currency: "USD", items: 45.55m, requested: "2026-03-05", received: "2026-03-09", refunds: [refund], policy: new SellerPolicy { RestockingFeePercent = 10m }), "2026-03-10");
        Assert.Equal(M(41.00m, "USD"), report.AmountDue);
        Assert.True(report.Has("RET-PARTIAL-REFUND"));
    }

    [Theory]
    [InlineData("BR")]
    [InlineData("DE")]
    [InlineData("CN")]
    [InlineData("AE")]
    public void Buyer_requested_partial_refund_is_allowed_everywhere(string buyer)
    {
        var report = Deduct(buyer, "buyer-requested", 40m);
        Assert.Equal(M(60m), report.AmountDue);
        Assert.False(report.Has("RET-PARTIAL-REFUND"));
    }

    [Fact]
    public void Faulty_goods_return_shipping_is_never_the_buyers_even_when_told()
    {
        var report = Deduct("DE", "return-shipping", 5m, new SellerPolicy { BuyerPaysReturnInformed = true }, ReturnReason.Faulty);
        Assert.Equal(M(100m), report.AmountDue);
        Assert.Equal(PolicyLayer.BuyerProtection, report.Policy.Deductions[0].Layer);
    }

    [Fact]
    public void Deductions_are_summed_per_kind_across_refunds_before_the_cap()
    {
        // Two restocking fees of 6.00 against a declared 10% cap of 10.00: 12.00 declared, 10.00 allowed → due 90.00.
        var refunds = new[]
        {
            Refund("2026-03-10", 44m, currency: "USD", deductions: ("restocking-fee", 6m)),
            Refund("2026-03-11", 44m, currency: "USD", deductions: ("restocking-fee", 6m)),
        };
        var report = Eval(Make(buyer: "US", seller: "US", currency: "USD", requested: "2026-03-05", received: "2026-03-09", refunds: refunds, policy: new SellerPolicy { RestockingFeePercent = 10m }), "2026-03-12");
        var decision = Assert.Single(report.Policy.Deductions);
        Assert.Equal(M(12m, "USD"), decision.Declared);
        Assert.Equal(M(10m, "USD"), decision.Allowed);
        Assert.Equal(M(90m, "USD"), report.AmountDue);
        Assert.True(report.Has("RET-PARTIAL-REFUND")); // 88 of 90
    }

    [Fact]
    public void Deductions_on_refunds_after_as_of_are_not_counted()
    {
        var refund = Refund("2026-03-20", 90m, deductions: ("buyer-requested", 10m));
        var report = Eval(Make(requested: "2026-03-05", received: "2026-03-09", refunds: [refund]), "2026-03-10");
        Assert.Empty(report.Policy.Deductions);
        Assert.Equal(M(100m), report.AmountDue);
        Assert.Equal(M(0m), report.Refunded);
    }

    [Fact]
    public void Other_kinds_pass_the_seller_layer_where_no_law_regulates_deductions()
    {
        var report = Deduct("US", "handling-fee", 3m, currency: "USD");
        Assert.Equal(M(97m, "USD"), report.AmountDue);
        Assert.Equal(PolicyLayer.Seller, report.Policy.Deductions.Single().Layer);
    }

    [Fact]
    public void A_marketplace_can_forbid_a_kind()
    {
        var strict = new MarketplaceProfile("strictmart", "StrictMart", new Citation("StrictMart policy", "no fees"), 3, null, forbiddenDeductions: [DeductionKind.RestockingFee]);
        var engine = new ReturnComplianceEngine(new ReturnsOptions(), Rules.Calendars.CalendarProvider.BuiltIn, marketplaces: [strict]);
        var refund = Refund("2026-03-10", 95m, currency: "USD", deductions: ("restocking-fee", 5m));
        var report = engine.Evaluate(Make(buyer: "US", seller: "US", currency: "USD", marketplace: "strictmart", requested: "2026-03-05", received: "2026-03-09", refunds: [refund], policy: new SellerPolicy { RestockingFeePercent = 10m }), D("2026-03-10"));
        Assert.Equal(PolicyLayer.Marketplace, report.Policy.Deductions.Single().Layer);
        Assert.Equal(M(100m, "USD"), report.AmountDue);
    }

    [Fact]
    public void Amount_due_never_goes_below_zero()
    {
        var report = Deduct("US", "buyer-requested", 150m, currency: "USD");
        Assert.Equal(M(0m, "USD"), report.AmountDue);
    }

    [Theory]
    [InlineData("USD", 19.995, 0, "20.00")] // half away from zero to 2 minor digits
    [InlineData("JPY", 1000.5, 0, "1001")]  // 0 minor digits
    [InlineData("KWD", 10.0004, 0, "10.000")] // 3 minor digits
    [InlineData("USD", 10, 5, "15.00")]
    public void Amount_due_is_rounded_to_the_currency_minor_units(string currency, double items, double delivery, string expected)
    {
        var report = Eval(Make(buyer: "US", seller: "US", currency: currency, items: (decimal)items, delivery: (decimal)delivery, requested: "2026-03-05"), "2026-03-06");
        Assert.Equal(expected, report.AmountDue.FormatAmount());
    }
}
