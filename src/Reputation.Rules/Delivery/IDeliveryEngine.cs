using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Reputation.Rules.Delivery;

/// <summary>
/// Delivery promises and shipment follow-up: estimates the promised window of an order, classifies shipments as of an
/// instant (with the buyer notice, checked by the review guard) and sums them up per ISO week. Mock this interface in
/// tests of code that follows shipments up.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IDeliveryEngine
{
    /// <summary>The promise table shipments without an inline promise are looked up in.</summary>
    DeliveryPromiseTable Promises { get; }

    /// <summary>
    /// The promised delivery window of an order: handling on the origin calendar from the order's local date in the
    /// origin's zone (cut-off applied), transit strictly after handling ends on the destination calendar (or in plain
    /// days). A market without holiday data, or dates outside the data, are counted on weekends only and flagged
    /// <see cref="DeliveryEstimate.Estimated"/>.
    /// </summary>
    /// <param name="orderedAt">When the order was placed.</param>
    /// <param name="origin">The origin market.</param>
    /// <param name="destination">The destination market.</param>
    /// <param name="promise">The promise.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="promise"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">A date leaves the calendars' supported range (1970–2199).</exception>
    DeliveryEstimate EstimateDelivery(Instant orderedAt, CountryCode origin, CountryCode destination, DeliveryPromise promise);

    /// <summary>Classifies a shipment as of an instant and drafts the buyer notice its state calls for.</summary>
    /// <param name="shipment">The shipment.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>The result.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="shipment"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The shipment has no promise and the table has none for it, or its platform is unknown to the review guard.</exception>
    ShipmentResult Classify(Shipment shipment, Instant asOf);

    /// <summary>
    /// The state and promised window of a shipment as of an instant, by the same rules as <see cref="Classify"/>,
    /// without evidence or notice and without allocating: for bulk follow-up of many shipments.
    /// </summary>
    /// <param name="shipment">The shipment.</param>
    /// <param name="asOf">The instant.</param>
    /// <returns>The status.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="shipment"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The shipment has no promise and the table has none for it.</exception>
    ShipmentStatus ClassifyState(Shipment shipment, Instant asOf);

    /// <summary>The weekly reports (ISO week of <c>shippedAt</c> in the origin's zone), earliest week first.</summary>
    /// <param name="results">Classified shipments.</param>
    /// <returns>One report per week with shipments.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="results"/> is null.</exception>
    ImmutableArray<WeeklyShipmentReport> Summarize(IEnumerable<ShipmentResult> results);
}
