namespace Reputation.Rules.Returns;

/// <summary>
/// How the engine treated one kind of deduction declared on the refunds made by the as-of date: the total declared,
/// the part allowed (after every layer's ban and cap), and the layer and rule that decided.
/// </summary>
/// <param name="Kind">The deduction kind.</param>
/// <param name="Declared">The total declared for this kind on refunds dated on or before the as-of date.</param>
/// <param name="Allowed">The part that may be kept back: zero when a layer forbids the kind, else the declared total up to the cap.</param>
/// <param name="Layer">The layer that forbade, capped or allowed the deduction.</param>
/// <param name="Citation">The rule of that layer.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct DeductionDecision(DeductionKind Kind, Money Declared, Money Allowed, PolicyLayer Layer, Citation Citation)
{
    /// <summary>Whether a layer forbade the deduction outright.</summary>
    public bool IsForbidden => Allowed.IsZero && !Declared.IsZero;

    /// <summary>Whether the declared total exceeds what is allowed.</summary>
    public bool ExceedsAllowance => Declared > Allowed;
}
