using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
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
    private readonly ConditionalWeakTable<WorkingDayCalendar, WorkingDayCalendar> _lenient = new();
    private readonly ConcurrentDictionary<CountryCode, MarketData>? _markets;
    private readonly MarketData?[]? _fastMarkets;
    private readonly FrozenDictionary<string, DeliveryMethodOptions> _fastMethods;

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
        _markets = _calendars is CalendarProvider ? new ConcurrentDictionary<CountryCode, MarketData>() : null;
        _fastMarkets = _markets is null ? null : new MarketData?[26 * 26];
        _guard = guard is null ? new Lazy<ISolicitationGuard>(() => new SolicitationGuard()) : new Lazy<ISolicitationGuard>(guard);
        _methods = options.Methods.ToDictionary(p => p.Key, p => Copy(p.Value), StringComparer.Ordinal);
        _defaultMethod = Copy(options.DefaultMethod);
        _fastMethods = _methods.ToFrozenDictionary(StringComparer.Ordinal);
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
        var w = Estimate(orderedAt, origin, destination, promise);
        return new DeliveryEstimate(w.Earliest, w.Latest, w.Estimated, w.Start, w.End);
    }

    /// <inheritdoc />
    public ShipmentStatus ClassifyState(Shipment shipment, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        if (TryClassifyFast(shipment, asOf, out var status))
        {
            return status;
        }

        var facts = Decide(shipment, asOf);
        return new ShipmentStatus(facts.State, facts.Window.Earliest, facts.Window.Latest, facts.Window.Estimated, facts.LastScan is not null);
    }

    private Window Estimate(Instant orderedAt, CountryCode origin, CountryCode destination, DeliveryPromise promise)
    {
        var originMarket = MarketOf(origin);
        var local = orderedAt.InZone(originMarket.Zone).LocalDateTime;
        var date = local.Date;
        var originCalendar = originMarket.Strict;
        var originDays = originMarket.Lenient;
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
            var destinationMarket = MarketOf(destination);
            var destinationCalendar = destinationMarket.Strict;
            var destinationDays = destinationMarket.Lenient;
            earliest = destinationDays.AddWorkingDays(handlingEnd, promise.TransitMin);
            latest = destinationDays.AddWorkingDays(handlingEnd, promise.TransitMax);
            estimated |= !destinationCalendar.IsCovered(handlingEnd, latest);
        }

        return new Window(earliest, latest, estimated, start, handlingEnd);
    }

    /// <inheritdoc />
    public ShipmentResult Classify(Shipment shipment, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var f = Decide(shipment, asOf);
        var estimate = new DeliveryEstimate(f.Window.Earliest, f.Window.Latest, f.Window.Estimated, f.Window.Start, f.Window.End);
        var evidence = new List<EvidenceItem>(12)
        {
            new("asOfDate", Date(f.Today)),
            new("buyerTimeZone", f.Zone.Id),
            new("earliest", Date(estimate.Earliest)),
            new("latest", Date(estimate.Latest)),
        };
        switch (f.State)
        {
            case ShipmentState.Returned:
                evidence.Add(new EvidenceItem("rule", "returned: the latest carrier event is 'returned'"));
                evidence.Add(new EvidenceItem("returnedAt", Instant(f.Last!.Value.At)));
                break;
            case ShipmentState.Exception:
                evidence.Add(new EvidenceItem("rule", "exception: the latest carrier event is 'exception'"));
                evidence.Add(new EvidenceItem("exceptionAt", Instant(f.Last!.Value.At)));
                break;
            case ShipmentState.Delivered or ShipmentState.DeliveredLate:
                evidence.Add(new EvidenceItem("deliveredOn", Date(f.LastDelivered!.Value.At.InZone(f.Zone).Date)));
                evidence.Add(new EvidenceItem("rule", f.State == ShipmentState.DeliveredLate
                    ? "delivered-late: delivered after the latest promised date"
                    : "delivered: delivered on or before the latest promised date"));
                break;
            case ShipmentState.Late:
                evidence.Add(new EvidenceItem("rule", "late: the latest promised date has passed and the parcel is not delivered"));
                evidence.Add(new EvidenceItem("daysLate", Number(Period.Between(estimate.Latest, f.Today, PeriodUnits.Days).Days)));
                break;
            case ShipmentState.Stalled:
                evidence.Add(new EvidenceItem("rule", "stalled: no carrier scan for more than stalledDays days"));
                evidence.Add(new EvidenceItem("stalledDays", Number(f.Thresholds.StalledDays)));
                evidence.Add(new EvidenceItem("hoursSinceLastScan", Number((long)(asOf - f.LastScan!.Value.At).TotalHours)));
                break;
            case ShipmentState.NoTracking:
                evidence.Add(new EvidenceItem("rule", "no-tracking: shipped more than noTrackingDays days ago without a carrier scan"));
                evidence.Add(new EvidenceItem("noTrackingDays", Number(f.Thresholds.NoTrackingDays)));
                evidence.Add(new EvidenceItem("shippedAt", Instant(shipment.ShippedAt)));
                break;
            case ShipmentState.AtRisk:
                evidence.Add(new EvidenceItem("rule", "at-risk: the latest promised date is today or within atRiskWorkingDays working days and the parcel is not out for delivery"));
                evidence.Add(new EvidenceItem("atRiskWorkingDays", Number(f.Thresholds.AtRiskWorkingDays)));
                evidence.Add(new EvidenceItem("workingDaysLeft", Number(f.WorkingDaysLeft)));
                break;
            default:
                evidence.Add(new EvidenceItem("rule", "on-track: not delivered, the latest promised date not near, tracking recent"));
                evidence.Add(new EvidenceItem("workingDaysLeft", Number(f.WorkingDaysLeft)));
                break;
        }

        if (f.Last is { } l)
        {
            evidence.Add(new EvidenceItem("lastEvent", DeliveryWireNames.Of(l.Status) + " " + Instant(l.At)));
        }

        if (f.LastScan is { } s)
        {
            evidence.Add(new EvidenceItem("lastScanAt", Instant(s.At)));
        }

        var notice = DraftNotice(shipment, f.State, estimate, f.Last, f.Today, f.Zone, asOf, f.DestinationDays, f.Thresholds);
        return new ShipmentResult(shipment, asOf, f.State, estimate, evidence, f.LastScan is not null, notice);
    }

    /// <summary>The state and the facts behind it, without allocating (the fast path of <see cref="ClassifyState"/>).</summary>
    private Facts Decide(Shipment shipment, Instant asOf)
    {
        var promise = shipment.Promise ?? Promises.Find(shipment.Origin, shipment.Destination, shipment.Method)
            ?? throw new ArgumentException(
                $"promise: the shipment has no promise and the promise table has none for ({shipment.Origin}, {shipment.Destination}, '{shipment.Method}').",
                nameof(shipment));
        var destination = MarketOf(shipment.Destination);
        var f = new Facts
        {
            Thresholds = _methods.TryGetValue(shipment.Method, out var m) ? m : _defaultMethod,
            Window = Estimate(shipment.OrderedAt, shipment.Origin, shipment.Destination, promise),
            Zone = shipment.BuyerTimeZone ?? destination.Zone,
            DestinationDays = destination.Lenient,
        };
        f.Today = asOf.InZone(f.Zone).Date;

        // Events after as-of are ignored; the latest ones are found in one pass, ordered by time (ties by status, then
        // location), so the answer does not depend on the input order.
        foreach (var e in shipment.Events)
        {
            if (e.At > asOf)
            {
                continue;
            }

            if (f.Last is not { } last || Later(e, last))
            {
                f.Last = e;
            }

            if (e.IsScan && (f.LastScan is not { } scan || Later(e, scan)))
            {
                f.LastScan = e;
            }

            if (e.Status == TrackingStatus.Delivered && (f.LastDelivered is not { } delivered || Later(e, delivered)))
            {
                f.LastDelivered = e;
            }
        }

        f.State = State(ref f, shipment, asOf);
        return f;
    }

    /// <summary>
    /// The fast path of <see cref="ClassifyState"/>: the same readings as <see cref="Decide"/>, on day indexes (days since
    /// 1970-01-01) instead of <see cref="LocalDate"/>s, with local dates taken from the zone's UTC offset instead of a
    /// <see cref="ZonedDateTime"/>. It gives up (false) whenever a date would leave the calendars' supported range, so
    /// <see cref="Decide"/> answers (or throws) exactly as before for those shipments.
    /// </summary>
    private bool TryClassifyFast(Shipment shipment, Instant asOf, out ShipmentStatus status)
    {
        status = default;
        var promise = shipment.Promise ?? Promises.Find(shipment.Origin, shipment.Destination, shipment.Method);
        if (promise is null || FastMarketOf(shipment.Origin) is not { } origin || FastMarketOf(shipment.Destination) is not { } destination)
        {
            return false;
        }

        // The estimate (docs/delivery.md): handling on the origin calendar from the order's local date and hour.
        if (!origin.Offsets.TryLocalDay(shipment.OrderedAt, out var date, out var hour))
        {
            return false;
        }

        var days = origin.Days;
        var afterCutoff = promise.CutoffHour is { } cutoff && hour >= cutoff;
        int start, handlingEnd;
        if (IsWorking(days, date) && !afterCutoff)
        {
            start = date;
        }
        else if (!TryMove(days, date, 1, out start))
        {
            return false;
        }

        if (!TryMove(days, start, promise.HandlingDays, out handlingEnd))
        {
            return false;
        }

        var estimated = !(origin.IsCovered(date) && origin.IsCovered(handlingEnd));
        int earliest, latest;
        if (promise.TransitUnit == TransitUnit.Calendar)
        {
            earliest = handlingEnd + promise.TransitMin;
            latest = handlingEnd + promise.TransitMax;
            if (latest >= WorkingDayCalendar.SupportedDayCount)
            {
                return false;
            }
        }
        else
        {
            if (!TryMove(destination.Days, handlingEnd, promise.TransitMin, out earliest)
                || !TryMove(destination.Days, handlingEnd, promise.TransitMax, out latest))
            {
                return false;
            }

            estimated |= !(destination.IsCovered(handlingEnd) && destination.IsCovered(latest));
        }

        var zone = shipment.BuyerTimeZone ?? destination.Zone;
        var offsets = ReferenceEquals(zone, destination.Zone) ? destination.Offsets : null;
        if (!(offsets?.TryLocalDay(asOf, out var today, out _) ?? TryLocalDay(asOf, zone, out today, out _)))
        {
            return false;
        }

        // The latest events at or before as-of, in one pass (same order as Later: time, then status, then location).
        var events = shipment.Events.AsSpan();
        int last = -1, lastScan = -1, lastDelivered = -1;
        for (var i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (e.At > asOf)
            {
                continue;
            }

            if (last < 0 || Later(e, events[last]))
            {
                last = i;
            }

            if (e.Status != TrackingStatus.InfoReceived && (lastScan < 0 || Later(e, events[lastScan])))
            {
                lastScan = i;
            }

            if (e.Status == TrackingStatus.Delivered && (lastDelivered < 0 || Later(e, events[lastDelivered])))
            {
                lastDelivered = i;
            }
        }

        var lastStatus = last < 0 ? (TrackingStatus?)null : events[last].Status;
        ShipmentState state;
        if (lastStatus == TrackingStatus.Returned)
        {
            state = ShipmentState.Returned;
        }
        else if (lastStatus == TrackingStatus.Exception)
        {
            state = ShipmentState.Exception;
        }
        else if (lastDelivered >= 0)
        {
            var at = events[lastDelivered].At;
            if (!(offsets?.TryLocalDay(at, out var deliveredOn, out _) ?? TryLocalDay(at, zone, out deliveredOn, out _)))
            {
                return false;
            }

            state = deliveredOn > latest ? ShipmentState.DeliveredLate : ShipmentState.Delivered;
        }
        else if (today > latest)
        {
            state = ShipmentState.Late;
        }
        else if (Thresholds(shipment.Method) is var thresholds && (lastScan >= 0
            ? asOf - events[lastScan].At > Duration.FromDays(thresholds.StalledDays)
            : asOf - shipment.ShippedAt > Duration.FromDays(thresholds.NoTrackingDays)))
        {
            // The method's thresholds are looked up only here, for the rules that use them.
            state = lastScan >= 0 ? ShipmentState.Stalled : ShipmentState.NoTracking;
        }
        else
        {
            // 0 <= today <= latest < SupportedDayCount here.
            var cumulative = destination.Days.Cumulative;
            var left = cumulative[latest] - cumulative[today];
            state = left <= thresholds.AtRiskWorkingDays && lastStatus != TrackingStatus.OutForDelivery ? ShipmentState.AtRisk : ShipmentState.OnTrack;
        }

        status = new ShipmentStatus(state, WorkingDayCalendar.DateOfIndex(earliest), WorkingDayCalendar.DateOfIndex(latest), estimated, lastScan >= 0);
        return true;
    }

    private DeliveryMethodOptions Thresholds(string method) => _fastMethods.TryGetValue(method, out var m) ? m : _defaultMethod;

    /// <summary>
    /// The local date (as a day index: days since 1970-01-01) and hour of <paramref name="instant"/> in
    /// <paramref name="zone"/>: the instant plus the zone's UTC offset at it, which is what
    /// <c>instant.InZone(zone).LocalDateTime</c> computes for the ISO calendar. False before 1970 or after 2199.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryLocalDay(Instant instant, DateTimeZone zone, out int day, out int hour)
    {
        var ticks = instant.ToUnixTimeTicks() + zone.GetUtcOffset(instant).Ticks;
        if (ticks < 0)
        {
            day = hour = 0;
            return false;
        }

        var d = ticks / NodaConstants.TicksPerDay;
        day = (int)Math.Min(d, int.MaxValue);
        hour = (int)(ticks % NodaConstants.TicksPerDay / NodaConstants.TicksPerHour);
        return day < WorkingDayCalendar.SupportedDayCount;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWorking(WorkingDayCalendar.Index days, int day) =>
        days.Kinds[day] is (byte)DayKind.WorkingDay or (byte)DayKind.MakeUpWorkingDay;

    /// <summary>The <paramref name="n"/>-th working day after day <paramref name="day"/> (n ≥ 0), as WorkingDayCalendar.AddWorkingDays moves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryMove(WorkingDayCalendar.Index days, int day, int n, out int result)
    {
        if (n == 0)
        {
            result = day;
            return true;
        }

        var ordinal = days.Cumulative[day] + n - 1;
        var working = days.WorkingDays;
        if ((uint)ordinal >= (uint)working.Length)
        {
            result = 0;
            return false;
        }

        result = working[ordinal];
        return true;
    }

    private static ShipmentState State(ref Facts f, Shipment shipment, Instant asOf)
    {
        if (f.Last is { Status: TrackingStatus.Returned })
        {
            return ShipmentState.Returned;
        }

        if (f.Last is { Status: TrackingStatus.Exception })
        {
            return ShipmentState.Exception;
        }

        if (f.LastDelivered is { } delivered)
        {
            return delivered.At.InZone(f.Zone).Date > f.Window.Latest ? ShipmentState.DeliveredLate : ShipmentState.Delivered;
        }

        if (f.Today > f.Window.Latest)
        {
            return ShipmentState.Late;
        }

        if (f.LastScan is { } scan)
        {
            if (asOf - scan.At > Duration.FromDays(f.Thresholds.StalledDays))
            {
                return ShipmentState.Stalled;
            }
        }
        else if (asOf - shipment.ShippedAt > Duration.FromDays(f.Thresholds.NoTrackingDays))
        {
            return ShipmentState.NoTracking;
        }

        f.WorkingDaysLeft = f.DestinationDays.WorkingDaysBetween(f.Today, f.Window.Latest);
        return f.WorkingDaysLeft <= f.Thresholds.AtRiskWorkingDays && f.Last is not { Status: TrackingStatus.OutForDelivery }
            ? ShipmentState.AtRisk
            : ShipmentState.OnTrack;
    }

    private static bool Later(TrackingEvent a, TrackingEvent b)
    {
        var c = a.At.CompareTo(b.At);
        if (c == 0)
        {
            c = a.Status.CompareTo(b.Status);
        }

        return c != 0 ? c > 0 : string.CompareOrdinal(a.Location, b.Location) > 0;
    }

    private WorkingDayCalendar Lenient(WorkingDayCalendar calendar) =>
        calendar.WeekendOnlyOutsideCoverage ? calendar : _lenient.GetValue(calendar, static c => c.WithWeekendOnlyOutsideCoverage());

    /// <summary>
    /// A market's zone and calendars: cached per engine when the provider is an (immutable) <see cref="CalendarProvider"/>,
    /// asked each time of any other provider (which may change its answers).
    /// </summary>
    private MarketData MarketOf(CountryCode market)
    {
        if (_markets is { } cache)
        {
            return cache.TryGetValue(market, out var cached) ? cached : cache.GetOrAdd(market, Create(market));
        }

        return Create(market);
    }

    private MarketData Create(CountryCode market)
    {
        var strict = _calendars.GetCalendar(market);
        return new MarketData(MarketTimeZones.Of(market), strict, Lenient(strict));
    }

    /// <summary>
    /// A market for the fast path: from a 26 × 26 table indexed by the code's letters (no string hashing), filled on
    /// first use; null when the provider is not a <see cref="CalendarProvider"/> (then <see cref="Decide"/> asks it).
    /// </summary>
    private MarketData? FastMarketOf(CountryCode market)
    {
        if (_fastMarkets is not { } table || market.Value is not { Length: 2 } code)
        {
            return null;
        }

        uint first = (uint)(code[0] - 'A'), second = (uint)(code[1] - 'A');
        if (first >= 26 || second >= 26)
        {
            return null;
        }

        var slot = (int)((first * 26) + second);
        return Volatile.Read(ref table[slot]) ?? (table[slot] = MarketOf(market));
    }

    private sealed class MarketData(DateTimeZone zone, WorkingDayCalendar strict, WorkingDayCalendar lenient)
    {
        private readonly int _firstCovered = strict.FirstCoveredIndex;
        private readonly int _lastCovered = strict.LastCoveredIndex;

        public DateTimeZone Zone { get; } = zone;

        public WorkingDayCalendar Strict { get; } = strict;

        public WorkingDayCalendar Lenient { get; } = lenient;

        /// <summary>The lenient view's day tables (shared with the strict view).</summary>
        public WorkingDayCalendar.Index Days { get; } = lenient.Days;

        /// <summary>Strict.IsCovered for a supported day index.</summary>
        public bool IsCovered(int day) => day >= _firstCovered && day <= _lastCovered;

        /// <summary>The zone's UTC offsets over the calendars' supported range, looked up without the zone.</summary>
        public ZoneOffsets Offsets { get; } = new(zone);
    }

    /// <summary>
    /// A zone's offsets from 1970 to 2200 as a table: the start (Unix ticks) and wall offset of each zone interval, and
    /// per bucket of 2^45 ticks (about 41 days) the interval in force at the bucket's start; a lookup is one array read
    /// and at most a few steps forward. Built once per market, immutable (thread-safe), allocation-free to read; it
    /// gives the same offset as <see cref="DateTimeZone.GetUtcOffset"/>, which it was built from.
    /// </summary>
    private sealed class ZoneOffsets
    {
        private const int BucketShift = 45;
        private static readonly long EndTicks = NodaTime.Instant.FromUtc(2200, 1, 1, 0, 0).ToUnixTimeTicks();
        private readonly long[] _starts;
        private readonly long[] _offsets;
        private readonly int[] _buckets;

        public ZoneOffsets(DateTimeZone zone)
        {
            var intervals = zone.GetZoneIntervals(NodaTime.Instant.FromUnixTimeTicks(0), NodaTime.Instant.FromUnixTimeTicks(EndTicks)).ToList();
            _starts = new long[intervals.Count];
            _offsets = new long[intervals.Count];
            for (var i = 0; i < intervals.Count; i++)
            {
                _starts[i] = intervals[i].HasStart ? intervals[i].Start.ToUnixTimeTicks() : long.MinValue;
                _offsets[i] = intervals[i].WallOffset.Ticks;
            }

            _buckets = new int[(int)(EndTicks >> BucketShift) + 1];
            var interval = 0;
            for (var b = 0; b < _buckets.Length; b++)
            {
                var bucketStart = (long)b << BucketShift;
                while (interval + 1 < _starts.Length && _starts[interval + 1] <= bucketStart)
                {
                    interval++;
                }

                _buckets[b] = interval;
            }
        }

        /// <summary>Like <see cref="DeliveryEngine.TryLocalDay(NodaTime.Instant, DateTimeZone, out int, out int)"/>, from the table.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryLocalDay(Instant instant, out int day, out int hour)
        {
            var ticks = instant.ToUnixTimeTicks();
            if ((ulong)ticks >= (ulong)EndTicks)
            {
                day = hour = 0;
                return false;
            }

            var starts = _starts;
            var i = _buckets[(int)(ticks >> BucketShift)];
            while (i + 1 < starts.Length && starts[i + 1] <= ticks)
            {
                i++;
            }

            var local = ticks + _offsets[i];
            if (local < 0)
            {
                day = hour = 0;
                return false;
            }

            day = (int)(local / NodaConstants.TicksPerDay);
            hour = (int)(local % NodaConstants.TicksPerDay / NodaConstants.TicksPerHour);
            return day < WorkingDayCalendar.SupportedDayCount;
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

    private readonly record struct Window(LocalDate Earliest, LocalDate Latest, bool Estimated, LocalDate Start, LocalDate End);

    private struct Facts
    {
        public DeliveryMethodOptions Thresholds;
        public Window Window;
        public DateTimeZone Zone;
        public WorkingDayCalendar DestinationDays;
        public LocalDate Today;
        public TrackingEvent? Last;
        public TrackingEvent? LastScan;
        public TrackingEvent? LastDelivered;
        public ShipmentState State;
        public int WorkingDaysLeft;
    }
}
