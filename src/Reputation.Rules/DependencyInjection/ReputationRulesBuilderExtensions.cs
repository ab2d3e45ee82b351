using System;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Rules.Calendars;

namespace Reputation.Rules;

/// <summary>Extension points on <see cref="IReputationRulesBuilder"/>: calendars, custom rules and profiles.</summary>
public static class ReputationRulesBuilderExtensions
{
    /// <summary>Adds (or replaces) the working-day calendar of <paramref name="market"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="market">The market; must equal the calendar's market.</param>
    /// <param name="calendar">The calendar, e.g. from <see cref="WorkingDayCalendarBuilder"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="market"/> differs from <c>calendar.Market</c>.</exception>
    public static IReputationRulesBuilder AddCalendar(this IReputationRulesBuilder builder, CountryCode market, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.Market != market)
        {
            throw new ArgumentException($"calendar: its market is {calendar.Market}, not {market}.", nameof(calendar));
        }

        builder.Services.AddSingleton(new CalendarRegistration(calendar));
        return builder;
    }
}
