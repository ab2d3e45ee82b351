using Reputation.Rules.Serialization;
using Xunit;

namespace Reputation.Rules.Tests.Serialization;

/// <summary>The wire's one vocabulary (docs/serialization.md, "One vocabulary"): the same words read alike in every input.</summary>
public sealed class VocabularyTests
{
    private const string ReturnCase = """
        {"caseId":"U1","asOf":"2026-05-15","buyerMarket":"MARKET","sellerMarket":"CN",
         "order":{"itemsTotal":{"amount":"19.90","currency":"GBP"},"deliveryPaid":{"amount":"0","currency":"GBP"},"paymentMethod":"paypal","deliveredOn":"2026-04-20"},
         "return":{"reason":"change-of-mind","goods":"standard","requestedOn":"2026-04-22","receivedOn":"2026-04-28"},"refunds":[]}
        """;

    [Theory]
    [InlineData("UK")]
    [InlineData("uk")]
    [InlineData("GB")]
    public void Uk_is_read_as_gb_in_a_return_case(string market)
    {
        var request = ReputationRulesJson.ReadReturnCheck(ReturnCase.Replace("MARKET", market, System.StringComparison.Ordinal));
        Assert.Equal(CountryCode.Parse("GB"), request.Case.BuyerMarket);
    }

    [Fact]
    public void Uk_is_read_as_gb_in_a_review_message_and_a_customer_review()
    {
        var guard = new Reputation.Rules.Reviews.SolicitationGuard();
        var review = ReputationRulesJson.ReadReviewCheck("""{"id":"m","platform":"ebay","buyerMarket":"UK","text":"Thanks!"}""", guard);
        Assert.Equal(CountryCode.Parse("GB"), review.Message!.BuyerMarket);
        var customerReview = ReputationRulesJson.ReadCustomerReview("""{"id":"r1","text":"Arrived late.","stars":2,"market":"UK"}""");
        Assert.Equal(CountryCode.Parse("GB"), customerReview.Market);
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("XX")]
    public void Other_non_iso_codes_are_still_refused_where_a_calendar_is_needed(string market)
    {
        var ok = ReputationRulesJson.TryReadReturnCheck(ReturnCase.Replace("MARKET", market, System.StringComparison.Ordinal), out _, out var problems);
        Assert.False(ok);
        Assert.Contains(problems, p => p.Path == "$.buyerMarket");
    }
}
