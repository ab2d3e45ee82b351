using System;
using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Delivery;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// The delivery rules of docs/delivery.md written the straightforward way — day-by-day working-day loops, LINQ
/// Where/OrderBy/Last over the events, a new lenient calendar view per question. The benchmark's baseline.
/// </summary>
public static class LinqDelivery
{
    public static ShipmentStatus Classify(Shipment shipment, Instant asOf, ICalendarProvider calendars, DeliveryOptions options)
    {
        var promise = shipment.Promise!;
        var thresholds = options.ForMethod(shipment.Method);
        var (earliest, latest, estimated) = Estimate(shipment.OrderedAt, shipment.Origin, shipment.Destination, promise, calendars);
        var zone = shipment.BuyerTimeZone ?? MarketTimeZones.Of(shipment.Destination);
        var today = asOf.InZone(zone).Date;
        var events = shipment.Events
            .Where(e => e.At <= asOf)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Status)
            .ThenBy(e => e.Location, StringComparer.Ordinal)
            .ToList();
        var last = events.Select(e => (TrackingEvent?)e).LastOrDefault();
        var lastScan = events.Where(e => e.Status != TrackingStatus.InfoReceived).Select(e => (TrackingEvent?)e).LastOrDefault();
        var lastDelivered = events.Where(e => e.Status == TrackingStatus.Delivered).Select(e => (TrackingEvent?)e).LastOrDefault();
        ShipmentState state;
        if (last?.Status == TrackingStatus.Returned)
        {
            state = ShipmentState.Returned;
        }
        else if (last?.Status == TrackingStatus.Exception)
        {
            state = ShipmentState.Exception;
        }
        else if (lastDelivered is { } d)
        {
            state = d.At.InZone(zone).Date > latest ? ShipmentState.DeliveredLate : ShipmentState.Delivered;
        }
        else if (today > latest)
        {
            state = ShipmentState.Late;
        }
        else if (lastScan is { } s && asOf - s.At > Duration.FromDays(thresholds.StalledDays))
        {
            state = ShipmentState.Stalled;
        }
        else if (lastScan is null && asOf - shipment.ShippedAt > Duration.FromDays(thresholds.NoTrackingDays))
        {
            state = ShipmentState.NoTracking;
        }
        else
        {
            var calendar = calendars.GetCalendar(shipment.Destination).WithWeekendOnlyOutsideCoverage();
            var left = Enumerable.Range(1, Period.Between(today, latest, PeriodUnits.Days).Days).Count(i => calendar.IsWorkingDay(today.PlusDays(i)));
            state = left <= thresholds.AtRiskWorkingDays && last?.Status != TrackingStatus.OutForDelivery ? ShipmentState.AtRisk : ShipmentState.OnTrack;
        }

        return new ShipmentStatus(state, earliest, latest, estimated, lastScan is not null);
    }

    private static (LocalDate Earliest, LocalDate Latest, bool Estimated) Estimate(Instant orderedAt, CountryCode origin, CountryCode destination, DeliveryPromise promise, ICalendarProvider calendars)
    {
        var local = orderedAt.InZone(MarketTimeZones.Of(origin)).LocalDateTime;
        var originCalendar = calendars.GetCalendar(origin);
        var originDays = originCalendar.WithWeekendOnlyOutsideCoverage();
        var start = originDays.IsWorkingDay(local.Date) && !(promise.CutoffHour is { } h && local.Hour >= h) ? local.Date : Next(originDays, local.Date, 1);
        var end = Next(originDays, start, promise.HandlingDays);
        var estimated = !originCalendar.IsCovered(local.Date) || !originCalendar.IsCovered(end);
        if (promise.TransitUnit == TransitUnit.Calendar)
        {
            return (end.PlusDays(promise.TransitMin), end.PlusDays(promise.TransitMax), estimated);
        }

        var destinationCalendar = calendars.GetCalendar(destination);
        var destinationDays = destinationCalendar.WithWeekendOnlyOutsideCoverage();
        var latest = Next(destinationDays, end, promise.TransitMax);
        return (Next(destinationDays, end, promise.TransitMin), latest,
            estimated || !destinationCalendar.IsCovered(end) || !destinationCalendar.IsCovered(latest));
    }

    /// <summary>The n-th working day strictly after <paramref name="date"/>, day by day (n = 0: the date).</summary>
    private static LocalDate Next(WorkingDayCalendar calendar, LocalDate date, int n)
    {
        while (n > 0)
        {
            date = date.PlusDays(1);
            if (calendar.IsWorkingDay(date))
            {
                n--;
            }
        }

        return date;
    }
}
