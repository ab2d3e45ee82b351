using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Cli.Infrastructure;

namespace Reputation.Rules.Cli.Commands;

/// <summary><c>calendar add | is-working-day | between | info</c>: working-day arithmetic on a market's calendar.</summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("calendar", "Working-day arithmetic on a market's calendar (weekends, public holidays, make-up working days).");
        command.Subcommands.Add(CreateAdd(context));
        command.Subcommands.Add(CreateIsWorkingDay(context));
        command.Subcommands.Add(CreateBetween(context));
        command.Subcommands.Add(CreateInfo(context));
        return command;
    }

    private static Option<string> MarketOption() =>
        new("--market") { Description = "ISO 3166-1 alpha-2 market code, e.g. CN, DE, US.", Required = true };

    private static Option<bool> WeekendOnlyOption() =>
        new("--weekend-only") { Description = "Outside the calendar's holiday data, count weekends only instead of failing." };

    private static Command CreateAdd(CliContext context)
    {
        var market = MarketOption();
        var from = new Option<string>("--from") { Description = "Start date (yyyy-MM-dd); never counted itself.", Required = true };
        var days = new Option<string>("--days") { Description = "Number of working days to add: a whole number, 0 or more.", HelpName = "n", Required = true };
        var weekendOnly = WeekendOnlyOption();
        var command = new Command(
            "add",
            "Prints the n-th working day strictly after --from. Example: reputation-rules calendar add --market CN --from 2026-09-30 --days 5")
        {
            market, from, days, weekendOnly,
        };
        command.SetAction(parse =>
        {
            var calendar = Resolve(context.Calendars.Provider(parse), parse.GetValue(market), parse.GetValue(weekendOnly));
            var start = Arguments.ParseDate(parse.GetValue(from), "--from");
            var n = Arguments.ParseWholeNumber(parse.GetValue(days), "--days", 0, int.MaxValue);

            var due = InRange(() => calendar.AddWorkingDays(start, n), ("start", "--from"), ("workingDays", "--days"));
            context.Out.WriteLine(due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateIsWorkingDay(CliContext context)
    {
        var market = MarketOption();
        var date = new Option<string>("--date") { Description = "The date (yyyy-MM-dd).", Required = true };
        var weekendOnly = WeekendOnlyOption();
        var command = new Command(
            "is-working-day",
            "Prints true or false. Example: reputation-rules calendar is-working-day --market CN --date 2026-10-10")
        {
            market, date, weekendOnly,
        };
        command.SetAction(parse =>
        {
            var calendar = Resolve(context.Calendars.Provider(parse), parse.GetValue(market), parse.GetValue(weekendOnly));
            var day = Arguments.ParseDate(parse.GetValue(date), "--date");
            context.Out.WriteLine(InRange(() => calendar.IsWorkingDay(day), ("date", "--date")) ? "true" : "false");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateBetween(CliContext context)
    {
        var market = MarketOption();
        var from = new Option<string>("--from") { Description = "Excluded start date (yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to") { Description = "Included end date (yyyy-MM-dd).", Required = true };
        var weekendOnly = WeekendOnlyOption();
        var command = new Command(
            "between",
            "Prints the number of working days in (--from, --to]. Example: reputation-rules calendar between --market DE --from 2026-04-02 --to 2026-04-07")
        {
            market, from, to, weekendOnly,
        };
        command.SetAction(parse =>
        {
            var calendar = Resolve(context.Calendars.Provider(parse), parse.GetValue(market), parse.GetValue(weekendOnly));
            var start = Arguments.ParseDate(parse.GetValue(from), "--from");
            var end = Arguments.ParseDate(parse.GetValue(to), "--to");
            var count = InRange(() => calendar.WorkingDaysBetween(start, end), ("start", "--from"), ("end", "--to"));
            context.Out.WriteLine(count.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateInfo(CliContext context)
    {
        var market = MarketOption();
        var year = new Option<string?>("--year") { Description = "List the year's holidays and make-up working days (a year the calendar covers).", HelpName = "yyyy" };
        var weekendOnly = new Option<bool>("--weekend-only")
        {
            Description = "With --year outside the calendar's holiday data, say so and list nothing instead of failing.",
        };
        var command = new Command(
            "info",
            "Describes a market's calendar: weekend, coverage, source and (with --year) its holidays. Example: reputation-rules calendar info --market CN --year 2026")
        {
            market, year, weekendOnly,
        };
        command.SetAction(parse =>
        {
            var calendar = context.Calendars.Provider(parse).GetCalendar(Arguments.ParseMarket(parse.GetValue(market), "--market"));
            int? listYear = parse.GetValue(year) is { } yearText ? Arguments.ParseWholeNumber(yearText, "--year", 1, 9999) : null;
            var covered = listYear is { } ly && calendar.HasHolidayData && ly >= calendar.FirstCoveredYear && ly <= calendar.LastCoveredYear;
            if (listYear is { } y && !covered && !parse.GetValue(weekendOnly))
            {
                throw new CliUsageException(calendar.HasHolidayData
                    ? $"--year: {y} is outside the {calendar.Market} calendar's holiday data, which covers {calendar.FirstCoveredYear}–{calendar.LastCoveredYear}; pass --weekend-only to list nothing for uncovered years instead of failing."
                    : $"--year: {calendar.Market} has no built-in holiday data; pass --weekend-only to list nothing instead of failing.");
            }

            var o = context.Out;
            o.WriteLine($"{calendar.Market}  {calendar.Name}");
            o.WriteLine(calendar.HasHolidayData
                ? $"holiday data: {calendar.FirstCoveredYear}–{calendar.LastCoveredYear} (ends {Iso(calendar.DataEndsOn!.Value)})"
                : "holiday data: none (weekends only)");
            if (calendar.DataEndsOn is { } ends)
            {
                var today = context.Clock.GetCurrentInstant().InUtc().Date;
                var left = Period.Between(today, ends, PeriodUnits.Days).Days;
                if (left < 0)
                {
                    o.WriteLine($"warning: the holiday data ended {-left} days ago; add later years with --calendar-data FILE (docs/calendars.md).");
                }
                else if (left <= 60)
                {
                    o.WriteLine($"warning: the holiday data ends in {left} days; add next year's with --calendar-data FILE (docs/calendars.md).");
                }
            }

            o.WriteLine($"source: {calendar.Source}");
            foreach (var (sourceYear, yearSource) in calendar.YearSources)
            {
                if (listYear is null || listYear == sourceYear)
                {
                    o.WriteLine($"source {sourceYear}: {yearSource}");
                }
            }

            foreach (var rule in calendar.WeekendRules)
            {
                o.WriteLine($"weekend {rule}");
            }

            if (listYear is not { } listed)
            {
                return ExitCodes.Success;
            }

            if (!covered)
            {
                o.WriteLine($"{listed}: outside the holiday data; weekends only (no holidays or make-up working days listed).");
            }
            else
            {
                var table = new TextTable("date", "day", "kind", "name");
                foreach (var (date, name) in calendar.Holidays)
                {
                    if (date.Year == listed)
                    {
                        table.AddRow(Iso(date), date.DayOfWeek.ToString(), "holiday", name);
                    }
                }

                foreach (var (date, note) in calendar.MakeUpWorkingDays)
                {
                    if (date.Year == listed)
                    {
                        table.AddRow(Iso(date), date.DayOfWeek.ToString(), "make-up working day", note);
                    }
                }

                table.WriteTo(o);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Runs a calendar question, turning the calendar's range error (dates outside 1970–2199, or a count that leaves
    /// that range) into an error naming the option that caused it.
    /// </summary>
    private static T InRange<T>(Func<T> question, params (string Parameter, string Option)[] options)
    {
        try
        {
            return question();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            var option = options.FirstOrDefault(o => o.Parameter == ex.ParamName).Option ?? "arguments";
            var message = ex.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            var prefix = ex.ParamName + ": ";
            throw new CliUsageException(option + ": " + (message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message));
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static WorkingDayCalendar Resolve(CalendarProvider calendars, string? marketText, bool weekendOnly)
    {
        var market = Arguments.ParseMarket(marketText, "--market");
        var calendar = calendars.GetCalendar(market);
        if (weekendOnly)
        {
            return calendar.WithWeekendOnlyOutsideCoverage();
        }

        if (!calendar.HasHolidayData)
        {
            throw new CliUsageException($"--market: {market} has no built-in holiday data; pass --weekend-only to count Saturday–Sunday weekends only.");
        }

        return calendar;
    }
}
