using System.Collections.Generic;

namespace Reputation.Rules;

/// <summary>
/// One market's calendar data in configuration (<c>ReputationRules:Calendars:Markets:XX</c>): the same fields as a
/// market in a calendar data file (docs/calendars.md).
/// </summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class CalendarMarketOptions
{
    /// <summary>The calendar's name; null keeps the existing one.</summary>
    public string? Name { get; set; }

    /// <summary>Where the market's data comes from in general (each year has its own source too); null keeps the existing one.</summary>
    public string? Source { get; set; }

    /// <summary>
    /// The weekend rules, replacing the existing ones when set: each applies from its <see cref="CalendarWeekendOptions.From"/>
    /// date until the next. Null keeps the existing rules (Saturday–Sunday for a new market).
    /// </summary>
    public List<CalendarWeekendOptions>? Weekends { get; set; }

    /// <summary>The years to add or replace.</summary>
    /// <value>The default value is empty.</value>
    public List<CalendarYearOptions> Years { get; set; } = [];
}

/// <summary>A weekend rule in configuration.</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class CalendarWeekendOptions
{
    /// <summary>The first date (yyyy-MM-dd) the weekend applies; null means from the earliest supported date.</summary>
    public string? From { get; set; }

    /// <summary>The weekend's days by name (<c>Saturday</c>, <c>Sunday</c>…); empty means no weekend.</summary>
    /// <value>The default value is empty.</value>
    public List<string> Days { get; set; } = [];
}

/// <summary>One year of holiday data in configuration.</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class CalendarYearOptions
{
    /// <summary>The year (1970–2199).</summary>
    public int Year { get; set; }

    /// <summary>
    /// The days off: <c>2027-01-01</c>, <c>2027-01-01 元旦</c> or a range <c>2027-02-06..2027-02-13 春节</c>.
    /// </summary>
    /// <value>The default value is empty.</value>
    public List<string> Holidays { get; set; } = [];

    /// <summary>The make-up working days (weekend days that are worked), in the same form as <see cref="Holidays"/>.</summary>
    /// <value>The default value is empty.</value>
    public List<string> MakeUpWorkingDays { get; set; } = [];

    /// <summary>Where the year's data comes from (required).</summary>
    public string? Source { get; set; }

    /// <summary>When the source was retrieved (yyyy-MM-dd), if known.</summary>
    public string? Retrieved { get; set; }
}
