using System;
using System.Globalization;

namespace Reputation.Rules.Delivery;

/// <summary>How a promise's transit range is counted.</summary>
public enum TransitUnit
{
    /// <summary>Working days of the destination market's calendar (wire name <c>working</c>).</summary>
    Working = 0,

    /// <summary>Plain calendar days; a result is not moved off a weekend or holiday (wire name <c>calendar</c>).</summary>
    Calendar = 1,
}

/// <summary>
/// What a seller promises for one (origin market, destination market, shipping method): handling time in origin
/// working days, a transit range in destination working days or calendar days, and an optional order cut-off hour in
/// the origin market's time zone.
/// </summary>
/// <remarks>This type is immutable and thread-safe; two promises with the same values are equal.</remarks>
public sealed record DeliveryPromise
{
    /// <summary>The largest handling time or transit day count accepted (a year and a half of days).</summary>
    public const int MaxDays = 550;

    /// <summary>Creates a promise.</summary>
    /// <param name="handlingDays">Handling time in origin working days (0 = shipped on the day handling starts).</param>
    /// <param name="transitMin">The shortest transit time.</param>
    /// <param name="transitMax">The longest transit time (at least <paramref name="transitMin"/>).</param>
    /// <param name="transitUnit">How transit is counted.</param>
    /// <param name="cutoffHour">Orders at or after <c>HH:00</c> origin local time start the next working day; null: no cut-off.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above <see cref="MaxDays"/>, <paramref name="transitMax"/> is below <paramref name="transitMin"/>, or <paramref name="cutoffHour"/> is outside 0–23.</exception>
    public DeliveryPromise(int handlingDays, int transitMin, int transitMax, TransitUnit transitUnit = TransitUnit.Working, int? cutoffHour = null)
    {
        CheckDays(handlingDays, nameof(handlingDays));
        CheckDays(transitMin, nameof(transitMin));
        CheckDays(transitMax, nameof(transitMax));
        if (transitMax < transitMin)
        {
            throw new ArgumentOutOfRangeException(nameof(transitMax), transitMax, string.Create(CultureInfo.InvariantCulture, $"transitMax: must be at least transitMin ({transitMin})."));
        }

        if (!Enum.IsDefined(transitUnit))
        {
            throw new ArgumentOutOfRangeException(nameof(transitUnit), transitUnit, "transitUnit: must be working or calendar.");
        }

        if (cutoffHour is < 0 or > 23)
        {
            throw new ArgumentOutOfRangeException(nameof(cutoffHour), cutoffHour, "cutoffHour: must be from 0 to 23.");
        }

        HandlingDays = handlingDays;
        TransitMin = transitMin;
        TransitMax = transitMax;
        TransitUnit = transitUnit;
        CutoffHour = cutoffHour;
    }

    /// <summary>Handling time in origin working days.</summary>
    public int HandlingDays { get; }

    /// <summary>The shortest transit time, in <see cref="TransitUnit"/>.</summary>
    public int TransitMin { get; }

    /// <summary>The longest transit time, in <see cref="TransitUnit"/>.</summary>
    public int TransitMax { get; }

    /// <summary>How transit is counted.</summary>
    public TransitUnit TransitUnit { get; }

    /// <summary>The cut-off hour (0–23, origin local time), or null.</summary>
    public int? CutoffHour { get; }

    private static void CheckDays(int value, string name)
    {
        if (value is < 0 or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name}: must be from 0 to {MaxDays}."));
        }
    }
}
