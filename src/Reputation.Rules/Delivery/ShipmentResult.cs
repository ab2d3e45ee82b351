using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using Reputation.Rules.Reviews;

namespace Reputation.Rules.Delivery;

/// <summary>A shipment's state as of an instant, with the evidence and the notice to send the buyer (if any).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.ShipmentResultJsonConverter))]
public sealed class ShipmentResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="shipment">The shipment.</param>
    /// <param name="asOf">The instant it was classified as of.</param>
    /// <param name="state">The state.</param>
    /// <param name="estimate">The promised delivery window.</param>
    /// <param name="evidence">The evidence: dates, the rule and its thresholds.</param>
    /// <param name="hasScan">Whether the carrier scanned the parcel at or before <paramref name="asOf"/>.</param>
    /// <param name="notice">The notice to the buyer, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shipment"/> or <paramref name="estimate"/> is null.</exception>
    public ShipmentResult(Shipment shipment, Instant asOf, ShipmentState state, DeliveryEstimate estimate, IEnumerable<EvidenceItem> evidence, bool hasScan, ShipmentNotice? notice)
    {
        Shipment = shipment ?? throw new ArgumentNullException(nameof(shipment));
        Estimate = estimate ?? throw new ArgumentNullException(nameof(estimate));
        AsOf = asOf;
        State = state;
        Evidence = evidence is null ? [] : [.. evidence];
        HasScan = hasScan;
        Notice = notice;
    }

    /// <summary>The shipment.</summary>
    public Shipment Shipment { get; }

    /// <summary>The shipment id.</summary>
    public string Id => Shipment.Id;

    /// <summary>The instant it was classified as of.</summary>
    public Instant AsOf { get; }

    /// <summary>The state.</summary>
    public ShipmentState State { get; }

    /// <summary>The promised delivery window.</summary>
    public DeliveryEstimate Estimate { get; }

    /// <summary>The evidence, as key/value pairs in a stable order: the dates, the <c>rule</c> and its thresholds, the last events.</summary>
    public ImmutableArray<EvidenceItem> Evidence { get; }

    /// <summary>Whether the carrier scanned the parcel (any event but <c>info-received</c>) at or before <see cref="AsOf"/>.</summary>
    public bool HasScan { get; }

    /// <summary>The notice to the buyer, or null when the state calls for none.</summary>
    public ShipmentNotice? Notice { get; }

    /// <summary>Whether the state needs the seller's action (at-risk, late, stalled, no-tracking, exception, returned).</summary>
    public bool IsAbnormal => State is ShipmentState.AtRisk or ShipmentState.Late or ShipmentState.Stalled
        or ShipmentState.NoTracking or ShipmentState.Exception or ShipmentState.Returned;

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {DeliveryWireNames.Of(State)}";
}

/// <summary>
/// A drafted message to the buyer (never a review request), checked by the review guard, with the earliest instant it
/// may be sent (outside the buyer's quiet hours 21:00–08:00).
/// </summary>
/// <param name="Kind">Why it is sent: <c>shipped</c>, <c>at-risk</c>, <c>late</c>, <c>stalled</c> or <c>customs</c>.</param>
/// <param name="Text">The message text.</param>
/// <param name="Language">Its language: <c>en</c> or <c>zh</c>.</param>
/// <param name="Guard">The review guard's decision on the message sent at <paramref name="SendAfter"/>.</param>
/// <param name="SendAfter">The earliest allowed send instant.</param>
/// <param name="GuardReport">The review guard's full report.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ShipmentNotice(string Kind, string Text, string Language, SolicitationDecision Guard, Instant SendAfter, SolicitationReport GuardReport);

/// <summary>An abnormal shipment in a weekly report, with the action due.</summary>
/// <param name="Id">The shipment id.</param>
/// <param name="State">Its state.</param>
/// <param name="Action">What the seller should do.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AbnormalShipment(string Id, ShipmentState State, string Action);

/// <summary>A shipment's state and promised window as of an instant, without evidence or notice (see <see cref="IDeliveryEngine.ClassifyState"/>).</summary>
/// <param name="State">The state.</param>
/// <param name="Earliest">The earliest promised delivery date.</param>
/// <param name="Latest">The latest promised delivery date.</param>
/// <param name="Estimated">Whether a calendar lacked holiday data for a date used.</param>
/// <param name="HasScan">Whether the carrier scanned the parcel at or before as-of.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct ShipmentStatus(ShipmentState State, LocalDate Earliest, LocalDate Latest, bool Estimated, bool HasScan);
