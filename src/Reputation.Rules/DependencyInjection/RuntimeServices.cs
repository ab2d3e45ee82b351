using System.Collections.Immutable;
using NodaTime;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;

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

/// <summary>
/// The registered <see cref="ISolicitationGuard"/>: delegates to the current snapshot's guard and records metrics
/// (never the message text).
/// </summary>
internal sealed class RuntimeSolicitationGuard(ReputationRulesRuntime runtime, ReputationRulesMetrics metrics) : ISolicitationGuard
{
    public ImmutableArray<RuleDescriptor> Rules => runtime.Current.Reviews.Rules;

    public SolicitationReport Check(SolicitationMessage message)
    {
        var report = runtime.Current.Reviews.Check(message);
        metrics.RecordEvaluation("reviews", report.Findings);
        return report;
    }

    public SolicitationReport Check(SolicitationCampaign campaign)
    {
        var report = runtime.Current.Reviews.Check(campaign);
        metrics.RecordEvaluation("reviews", report.Findings);
        return report;
    }
}
