using System.Collections.Immutable;
using NodaTime;
using Reputation.Rules.Returns;

namespace Reputation.Rules;

/// <summary>
/// The registered <see cref="IReturnComplianceEngine"/>: delegates to the current snapshot's engine (so options
/// changes take effect on the next call) and records metrics.
/// </summary>
internal sealed class RuntimeReturnComplianceEngine(ReputationRulesRuntime runtime, ReputationRulesMetrics metrics) : IReturnComplianceEngine
{
    public SellerPolicy DefaultSellerPolicy => runtime.Current.Returns.DefaultSellerPolicy;

    public ImmutableArray<RuleDescriptor> Rules => runtime.Current.Returns.Rules;

    public ImmutableArray<MarketplaceProfile> Marketplaces => runtime.Current.Returns.Marketplaces;

    public ReturnReport Evaluate(ReturnCase returnCase, LocalDate asOf)
    {
        var report = runtime.Current.Returns.Evaluate(returnCase, asOf);
        metrics.RecordEvaluation("returns", report.Findings);
        return report;
    }
}
