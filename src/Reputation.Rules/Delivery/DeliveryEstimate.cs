using NodaTime;

namespace Reputation.Rules.Delivery;

/// <summary>
/// The promised delivery window of an order: <see cref="Earliest"/>–<see cref="Latest"/> (local dates), with the
/// handling dates it was computed from.
/// </summary>
/// <param name="Earliest">The earliest promised delivery date.</param>
/// <param name="Latest">The latest promised delivery date.</param>
/// <param name="Estimated">True when a calendar had no holiday data for a date used (weekends only were counted).</param>
/// <param name="HandlingStartsOn">The origin working day handling starts on (after the cut-off rule).</param>
/// <param name="HandlingEndsOn">The origin working day handling ends on; transit is counted strictly after it.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DeliveryEstimate(LocalDate Earliest, LocalDate Latest, bool Estimated, LocalDate HandlingStartsOn, LocalDate HandlingEndsOn);
