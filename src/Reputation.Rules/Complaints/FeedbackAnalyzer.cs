using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using NodaTime;
using NodaTime.Calendars;
using Reputation.Rules.Complaints.Text;
using Reputation.Rules.Reviews;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Complaints;

/// <summary>
/// The feedback analyser: finds the causes of buyers' complaints in English and Chinese reviews with the review guard's
/// text machinery (normalisation with an offset map, one-pass multi-pattern matching, clause and sentence windows),
/// drafts replies the guard allows, and aggregates causes per SKU and period with remedies (docs/feedback.md).
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe: one instance serves concurrent calls. Reading reuses pooled buffers, so a
/// review with no cause allocates nothing once the buffers have grown to its size; time is linear in the text.
/// </remarks>
public sealed class FeedbackAnalyzer : IFeedbackAnalyzer
{
    private static readonly Lazy<CompiledLexicon> BuiltInLexicon = new(() => new CompiledLexicon(FeedbackLexicon.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CompiledLexicon _lexicon;
    private readonly ISolicitationGuard _guard;
    private readonly IClock _clock;
    private readonly ImmutableArray<FeedbackRemedy>[] _remedies;
    private readonly FeedbackPeriod _period;
    private readonly string _defaultPlatform;
    private readonly CountryCode _defaultMarket;
    private readonly bool _draftReplies;
    private readonly CauseReader?[] _pool = new CauseReader?[8];

    /// <summary>Creates an analyser with the built-in vocabulary and remedies, the default review guard and the system clock.</summary>
    public FeedbackAnalyzer()
        : this(new FeedbackOptions())
    {
    }

    /// <summary>Creates an analyser from options (copied; later changes have no effect).</summary>
    /// <param name="options">Terms, remedies, period and reply defaults.</param>
    /// <param name="guard">The review guard reply drafts are checked with; null means a default <see cref="SolicitationGuard"/>.</param>
    /// <param name="clock">The clock a reply's send time is taken from; null means the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (every problem, one per line), or the default platform is unknown to the guard.</exception>
    public FeedbackAnalyzer(FeedbackOptions options, ISolicitationGuard? guard = null, IClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        _guard = guard ?? new SolicitationGuard(new ReviewsOptions(), clock);
        if (problems.Count == 0 && !_guard.HasPlatform(options.DefaultPlatform))
        {
            problems.Add($"Feedback.DefaultPlatform: '{options.DefaultPlatform}' is not a platform of the review guard.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("options: invalid feedback options:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(options));
        }

        _clock = clock ?? SystemClock.Instance;
        _period = options.Period;
        _defaultPlatform = options.DefaultPlatform;
        _defaultMarket = CountryCode.Parse(options.DefaultMarket);
        _draftReplies = options.DraftReplies;
        var extra = new List<ReviewTerm>();
        foreach (var term in options.Terms)
        {
            var cause = FeedbackCauses.TryParse(term.Cause, out var parsed) ? parsed : throw new InvalidOperationException("validated above");
            var concepts = (FeedbackConcepts)(1L << (int)cause) | (term.Clear ? FeedbackConcepts.Strong : FeedbackConcepts.None);
            foreach (var text in LexiconFile.Expand(term.Text.Trim(), "Feedback.Terms", 0))
            {
                extra.Add(FeedbackLexicon.Term(text, concepts));
            }
        }

        _lexicon = options.UseBuiltInTerms && extra.Count == 0
            ? BuiltInLexicon.Value
            : new CompiledLexicon((options.UseBuiltInTerms ? FeedbackLexicon.BuiltIn : []).Concat(extra));

        _remedies = new ImmutableArray<FeedbackRemedy>[FeedbackCauses.Count];
        foreach (var cause in FeedbackCauses.All)
        {
            var custom = options.Remedies.Where(r => FeedbackCauses.TryParse(r.Cause, out var c) && c == cause).ToList();
            var keepBuiltIn = !custom.Any(r => r.ReplaceBuiltIn);
            _remedies[(int)cause] =
            [
                .. keepBuiltIn ? BuiltInRemedies.All.Where(r => r.Cause == cause) : [],
                .. custom.Select(r => new FeedbackRemedy(cause, r.Id, r.Text, r.Source)),
            ];
        }
    }

    /// <summary>The aggregation period.</summary>
    public FeedbackPeriod Period => _period;

    /// <inheritdoc />
    public ImmutableArray<CauseFinding> FindCauses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = Rent();
        try
        {
            return reader.Read(text, _lexicon);
        }
        finally
        {
            Return(reader);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException">The review names a platform the review guard does not know.</exception>
    public FeedbackAnalysis Analyze(CustomerReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var platform = review.Platform ?? _defaultPlatform;
        if (!_guard.HasPlatform(platform))
        {
            throw new ArgumentException($"Platform: '{platform}' is not a platform of the review guard.", nameof(review));
        }

        var causes = FindCauses(review.Text);
        ReplyDraft? reply = null;
        if (_draftReplies && review.IsNegative(!causes.IsEmpty))
        {
            var language = ReplyDrafter.LanguageOf(review);
            var text = ReplyDrafter.Draft(causes, language);
            var message = new SolicitationMessage(text, platform, review.Market ?? _defaultMarket) { SentAt = _clock.GetCurrentInstant() };
            reply = new ReplyDraft(text, language, _guard.Check(message));
        }

        return new FeedbackAnalysis(review, causes, reply);
    }

    /// <inheritdoc />
    public ImmutableArray<FeedbackRemedy> RemediesFor(FeedbackCause cause) =>
        (uint)cause < (uint)_remedies.Length ? _remedies[(int)cause] : throw new ArgumentOutOfRangeException(nameof(cause), cause, "cause: not a defined FeedbackCause.");

    /// <summary>The name of the period <paramref name="at"/> falls in (UTC): <c>2026-W11</c>, <c>2026-03</c> or <c>2026-03-10</c>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The name.</returns>
    public string PeriodName(Instant at) => Name(Start(at.InUtc().Date));

    /// <inheritdoc />
    public IReadOnlyList<FeedbackSummary> Summarize(IEnumerable<FeedbackAnalysis> analyses, FeedbackGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var bySku = (grouping & FeedbackGrouping.Sku) != 0;
        var byPeriod = (grouping & FeedbackGrouping.Period) != 0;
        var groups = new Dictionary<(string? Sku, LocalDate? Period), Group>();
        foreach (var analysis in analyses)
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(analyses));
            var key = (bySku ? analysis.Review.Sku : null, byPeriod && analysis.Review.At is { } at ? Start(at.InUtc().Date) : (LocalDate?)null);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group();
                groups.Add(key, group);
            }

            group.Add(analysis);
        }

        var result = new List<FeedbackSummary>(groups.Count);
        foreach (var (key, group) in groups.OrderBy(g => g.Key.Sku, StringComparer.Ordinal).ThenBy(g => g.Key.Period ?? LocalDate.MinIsoValue))
        {
            Group? previous = null;
            if (key.Period is { } start && groups.TryGetValue((key.Sku, Previous(start)), out var p) && p.Negative > 0)
            {
                previous = p;
            }

            var shares = new List<CauseShare>();
            foreach (var cause in FeedbackCauses.All)
            {
                var count = group.Counts[(int)cause];
                var previousShare = previous is null ? (decimal?)null : (decimal)previous.Counts[(int)cause] / previous.Negative;
                if (count == 0 && (previousShare ?? 0) == 0)
                {
                    continue;
                }

                var share = group.Negative == 0 ? 0 : (decimal)count / group.Negative;
                shares.Add(new CauseShare(cause, count, share, previousShare is { } ps ? share - ps : null, group.TopPhrases(cause)));
            }

            shares.Sort(static (a, b) => a.Share != b.Share ? b.Share.CompareTo(a.Share) : a.Cause.CompareTo(b.Cause));
            var remedies = shares.Where(s => s.Count > 0).SelectMany(s => _remedies[(int)s.Cause]).ToImmutableArray();
            result.Add(new FeedbackSummary(key.Sku, key.Period is { } d ? Name(d) : null, group.Reviews, group.Negative, [.. shares], remedies));
        }

        return result;
    }

    private LocalDate Start(LocalDate date) => _period switch
    {
        FeedbackPeriod.Month => new LocalDate(date.Year, date.Month, 1),
        FeedbackPeriod.Day => date,
        _ => date.PlusDays(-((int)date.DayOfWeek - 1)),
    };

    private LocalDate Previous(LocalDate start) => _period switch
    {
        FeedbackPeriod.Month => start.PlusMonths(-1),
        FeedbackPeriod.Day => start.PlusDays(-1),
        _ => start.PlusDays(-7),
    };

    private string Name(LocalDate start) => _period switch
    {
        FeedbackPeriod.Month => start.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        FeedbackPeriod.Day => start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(start):0000}-W{WeekYearRules.Iso.GetWeekOfWeekYear(start):00}"),
    };

    private CauseReader Rent()
    {
        for (var i = 0; i < _pool.Length; i++)
        {
            var reader = Interlocked.Exchange(ref _pool[i], null);
            if (reader is not null)
            {
                return reader;
            }
        }

        return new CauseReader();
    }

    private void Return(CauseReader reader)
    {
        if (reader.IsOversized)
        {
            return;
        }

        reader.Release();

        for (var i = 0; i < _pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _pool[i], reader, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>The running counts of one group.</summary>
    private sealed class Group
    {
        private readonly Dictionary<string, (int Count, int First)>[] _phrases = new Dictionary<string, (int, int)>[FeedbackCauses.Count];
        private int _order;

        public int Reviews { get; private set; }

        public int Negative { get; private set; }

        public int[] Counts { get; } = new int[FeedbackCauses.Count];

        public void Add(FeedbackAnalysis analysis)
        {
            Reviews++;
            if (!analysis.IsNegative)
            {
                return;
            }

            Negative++;
            foreach (var cause in analysis.Causes)
            {
                Counts[(int)cause.Cause]++;
                var phrases = _phrases[(int)cause.Cause] ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                foreach (var span in cause.Spans)
                {
                    if (span.End > analysis.Review.Text.Length)
                    {
                        continue;
                    }

                    var phrase = span.Slice(analysis.Review.Text).Trim().ToLowerInvariant();
                    if (phrase.Length == 0)
                    {
                        continue;
                    }

                    phrases[phrase] = phrases.TryGetValue(phrase, out var seen) ? (seen.Count + 1, seen.First) : (1, _order++);
                }
            }
        }

        public ImmutableArray<string> TopPhrases(FeedbackCause cause) =>
            _phrases[(int)cause] is { } phrases
                ? [.. phrases.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).Take(3).Select(p => p.Key)]
                : [];
    }
}
