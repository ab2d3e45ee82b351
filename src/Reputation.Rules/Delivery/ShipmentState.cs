namespace Reputation.Rules.Delivery;

/// <summary>
/// A shipment's follow-up state as of an instant. Precedence when several apply: returned, exception &gt; delivered,
/// delivered-late &gt; late &gt; stalled &gt; no-tracking &gt; at-risk &gt; on-track.
/// </summary>
public enum ShipmentState
{
    /// <summary>Not delivered, latest date not passed, tracking recent (<c>on-track</c>).</summary>
    OnTrack = 0,

    /// <summary>The latest date is today or within N working days and the parcel is not out for delivery (<c>at-risk</c>).</summary>
    AtRisk = 1,

    /// <summary>Shipped more than K days ago with no carrier scan (<c>no-tracking</c>).</summary>
    NoTracking = 2,

    /// <summary>No carrier scan for more than M days (<c>stalled</c>).</summary>
    Stalled = 3,

    /// <summary>The latest date has passed and the parcel is not delivered (<c>late</c>).</summary>
    Late = 4,

    /// <summary>Delivered on or before the latest date (<c>delivered</c>).</summary>
    Delivered = 5,

    /// <summary>Delivered after the latest date (<c>delivered-late</c>).</summary>
    DeliveredLate = 6,

    /// <summary>The carrier's latest event is an exception (<c>exception</c>).</summary>
    Exception = 7,

    /// <summary>The carrier's latest event is a return to sender (<c>returned</c>).</summary>
    Returned = 8,
}
