using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace Reputation.Rules.Delivery;

/// <summary>
/// A shipment to follow up: where it goes, how, when it was ordered and shipped, the promise (or the table to look it
/// up in), the carrier's tracking events and where a notice to the buyer would go.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.ShipmentJsonConverter))]
public sealed class Shipment
{
    /// <summary>Creates a shipment.</summary>
    /// <param name="id">The shipment id (also the tracking number unless <see cref="TrackingNumber"/> is set).</param>
    /// <param name="origin">The market it ships from.</param>
    /// <param name="destination">The buyer's market.</param>
    /// <param name="method">The shipping method, e.g. <c>postal</c>, <c>standard</c>, <c>express</c>.</param>
    /// <param name="orderedAt">When the order was placed.</param>
    /// <param name="shippedAt">When it was shipped (handed to the carrier).</param>
    /// <param name="events">The tracking events, in any order (null or default: none).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="method"/> is blank, a market is default, or it was shipped before it was ordered.</exception>
    public Shipment(string id, CountryCode origin, CountryCode destination, string method, Instant orderedAt, Instant shippedAt, IEnumerable<TrackingEvent>? events = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("id: must not be blank.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(method))
        {
            throw new ArgumentException("method: must not be blank.", nameof(method));
        }

        if (origin.Value.Length == 0)
        {
            throw new ArgumentException("origin: must not be default(CountryCode).", nameof(origin));
        }

        if (destination.Value.Length == 0)
        {
            throw new ArgumentException("destination: must not be default(CountryCode).", nameof(destination));
        }

        if (shippedAt < orderedAt)
        {
            throw new ArgumentException("shippedAt: must not be before orderedAt.", nameof(shippedAt));
        }

        Id = id;
        Origin = origin;
        Destination = destination;
        Method = method;
        OrderedAt = orderedAt;
        ShippedAt = shippedAt;
        Events = events is null ? [] : [.. events];
    }

    /// <summary>The shipment id.</summary>
    public string Id { get; }

    /// <summary>The order id, if known.</summary>
    public string? OrderId { get; init; }

    /// <summary>The market it ships from (its time zone and calendar count handling).</summary>
    public CountryCode Origin { get; }

    /// <summary>The buyer's market (its calendar counts working-day transit).</summary>
    public CountryCode Destination { get; }

    /// <summary>The shipping method.</summary>
    public string Method { get; }

    /// <summary>When the order was placed; the estimate is computed from it.</summary>
    public Instant OrderedAt { get; }

    /// <summary>When the parcel was shipped; the weekly report's week and the no-tracking rule use it.</summary>
    public Instant ShippedAt { get; }

    /// <summary>The promise; null: looked up in the engine's promise table by (origin, destination, method).</summary>
    public DeliveryPromise? Promise { get; init; }

    /// <summary>The tracking events as given (any order).</summary>
    public ImmutableArray<TrackingEvent> Events { get; }

    /// <summary>The platform the order came from (the review guard's profile), e.g. <c>aliexpress</c>; null: <c>own-site</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>The buyer's time zone; null: the destination market's main zone (<see cref="MarketTimeZones.Of"/>).</summary>
    public DateTimeZone? BuyerTimeZone { get; init; }

    /// <summary>The carrier's tracking number; null: <see cref="Id"/>.</summary>
    public string? TrackingNumber { get; init; }
}
