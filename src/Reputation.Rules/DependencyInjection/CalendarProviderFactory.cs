using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime.Text;
using Reputation.Rules.Calendars;
using Reputation.Rules.Serialization;

namespace Reputation.Rules;

/// <summary>Builds the calendar provider from the built-in calendars, registered calendars and the options' extra days.</summary>
internal static class CalendarProviderFactory
{
    public static CalendarProvider Build(CalendarsOptions options, IEnumerable<CalendarRegistration> registrations, List<string>? problems = null)
    {
        var provider = CalendarProvider.BuiltIn;
        foreach (var registration in registrations)
        {
            provider = provider.With(registration.Calendar);
        }

        var dataProblems = new List<JsonInputProblem>();
        var files = options.DataFiles ?? [];
        for (var i = 0; i < files.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(files[i]))
            {
                continue; // reported by CalendarsOptions.Validate
            }

            try
            {
                provider = provider.WithDataFile(files[i]);
            }
            catch (JsonInputException ex)
            {
                problems?.AddRange(ex.Problems.Select(p => $"Calendars.DataFiles[{i}] ({files[i]}): {p}"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                problems?.Add($"Calendars.DataFiles[{i}]: cannot read '{files[i]}': {ex.Message}");
            }
        }

        var markets = CalendarOptionsData.Read(options.Markets, "Calendars.Markets", dataProblems);
        if (dataProblems.Count == 0)
        {
            provider = CalendarData.Apply(provider, markets, dataProblems);
        }

        problems?.AddRange(dataProblems.Select(p => p.ToString()));

        var extraMarkets = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        extraMarkets.UnionWith(options.ExtraHolidays?.Keys ?? (IEnumerable<string>)[]);
        extraMarkets.UnionWith(options.MakeUpWorkingDays?.Keys ?? (IEnumerable<string>)[]);
        foreach (var marketText in extraMarkets)
        {
            if (!CountryCode.TryParse(marketText, out var market))
            {
                continue; // reported by CalendarsOptions.Validate
            }

            var builder = provider.GetCalendar(market).ToBuilder();
            var any = false;
            if (options.ExtraHolidays is not null && TryGetIgnoreCase(options.ExtraHolidays, marketText, out var holidays))
            {
                foreach (var (date, name) in holidays)
                {
                    var parsed = LocalDatePattern.Iso.Parse(date);
                    if (parsed.Success && !string.IsNullOrWhiteSpace(name))
                    {
                        builder.AddHoliday(parsed.Value, name);
                        any = true;
                    }
                }
            }

            if (options.MakeUpWorkingDays is not null && TryGetIgnoreCase(options.MakeUpWorkingDays, marketText, out var makeUps))
            {
                foreach (var (date, note) in makeUps)
                {
                    var parsed = LocalDatePattern.Iso.Parse(date);
                    if (parsed.Success && !string.IsNullOrWhiteSpace(note))
                    {
                        builder.RemoveHoliday(parsed.Value).AddMakeUpWorkingDay(parsed.Value, note);
                        any = true;
                    }
                }
            }

            if (!any)
            {
                continue;
            }

            try
            {
                provider = provider.With(builder.Build());
            }
            catch (ArgumentException ex) when (problems is not null)
            {
                problems.Add($"Calendars.{market}: {ex.Message}");
            }
        }

        return provider;
    }

    private static bool TryGetIgnoreCase(Dictionary<string, Dictionary<string, string>> map, string key, out Dictionary<string, string> value)
    {
        foreach (var (k, v) in map)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase) && v is not null)
            {
                value = v;
                return true;
            }
        }

        value = [];
        return false;
    }
}
