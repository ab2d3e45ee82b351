using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Reputation.Rules.Calendars;

/// <summary>
/// Which days of the week are the weekend from a date on (until the next rule of the same calendar takes over).
/// The UAE, for example, has Friday–Saturday before 2022-01-01 and Saturday–Sunday from that date.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class WeekendRule
{
    /// <summary>Creates a weekend rule.</summary>
    /// <param name="effectiveFrom">The first date the rule applies to.</param>
    /// <param name="days">The weekend days; may be empty (a seven-day working week), no duplicates.</param>
    /// <exception cref="ArgumentException">A day is <see cref="IsoDayOfWeek.None"/> or repeated.</exception>
    public WeekendRule(LocalDate effectiveFrom, params IsoDayOfWeek[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        byte mask = 0;
        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"days: {day} is not a day of the week.", nameof(days));
            }

            var bit = (byte)(1 << (int)day);
            if ((mask & bit) != 0)
            {
                throw new ArgumentException($"days: {day} appears more than once.", nameof(days));
            }

            mask |= bit;
        }

        EffectiveFrom = effectiveFrom;
        Days = [.. days.Order()];
        Mask = mask;
    }

    /// <summary>The first date the rule applies to.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The weekend days, Monday first.</summary>
    public ImmutableArray<IsoDayOfWeek> Days { get; }

    /// <summary>A bit per weekend day: bit <c>(int)IsoDayOfWeek</c>.</summary>
    internal byte Mask { get; }

    /// <summary>Whether <paramref name="day"/> is a weekend day under this rule.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns><see langword="true"/> for a weekend day.</returns>
    public bool IsWeekend(IsoDayOfWeek day) => (Mask & (1 << (int)day)) != 0;

    /// <inheritdoc />
    public override string ToString() => $"from {EffectiveFrom:uuuu-MM-dd}: {(Days.IsEmpty ? "no weekend" : string.Join("–", Days))}";
}
