namespace Reputation.Rules.Returns;

/// <summary>One parameter of the <see cref="EffectivePolicy"/>: its value, the layer that set it and that layer's citation.</summary>
/// <typeparam name="T">The parameter's type, e.g. <see cref="NodaTime.LocalDate"/> for a deadline.</typeparam>
/// <param name="Value">The value in force.</param>
/// <param name="Layer">The layer whose rule decided the value (the strictest for the buyer; ties go to law, marketplace, seller).</param>
/// <param name="Citation">The rule of that layer.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct PolicySetting<T>(T Value, PolicyLayer Layer, Citation Citation);
