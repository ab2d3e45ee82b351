using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Delivery;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// One million generated shipments (CN, DE, US, GB and NL lanes, postal/standard/express, 0–5 tracking events in random
/// input order) classified as of one instant by <see cref="DeliveryEngine.ClassifyState"/> against the straightforward
/// LINQ implementation of the same rules (<see cref="LinqDelivery"/>); setup checks that both agree on every shipment.
/// </summary>
[MemoryDiagnoser]
public class DeliveryBenchmarks
{
    private const int Shipments = 1_000_000;
    private static readonly string[] Markets = ["CN", "DE", "US", "GB", "NL"];
    private static readonly string[] Methods = ["postal", "standard", "express"];
    private static readonly TrackingStatus[] Statuses = Enum.GetValues<TrackingStatus>();

    private readonly DeliveryEngine _engine = new();
    private readonly DeliveryOptions _options = new();
    private Shipment[] _shipments = null!;
    private Instant _asOf;

    [GlobalSetup]
    public void Setup()
    {
        _asOf = Instant.FromUtc(2026, 6, 15, 12, 0);
        _shipments = Generate(_asOf);
        for (var i = 0; i < _shipments.Length; i += 7)
        {
            var fast = _engine.ClassifyState(_shipments[i], _asOf);
            var linq = LinqDelivery.Classify(_shipments[i], _asOf, CalendarProvider.BuiltIn, _options);
            if (fast != linq)
            {
                throw new InvalidOperationException($"shipment {i}: the engine ({fast}) and the LINQ baseline ({linq}) disagree.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "LINQ + day-by-day loops")]
    public int Linq()
    {
        var late = 0;
        foreach (var s in _shipments)
        {
            late += LinqDelivery.Classify(s, _asOf, CalendarProvider.BuiltIn, _options).State == ShipmentState.Late ? 1 : 0;
        }

        return late;
    }

    [Benchmark(Description = "DeliveryEngine.ClassifyState")]
    public int Engine()
    {
        var late = 0;
        foreach (var s in _shipments)
        {
            late += _engine.ClassifyState(s, _asOf).State == ShipmentState.Late ? 1 : 0;
        }

        return late;
    }

    internal static Shipment[] Generate(Instant asOf)
    {
        var random = new Random(20260615);
        var promises = new[]
        {
            new DeliveryPromise(2, 15, 30), new DeliveryPromise(1, 10, 20), new DeliveryPromise(1, 3, 6, TransitUnit.Working, 16),
            new DeliveryPromise(2, 15, 35, TransitUnit.Calendar),
        };
        var shipments = new Shipment[Shipments];
        for (var i = 0; i < shipments.Length; i++)
        {
            var ordered = asOf - Duration.FromMinutes(random.Next(0, 60 * 24 * 60));
            var shipped = ordered + Duration.FromMinutes(random.Next(0, 60 * 24 * 3));
            var events = new TrackingEvent[random.Next(0, 6)];
            for (var e = 0; e < events.Length; e++)
            {
                events[e] = new TrackingEvent(shipped + Duration.FromMinutes(random.Next(0, 60 * 24 * 40)), Statuses[random.Next(Statuses.Length)]);
            }

            var method = Methods[random.Next(Methods.Length)];
            shipments[i] = new Shipment("s", CountryCode.Parse(Markets[random.Next(Markets.Length)]), CountryCode.Parse(Markets[random.Next(Markets.Length)]), method, ordered, shipped, events)
            {
                Promise = promises[random.Next(promises.Length)],
            };
        }

        return shipments;
    }
}
