using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Reputation.Rules.Reviews;

/// <summary>
/// The guard's answer for one message or campaign: the decision (<see cref="SolicitationDecision.Block"/> if any
/// finding blocks, else <see cref="SolicitationDecision.Warn"/> if any warns, else
/// <see cref="SolicitationDecision.Allow"/>) and the findings, each with its rule, severity under the deciding
/// profile, message, citation, evidence (<c>platform</c>, <c>law</c>, <c>decidedBy</c>) and the spans of the
/// <em>original</em> text that triggered it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.SolicitationReportJsonConverter))]
public sealed class SolicitationReport
{
    /// <summary>Creates a report; the decision is derived from the findings.</summary>
    /// <param name="platform">The platform profile that applied.</param>
    /// <param name="law">The law profile that applied.</param>
    /// <param name="findings">The findings (default means none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="platform"/> or <paramref name="law"/> is null.</exception>
    public SolicitationReport(string platform, string law, ImmutableArray<Finding> findings)
    {
        Platform = platform ?? throw new ArgumentNullException(nameof(platform));
        Law = law ?? throw new ArgumentNullException(nameof(law));
        Findings = findings.IsDefault ? ImmutableArray<Finding>.Empty : findings;
        var decision = SolicitationDecision.Allow;
        foreach (var finding in Findings)
        {
            var d = DecisionOf(finding);
            if (d > decision)
            {
                decision = d;
            }
        }

        Decision = decision;
    }

    /// <summary>Block, warn or allow.</summary>
    public SolicitationDecision Decision { get; }

    /// <summary>The findings, blocking ones first.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The platform profile that applied.</summary>
    public string Platform { get; }

    /// <summary>The law profile that applied.</summary>
    public string Law { get; }

    /// <summary>The decision a finding stands for: <see cref="Severity.Violation"/> blocks, <see cref="Severity.Warning"/> warns.</summary>
    /// <param name="finding">A finding.</param>
    /// <returns>Block, warn or allow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static SolicitationDecision DecisionOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Severity switch
        {
            Severity.Violation => SolicitationDecision.Block,
            Severity.Warning => SolicitationDecision.Warn,
            _ => SolicitationDecision.Allow,
        };
    }

    /// <summary>The severity a decision is recorded with: block → <see cref="Severity.Violation"/>, warn → <see cref="Severity.Warning"/>.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The severity.</returns>
    public static Severity SeverityOf(SolicitationDecision decision) => decision switch
    {
        SolicitationDecision.Block => Severity.Violation,
        SolicitationDecision.Warn => Severity.Warning,
        _ => Severity.Info,
    };

    /// <summary>Whether a finding for the rule is present.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> if present.</returns>
    public bool Has(RuleId ruleId)
    {
        foreach (var finding in Findings)
        {
            if (finding.RuleId == ruleId)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Decision} ({Findings.Length} finding(s), {Platform}/{Law})";
}
