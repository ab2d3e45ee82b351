using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;

namespace Reputation.Rules;

/// <summary>
/// Validates <see cref="ReputationRulesOptions"/>: the data-annotation checks generated at compile time by the
/// <c>[OptionsValidator]</c> source generator (no reflection) plus the hand-written cross-field checks of each
/// section. Every problem is reported at once with its path.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
[OptionsValidator]
public sealed partial class ReputationRulesOptionsValidator : IValidateOptions<ReputationRulesOptions>
{
}

/// <summary>
/// The hand-written cross-field checks, combined with the generated ones: every section's <c>Validate()</c>, the
/// extra calendar days against the calendars' coverage, and the registered custom rules and profiles (unique ids,
/// severity overrides naming known rules), so that a host's <c>ValidateOnStart</c> reports all of it at once.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReputationRulesCrossFieldValidator : IValidateOptions<ReputationRulesOptions>
{
    private readonly CalendarRegistration[] _calendars;
    private readonly IReturnRule[] _returnRules;
    private readonly MarketplaceProfile[] _marketplaces;
    private readonly ISolicitationRule[] _solicitationRules;
    private readonly LawProfile[] _laws;

    /// <summary>Creates a validator for options used without registered calendars, rules or profiles.</summary>
    public ReputationRulesCrossFieldValidator()
        : this([], [], [], [])
    {
    }

    /// <summary>Creates a validator that also checks the registered calendars, custom rules and profiles.</summary>
    /// <param name="calendars">Calendars registered through the builder.</param>
    /// <param name="returnRules">Custom return rules.</param>
    /// <param name="marketplaces">Extra marketplace profiles.</param>
    /// <param name="solicitationRules">Custom review-solicitation rules.</param>
    public ReputationRulesCrossFieldValidator(
        IEnumerable<CalendarRegistration> calendars,
        IEnumerable<IReturnRule> returnRules,
        IEnumerable<MarketplaceProfile> marketplaces,
        IEnumerable<ISolicitationRule> solicitationRules)
        : this(calendars, returnRules, marketplaces, solicitationRules, [])
    {
    }

    /// <summary>Creates a validator that also checks the registered calendars, custom rules, profiles and law profiles.</summary>
    /// <param name="calendars">Calendars registered through the builder.</param>
    /// <param name="returnRules">Custom return rules.</param>
    /// <param name="marketplaces">Extra marketplace profiles.</param>
    /// <param name="solicitationRules">Custom review-solicitation rules.</param>
    /// <param name="laws">Law profiles registered through <see cref="ReputationRulesBuilderExtensions.AddLawProfile"/>.</param>
    public ReputationRulesCrossFieldValidator(
        IEnumerable<CalendarRegistration> calendars,
        IEnumerable<IReturnRule> returnRules,
        IEnumerable<MarketplaceProfile> marketplaces,
        IEnumerable<ISolicitationRule> solicitationRules,
        IEnumerable<LawProfile> laws)
    {
        _calendars = [.. calendars];
        _returnRules = [.. returnRules];
        _marketplaces = [.. marketplaces];
        _solicitationRules = [.. solicitationRules];
        _laws = [.. laws];
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReputationRulesOptions options)
    {
        if (options is null)
        {
            return ValidateOptionsResult.Fail("ReputationRules: options must not be null.");
        }

        var problems = options.Validate().ToList();
        if (problems.Count == 0)
        {
            // The options are valid on their own: check them together with what the builder registered.
            var calendars = CalendarProviderFactory.Build(options.Calendars, _calendars, problems);
            try
            {
                _ = new ReturnComplianceEngine(options.Returns, calendars, _returnRules, _marketplaces, _laws);
            }
            catch (ArgumentException ex)
            {
                problems.Add("Returns: " + ex.Message);
            }

            problems.AddRange(options.Reviews.Validate(_solicitationRules).Select(p => "Reviews." + p));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
