using NodaTime;

namespace Reputation.Rules.Delivery;

/// <summary>A carrier tracking status.</summary>
public enum TrackingStatus
{
    /// <summary>The carrier has the shipment's data but has not scanned the parcel (<c>info-received</c>; not a scan).</summary>
    InfoReceived = 0,

    /// <summary>Moving (<c>in-transit</c>).</summary>
    InTransit = 1,

    /// <summary>At customs (<c>customs</c>).</summary>
    Customs = 2,

    /// <summary>Out for delivery (<c>out-for-delivery</c>).</summary>
    OutForDelivery = 3,

    /// <summary>Delivered (<c>delivered</c>).</summary>
    Delivered = 4,

    /// <summary>A carrier exception: damaged, address problem, held (<c>exception</c>).</summary>
    Exception = 5,

    /// <summary>Returned to the sender (<c>returned</c>).</summary>
    Returned = 6,
}

/// <summary>One carrier tracking event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Status">The status.</param>
/// <param name="Location">Where, as the carrier wrote it; null when not given.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct TrackingEvent(Instant At, TrackingStatus Status, string? Location = null)
{
    /// <summary>Whether the event is a carrier scan (any status except <see cref="TrackingStatus.InfoReceived"/>).</summary>
    public bool IsScan => Status != TrackingStatus.InfoReceived;
}
