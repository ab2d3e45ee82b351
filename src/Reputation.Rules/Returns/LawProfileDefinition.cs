using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Reputation.Rules.Returns;

/// <summary>How a law counts the days of a period.</summary>
public enum LawDayCounting
{
    /// <summary>Calendar days: every day counts.</summary>
    Calendar = 0,

    /// <summary>Working days of the buyer market's calendar (weekends and public holidays do not count).</summary>
    Working = 1,
}

/// <summary>The event that starts a law's refund clock.</summary>
public enum LawRefundClockStart
{
    /// <summary>The buyer's return request: the day the seller is informed of the withdrawal.</summary>
    ReturnRequested = 0,

    /// <summary>The day the seller receives the goods back.</summary>
    GoodsReceived = 1,

    /// <summary>The earlier of the day the seller receives the goods back and the day the buyer supplies evidence of sending them.</summary>
    GoodsReceivedOrEvidenceOfSending = 2,
}

/// <summary>A law's return window: how long after delivery a buyer may ask to return goods, and how the days are counted.</summary>
/// <param name="Days">Days after delivery (1–3650); the window's last day is the delivery date plus this many days.</param>
/// <param name="Counting">Calendar days or working days of the buyer market's calendar.</param>
/// <param name="RollsForwardToWorkingDay">Whether a last day that is not a working day moves to the next working day.</param>
/// <param name="Citation">The rule that sets the window.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record LawReturnWindow(int Days, LawDayCounting Counting, bool RollsForwardToWorkingDay, Citation Citation);

/// <summary>A law's refund clock: the deadline for refunding a return, counted from a start event.</summary>
/// <param name="Days">Days after the start event (0–365).</param>
/// <param name="Counting">Calendar days or working days of the buyer market's calendar.</param>
/// <param name="Start">The event that starts the clock.</param>
/// <param name="MayWithholdUntilGoodsOrEvidence">
/// Whether the seller may withhold the refund until it has the goods back or evidence of sending (whichever is
/// earlier), unless it offered to collect the goods (as EU Directive 2011/83/EU Art. 13(3) does).
/// </param>
/// <param name="Citation">The rule that sets the clock.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record LawRefundClock(int Days, LawDayCounting Counting, LawRefundClockStart Start, bool MayWithholdUntilGoodsOrEvidence, Citation Citation);

/// <summary>What a law says about one kind of deduction from a refund.</summary>
/// <param name="Rule">Allowed, forbidden, capped, or not regulated (left to the marketplace and seller layers).</param>
/// <param name="CapPercentOfItemsTotal">For <see cref="LawDeductionRule.Capped"/>: the most that may be deducted, as a percent of the items total (0–100); null otherwise.</param>
/// <param name="Citation">The rule, or null to use the profile's <see cref="LawProfileDefinition.DeductionCitation"/>.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record LawDeductionTerm(LawDeductionRule Rule, decimal? CapPercentOfItemsTotal = null, Citation? Citation = null);

/// <summary>
/// A declarative description of a market's consumer law on returns, for a market without a built-in
/// <see cref="LawProfile"/> or to replace a built-in one. Turn it into a profile with <see cref="LawProfile.Create"/>,
/// or configure it as <c>ReputationRules:Returns:Laws:XX</c> (<see cref="LawProfileOptions"/>).
/// </summary>
/// <remarks>
/// <para>
/// Buyer-protective readings where a description is silent: a deduction kind not listed in <see cref="Deductions"/> is
/// forbidden (except <see cref="DeductionKind.BuyerRequested"/>, allowed everywhere); goods not listed in
/// <see cref="ExemptGoods"/> are not exempt; a profile without a <see cref="ReturnWindow"/> or <see cref="RefundClock"/>
/// simply sets none, and the marketplace and seller layers decide.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LawProfileDefinition
{
    /// <summary>The profile's short id, for example the market code <c>AE</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A readable name with the main statute.</summary>
    public required string Name { get; init; }

    /// <summary>The buyer markets the profile governs (at least one).</summary>
    public required ImmutableArray<CountryCode> Markets { get; init; }

    /// <summary>Whether the profile governs change-of-mind returns; when false it applies to faulty and not-as-described returns only.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool AppliesToChangeOfMind { get; init; } = true;

    /// <summary>The statutory return window, or null when the law sets none.</summary>
    public LawReturnWindow? ReturnWindow { get; init; }

    /// <summary>The statutory refund clock, or null when the law sets none.</summary>
    public LawRefundClock? RefundClock { get; init; }

    /// <summary>What the law says per deduction kind; kinds not listed are forbidden (buyer-protective).</summary>
    /// <value>The default value is empty: every deduction but <see cref="DeductionKind.BuyerRequested"/> is forbidden.</value>
    public ImmutableDictionary<DeductionKind, LawDeductionTerm> Deductions { get; init; } = ImmutableDictionary<DeductionKind, LawDeductionTerm>.Empty;

    /// <summary>The rule on deductions, used for every kind whose term has no citation of its own.</summary>
    public required Citation DeductionCitation { get; init; }

    /// <summary>The goods categories exempt from a change-of-mind return; every other category is returnable.</summary>
    /// <value>The default value is empty (nothing exempt).</value>
    public ImmutableArray<GoodsCategory> ExemptGoods { get; init; } = [];

    /// <summary>The rule on exempt goods (also cited when the law says goods are not exempt).</summary>
    public required Citation ExemptionCitation { get; init; }

    /// <summary>Whether the refund must go to the original payment method.</summary>
    /// <value>The default value is <see langword="false"/> (the seller layer still requires it).</value>
    public bool RequiresOriginalPaymentMethod { get; init; }

    /// <summary>The rule on the payment method; required when <see cref="RequiresOriginalPaymentMethod"/> is true.</summary>
    public Citation? PaymentMethodCitation { get; init; }

    /// <summary>Every problem with this description, each as <c>Field: what is wrong</c>; empty when valid.</summary>
    /// <returns>The problems, in property order.</returns>
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            yield return "Id: must not be blank.";
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return "Name: must not be blank.";
        }

        if (Markets.IsDefaultOrEmpty)
        {
            yield return "Markets: at least one market is required.";
        }
        else if (Markets.Any(m => m.Value.Length == 0))
        {
            yield return "Markets: default(CountryCode) is not a market.";
        }

        if (ReturnWindow is { } window)
        {
            if (window.Days is < 1 or > SellerPolicy.MaxReturnWindowDays)
            {
                yield return $"ReturnWindow.Days: must be between 1 and 3650 (got {window.Days.ToString(CultureInfo.InvariantCulture)}).";
            }

            if (!Enum.IsDefined(window.Counting))
            {
                yield return "ReturnWindow.Counting: must be Calendar or Working.";
            }

            if (window.Citation is null)
            {
                yield return "ReturnWindow.Citation: is required.";
            }
        }

        if (RefundClock is { } clock)
        {
            if (clock.Days is < 0 or > SellerPolicy.MaxRefundWithinWorkingDays)
            {
                yield return $"RefundClock.Days: must be between 0 and 365 (got {clock.Days.ToString(CultureInfo.InvariantCulture)}).";
            }

            if (!Enum.IsDefined(clock.Counting))
            {
                yield return "RefundClock.Counting: must be Calendar or Working.";
            }

            if (!Enum.IsDefined(clock.Start))
            {
                yield return "RefundClock.Start: must be ReturnRequested, GoodsReceived or GoodsReceivedOrEvidenceOfSending.";
            }

            if (clock.Citation is null)
            {
                yield return "RefundClock.Citation: is required.";
            }
        }

        if (Deductions is null)
        {
            yield return "Deductions: must not be null (use an empty dictionary).";
        }

        foreach (var (kind, term) in Deductions ?? ImmutableDictionary<DeductionKind, LawDeductionTerm>.Empty)
        {
            var path = "Deductions." + kind.Name;
            if (kind.Name.Length == 0)
            {
                yield return "Deductions: default(DeductionKind) is not a deduction kind.";
            }
            else if (term is null)
            {
                yield return $"{path}: must not be null.";
            }
            else if (!Enum.IsDefined(term.Rule))
            {
                yield return $"{path}.Rule: must be NotRegulated, Allowed, Forbidden or Capped.";
            }
            else if (term.Rule == LawDeductionRule.Capped)
            {
                if (term.CapPercentOfItemsTotal is not { } cap)
                {
                    yield return $"{path}.CapPercentOfItemsTotal: is required when the rule is Capped.";
                }
                else if (cap is < 0m or > 100m)
                {
                    yield return $"{path}.CapPercentOfItemsTotal: must be between 0 and 100 (got {cap.ToString(CultureInfo.InvariantCulture)}).";
                }
            }
            else if (term.CapPercentOfItemsTotal is not null)
            {
                yield return $"{path}.CapPercentOfItemsTotal: only a Capped rule has a cap (the rule is {term.Rule}).";
            }
        }

        if (DeductionCitation is null)
        {
            yield return "DeductionCitation: is required.";
        }

        if (ExemptGoods.IsDefault)
        {
            yield return "ExemptGoods: must not be a default array (use [] for no exempt goods).";
        }
        else
        {
            foreach (var goods in ExemptGoods)
            {
                if (!Enum.IsDefined(goods))
                {
                    yield return $"ExemptGoods: {((int)goods).ToString(CultureInfo.InvariantCulture)} is not a goods category.";
                }
                else if (goods == GoodsCategory.Standard)
                {
                    yield return "ExemptGoods: standard goods cannot be exempt (a law that exempts everything sets no return right; use AppliesToChangeOfMind = false).";
                }
            }
        }

        if (ExemptionCitation is null)
        {
            yield return "ExemptionCitation: is required.";
        }

        if (RequiresOriginalPaymentMethod && PaymentMethodCitation is null)
        {
            yield return "PaymentMethodCitation: is required when RequiresOriginalPaymentMethod is true.";
        }
    }
}
