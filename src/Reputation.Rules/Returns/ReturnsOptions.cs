using System;
using System.Collections.Generic;
using System.Globalization;

namespace Reputation.Rules.Returns;

/// <summary>
/// Options of the <see cref="ReturnComplianceEngine"/>. The engine copies them into immutable state when it is built,
/// so changing an options object later does not change an engine. <see cref="Validate"/> lists every problem.
/// </summary>
/// <remarks>This type is mutable and not thread-safe; build the engine once and share the engine instead.</remarks>
public sealed class ReturnsOptions
{
    /// <summary>The seller policy used for every field a case does not state.</summary>
    /// <value>The default value is a <see cref="SellerPolicyOptions"/> with its documented defaults (30 days, 5 working days, …).</value>
    public SellerPolicyOptions DefaultSellerPolicy { get; set; } = new();

    /// <summary>
    /// <c>RET-DUE-SOON</c> fires when the refund is incomplete and at most this many working days remain until the
    /// deadline (0 means: only on the deadline day or with only non-working days left).
    /// </summary>
    /// <value>The default value is 1. Must be 0–30.</value>
    public int DueSoonWorkingDays { get; set; } = 1;

    /// <summary>
    /// The shortest return window, in days after delivery, for faulty or not-as-described goods in every market (a
    /// buyer-protective choice modelled on UK Consumer Rights Act 2015 s. 22(3); see docs/returns.md).
    /// </summary>
    /// <value>The default value is 30. Must be 0–3650.</value>
    public int FaultyGoodsMinimumWindowDays { get; set; } = 30;

    /// <summary>
    /// Law profiles by buyer market code (<c>ReputationRules:Returns:Laws:XX</c>): each adds the law layer of a market
    /// without a built-in profile (AE, SA, …) or replaces the market's built-in one (for an EU member state, only that
    /// state's). Applied after the built-in profiles and any passed to the engine in code.
    /// </summary>
    /// <value>The default value is empty.</value>
    public Dictionary<string, LawProfileOptions> Laws { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every problem with these options, as <c>"Path.To.Field: what is wrong"</c>; empty when valid.</summary>
    /// <returns>The problems, in property order.</returns>
    public IEnumerable<string> Validate()
    {
        if (DefaultSellerPolicy is null)
        {
            yield return "DefaultSellerPolicy: must not be null.";
        }
        else
        {
            foreach (var problem in DefaultSellerPolicy.Validate())
            {
                yield return "DefaultSellerPolicy." + problem;
            }
        }

        if (DueSoonWorkingDays is < 0 or > 30)
        {
            yield return $"DueSoonWorkingDays: must be between 0 and 30 (got {DueSoonWorkingDays.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (FaultyGoodsMinimumWindowDays is < 0 or > SellerPolicy.MaxReturnWindowDays)
        {
            yield return $"FaultyGoodsMinimumWindowDays: must be between 0 and 3650 (got {FaultyGoodsMinimumWindowDays.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (Laws is null)
        {
            yield return "Laws: must not be null.";
            yield break;
        }

        foreach (var (market, law) in Laws)
        {
            if (!CountryCode.TryParse(market, out _))
            {
                yield return $"Laws.{market}: '{market}' is not an ISO 3166-1 alpha-2 market code.";
            }
            else if (law is null)
            {
                yield return $"Laws.{market}: must not be null.";
            }
            else
            {
                foreach (var problem in law.Validate("Laws." + market))
                {
                    yield return problem;
                }
            }
        }
    }
}

/// <summary>
/// The seller policy an engine assumes when a case does not state one, field by field. Mirrors <see cref="SellerPolicy"/>
/// with settable properties for configuration binding.
/// </summary>
/// <remarks>This type is mutable and not thread-safe.</remarks>
public sealed class SellerPolicyOptions
{
    /// <summary>Days after delivery during which returns are accepted.</summary>
    /// <value>The default value is 30. Must be 0–3650.</value>
    public int ReturnWindowDays { get; set; } = 30;

    /// <summary>Working days (seller market calendar) after receiving the goods back within which the seller refunds.</summary>
    /// <value>The default value is 5. Must be 0–365.</value>
    public int RefundWithinWorkingDays { get; set; } = 5;

    /// <summary>Whether the buyer is given the statutory withdrawal information.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WithdrawalInfoGiven { get; set; } = true;

    /// <summary>Whether the buyer is told before buying that they pay return shipping.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool BuyerPaysReturnInformed { get; set; }

    /// <summary>Whether the seller offers to collect returned goods.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool OffersCollection { get; set; }

    /// <summary>A declared restocking fee as a percent of the items total.</summary>
    /// <value>The default value is 0 (none). Must be 0–100.</value>
    public decimal RestockingFeePercent { get; set; }

    /// <summary>Whether the seller displays its return terms.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ReturnTermsDisplayed { get; set; } = true;

    /// <summary>Every problem, as <c>"Field: what is wrong"</c>; empty when valid.</summary>
    /// <returns>The problems, in property order.</returns>
    public IEnumerable<string> Validate()
    {
        if (ReturnWindowDays is < 0 or > SellerPolicy.MaxReturnWindowDays)
        {
            yield return $"ReturnWindowDays: must be between 0 and 3650 (got {ReturnWindowDays.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (RefundWithinWorkingDays is < 0 or > SellerPolicy.MaxRefundWithinWorkingDays)
        {
            yield return $"RefundWithinWorkingDays: must be between 0 and 365 (got {RefundWithinWorkingDays.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (RestockingFeePercent is < 0m or > 100m)
        {
            yield return $"RestockingFeePercent: must be between 0 and 100 (got {RestockingFeePercent.ToString(CultureInfo.InvariantCulture)}).";
        }
    }

    /// <summary>The immutable policy these options describe.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidReturnCaseException">A value is out of range (call <see cref="Validate"/> first).</exception>
    public SellerPolicy ToSellerPolicy() => new()
    {
        ReturnWindowDays = ReturnWindowDays,
        RefundWithinWorkingDays = RefundWithinWorkingDays,
        WithdrawalInfoGiven = WithdrawalInfoGiven,
        BuyerPaysReturnInformed = BuyerPaysReturnInformed,
        OffersCollection = OffersCollection,
        RestockingFeePercent = RestockingFeePercent,
        ReturnTermsDisplayed = ReturnTermsDisplayed,
    };
}
