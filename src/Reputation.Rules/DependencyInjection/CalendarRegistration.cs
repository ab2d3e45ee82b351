using System;
using Reputation.Rules.Calendars;

namespace Reputation.Rules;

/// <summary>A calendar registered through <see cref="ReputationRulesBuilderExtensions.AddCalendar"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CalendarRegistration
{
    /// <summary>Creates a registration.</summary>
    /// <param name="calendar">The calendar; it replaces any built-in calendar of its market.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public CalendarRegistration(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>The calendar.</summary>
    public WorkingDayCalendar Calendar { get; }
}
