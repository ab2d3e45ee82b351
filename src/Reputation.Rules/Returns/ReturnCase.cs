using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Reputation.Rules.Returns;

/// <summary>
/// A return case to check: the markets, the marketplace (if any), the order, the seller's policy (if it differs from
/// the engine's defaults), the return, the refunds made and the seller's refusal (if any).
/// </summary>
/// <remarks>
/// The constructor checks what the parts cannot check alone: one currency throughout, no refund or receipt before the
/// delivery. Errors name the field by its contract path (<c>refunds[1].on</c>). This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(Serialization.ReturnCaseJsonConverter))]
public sealed class ReturnCase
{
    /// <summary>Creates a return case.</summary>
    /// <param name="caseId">The caller's identifier of the case; not blank.</param>
    /// <param name="buyerMarket">The buyer's country, which selects the law profile.</param>
    /// <param name="sellerMarket">The seller's country, whose calendar counts the seller's working days.</param>
    /// <param name="order">The order.</param>
    /// <param name="return">The return request.</param>
    /// <param name="refunds">The refunds made so far, in any order; null means none.</param>
    /// <param name="refusal">The seller's refusal, if any.</param>
    /// <param name="sellerPolicy">The seller's policy; null means the engine's <see cref="ReturnsOptions.DefaultSellerPolicy"/>.</param>
    /// <param name="marketplace">The marketplace profile name (<c>amazon</c>, <c>ebay</c>, <c>aliexpress</c> or a custom one), or null.</param>
    /// <exception cref="InvalidReturnCaseException">A field is invalid; <see cref="InvalidReturnCaseException.Field"/> names it.</exception>
    public ReturnCase(
        string caseId,
        CountryCode buyerMarket,
        CountryCode sellerMarket,
        Order order,
        ReturnRequest @return,
        IEnumerable<Refund>? refunds = null,
        Refusal? refusal = null,
        SellerPolicy? sellerPolicy = null,
        string? marketplace = null)
    {
        CaseId = ReturnValidation.Text(caseId, "caseId");
        if (buyerMarket.Value.Length == 0)
        {
            ReturnValidation.Fail("buyerMarket", "is required (got default(CountryCode)).");
        }

        if (sellerMarket.Value.Length == 0)
        {
            ReturnValidation.Fail("sellerMarket", "is required (got default(CountryCode)).");
        }

        if (order is null)
        {
            ReturnValidation.Fail("order", "is required.");
        }

        if (@return is null)
        {
            ReturnValidation.Fail("return", "is required.");
        }

        if (marketplace is not null && string.IsNullOrWhiteSpace(marketplace))
        {
            ReturnValidation.Fail("marketplace", "must not be empty (use null for none).");
        }

        var delivered = order.DeliveredOn;
        if (@return.RequestedOn < delivered)
        {
            // A request before delivery is an order cancellation, not a return: every refund must follow the delivery.
            ReturnValidation.Fail("return.requestedOn", $"{ReturnValidation.Iso(@return.RequestedOn)} is before order.deliveredOn {ReturnValidation.Iso(delivered)}.");
        }

        if (@return.ReceivedOn is { } received && received < delivered)
        {
            ReturnValidation.Fail("return.receivedOn", $"{ReturnValidation.Iso(received)} is before order.deliveredOn {ReturnValidation.Iso(delivered)}.");
        }

        if (@return.EvidenceOfSendingOn is { } sent && sent < delivered)
        {
            ReturnValidation.Fail("return.evidenceOfSendingOn", $"{ReturnValidation.Iso(sent)} is before order.deliveredOn {ReturnValidation.Iso(delivered)}.");
        }

        var list = refunds is null ? ImmutableArray<Refund>.Empty : ImmutableArray.CreateRange(refunds);
        var currency = order.Currency;
        for (var i = 0; i < list.Length; i++)
        {
            var refund = list[i];
            if (refund is null)
            {
                ReturnValidation.Fail($"refunds[{i}]", "must not be null.");
            }

            ReturnValidation.SameCurrency(refund.Amount, currency, $"refunds[{i}].amount", "order.itemsTotal");
            if (refund.On < delivered)
            {
                ReturnValidation.Fail($"refunds[{i}].on", $"{ReturnValidation.Iso(refund.On)} is before order.deliveredOn {ReturnValidation.Iso(delivered)}.");
            }
        }

        if (refusal is not null && refusal.On < @return.RequestedOn)
        {
            ReturnValidation.Fail("refusal.on", $"{ReturnValidation.Iso(refusal.On)} is before return.requestedOn {ReturnValidation.Iso(@return.RequestedOn)}.");
        }

        BuyerMarket = buyerMarket;
        SellerMarket = sellerMarket;
        Order = order;
        Return = @return;
        Refunds = list;
        Refusal = refusal;
        SellerPolicy = sellerPolicy;
        Marketplace = marketplace?.Trim();
    }

    /// <summary>The caller's identifier of the case.</summary>
    public string CaseId { get; }

    /// <summary>The buyer's country (selects the law profile and, for calendar-day and marketplace layers, the calendar).</summary>
    public CountryCode BuyerMarket { get; }

    /// <summary>The seller's country (its calendar counts the seller's working days).</summary>
    public CountryCode SellerMarket { get; }

    /// <summary>The marketplace profile name, or null when the sale was direct.</summary>
    public string? Marketplace { get; }

    /// <summary>The order.</summary>
    public Order Order { get; }

    /// <summary>The seller's policy, or null to use the engine's defaults.</summary>
    public SellerPolicy? SellerPolicy { get; }

    /// <summary>The return request.</summary>
    public ReturnRequest Return { get; }

    /// <summary>The refunds made, in the order given (evaluation does not depend on it).</summary>
    public ImmutableArray<Refund> Refunds { get; }

    /// <summary>The seller's refusal, if any.</summary>
    public Refusal? Refusal { get; }
}
