using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Complaints;

namespace Reputation.Rules;

/// <summary>
/// The registered <see cref="IFeedbackAnalyzer"/>: a <see cref="FeedbackAnalyzer"/> built from the current options'
/// <see cref="ReputationRulesOptions.Feedback"/> section with the current snapshot's review guard (which checks the
/// reply drafts), rebuilt when the options change.
/// </summary>
internal sealed class RuntimeFeedbackAnalyzer(ReputationRulesRuntime runtime, IOptionsMonitor<ReputationRulesOptions> monitor, IClock clock) : IFeedbackAnalyzer
{
    private Cache? _cached;

    public ImmutableArray<CauseFinding> FindCauses(string text) => Analyzer.FindCauses(text);

    public FeedbackAnalysis Analyze(CustomerReview review) => Analyzer.Analyze(review);

    public IReadOnlyList<FeedbackSummary> Summarize(IEnumerable<FeedbackAnalysis> analyses, FeedbackGrouping grouping) => Analyzer.Summarize(analyses, grouping);

    public ImmutableArray<FeedbackRemedy> RemediesFor(FeedbackCause cause) => Analyzer.RemediesFor(cause);

    private FeedbackAnalyzer Analyzer
    {
        get
        {
            var snapshot = runtime.Current;
            var cached = Volatile.Read(ref _cached);
            if (cached is not null && ReferenceEquals(cached.Snapshot, snapshot))
            {
                return cached.Analyzer;
            }

            var analyzer = new FeedbackAnalyzer(monitor.CurrentValue.Feedback, snapshot.Reviews, clock);
            Volatile.Write(ref _cached, new Cache(snapshot, analyzer));
            return analyzer;
        }
    }

    private sealed record Cache(ReputationRulesRuntime.Snapshot Snapshot, FeedbackAnalyzer Analyzer);
}
