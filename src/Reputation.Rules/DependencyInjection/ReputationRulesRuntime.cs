using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

namespace Reputation.Rules;

/// <summary>
/// Holds the engines built from the current options. When <see cref="IOptionsMonitor{TOptions}"/> reports a change,
/// a complete new set is built once and swapped in atomically: callers see either the old set or the new one,
/// never a half-built engine.
/// </summary>
internal sealed class ReputationRulesRuntime : IDisposable
{
    private readonly IDisposable? _subscription;
    private readonly ImmutableArray<CalendarRegistration> _calendars;
    private readonly ImmutableArray<IReturnRule> _returnRules;
    private readonly ImmutableArray<MarketplaceProfile> _marketplaces;
    private readonly ImmutableArray<LawProfile> _laws;
    private readonly ImmutableArray<ISolicitationRule> _solicitationRules;
    private Snapshot _current;
    private OptionsValidationException? _lastReloadError;
    private int _builds;

    public ReputationRulesRuntime(
        IOptionsMonitor<ReputationRulesOptions> monitor,
        IEnumerable<CalendarRegistration> calendars,
        IEnumerable<IReturnRule> returnRules,
        IEnumerable<MarketplaceProfile> marketplaces,
        IEnumerable<ISolicitationRule> solicitationRules,
        IEnumerable<LawProfile> laws,
        IClock clock)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        _laws = [.. laws];
        _calendars = [.. calendars];
        _returnRules = [.. returnRules];
        _marketplaces = [.. marketplaces];
        _solicitationRules = [.. solicitationRules];
        Clock = clock;
        _current = Build(monitor.CurrentValue); // throws OptionsValidationException listing every problem
        _subscription = monitor.OnChange((options, name) =>
        {
            if (name is null || name == Options.DefaultName)
            {
                try
                {
                    Volatile.Write(ref _current, Build(options));
                }
                catch (OptionsValidationException ex)
                {
                    // Keep serving with the last valid engines; the problem stays visible to callers of LastReloadError.
                    Volatile.Write(ref _lastReloadError, ex);
                    ReloadRejected?.Invoke(ex);
                    return;
                }

                Reloaded?.Invoke(Builds);
            }
        });
    }

    public IClock Clock { get; }

    /// <summary>Raised after a reload swapped in new engines (argument: <see cref="Builds"/>); hosts log it (Reputation.Rules.AspNetCore).</summary>
    internal event Action<int>? Reloaded;

    /// <summary>Raised when a reload was rejected by validation; the previous engines stay in service.</summary>
    internal event Action<OptionsValidationException>? ReloadRejected;

    public Snapshot Current => Volatile.Read(ref _current);

    /// <summary>The validation failure of the latest rejected reload (the previous engines stay in service), or null.</summary>
    public OptionsValidationException? LastReloadError => Volatile.Read(ref _lastReloadError);

    /// <summary>How many times a snapshot was built (1 at start, +1 per change).</summary>
    public int Builds => Volatile.Read(ref _builds);

    public void Dispose() => _subscription?.Dispose();

    private Snapshot Build(ReputationRulesOptions options)
    {
        var problems = new List<string>();
        var calendars = CalendarProviderFactory.Build(options.Calendars, _calendars, problems);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ReputationRulesOptions), problems);
        }

        ReturnComplianceEngine returns;
        SolicitationGuard reviews;
        CreditScoreCalculator scoring;
        try
        {
            scoring = new CreditScoreCalculator(options.Scoring);
            returns = new ReturnComplianceEngine(options.Returns, calendars, _returnRules, _marketplaces, _laws);
            reviews = new SolicitationGuard(options.Reviews, Clock, _solicitationRules);
        }
        catch (ArgumentException ex)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ReputationRulesOptions), [ex.Message]);
        }

        var catalog = RuleCatalog.BuiltIn.With(_returnRules.Select(r => r.Descriptor).Concat(_solicitationRules.Select(r => r.Descriptor)));
        Interlocked.Increment(ref _builds);
        return new Snapshot(calendars, catalog, returns, reviews, scoring);
    }

    /// <summary>One consistent set of engines built from one options value.</summary>
    internal sealed record Snapshot(CalendarProvider Calendars, RuleCatalog Catalog, ReturnComplianceEngine Returns, SolicitationGuard Reviews, CreditScoreCalculator Scoring);
}

/// <summary>The registered <see cref="ICalendarProvider"/>: always the current snapshot's calendars.</summary>
internal sealed class RuntimeCalendarProvider(ReputationRulesRuntime runtime) : ICalendarProvider
{
    public WorkingDayCalendar GetCalendar(CountryCode market) => runtime.Current.Calendars.GetCalendar(market);

    public bool HasHolidayData(CountryCode market) => runtime.Current.Calendars.HasHolidayData(market);
}
