using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Calendars;

/// <summary>Turns <see cref="CalendarsOptions.Markets"/> into calendar data, with the data file's rules and messages.</summary>
internal static class CalendarOptionsData
{
    public static ImmutableArray<MarketCalendarData> Read(Dictionary<string, CalendarMarketOptions>? markets, string path, List<JsonInputProblem> problems)
    {
        if (markets is null)
        {
            problems.Add(new JsonInputProblem(path, "must not be null."));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<MarketCalendarData>();
        foreach (var (marketText, options) in markets)
        {
            var marketPath = $"{path}.{marketText}";
            var before = problems.Count;
            if (!CountryCode.TryParse(marketText, out var market))
            {
                problems.Add(new JsonInputProblem(marketPath, $"{CalendarData.Quote(marketText)} is not an ISO 3166-1 alpha-2 market code."));
                continue;
            }

            if (options is null)
            {
                problems.Add(new JsonInputProblem(marketPath, "must not be null."));
                continue;
            }

            ImmutableArray<WeekendRule>? weekends = null;
            if (options.Weekends is { } weekendOptions)
            {
                var rules = ImmutableArray.CreateBuilder<WeekendRule>();
                for (var i = 0; i < weekendOptions.Count; i++)
                {
                    var rulePath = $"{marketPath}.Weekends[{i}]";
                    var from = WorkingDayCalendar.MinSupportedDate;
                    if (weekendOptions[i]?.From is { } fromText && !CalendarData.TryParseDate(fromText, out from))
                    {
                        problems.Add(new JsonInputProblem(rulePath + ".From", $"{CalendarData.Quote(fromText)} is not a date (yyyy-MM-dd) between 1970 and 2199."));
                        continue;
                    }

                    if (CalendarData.ParseDays([.. (IEnumerable<string?>?)weekendOptions[i]?.Days ?? []], rulePath + ".Days", problems) is { } days)
                    {
                        rules.Add(new WeekendRule(from, days));
                    }
                }

                weekends = rules.ToImmutable();
            }

            var years = ImmutableArray.CreateBuilder<(CalendarYear, string)>();
            var seen = new HashSet<int>();
            var list = options.Years ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                var yearPath = $"{marketPath}.Years[{i}]";
                if (ReadYear(list[i], yearPath, problems) is { } year)
                {
                    if (!seen.Add(year.Year))
                    {
                        problems.Add(new JsonInputProblem(yearPath + ".Year", $"{year.Year} is listed twice for this market."));
                    }
                    else
                    {
                        years.Add((year, yearPath));
                    }
                }
            }

            if (problems.Count == before)
            {
                result.Add(new MarketCalendarData(
                    market,
                    marketPath,
                    string.IsNullOrWhiteSpace(options.Name) ? null : options.Name,
                    string.IsNullOrWhiteSpace(options.Source) ? null : options.Source,
                    weekends,
                    years.ToImmutable()));
            }
        }

        return result.ToImmutable();
    }

    private static CalendarYear? ReadYear(CalendarYearOptions? options, string path, List<JsonInputProblem> problems)
    {
        if (options is null)
        {
            problems.Add(new JsonInputProblem(path, "must not be null."));
            return null;
        }

        var before = problems.Count;
        if (options.Year < WorkingDayCalendar.MinSupportedDate.Year || options.Year > WorkingDayCalendar.MaxSupportedDate.Year)
        {
            problems.Add(new JsonInputProblem(path + ".Year", $"{options.Year} is not a year between 1970 and 2199."));
        }

        if (string.IsNullOrWhiteSpace(options.Source))
        {
            problems.Add(new JsonInputProblem(path + ".Source", "required: where the year's data comes from."));
        }

        LocalDate? retrieved = null;
        if (options.Retrieved is { } retrievedText)
        {
            if (CalendarData.TryParseDate(retrievedText, out var r))
            {
                retrieved = r;
            }
            else
            {
                problems.Add(new JsonInputProblem(path + ".Retrieved", $"{CalendarData.Quote(retrievedText)} is not a date (yyyy-MM-dd)."));
            }
        }

        var holidays = new Dictionary<LocalDate, string>();
        var makeUps = new Dictionary<LocalDate, string>();
        var holidayList = options.Holidays ?? [];
        for (var i = 0; i < holidayList.Count; i++)
        {
            CalendarData.ParseDayEntry(holidayList[i], $"{path}.Holidays[{i}]", "day off", holidays, problems);
        }

        var makeUpList = options.MakeUpWorkingDays ?? [];
        for (var i = 0; i < makeUpList.Count; i++)
        {
            CalendarData.ParseDayEntry(makeUpList[i], $"{path}.MakeUpWorkingDays[{i}]", "make-up working day", makeUps, problems);
        }

        return problems.Count > before
            ? null
            : CalendarData.BuildYear(options.Year, holidays, makeUps, options.Source!, retrieved, path, problems);
    }
}
