using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Reputation.Rules.Delivery;

/// <summary>
/// The weekly follow-up of the shipments shipped in one ISO week (of <c>shippedAt</c> in the origin market's zone):
/// counts per state, late-delivery and valid-tracking rates against their targets, and the abnormal shipments.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.WeeklyShipmentReportJsonConverter))]
public sealed class WeeklyShipmentReport
{
    private readonly ImmutableArray<int> _counts;

    /// <summary>Creates a report.</summary>
    /// <param name="weekYear">The ISO week-year.</param>
    /// <param name="week">The ISO week (1–53).</param>
    /// <param name="counts">The count per state, indexed by <see cref="ShipmentState"/>.</param>
    /// <param name="withScan">How many shipments had at least one carrier scan.</param>
    /// <param name="abnormal">The abnormal shipments.</param>
    /// <param name="maxLateDeliveryRate">The late-delivery target (the rate must be below it).</param>
    /// <param name="minValidTrackingRate">The valid-tracking target (the rate must be above it).</param>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not have one count per state.</exception>
    public WeeklyShipmentReport(int weekYear, int week, ImmutableArray<int> counts, int withScan, IEnumerable<AbnormalShipment> abnormal, decimal maxLateDeliveryRate, decimal minValidTrackingRate)
    {
        if (counts.IsDefault || counts.Length != Enum.GetValues<ShipmentState>().Length)
        {
            throw new ArgumentException("counts: must hold one count per state.", nameof(counts));
        }

        WeekYear = weekYear;
        Week = week;
        _counts = counts;
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        Total = total;
        WithScan = withScan;
        Abnormal = abnormal is null ? [] : [.. abnormal];
        MaxLateDeliveryRate = maxLateDeliveryRate;
        MinValidTrackingRate = minValidTrackingRate;
        var lateDenominator = Count(ShipmentState.Delivered) + Count(ShipmentState.DeliveredLate) + Count(ShipmentState.Late);
        LateDeliveryRate = lateDenominator == 0 ? null : (decimal)(Count(ShipmentState.Late) + Count(ShipmentState.DeliveredLate)) / lateDenominator;
        ValidTrackingRate = total == 0 ? null : (decimal)withScan / total;
    }

    /// <summary>The ISO week-year.</summary>
    public int WeekYear { get; }

    /// <summary>The ISO week.</summary>
    public int Week { get; }

    /// <summary>The week as <c>2026-W10</c>.</summary>
    public string WeekName => string.Create(CultureInfo.InvariantCulture, $"{WeekYear:0000}-W{Week:00}");

    /// <summary>How many shipments.</summary>
    public int Total { get; }

    /// <summary>How many shipments had at least one carrier scan.</summary>
    public int WithScan { get; }

    /// <summary>(late + delivered-late) ÷ (delivered + delivered-late + late); null when the denominator is 0.</summary>
    public decimal? LateDeliveryRate { get; }

    /// <summary>Shipments with at least one scan ÷ shipments; null when there are none.</summary>
    public decimal? ValidTrackingRate { get; }

    /// <summary>The late-delivery target.</summary>
    public decimal MaxLateDeliveryRate { get; }

    /// <summary>The valid-tracking target.</summary>
    public decimal MinValidTrackingRate { get; }

    /// <summary>Whether the late-delivery rate is below its target; null when there is no rate.</summary>
    public bool? LateDeliveryTargetMet => LateDeliveryRate is { } r ? r < MaxLateDeliveryRate : null;

    /// <summary>Whether the valid-tracking rate is above its target; null when there is no rate.</summary>
    public bool? ValidTrackingTargetMet => ValidTrackingRate is { } r ? r > MinValidTrackingRate : null;

    /// <summary>The abnormal shipments, in input order.</summary>
    public ImmutableArray<AbnormalShipment> Abnormal { get; }

    /// <summary>How many shipments are in <paramref name="state"/>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The count.</returns>
    public int Count(ShipmentState state) => _counts[(int)state];
}
