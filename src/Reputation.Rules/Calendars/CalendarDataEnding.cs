using NodaTime;

namespace Reputation.Rules.Calendars;

/// <summary>
/// A market whose holiday data ends soon (or has ended): after <see cref="EndsOn"/> its working days are counted on the
/// weekend rules alone until next year's data is added (docs/calendars.md, "Calendar data").
/// </summary>
/// <param name="Market">The market.</param>
/// <param name="EndsOn">The last day the holiday data covers.</param>
/// <remarks>This type is immutable and compares by value.</remarks>
public sealed record CalendarDataEnding(CountryCode Market, LocalDate EndsOn)
{
    /// <summary>How many days before <see cref="EndsOn"/> a report starts saying that the data ends.</summary>
    public const int NoticeDays = 60;
}
