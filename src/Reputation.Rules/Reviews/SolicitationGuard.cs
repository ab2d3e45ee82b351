using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NodaTime;
using Reputation.Rules.Reviews.Rules;
using Reputation.Rules.Reviews.Text;

namespace Reputation.Rules.Reviews;

/// <summary>
/// The review-solicitation guard. Built once from <see cref="ReviewsOptions"/>: the lexicon is compiled into one
/// multi-pattern automaton, the profiles are frozen, the rules listed. Each check normalises the text (keeping a map
/// to the original), matches every term in one pass, reads the matches within sentence/clause windows, runs every
/// rule (built-in and custom) in one pass, and takes for each rule the strictest of the platform and law profiles.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe: one instance serves concurrent checks. Checks reuse pooled buffers, so a
/// message that produces no finding allocates nothing once the buffers have grown to its size.
/// </remarks>
public sealed class SolicitationGuard : ISolicitationGuard
{
    private static readonly Lazy<CompiledLexicon> BuiltInLexicon = new(() => new CompiledLexicon(Text.BuiltInLexicon.Terms), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CompiledLexicon _lexicon;
    private readonly IClock _clock;
    private readonly ImmutableArray<ISolicitationRule> _rules;
    private readonly FrozenDictionary<string, int> _platformIndex;
    private readonly FrozenDictionary<string, int> _compactPlatformIndex;
    private readonly FrozenDictionary<CountryCode, int> _lawIndex;
    private readonly int _fallbackLaw;
    private readonly SolicitationReport[] _allowed;
    private readonly Workspace?[] _pool = new Workspace?[8];

    /// <summary>Creates a guard with the built-in profiles, lexicon and rules, using the system clock.</summary>
    public SolicitationGuard()
        : this(new ReviewsOptions())
    {
    }

    /// <summary>Creates a guard from options (which are copied; later changes to them have no effect). The files of <see cref="ReviewsOptions.TermFiles"/> are read here, once.</summary>
    /// <param name="options">The profiles, terms and custom rules.</param>
    /// <param name="clock">The clock for messages without <see cref="SolicitationMessage.SentAt"/>; null means the system clock.</param>
    /// <param name="customRules">Custom rules, evaluated in the same pass as the built-in ones, after them; ids must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options or rules are invalid, or a term file is missing, unreadable or has a bad line; the message lists every problem, one per line.</exception>
    public SolicitationGuard(ReviewsOptions options, IClock? clock = null, IEnumerable<ISolicitationRule>? customRules = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var custom = customRules?.ToList() ?? [];
        var fileTerms = new List<ReviewTerm>();
        var problems = options.Validate(custom, fileTerms);
        if (problems.Count > 0)
        {
            throw new ArgumentException("options: invalid review options:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(options));
        }

        _clock = clock ?? SystemClock.Instance;
        _lexicon = options.UseBuiltInTerms && options.AdditionalTerms.Count == 0 && fileTerms.Count == 0
            ? BuiltInLexicon.Value
            : new CompiledLexicon((options.UseBuiltInTerms ? Text.BuiltInLexicon.Terms : []).Concat(options.AdditionalTerms).Concat(fileTerms));

        Platforms = [.. options.Platforms.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ReviewPlatformProfile(p.Key, p.Value))];
        Laws = [.. options.Laws.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ReviewLawProfile(p.Key, p.Value))];
        _platformIndex = Platforms.Select((p, i) => (p.Name, i)).ToFrozenDictionary(x => x.Name, x => x.i, StringComparer.OrdinalIgnoreCase);
        _compactPlatformIndex = Platforms.Select((p, i) => (Name: Compact(p.Name), i)).GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        var lawIndex = new Dictionary<CountryCode, int>();
        for (var i = 0; i < Laws.Length; i++)
        {
            foreach (var market in Laws[i].Markets)
            {
                lawIndex[market] = i;
            }

            if (string.Equals(Laws[i].Name, options.FallbackLaw, StringComparison.OrdinalIgnoreCase))
            {
                _fallbackLaw = i;
            }
        }

        _lawIndex = lawIndex.ToFrozenDictionary();
        _rules = [.. BuiltInSolicitationRules.Create(), .. custom];
        Rules = [.. _rules.Select(r => r.Descriptor)];
        _allowed = new SolicitationReport[Platforms.Length * Laws.Length];
        for (var p = 0; p < Platforms.Length; p++)
        {
            for (var l = 0; l < Laws.Length; l++)
            {
                _allowed[(p * Laws.Length) + l] = new SolicitationReport(Platforms[p].Name, Laws[l].Name, []);
            }
        }
    }

    /// <inheritdoc />
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The platform profiles, by name.</summary>
    public ImmutableArray<ReviewPlatformProfile> Platforms { get; }

    /// <summary>The law profiles, by name.</summary>
    public ImmutableArray<ReviewLawProfile> Laws { get; }

    /// <summary>The platform profile with this name (case-insensitive; spaces, hyphens and underscores are ignored).</summary>
    /// <param name="name">E.g. <c>amazon</c>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">No such profile; the message lists the known ones.</exception>
    public ReviewPlatformProfile GetPlatform(string name) => Platforms[PlatformIndex(name)];

    /// <summary>Whether a platform profile with this name exists (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> if it exists.</returns>
    public bool HasPlatform(string? name) => name is not null && TryPlatformIndex(name, out _);

    /// <summary>The law profile for a buyer market (the fallback profile when no profile lists the market).</summary>
    /// <param name="market">The buyer market.</param>
    /// <returns>The profile.</returns>
    public ReviewLawProfile GetLaw(CountryCode market) => Laws[LawIndex(market)];

    /// <inheritdoc />
    public SolicitationReport Check(SolicitationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var platform = PlatformIndex(message.Platform);
        var law = LawIndex(message.BuyerMarket);
        var sentAt = message.SentAt ?? _clock.GetCurrentInstant();
        var ws = Rent();
        try
        {
            ws.Analyze(message.Text, message.ExistingReviewStars, _lexicon);
            ws.Context.Reset(message, null, Platforms[platform], Laws[law], sentAt);
            return Evaluate(ws.Context, platform, law);
        }
        finally
        {
            Return(ws);
        }
    }

    /// <inheritdoc />
    public SolicitationReport Check(SolicitationCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var platform = PlatformIndex(campaign.Platform);
        var law = LawIndex(campaign.BuyerMarket);
        var sentimentCoded = campaign.Incentive is { } incentive && IsSentimentCoded(incentive);
        var ws = Rent();
        try
        {
            ws.Analyze(campaign.Template, null, _lexicon);
            ws.Context.Reset(null, campaign, Platforms[platform], Laws[law], _clock.GetCurrentInstant());
            ws.Context.CampaignIncentiveIsSentimentCoded = sentimentCoded || (campaign.Incentive is { Condition: IncentiveCondition.Unspecified }
                && (ClaimRule.Has(ws.Result, ClaimKind.IncentiveSentiment) || ClaimRule.Has(ws.Result, ClaimKind.PositiveAsk)
                    || ClaimRule.Has(ws.Result, ClaimKind.ChangeAsk) || ClaimRule.Has(ws.Result, ClaimKind.RemoveAsk)));
            return Evaluate(ws.Context, platform, law);
        }
        finally
        {
            Return(ws);
        }
    }

    /// <summary>
    /// The guard's fix for a message it warns about or blocks: a compliant rewrite built from the findings' spans and
    /// the sentence structure (offending sentences dropped or rewritten, sentiment asks made honest, every other
    /// sentence kept verbatim) and the earliest lawful send time (after quiet hours, the minimum gap and the earliest
    /// day after delivery). The rewrite is checked by this guard under the same platform, market and context at the new
    /// send time and is returned only if it is allowed; otherwise, or when nothing lawful is left, the suggestion has no
    /// text and says why. An allowed message gets null, and that answer allocates nothing beyond its check.
    /// </summary>
    /// <param name="message">The message and its context.</param>
    /// <returns>Null when the message is allowed as it is; otherwise the suggestion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException">The message's platform has no profile; the message lists the known ones.</exception>
    public SolicitationSuggestion? Suggest(SolicitationMessage message)
    {
        var report = Check(message);
        return report.Decision == SolicitationDecision.Allow ? null : Suggester.Suggest(this, message, report);
    }

    /// <summary>The current instant by the guard's clock.</summary>
    internal Instant Now => _clock.GetCurrentInstant();

    /// <summary>
    /// What the suggester needs of the guard's sentence structure, in original-text spans: the review ask of each asking
    /// sentence, and each sentence read as a satisfaction condition ("Love it?") for an ask in the next sentence.
    /// </summary>
    internal (List<TextSpan> Asks, List<TextSpan> Conditions) ReadStructure(SolicitationMessage message)
    {
        var asks = new List<TextSpan>();
        var conditions = new List<TextSpan>();
        var ws = Rent();
        try
        {
            ws.Analyze(message.Text, message.ExistingReviewStars, _lexicon);
            var sentences = Math.Min(ws.Text.SentenceCount, ws.Result.Sentences.Length);
            for (var s = 0; s < sentences; s++)
            {
                var facts = ws.Result.Sentences[s];
                if (facts.Ask)
                {
                    var match = facts.AskMatch;
                    for (var m = 0; match < 0 && m < ws.Text.MatchCount; m++)
                    {
                        match = ws.Text.Matches[m].Sentence == s ? m : -1;
                    }

                    if (match >= 0 && match < ws.Text.MatchCount)
                    {
                        asks.Add(ws.Analysis.SpanOf(match));
                    }
                }

                if (facts.SatisfactionCondition && !facts.Ask && s + 1 < sentences && ws.Result.Sentences[s + 1].Ask)
                {
                    for (var m = 0; m < ws.Text.MatchCount; m++)
                    {
                        if (ws.Text.Matches[m].Sentence == s && (ws.Text.Matches[m].Concepts & ReviewConcepts.Satisfaction) != 0)
                        {
                            conditions.Add(ws.Analysis.SpanOf(m));
                        }
                    }
                }
            }

            return (asks, conditions);
        }
        finally
        {
            Return(ws);
        }
    }

    private bool IsSentimentCoded(CampaignIncentive incentive)
    {
        switch (incentive.Condition)
        {
            case IncentiveCondition.PositiveReview:
            case IncentiveCondition.ChangedOrRemovedReview:
                return true;
            case IncentiveCondition.AnyReview:
            case IncentiveCondition.FollowUpReview:
                return false;
        }

        // Unspecified: read the description ("$5 for a 5-star review", "好评返现").
        var ws = Rent();
        try
        {
            ws.Analyze(incentive.Description, null, _lexicon);
            for (var i = 0; i < ws.Text.MatchCount; i++)
            {
                var m = ws.Text.Matches[i];
                if (!m.Acknowledged && (m.Concepts & (ReviewConcepts.PositiveRating | ReviewConcepts.Change | ReviewConcepts.Remove)) != 0)
                {
                    var neutral = (ws.Result.Clauses.Length > m.Clause) && (ws.Result.Clauses[m.Clause].All & ReviewConcepts.AnyRating) != 0;
                    if (!neutral)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
        finally
        {
            Return(ws);
        }
    }

    private SolicitationReport Evaluate(SolicitationContext context, int platform, int law)
    {
        foreach (var rule in _rules)
        {
            context.Rule = rule.Descriptor;
            rule.Evaluate(context);
        }

        var pending = context.Pending;
        if (pending is null || pending.Count == 0)
        {
            return _allowed[(platform * Laws.Length) + law];
        }

        return new SolicitationReport(context.Platform.Name, context.Law.Name, BuildFindings(context, pending));
    }

    private static ImmutableArray<Finding> BuildFindings(SolicitationContext context, List<PendingFinding> pending)
    {
        var findings = new List<(Finding Finding, int Order)>();
        foreach (var group in pending.GroupBy(p => p.Rule.Id))
        {
            var strictest = group.OrderByDescending(p => p.Decision).First();
            var spans = ClaimRule.Merge(context.Text, group.SelectMany(p => p.Spans).Distinct().ToList());
            var evidence = ImmutableArray.Create(
                new EvidenceItem("platform", context.Platform.Name),
                new EvidenceItem("law", context.Law.Name),
                new EvidenceItem("decidedBy", strictest.DecidedBy ?? "default"));
            var finding = new Finding(strictest.Rule.Id, SolicitationReport.SeverityOf(strictest.Decision), strictest.Message, strictest.Citation, evidence, [.. spans]);
            findings.Add((finding, spans.Length > 0 ? spans[0].Start : int.MaxValue));
        }

        return [.. findings
            .OrderByDescending(f => f.Finding.Severity)
            .ThenBy(f => f.Order)
            .ThenBy(f => f.Finding.RuleId)
            .Select(f => f.Finding)];
    }

    private int PlatformIndex(string name)
    {
        if (name is not null && TryPlatformIndex(name, out var index))
        {
            return index;
        }

        throw new ArgumentException($"platform: '{name}' is not a configured platform profile (known: {string.Join(", ", Platforms.Select(p => p.Name))}).", nameof(name));
    }

    /// <summary>Finds a platform by name, case-insensitively, also ignoring spaces, hyphens and underscores ("Own Site" = own-site).</summary>
    private bool TryPlatformIndex(string name, out int index) =>
        _platformIndex.TryGetValue(name, out index) || _compactPlatformIndex.TryGetValue(Compact(name), out index);

    private static string Compact(string name)
    {
        var span = name.AsSpan().Trim();
        var compact = true;
        foreach (var c in span)
        {
            compact &= char.IsLetterOrDigit(c);
        }

        return compact && span.Length == name.Length ? name : string.Concat(name.Where(char.IsLetterOrDigit));
    }

    private int LawIndex(CountryCode market) => _lawIndex.TryGetValue(market, out var index) ? index : _fallbackLaw;

    private Workspace Rent()
    {
        for (var i = 0; i < _pool.Length; i++)
        {
            var ws = Interlocked.Exchange(ref _pool[i], null);
            if (ws is not null)
            {
                return ws;
            }
        }

        return new Workspace();
    }

    private void Return(Workspace ws)
    {
        if (ws.IsOversized)
        {
            return;
        }

        ws.Context.Reset(null, null, ReviewPlatformProfile.OwnSite, ReviewLawProfile.EuropeanUnion, default);
        for (var i = 0; i < _pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _pool[i], ws, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>Everything one check needs, reused across checks.</summary>
    private sealed class Workspace
    {
        public Workspace()
        {
            Text = new TextWorkspace();
            Result = new InterpretationResult();
            Analysis = new ReviewTextAnalysis(Text, Result);
            Context = new SolicitationContext(Analysis, Text, Result);
        }

        public TextWorkspace Text { get; }

        public InterpretationResult Result { get; }

        public ReviewTextAnalysis Analysis { get; }

        public SolicitationContext Context { get; }

        public bool IsOversized => Text.IsOversized || Result.IsOversized;

        public void Analyze(string text, int? existingReviewStars, CompiledLexicon lexicon)
        {
            Text.Lexicon = lexicon;
            Normalizer.Normalize(text, Text);
            lexicon.Match(Text);
            Interpreter.Run(Text, existingReviewStars, Result);
            Analysis.Bind(text, lexicon);
        }
    }
}
