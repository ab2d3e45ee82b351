using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Calendars;
using Reputation.Rules.Calendars;
using Reputation.Rules.Reviews;

namespace Reputation.Rules.Delivery;

/// <summary>
/// The default <see cref="IDeliveryEngine"/>: the readings of docs/delivery.md on the working-day calendars, with every
/// notice checked by the review guard.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DeliveryEngine : IDeliveryEngine
{
    private static readonly int StateCount = Enum.GetValues<ShipmentState>().Length;
    private readonly ICalendarProvider _calendars;
    private readonly Lazy<ISolicitationGuard> _guard;
    private readonly Dictionary<string, DeliveryMethodOptions> _methods;
    private readonly DeliveryMethodOptions _defaultMethod;
    private readonly decimal _maxLateRate;
    private readonly decimal _minTrackingRate;

    /// <summary>Creates an engine with the default options, the built-in calendars and the default review guard.</summary>
    public DeliveryEngine()
        : this(new DeliveryOptions())
    {
    }

    /// <summary>Creates an engine.</summary>
    /// <param name="options">The options (copied; validated).</param>
    /// <param name="calendars">The calendars (default: <see cref="CalendarProvider.BuiltIn"/>).</param>
    /// <param name="guard">The review guard notices are checked with (default: a <see cref="SolicitationGuard"/> with the built-in profiles).</param>
    /// <param name="promises">The promise table (default: the rows of <see cref="DeliveryOptions.Promises"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public DeliveryEngine(DeliveryOptions options, ICalendarProvider? calendars = null, ISolicitationGuard? guard = null, DeliveryPromiseTable? promises = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("options: " + string.Join(" ", problems), nameof(options));
        }

        _calendars = calendars ?? CalendarProvider.BuiltIn;
        _guard = guard is null ? new Lazy<ISolicitationGuard>(() => new SolicitationGuard()) : new Lazy<ISolicitationGuard>(guard);
        _methods = options.Methods.ToDictionary(p => p.Key, p => Copy(p.Value), StringComparer.Ordinal);
        _defaultMethod = Copy(options.DefaultMethod);
        _maxLateRate = options.MaxLateDeliveryRate;
        _minTrackingRate = options.MinValidTrackingRate;
        Promises = promises ?? DeliveryPromiseTable.FromOptions(options.Promises);
    }

    /// <inheritdoc />
    public DeliveryPromiseTable Promises { get; }

    /// <inheritdoc />
    public DeliveryEstimate EstimateDelivery(Instant orderedAt, CountryCode origin, CountryCode destination, DeliveryPromise promise)
    {
        ArgumentNullException.ThrowIfNull(promise);
        var local = orderedAt.InZone(MarketTimeZones.Of(origin)).LocalDateTime;
        var date = local.Date;
        var originCalendar = _calendars.GetCalendar(origin);
        var originDays = originCalendar.WithWeekendOnlyOutsideCoverage();
        var afterCutoff = promise.CutoffHour is { } hour && local.Hour >= hour;
        var start = originDays.IsWorkingDay(date) && !afterCutoff ? date : originDays.AddWorkingDays(date, 1);
        var handlingEnd = originDays.AddWorkingDays(start, promise.HandlingDays);
        var estimated = !originCalendar.IsCovered(date, handlingEnd);
        LocalDate earliest, latest;
        if (promise.TransitUnit == TransitUnit.Calendar)
        {
            earliest = handlingEnd.PlusDays(promise.TransitMin);
            latest = handlingEnd.PlusDays(promise.TransitMax);
        }
        else
        {
            var destinationCalendar = _calendars.GetCalendar(destination);
            var destinationDays = destinationCalendar.WithWeekendOnlyOutsideCoverage();
            earliest = destinationDays.AddWorkingDays(handlingEnd, promise.TransitMin);
            latest = destinationDays.AddWorkingDays(handlingEnd, promise.TransitMax);
            estimated |= !destinationCalendar.IsCovered(handlingEnd, latest);
        }

        return new DeliveryEstimate(earliest, latest, estimated, start, handlingEnd);
    }

    /// <inheritdoc />
    public ShipmentResult Classify(Shipment shipment, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var promise = shipment.Promise ?? Promises.Find(shipment.Origin, shipment.Destination, shipment.Method)
            ?? throw new ArgumentException(
                $"promise: the shipment has no promise and the promise table has none for ({shipment.Origin}, {shipment.Destination}, '{shipment.Method}').",
                nameof(shipment));
        var thresholds = _methods.TryGetValue(shipment.Method, out var m) ? m : _defaultMethod;
        var estimate = EstimateDelivery(shipment.OrderedAt, shipment.Origin, shipment.Destination, promise);
        var zone = shipment.BuyerTimeZone ?? MarketTimeZones.Of(shipment.Destination);
        var today = asOf.InZone(zone).Date;
        var destinationDays = _calendars.GetCalendar(shipment.Destination).WithWeekendOnlyOutsideCoverage();

        // Events after as-of are ignored; the rest are ordered by time (ties by status, then location) whatever the input order.
        var events = Relevant(shipment.Events, asOf);
        TrackingEvent? last = events.Count == 0 ? null : events[^1];
        TrackingEvent? lastScan = null;
        TrackingEvent? lastDelivered = null;
        foreach (var e in events)
        {
            if (e.IsScan)
            {
                lastScan = e;
            }

            if (e.Status == TrackingStatus.Delivered)
            {
                lastDelivered = e;
            }
        }

        var evidence = new List<EvidenceItem>(12);
        var state = Decide();
        evidence.Insert(0, new EvidenceItem("asOfDate", Date(today)));
        evidence.Insert(1, new EvidenceItem("buyerTimeZone", zone.Id));
        evidence.Insert(2, new EvidenceItem("earliest", Date(estimate.Earliest)));
        evidence.Insert(3, new EvidenceItem("latest", Date(estimate.Latest)));
        if (last is { } l)
        {
            evidence.Add(new EvidenceItem("lastEvent", DeliveryWireNames.Of(l.Status) + " " + Instant(l.At)));
        }

        if (lastScan is { } s)
        {
            evidence.Add(new EvidenceItem("lastScanAt", Instant(s.At)));
        }

        var notice = DraftNotice(shipment, state, estimate, last, today, zone, asOf, destinationDays, thresholds);
        return new ShipmentResult(shipment, asOf, state, estimate, evidence, lastScan is not null, notice);

        ShipmentState Decide()
        {
            if (last is { Status: TrackingStatus.Returned } returned)
            {
                evidence.Add(new EvidenceItem("rule", "returned: the latest carrier event is 'returned'"));
                evidence.Add(new EvidenceItem("returnedAt", Instant(returned.At)));
                return ShipmentState.Returned;
            }

            if (last is { Status: TrackingStatus.Exception } exception)
            {
                evidence.Add(new EvidenceItem("rule", "exception: the latest carrier event is 'exception'"));
                evidence.Add(new EvidenceItem("exceptionAt", Instant(exception.At)));
                return ShipmentState.Exception;
            }

            if (lastDelivered is { } delivered)
            {
                var on = delivered.At.InZone(zone).Date;
                evidence.Add(new EvidenceItem("deliveredOn", Date(on)));
                if (on > estimate.Latest)
                {
                    evidence.Add(new EvidenceItem("rule", "delivered-late: delivered after the latest promised date"));
                    return ShipmentState.DeliveredLate;
                }

                evidence.Add(new EvidenceItem("rule", "delivered: delivered on or before the latest promised date"));
                return ShipmentState.Delivered;
            }

            if (today > estimate.Latest)
            {
                evidence.Add(new EvidenceItem("rule", "late: the latest promised date has passed and the parcel is not delivered"));
                evidence.Add(new EvidenceItem("daysLate", Number(Period.Between(estimate.Latest, today, PeriodUnits.Days).Days)));
                return ShipmentState.Late;
            }

            if (lastScan is { } scan)
            {
                if (asOf - scan.At > Duration.FromDays(thresholds.StalledDays))
                {
                    evidence.Add(new EvidenceItem("rule", "stalled: no carrier scan for more than stalledDays days"));
                    evidence.Add(new EvidenceItem("stalledDays", Number(thresholds.StalledDays)));
                    evidence.Add(new EvidenceItem("hoursSinceLastScan", Number((long)(asOf - scan.At).TotalHours)));
                    return ShipmentState.Stalled;
                }
            }
            else if (asOf - shipment.ShippedAt > Duration.FromDays(thresholds.NoTrackingDays))
            {
                evidence.Add(new EvidenceItem("rule", "no-tracking: shipped more than noTrackingDays days ago without a carrier scan"));
                evidence.Add(new EvidenceItem("noTrackingDays", Number(thresholds.NoTrackingDays)));
                evidence.Add(new EvidenceItem("shippedAt", Instant(shipment.ShippedAt)));
                return ShipmentState.NoTracking;
            }

            var left = destinationDays.WorkingDaysBetween(today, estimate.Latest);
            if (left <= thresholds.AtRiskWorkingDays && last is not { Status: TrackingStatus.OutForDelivery })
            {
                evidence.Add(new EvidenceItem("rule", "at-risk: the latest promised date is today or within atRiskWorkingDays working days and the parcel is not out for delivery"));
                evidence.Add(new EvidenceItem("atRiskWorkingDays", Number(thresholds.AtRiskWorkingDays)));
                evidence.Add(new EvidenceItem("workingDaysLeft", Number(left)));
                return ShipmentState.AtRisk;
            }

            evidence.Add(new EvidenceItem("rule", "on-track: not delivered, the latest promised date not near, tracking recent"));
            evidence.Add(new EvidenceItem("workingDaysLeft", Number(left)));
            return ShipmentState.OnTrack;
        }
    }

    /// <inheritdoc />
    public ImmutableArray<WeeklyShipmentReport> Summarize(IEnumerable<ShipmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var weeks = new SortedDictionary<(int Year, int Week), (int[] Counts, int WithScan, List<AbnormalShipment> Abnormal)>();
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            var shipped = result.Shipment.ShippedAt.InZone(MarketTimeZones.Of(result.Shipment.Origin)).Date;
            var key = (WeekYearRules.Iso.GetWeekYear(shipped), WeekYearRules.Iso.GetWeekOfWeekYear(shipped));
            if (!weeks.TryGetValue(key, out var week))
            {
                week = (new int[StateCount], 0, []);
            }

            week.Counts[(int)result.State]++;
            if (result.HasScan)
            {
                week.WithScan++;
            }

            if (result.IsAbnormal)
            {
                week.Abnormal.Add(new AbnormalShipment(result.Id, result.State, ActionFor(result.State)));
            }

            weeks[key] = week;
        }

        return [.. weeks.Select(w => new WeeklyShipmentReport(w.Key.Year, w.Key.Week, [.. w.Value.Counts], w.Value.WithScan, w.Value.Abnormal, _maxLateRate, _minTrackingRate))];
    }

    /// <summary>The action due for an abnormal state, as the weekly report lists it.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The action; empty for a state that needs none.</returns>
    public static string ActionFor(ShipmentState state) => state switch
    {
        ShipmentState.AtRisk => "tell the buyer the estimate still holds or give a new one; check progress with the carrier",
        ShipmentState.Late => "apologise to the buyer with a new estimate; open a carrier inquiry",
        ShipmentState.Stalled => "open a carrier trace; tell the buyer with a new estimate",
        ShipmentState.NoTracking => "check the parcel was handed over and upload valid tracking",
        ShipmentState.Exception => "resolve the carrier exception (address, customs documents, damage) and tell the buyer",
        ShipmentState.Returned => "contact the buyer: reship or refund",
        _ => string.Empty,
    };

    private static List<TrackingEvent> Relevant(ImmutableArray<TrackingEvent> events, Instant asOf)
    {
        var list = new List<TrackingEvent>(events.Length);
        foreach (var e in events)
        {
            if (e.At <= asOf)
            {
                list.Add(e);
            }
        }

        list.Sort(static (a, b) =>
        {
            var c = a.At.CompareTo(b.At);
            if (c == 0)
            {
                c = a.Status.CompareTo(b.Status);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Location, b.Location);
        });
        return list;
    }

    private ShipmentNotice? DraftNotice(
        Shipment shipment,
        ShipmentState state,
        DeliveryEstimate estimate,
        TrackingEvent? last,
        LocalDate today,
        DateTimeZone zone,
        Instant asOf,
        WorkingDayCalendar destinationDays,
        DeliveryMethodOptions thresholds)
    {
        string? kind = state switch
        {
            ShipmentState.Late => "late",
            ShipmentState.Stalled => "stalled",
            ShipmentState.AtRisk => "at-risk",
            ShipmentState.OnTrack when last is { Status: TrackingStatus.Customs } => "customs",
            ShipmentState.OnTrack when last is { IsScan: true } => "shipped",
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var revised = kind is "late" or "stalled"
            ? destinationDays.AddWorkingDays(today < estimate.Latest ? estimate.Latest : today, thresholds.RevisedEstimateWorkingDays)
            : estimate.Latest;
        var chinese = IsChineseMarket(shipment.Destination);
        var text = DeliveryNotices.Draft(kind, chinese, shipment, estimate, revised, last);
        var sendAfter = SendAfter(asOf, zone);
        var message = new SolicitationMessage(text, shipment.Platform ?? "own-site", shipment.Destination)
        {
            SentAt = sendAfter,
            BuyerTimeZone = zone,
        };
        var report = _guard.Value.Check(message);
        return new ShipmentNotice(kind, text, chinese ? "zh" : "en", report.Decision, sendAfter, report);
    }

    /// <summary>The earliest instant at or after <paramref name="asOf"/> outside quiet hours (21:00–08:00 in <paramref name="zone"/>).</summary>
    /// <param name="asOf">The instant.</param>
    /// <param name="zone">The buyer's zone.</param>
    /// <returns><paramref name="asOf"/>, or the next 08:00 local time.</returns>
    public static Instant SendAfter(Instant asOf, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = asOf.InZone(zone).LocalDateTime;
        if (local.Hour is >= 8 and < 21)
        {
            return asOf;
        }

        var day = local.Hour >= 21 ? local.Date.PlusDays(1) : local.Date;
        return zone.AtLeniently(day.At(new LocalTime(8, 0))).ToInstant();
    }

    private static bool IsChineseMarket(CountryCode market) => market.Value is "CN" or "TW" or "HK";

    private static DeliveryMethodOptions Copy(DeliveryMethodOptions o) => new()
    {
        AtRiskWorkingDays = o.AtRiskWorkingDays,
        StalledDays = o.StalledDays,
        NoTrackingDays = o.NoTrackingDays,
        RevisedEstimateWorkingDays = o.RevisedEstimateWorkingDays,
    };

    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
