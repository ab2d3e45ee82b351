using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Reputation.Rules.Calendars;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// AddWorkingDays through the precomputed index against the day-by-day loop most code bases write
/// (a holiday set, a make-up set and a weekend check per day).
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private WorkingDayCalendar _calendar = null!;
    private HashSet<LocalDate> _holidays = null!;
    private HashSet<LocalDate> _makeUp = null!;
    private LocalDate _start;

    /// <summary>How many working days to add.</summary>
    [Params(5, 30, 250)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _calendar = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse("CN"));
        _holidays = [.. _calendar.Holidays.Keys];
        _makeUp = [.. _calendar.MakeUpWorkingDays.Keys];
        _start = new LocalDate(2025, 3, 3);
        _ = _calendar.AddWorkingDays(_start, 1); // build the index outside the measurement
    }

    [Benchmark(Baseline = true, Description = "day-by-day loop")]
    public LocalDate DayByDayLoop()
    {
        var date = _start;
        var remaining = N;
        while (remaining > 0)
        {
            date = date.PlusDays(1);
            var working = _makeUp.Contains(date)
                || (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_holidays.Contains(date));
            if (working)
            {
                remaining--;
            }
        }

        return date;
    }

    [Benchmark(Description = "WorkingDayCalendar.AddWorkingDays")]
    public LocalDate Indexed() => _calendar.AddWorkingDays(_start, N);
}
