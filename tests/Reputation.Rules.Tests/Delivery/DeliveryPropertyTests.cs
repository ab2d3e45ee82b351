using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Delivery;
using Xunit;
using static Reputation.Rules.Tests.Delivery.DeliveryTestCases;

namespace Reputation.Rules.Tests.Delivery;

/// <summary>Laws of the estimate and the classification over random orders (2025–2027, markets with and without data).</summary>
public sealed class DeliveryPropertyTests
{
    private static readonly string[] Markets = ["CN", "DE", "GB", "US", "FR", "JP", "KR", "NL", "AU", "BR"];
    private static readonly Instant Start = I("2025-01-01T00:00:00Z");
    private static readonly TrackingStatus[] Statuses = [.. System.Enum.GetValues<TrackingStatus>()];

    private static Gen<DeliveryPromise> Promises() =>
        from handling in Gen.Choose(0, 5)
        from min in Gen.Choose(0, 25)
        from extra in Gen.Choose(0, 20)
        from calendar in Gen.Elements(false, true)
        from cutoff in Gen.Elements<int?>(null, 0, 9, 12, 14, 17, 23)
        select new DeliveryPromise(handling, min, min + extra, calendar ? TransitUnit.Calendar : TransitUnit.Working, cutoff);

    private static Gen<Instant> Instants() =>
        from minutes in Gen.Choose(0, 3 * 365 * 24 * 60)
        select Start + Duration.FromMinutes(minutes);

    [Property(MaxTest = 300)]
    public Property Estimate_IsMonotoneInTheOrderInstant_AndLatestIsNotBeforeEarliest()
    {
        var gen =
            from origin in Gen.Elements(Markets)
            from destination in Gen.Elements(Markets)
            from promise in Promises()
            from at in Instants()
            from later in Gen.Choose(0, 20 * 24 * 60)
            select (origin, destination, promise, at, later: at + Duration.FromMinutes(later));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var a = Engine.EstimateDelivery(t.at, C(t.origin), C(t.destination), t.promise);
            var b = Engine.EstimateDelivery(t.later, C(t.origin), C(t.destination), t.promise);
            return a.Earliest <= a.Latest && b.Earliest <= b.Latest
                && a.Earliest <= b.Earliest && a.Latest <= b.Latest
                && a.HandlingStartsOn <= a.HandlingEndsOn && a.HandlingEndsOn <= a.Earliest;
        });
    }

    [Property(MaxTest = 300)]
    public Property State_IsIndependentOfTheEventOrder()
    {
        var gen =
            from origin in Gen.Elements(Markets)
            from destination in Gen.Elements(Markets)
            from promise in Promises()
            from ordered in Instants()
            from shipDelay in Gen.Choose(0, 5 * 24 * 60)
            from count in Gen.Choose(0, 6)
            from offsets in Gen.ArrayOf(Gen.Choose(0, 40 * 24), count)
            from statuses in Gen.ArrayOf(Gen.Elements(Statuses), count)
            from asOfHours in Gen.Choose(0, 60 * 24)
            from seed in Gen.Choose(0, 1000)
            select (origin, destination, promise, ordered, shipped: ordered + Duration.FromMinutes(shipDelay),
                events: offsets.Zip(statuses, (o, s) => new TrackingEvent(ordered + Duration.FromHours(o), s)).ToArray(),
                asOf: ordered + Duration.FromHours(asOfHours), seed);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var rng = new System.Random(t.seed);
            var shuffled = t.events.OrderBy(_ => rng.Next()).ToArray();
            var a = new Shipment("p", C(t.origin), C(t.destination), "standard", t.ordered, t.shipped, t.events) { Promise = t.promise };
            var b = new Shipment("p", C(t.origin), C(t.destination), "standard", t.ordered, t.shipped, shuffled) { Promise = t.promise };
            var ra = Engine.Classify(a, t.asOf);
            var rb = Engine.Classify(b, t.asOf);
            var fast = Engine.ClassifyState(b, t.asOf);
            return ra.State == rb.State && ra.Evidence.SequenceEqual(rb.Evidence) && ra.Notice?.Text == rb.Notice?.Text
                && fast == new ShipmentStatus(ra.State, ra.Estimate.Earliest, ra.Estimate.Latest, ra.Estimate.Estimated, ra.HasScan);
        });
    }

    [Property(MaxTest = 300)]
    public Property ClassifyState_AgreesWithTheStraightforwardLinqVersion()
    {
        var gen =
            from origin in Gen.Elements(Markets)
            from destination in Gen.Elements(Markets)
            from method in Gen.Elements("postal", "standard", "express", "sea-freight")
            from promise in Promises()
            from ordered in Instants()
            from shipDelay in Gen.Choose(0, 5 * 24 * 60)
            from count in Gen.Choose(0, 6)
            from offsets in Gen.ArrayOf(Gen.Choose(0, 40 * 24), count)
            from statuses in Gen.ArrayOf(Gen.Elements(Statuses), count)
            from asOfHours in Gen.Choose(0, 60 * 24)
            let shipment = new Shipment("p", C(origin), C(destination), method, ordered, ordered + Duration.FromMinutes(shipDelay),
                offsets.Zip(statuses, (o, s) => new TrackingEvent(ordered + Duration.FromHours(o), s)))
            {
                Promise = promise,
                BuyerTimeZone = asOfHours % 3 == 0 ? DateTimeZoneProviders.Tzdb["Pacific/Auckland"] : null,
            }
            select (shipment, asOf: ordered + Duration.FromHours(asOfHours));
        var options = new DeliveryOptions();
        return Prop.ForAll(gen.ToArbitrary(), t =>
            Engine.ClassifyState(t.shipment, t.asOf) == Benchmarks.LinqDelivery.Classify(t.shipment, t.asOf, global::Reputation.Rules.Calendars.CalendarProvider.BuiltIn, options));
    }

    [Theory]
    [InlineData("1969-12-31T10:00:00Z", "1970-01-20T00:00:00Z")] // ordered before the calendars' range: both throw
    [InlineData("1970-01-01T02:00:00Z", "1970-01-20T00:00:00Z")] // Shanghai's first day, the calendar's first day
    [InlineData("2199-11-20T10:00:00Z", "2199-12-01T00:00:00Z")] // the estimate ends near or past 2199-12-31
    [InlineData("2199-12-30T10:00:00Z", "2199-12-31T00:00:00Z")]
    [InlineData("2026-03-02T10:00:00Z", "1969-06-01T00:00:00Z")] // as-of before 1970
    [InlineData("2026-03-02T10:00:00Z", "2200-06-01T00:00:00Z")] // as-of after 2199
    public void ClassifyState_AgreesWithTheLinqVersion_AtTheEdgesOfTheSupportedRange(string ordered, string asOf)
    {
        var options = new DeliveryOptions();
        foreach (var promise in new[] { new DeliveryPromise(1, 3, 6), new DeliveryPromise(0, 0, 40, TransitUnit.Calendar, 9) })
        {
            foreach (var (origin, destination) in new[] { ("CN", "DE"), ("US", "FR"), ("JP", "NL") })
            {
                var shipment = new Shipment("edge", C(origin), C(destination), "standard", I(ordered), I(ordered) + Duration.FromHours(1),
                    [new TrackingEvent(I(ordered) + Duration.FromHours(30), TrackingStatus.InTransit)]) { Promise = promise };
                var oracle = Outcome(() => Benchmarks.LinqDelivery.Classify(shipment, I(asOf), global::Reputation.Rules.Calendars.CalendarProvider.BuiltIn, options));
                var fast = Outcome(() => Engine.ClassifyState(shipment, I(asOf)));
                Assert.Equal(oracle, fast);
            }
        }

        static string Outcome(System.Func<ShipmentStatus> classify)
        {
            try
            {
                return classify().ToString();
            }
            catch (System.Exception e)
            {
                return e.GetType().Name; // the two word their range errors differently
            }
        }
    }

    [Theory]
    [InlineData("2026-03-28T20:00:00Z")] // Europe: summer time from 2026-03-29 01:00 UTC
    [InlineData("2026-10-24T20:00:00Z")] // Europe: winter time from 2026-10-25 01:00 UTC
    [InlineData("2026-03-07T22:00:00Z")] // US: from 2026-03-08 07:00 UTC
    [InlineData("2026-10-31T22:00:00Z")] // US: from 2026-11-01 06:00 UTC
    [InlineData("2026-04-04T10:00:00Z")] // Auckland: from 2026-04-04 14:00 UTC
    public void ClassifyState_AgreesWithTheLinqVersion_AroundOffsetChanges(string from)
    {
        // Every 15 minutes for 12 hours across the change: the order's local date and hour (cut-off), today and the
        // delivery date all come from the zone's offset table on the fast path.
        var options = new DeliveryOptions();
        var promises = new[] { new DeliveryPromise(0, 1, 2, TransitUnit.Working, 1), new DeliveryPromise(1, 0, 0, TransitUnit.Calendar, 2), new DeliveryPromise(0, 0, 1, TransitUnit.Working, 23) };
        for (var minutes = 0; minutes <= 12 * 60; minutes += 15)
        {
            var at = I(from) + Duration.FromMinutes(minutes);
            foreach (var market in new[] { "DE", "GB", "NL", "US" })
            {
                foreach (var promise in promises)
                {
                    foreach (var zone in new[] { null, DateTimeZoneProviders.Tzdb["Pacific/Auckland"] })
                    {
                        var shipment = new Shipment("dst", C(market), C(market), "express", at, at, [new TrackingEvent(at + Duration.FromMinutes(30), TrackingStatus.Delivered)])
                        {
                            Promise = promise,
                            BuyerTimeZone = zone,
                        };
                        foreach (var asOf in new[] { at, at + Duration.FromHours(1), at + Duration.FromDays(2) })
                        {
                            Assert.Equal(
                                Benchmarks.LinqDelivery.Classify(shipment, asOf, global::Reputation.Rules.Calendars.CalendarProvider.BuiltIn, options),
                                Engine.ClassifyState(shipment, asOf));
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void ClassifyState_DoesNotAllocate()
    {
        var shipments = new[]
        {
            Long([E("2026-03-02T15:00:00Z", TrackingStatus.InTransit), E("2026-03-05T15:00:00Z", TrackingStatus.Customs)]),
            Short([E("2026-03-02T15:00:00Z", TrackingStatus.InTransit)]),
            Short(),
            new Shipment("nl", C("DE"), C("NL"), "postal", I("2026-12-28T09:00:00Z"), I("2026-12-28T12:00:00Z")) { Promise = new DeliveryPromise(1, 5, 30) },
        };
        var asOf = I("2026-03-05T12:00:00Z");
        foreach (var s in shipments)
        {
            _ = Engine.ClassifyState(s, asOf); // warm up: calendar indexes, zones, lenient views
        }

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = Engine.ClassifyState(shipments[i % shipments.Length], asOf);
        }

        Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
