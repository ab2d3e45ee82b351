using System.Collections.Immutable;
using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>
/// Checks return cases against the seller's policy, the marketplace's rules and the buyer market's law. Implemented by
/// <see cref="ReturnComplianceEngine"/>; small enough to mock in tests of code that uses it.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IReturnComplianceEngine
{
    /// <summary>The seller policy assumed for cases that do not state one (see <see cref="ReturnsOptions.DefaultSellerPolicy"/>).</summary>
    SellerPolicy DefaultSellerPolicy { get; }

    /// <summary>The rules the engine runs: the built-in ones, then the custom ones.</summary>
    ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The marketplace profiles cases may name, by name order.</summary>
    ImmutableArray<MarketplaceProfile> Marketplaces { get; }

    /// <summary>Checks one case as of a date.</summary>
    /// <param name="returnCase">The case.</param>
    /// <param name="asOf">The date to judge as of; refunds, receipts and refusals dated later are ignored.</param>
    /// <returns>The report: verdict, findings, deadline and deciding layer, amounts, effective policy.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="returnCase"/> is null.</exception>
    /// <exception cref="InvalidReturnCaseException">The case names an unknown marketplace, or <paramref name="asOf"/> is outside the supported range.</exception>
    ReturnReport Evaluate(ReturnCase returnCase, LocalDate asOf);

    /// <summary>
    /// The problems that would make <see cref="Evaluate"/> throw for this case and date (an unknown marketplace, a date
    /// outside the supported range), each as <c>field: what is wrong</c>, without throwing — so a service can answer
    /// "400 Bad Request" with them. Empty when the case can be evaluated.
    /// </summary>
    /// <param name="returnCase">The case.</param>
    /// <param name="asOf">The date to judge as of.</param>
    /// <returns>The problems; empty when none.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="returnCase"/> is null.</exception>
    ImmutableArray<string> Validate(ReturnCase returnCase, LocalDate asOf);
}
