using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

public sealed class MetricsTests
{
    [Fact]
    public void Evaluations_and_findings_are_counted_with_engine_rule_and_severity_tags_only()
    {
        // A meter of this test's own (its scope is the factory), so measurements from tests running in parallel, which
        // use meters with the same name, are not counted here.
        using var factory = new ScopedMeterFactory();
        using var metrics = new ReputationRulesMetrics(factory);
        var measurements = new ConcurrentBag<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ReputationRulesMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        metrics.RecordEvaluation("returns", [
            new Finding("RET-LATE", Severity.Violation, "late"),
            new Finding("RET-PAYMENT-METHOD", Severity.Violation, "wrong method"),
        ]);
        metrics.RecordEvaluation("returns", []);

        var evaluations = measurements.Where(m => m.Instrument == ReputationRulesMetrics.EvaluationsCounterName).ToList();
        var findings = measurements.Where(m => m.Instrument == ReputationRulesMetrics.FindingsCounterName).ToList();
        Assert.Equal(2, evaluations.Sum(m => m.Value));
        Assert.All(evaluations, m => Assert.Equal(["engine"], m.Tags.Keys));
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, m => (string?)m.Tags["rule_id"] == "RET-LATE" && (string?)m.Tags["severity"] == "violation");
        Assert.All(findings, m => Assert.Equal(["engine", "rule_id", "severity"], m.Tags.Keys.Order()));
    }

    private sealed class ScopedMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
            _meters.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (var meter in _meters)
            {
                meter.Dispose();
            }
        }
    }
}
