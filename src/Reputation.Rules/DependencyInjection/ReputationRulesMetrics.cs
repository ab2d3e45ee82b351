using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Metrics;

namespace Reputation.Rules;

/// <summary>
/// The library's metrics: one <see cref="Meter"/> named <c>Reputation.Rules</c> with two counters.
/// <list type="bullet">
/// <item><c>reputation_rules.evaluations</c> ({evaluation}), tag <c>engine</c>: one per evaluated subject.</item>
/// <item><c>reputation_rules.findings</c> ({finding}), tags <c>engine</c>, <c>rule_id</c>, <c>severity</c>: one per finding.</item>
/// </list>
/// No message text, buyer ids or amounts are ever recorded or tagged. Recording costs nothing when nobody listens.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public sealed class ReputationRulesMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Reputation.Rules";

    /// <summary>The evaluations counter's name.</summary>
    public const string EvaluationsCounterName = "reputation_rules.evaluations";

    /// <summary>The findings counter's name.</summary>
    public const string FindingsCounterName = "reputation_rules.findings";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _evaluations;
    private readonly Counter<long> _findings;

    /// <summary>Creates the metrics, through <paramref name="meterFactory"/> when given (the DI way), else a new meter.</summary>
    /// <param name="meterFactory">The application's meter factory, or null.</param>
    public ReputationRulesMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(new MeterOptions(MeterName)) ?? new Meter(MeterName);
        _ownsMeter = meterFactory is null;
        _evaluations = _meter.CreateCounter<long>(EvaluationsCounterName, "{evaluation}", "Subjects evaluated, by engine.");
        _findings = _meter.CreateCounter<long>(FindingsCounterName, "{finding}", "Findings produced, by engine, rule id and severity.");
    }

    /// <summary>Records one evaluation and its findings.</summary>
    /// <param name="engine">The engine: <c>returns</c>, <c>reviews</c> or <c>scoring</c>.</param>
    /// <param name="findings">The findings of the evaluation.</param>
    public void RecordEvaluation(string engine, ImmutableArray<Finding> findings)
    {
        if (_evaluations.Enabled)
        {
            _evaluations.Add(1, new KeyValuePair<string, object?>("engine", engine));
        }

        if (_findings.Enabled && !findings.IsDefaultOrEmpty)
        {
            foreach (var finding in findings)
            {
                _findings.Add(
                    1,
                    new KeyValuePair<string, object?>("engine", engine),
                    new KeyValuePair<string, object?>("rule_id", finding.RuleId.Value),
                    new KeyValuePair<string, object?>("severity", SeverityTag(finding.Severity)));
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static string SeverityTag(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "violation",
    };
}
