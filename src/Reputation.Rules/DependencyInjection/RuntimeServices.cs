using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

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

    public ImmutableArray<string> Validate(ReturnCase returnCase, LocalDate asOf) => runtime.Current.Returns.Validate(returnCase, asOf);

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

    public bool HasPlatform(string? name) => runtime.Current.Reviews.HasPlatform(name);

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

    public SolicitationSuggestion? Suggest(SolicitationMessage message) => runtime.Current.Reviews.Suggest(message);
}

/// <summary>
/// The registered <see cref="ICreditScoreCalculator"/>: delegates to the current snapshot's calculator and counts one
/// evaluation per report (no ids, no scores in the metrics).
/// </summary>
internal sealed class RuntimeCreditScoreCalculator(ReputationRulesRuntime runtime, ReputationRulesMetrics metrics) : ICreditScoreCalculator
{
    public ScoringScheme DefaultScheme => runtime.Current.Scoring.DefaultScheme;

    public CreditReport Calculate(IEnumerable<Feedback> history, string ratee, ScoringScheme scheme, Instant asOf) =>
        Count(runtime.Current.Scoring.Calculate(history, ratee, scheme, asOf));

    public ImmutableArray<CreditReport> CalculateAll(IEnumerable<Feedback> history, ScoringScheme scheme, Instant asOf) =>
        Count(runtime.Current.Scoring.CalculateAll(history, scheme, asOf));

    public CreditReport Calculate(FeedbackTally tally, string ratee, ScoringScheme scheme) =>
        Count(runtime.Current.Scoring.Calculate(tally, ratee, scheme));

    public ImmutableArray<CreditReport> CalculateAll(FeedbackTally tally, ScoringScheme scheme) =>
        Count(runtime.Current.Scoring.CalculateAll(tally, scheme));

    private CreditReport Count(CreditReport report)
    {
        metrics.RecordEvaluation("scoring", []);
        return report;
    }

    private ImmutableArray<CreditReport> Count(ImmutableArray<CreditReport> reports)
    {
        foreach (var _ in reports)
        {
            metrics.RecordEvaluation("scoring", []);
        }

        return reports;
    }
}
