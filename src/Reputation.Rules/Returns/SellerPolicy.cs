using System.Globalization;

namespace Reputation.Rules.Returns;

/// <summary>
/// The seller's own return policy (the seller layer). Every property has the documented default, so
/// <c>new SellerPolicy { ReturnWindowDays = 14 }</c> changes one promise and keeps the rest; an engine's defaults come
/// from <see cref="ReturnsOptions.DefaultSellerPolicy"/>. Whatever it says, the seller layer also always requires the
/// refund to go to the original payment method (the seller guide's rule).
/// </summary>
/// <remarks>This type is immutable and thread-safe; each property is validated when set.</remarks>
public sealed record SellerPolicy
{
    /// <summary>The largest accepted <see cref="ReturnWindowDays"/>.</summary>
    public const int MaxReturnWindowDays = 3650;

    /// <summary>The largest accepted <see cref="RefundWithinWorkingDays"/>.</summary>
    public const int MaxRefundWithinWorkingDays = 365;

    private readonly int _returnWindowDays = 30;
    private readonly int _refundWithinWorkingDays = 5;
    private readonly decimal _restockingFeePercent;

    /// <summary>Days after delivery during which the seller accepts a return request (the last day is delivery + this).</summary>
    /// <value>The default value is 30. Must be 0–3650.</value>
    /// <exception cref="InvalidReturnCaseException">The value is out of range.</exception>
    public int ReturnWindowDays
    {
        get => _returnWindowDays;
        init => _returnWindowDays = CheckRange(value, MaxReturnWindowDays, "returnWindowDays");
    }

    /// <summary>Working days (seller market calendar) after the goods are received back within which the seller refunds.</summary>
    /// <value>The default value is 5 (the seller guide: "within 5 working days of receiving the returned items"). Must be 0–365.</value>
    /// <exception cref="InvalidReturnCaseException">The value is out of range.</exception>
    public int RefundWithinWorkingDays
    {
        get => _refundWithinWorkingDays;
        init => _refundWithinWorkingDays = CheckRange(value, MaxRefundWithinWorkingDays, "refundWithinWorkingDays");
    }

    /// <summary>Whether the buyer was given the statutory withdrawal information (EU CRD Art. 6(1)(h)).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WithdrawalInfoGiven { get; init; } = true;

    /// <summary>Whether the buyer was told before buying that they pay the return shipping.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool BuyerPaysReturnInformed { get; init; }

    /// <summary>Whether the seller offers to collect the goods (removes the EU/GB right to withhold the refund).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool OffersCollection { get; init; }

    /// <summary>A restocking fee the seller declared, as a percent of the items total (0 = none declared).</summary>
    /// <value>The default value is 0. Must be 0–100.</value>
    /// <exception cref="InvalidReturnCaseException">The value is out of range.</exception>
    public decimal RestockingFeePercent
    {
        get => _restockingFeePercent;
        init
        {
            if (value is < 0m or > 100m)
            {
                ReturnValidation.Fail("restockingFeePercent", $"must be between 0 and 100 (got {value.ToString(CultureInfo.InvariantCulture)}).");
            }

            _restockingFeePercent = value;
        }
    }

    /// <summary>Whether the seller displayed its return terms (Japan: on the advertisement and the final order screen).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ReturnTermsDisplayed { get; init; } = true;

    private static int CheckRange(int value, int max, string field)
    {
        if (value < 0 || value > max)
        {
            ReturnValidation.Fail(field, $"must be between 0 and {max.ToString(CultureInfo.InvariantCulture)} (got {value.ToString(CultureInfo.InvariantCulture)}).");
        }

        return value;
    }
}
