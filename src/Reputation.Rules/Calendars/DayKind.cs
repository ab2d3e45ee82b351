namespace Reputation.Rules.Calendars;

/// <summary>What kind of day a date is on a <see cref="WorkingDayCalendar"/>.</summary>
public enum DayKind : byte
{
    /// <summary>An ordinary working day.</summary>
    WorkingDay = 0,

    /// <summary>A weekend day (not worked).</summary>
    Weekend = 1,

    /// <summary>A public holiday or official rest day (not worked).</summary>
    PublicHoliday = 2,

    /// <summary>A weekend day that is worked by official arrangement (China's 调休 补班).</summary>
    MakeUpWorkingDay = 3,
}
