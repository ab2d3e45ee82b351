using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>
/// One request to check a return case as of a date: what one line of the <c>returns check</c> wire format carries
/// (the case's fields and <c>asOf</c> in one object).
/// </summary>
/// <remarks>This type is immutable and thread-safe. Read and write it with <see cref="Serialization.ReputationRulesJson"/>.</remarks>
[JsonConverter(typeof(Serialization.ReturnCheckRequestJsonConverter))]
public sealed class ReturnCheckRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="case">The case to check.</param>
    /// <param name="asOf">The date to judge the case as of.</param>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public ReturnCheckRequest(ReturnCase @case, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Case = @case;
        AsOf = asOf;
    }

    /// <summary>The case to check.</summary>
    public ReturnCase Case { get; }

    /// <summary>The date to judge the case as of; facts dated later are ignored.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Checks the case with an engine.</summary>
    /// <param name="engine">The engine.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public ReturnReport Evaluate(IReturnComplianceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.Evaluate(Case, AsOf);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Case.CaseId} as of {ReturnValidation.Iso(AsOf)}";
}
