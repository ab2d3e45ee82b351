using System;
using Reputation.Rules.Returns;
using Xunit;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

/// <summary>Bad input fails at construction with the field's contract path and what is wrong.</summary>
public sealed class CaseValidationTests
{
    private static InvalidReturnCaseException Fails(Action create) => Assert.Throws<InvalidReturnCaseException>(create);

    [Fact]
    public void Order_rejects_negative_amounts_mixed_currencies_and_a_blank_method()
    {
        var delivered = D("2026-03-02");
        Assert.Equal("itemsTotal: must not be negative (got -45.00 EUR).", Fails(() => _ = new Order(M(-45m), M(0m), "card", delivered)).Message);
        Assert.Equal("deliveryPaid", Fails(() => _ = new Order(M(45m), M(5m, "USD"), "card", delivered)).Field);
        Assert.Equal("standardDeliveryCost", Fails(() => _ = new Order(M(45m), M(5m), "card", delivered, M(-1m))).Field);
        Assert.Equal("paymentMethod", Fails(() => _ = new Order(M(45m), M(5m), " ", delivered)).Field);
        Assert.Equal("itemsTotal", Fails(() => _ = new Order(M(2_000_000_000_000_000m), M(0m), "card", delivered)).Field);
        Assert.Equal("deliveredOn", Fails(() => _ = new Order(M(1m), M(0m), "card", new NodaTime.LocalDate(1900, 1, 1))).Field);
    }

    [Fact]
    public void Order_defaults_the_standard_delivery_cost_to_the_delivery_paid()
    {
        var order = new Order(M(45m), M(5m), "card", D("2026-03-02"));
        Assert.Equal(M(5m), order.StandardDeliveryCost);
        Assert.Equal(M(50m), order.TotalPaid);
    }

    [Fact]
    public void Return_request_rejects_receipt_before_the_request()
    {
        var ex = Fails(() => _ = new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard, D("2026-03-10"), null, D("2026-03-09")));
        Assert.Equal("receivedOn", ex.Field);
        Assert.Equal("receivedOn: 2026-03-09 is before requestedOn 2026-03-10.", ex.Message);
        Assert.Equal("reason", Fails(() => _ = new ReturnRequest((ReturnReason)9, GoodsCategory.Standard, D("2026-03-10"))).Field);
        Assert.Equal("goods", Fails(() => _ = new ReturnRequest(ReturnReason.Faulty, (GoodsCategory)9, D("2026-03-10"))).Field);
    }

    [Fact]
    public void Return_case_names_the_refund_that_is_wrong()
    {
        Assert.Equal(
            "refunds[1].on: 2026-03-01 is before order.deliveredOn 2026-03-02.",
            Fails(() => Make(refunds: [Refund("2026-03-05", 1m), Refund("2026-03-01", 1m)])).Message);
        Assert.Equal("refunds[0].amount", Fails(() => Make(refunds: [Refund("2026-03-05", 1m, "USD")])).Field);
        Assert.Equal("return.requestedOn", Fails(() => Make(delivered: "2026-03-02", requested: "2026-03-01")).Field);
        Assert.Equal("return.evidenceOfSendingOn", Fails(() => Make(delivered: "2026-03-02", requested: "2026-03-03", evidence: "2026-03-01")).Field);
        Assert.Equal("refusal.on", Fails(() => Make(requested: "2026-03-05", refusal: Refusal("2026-03-04"))).Field);
        Assert.Equal("caseId", Fails(() => Make(caseId: "")).Field);
        Assert.Equal("marketplace", Fails(() => Make(marketplace: " ")).Field);
    }

    [Fact]
    public void Refund_and_deduction_reject_negative_amounts_and_mixed_currencies()
    {
        Assert.Equal("amount", Fails(() => _ = new Refund(D("2026-03-05"), M(-1m), "card")).Field);
        Assert.Equal("method", Fails(() => _ = new Refund(D("2026-03-05"), M(1m), "")).Field);
        Assert.Equal("amount", Fails(() => _ = new Deduction(DeductionKind.CardFee, M(-1m))).Field);
        Assert.Equal("kind", Fails(() => _ = new Deduction(default, M(1m))).Field);
        Assert.Equal(
            "deductions[0].amount",
            Fails(() => _ = new Refund(D("2026-03-05"), M(1m), "card", false, [new Deduction(DeductionKind.CardFee, M(1m, "USD"))])).Field);
    }

    [Fact]
    public void Seller_policy_checks_each_value_when_set()
    {
        Assert.Equal("returnWindowDays", Fails(() => _ = new SellerPolicy { ReturnWindowDays = -1 }).Field);
        Assert.Equal("refundWithinWorkingDays", Fails(() => _ = new SellerPolicy { RefundWithinWorkingDays = 366 }).Field);
        Assert.Equal("restockingFeePercent: must be between 0 and 100 (got 100.5).", Fails(() => _ = new SellerPolicy { RestockingFeePercent = 100.5m }).Message);
    }

    [Fact]
    public void Deduction_kinds_are_case_insensitive_and_accept_unknown_names()
    {
        Assert.Equal(DeductionKind.RestockingFee, new DeductionKind(" Restocking-Fee "));
        Assert.True(DeductionKind.RestockingFee.IsWellKnown);
        var other = new DeductionKind("Handling-Fee");
        Assert.Equal("handling-fee", other.Name);
        Assert.False(other.IsWellKnown);
        Assert.Equal("kind", Fails(() => _ = new DeductionKind("  ")).Field);
        Assert.Equal("kind", Fails(() => _ = new DeductionKind(new string('x', 65))).Field);
    }

    [Fact]
    public void Marketplace_profile_rejects_bad_names_and_ranges()
    {
        var citation = new Citation("Shop", "rules");
        Assert.Throws<ArgumentException>(() => new MarketplaceProfile("Big Shop", "Big Shop", citation, 2, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarketplaceProfile("shop", "Shop", citation, -1, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarketplaceProfile("shop", "Shop", citation, 1, 4000));
        Assert.Throws<ArgumentNullException>(() => new MarketplaceProfile("shop", "Shop", null!, 1, null));
    }

    [Theory]
    [InlineData(ReturnReason.ChangeOfMind, "change-of-mind")]
    [InlineData(ReturnReason.Faulty, "faulty")]
    [InlineData(ReturnReason.NotAsDescribed, "not-as-described")]
    public void Wire_names_round_trip_for_reasons(ReturnReason reason, string name)
    {
        Assert.Equal(name, ReturnWireNames.Of(reason));
        Assert.True(ReturnWireNames.TryParse(name.ToUpperInvariant(), out ReturnReason parsed));
        Assert.Equal(reason, parsed);
    }

    [Fact]
    public void Wire_names_round_trip_for_every_goods_category_and_refusal_reason()
    {
        foreach (var goods in Enum.GetValues<GoodsCategory>())
        {
            Assert.True(ReturnWireNames.TryParse(ReturnWireNames.Of(goods), out GoodsCategory parsed));
            Assert.Equal(goods, parsed);
            Assert.Contains(ReturnWireNames.Of(goods), ReturnWireNames.ListOf<GoodsCategory>(), StringComparison.Ordinal);
        }

        foreach (var reason in Enum.GetValues<RefusalReason>())
        {
            Assert.True(ReturnWireNames.TryParse(ReturnWireNames.Of(reason), out RefusalReason parsed));
            Assert.Equal(reason, parsed);
        }

        Assert.False(ReturnWireNames.TryParse("sealed", out GoodsCategory _));
        Assert.Equal("at-risk", ReturnWireNames.Of(ReturnVerdict.AtRisk));
        Assert.Equal("buyer-protection", ReturnWireNames.Of(PolicyLayer.BuyerProtection));
    }
}
