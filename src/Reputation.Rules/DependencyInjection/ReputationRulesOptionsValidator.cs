using System.Linq;
using Microsoft.Extensions.Options;

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

/// <summary>The hand-written cross-field checks, combined with the generated ones.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class ReputationRulesCrossFieldValidator : IValidateOptions<ReputationRulesOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReputationRulesOptions options)
    {
        if (options is null)
        {
            return ValidateOptionsResult.Fail("ReputationRules: options must not be null.");
        }

        var problems = options.Validate().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
