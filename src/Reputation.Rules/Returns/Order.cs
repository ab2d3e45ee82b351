using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>The order a return belongs to: what the buyer paid, how, and when the goods were delivered.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Order
{
    /// <summary>Creates an order.</summary>
    /// <param name="itemsTotal">The price paid for the goods; not negative.</param>
    /// <param name="deliveryPaid">The delivery charge the buyer paid; not negative; same currency.</param>
    /// <param name="paymentMethod">The payment method, e.g. <c>card</c> or <c>paypal</c> (compared ignoring case).</param>
    /// <param name="deliveredOn">The day the buyer (or a person they named, not the carrier) got the goods.</param>
    /// <param name="standardDeliveryCost">
    /// The price of the seller's cheapest standard delivery; null means <paramref name="deliveryPaid"/>
    /// (no express premium). Not negative; same currency.
    /// </param>
    /// <exception cref="InvalidReturnCaseException">A field is invalid; <see cref="InvalidReturnCaseException.Field"/> names it.</exception>
    public Order(Money itemsTotal, Money deliveryPaid, string paymentMethod, LocalDate deliveredOn, Money? standardDeliveryCost = null)
    {
        ReturnValidation.Money(itemsTotal, "itemsTotal");
        ReturnValidation.Money(deliveryPaid, "deliveryPaid");
        ReturnValidation.SameCurrency(deliveryPaid, itemsTotal.Currency, "deliveryPaid", "itemsTotal");
        var standard = standardDeliveryCost ?? deliveryPaid;
        ReturnValidation.Money(standard, "standardDeliveryCost");
        ReturnValidation.SameCurrency(standard, itemsTotal.Currency, "standardDeliveryCost", "itemsTotal");
        PaymentMethod = ReturnValidation.Text(paymentMethod, "paymentMethod");
        ReturnValidation.Date(deliveredOn, "deliveredOn");
        ItemsTotal = itemsTotal;
        DeliveryPaid = deliveryPaid;
        StandardDeliveryCost = standard;
        DeliveredOn = deliveredOn;
    }

    /// <summary>The price paid for the goods.</summary>
    public Money ItemsTotal { get; }

    /// <summary>The delivery charge the buyer paid.</summary>
    public Money DeliveryPaid { get; }

    /// <summary>The price of the cheapest standard delivery (equals <see cref="DeliveryPaid"/> unless given).</summary>
    public Money StandardDeliveryCost { get; }

    /// <summary>The payment method the buyer used.</summary>
    public string PaymentMethod { get; }

    /// <summary>The day the buyer got the goods.</summary>
    public LocalDate DeliveredOn { get; }

    /// <summary>The currency of the order (and of the whole case).</summary>
    public Currency Currency => ItemsTotal.Currency;

    /// <summary>Everything the buyer paid: <see cref="ItemsTotal"/> + <see cref="DeliveryPaid"/>.</summary>
    public Money TotalPaid => ItemsTotal + DeliveryPaid;
}
