using NodaTime;

namespace Reputation.Rules.Calendars.Data;

/// <summary>China: the State Council's published holiday arrangements, including make-up working days (调休).</summary>
internal static class AsiaCalendars
{
    /// <summary>
    /// China (mainland): 2025 and 2026 as published by the State Council General Office
    /// (国务院办公厅关于2025年/2026年部分节假日安排的通知). Rest days include the weekend days inside each break;
    /// make-up working days (补班) are the Saturdays and Sundays worked in exchange.
    /// </summary>
    public static WorkingDayCalendar China()
    {
        var b = new WorkingDayCalendarBuilder(CountryCode.Parse("CN"), "China (State Council holiday arrangements)")
            .WithSource("国务院办公厅关于2025年部分节假日安排的通知 (gov.cn content_6986382); 国务院办公厅关于2026年部分节假日安排的通知 (gov.cn content_7047090)")
            .CoveringYears(2025, 2026);

        // 2025
        b.AddHoliday(new LocalDate(2025, 1, 1), "元旦")
            .AddHolidayRange(new LocalDate(2025, 1, 28), new LocalDate(2025, 2, 4), "春节")
            .AddHolidayRange(new LocalDate(2025, 4, 4), new LocalDate(2025, 4, 6), "清明节")
            .AddHolidayRange(new LocalDate(2025, 5, 1), new LocalDate(2025, 5, 5), "劳动节")
            .AddHolidayRange(new LocalDate(2025, 5, 31), new LocalDate(2025, 6, 2), "端午节")
            .AddHolidayRange(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 8), "国庆节、中秋节")
            .AddMakeUpWorkingDay(new LocalDate(2025, 1, 26), "补班（春节）")
            .AddMakeUpWorkingDay(new LocalDate(2025, 2, 8), "补班（春节）")
            .AddMakeUpWorkingDay(new LocalDate(2025, 4, 27), "补班（劳动节）")
            .AddMakeUpWorkingDay(new LocalDate(2025, 9, 28), "补班（国庆节、中秋节）")
            .AddMakeUpWorkingDay(new LocalDate(2025, 10, 11), "补班（国庆节、中秋节）");

        // 2026
        b.AddHolidayRange(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 3), "元旦")
            .AddHolidayRange(new LocalDate(2026, 2, 15), new LocalDate(2026, 2, 23), "春节")
            .AddHolidayRange(new LocalDate(2026, 4, 4), new LocalDate(2026, 4, 6), "清明节")
            .AddHolidayRange(new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 5), "劳动节")
            .AddHolidayRange(new LocalDate(2026, 6, 19), new LocalDate(2026, 6, 21), "端午节")
            .AddHolidayRange(new LocalDate(2026, 9, 25), new LocalDate(2026, 9, 27), "中秋节")
            .AddHolidayRange(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 7), "国庆节")
            .AddMakeUpWorkingDay(new LocalDate(2026, 1, 4), "补班（元旦）")
            .AddMakeUpWorkingDay(new LocalDate(2026, 2, 14), "补班（春节）")
            .AddMakeUpWorkingDay(new LocalDate(2026, 2, 28), "补班（春节）")
            .AddMakeUpWorkingDay(new LocalDate(2026, 5, 9), "补班（劳动节）")
            .AddMakeUpWorkingDay(new LocalDate(2026, 9, 20), "补班（国庆节）")
            .AddMakeUpWorkingDay(new LocalDate(2026, 10, 10), "补班（国庆节）");
        return b.Build();
    }
}
