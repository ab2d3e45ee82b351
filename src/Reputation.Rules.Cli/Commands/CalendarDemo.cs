using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Cli.Infrastructure;

namespace Reputation.Rules.Cli.Commands;

/// <summary>Demo: refund deadlines counted on real working-day calendars.</summary>
internal static class CalendarDemo
{
    public static DemoSection Section { get; } = new("Working-day calendars: 5 working days after the goods arrive", Run);

    private static void Run(CliContext context)
    {
        var table = new TextTable("market", "goods received", "+5 working days", "why");
        (string Market, LocalDate From, string Why)[] samples =
        [
            ("CN", new LocalDate(2026, 9, 30), "National Day 10-01..10-07 off; Saturday 10-10 is a make-up working day"),
            ("DE", new LocalDate(2026, 4, 2), "Good Friday and Easter Monday"),
            ("GB", new LocalDate(2026, 12, 23), "Christmas; Boxing Day substitute on Monday 12-28"),
            ("US", new LocalDate(2026, 7, 1), "Independence Day observed on Friday 07-03"),
        ];
        foreach (var (market, from, why) in samples)
        {
            var calendar = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse(market));
            table.AddRow(market, Formatting.Date(from), Formatting.Date(calendar.AddWorkingDays(from, 5)), why);
        }

        table.WriteTo(context.Out);
    }
}
