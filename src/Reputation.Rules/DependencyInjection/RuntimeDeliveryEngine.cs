using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Delivery;

namespace Reputation.Rules;

/// <summary>
/// The registered <see cref="IDeliveryEngine"/>: a <see cref="DeliveryEngine"/> built from the current options'
/// <see cref="ReputationRulesOptions.Delivery"/> section on the current snapshot's calendars and review guard, rebuilt
/// when the options change.
/// </summary>
internal sealed class RuntimeDeliveryEngine(ReputationRulesRuntime runtime, IOptionsMonitor<ReputationRulesOptions> monitor) : IDeliveryEngine
{
    private Cache? _cached;

    public DeliveryPromiseTable Promises => Engine.Promises;

    public DeliveryEstimate EstimateDelivery(Instant orderedAt, CountryCode origin, CountryCode destination, DeliveryPromise promise) =>
        Engine.EstimateDelivery(orderedAt, origin, destination, promise);

    public ShipmentResult Classify(Shipment shipment, Instant asOf) => Engine.Classify(shipment, asOf);

    public ShipmentStatus ClassifyState(Shipment shipment, Instant asOf) => Engine.ClassifyState(shipment, asOf);

    public ImmutableArray<WeeklyShipmentReport> Summarize(IEnumerable<ShipmentResult> results) => Engine.Summarize(results);

    private DeliveryEngine Engine
    {
        get
        {
            var snapshot = runtime.Current;
            var cached = Volatile.Read(ref _cached);
            if (cached is not null && ReferenceEquals(cached.Snapshot, snapshot))
            {
                return cached.Engine;
            }

            var engine = new DeliveryEngine(monitor.CurrentValue.Delivery, snapshot.Calendars, snapshot.Reviews);
            Volatile.Write(ref _cached, new Cache(snapshot, engine));
            return engine;
        }
    }

    private sealed record Cache(ReputationRulesRuntime.Snapshot Snapshot, DeliveryEngine Engine);
}
