using System.Globalization;
using System.Linq;
using NodaTime;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Cli.Commands;

/// <summary>Demo: one seller's feedback under every scheme, with what counted and how far the next level is.</summary>
internal static class ScoringDemo
{
    public static DemoSection Section { get; } = new("Credit scores: one seller's feedback under every scheme (as of 2026-06-30)", Run);

    private static void Run(CliContext context)
    {
        static Instant Day(int month, int day, int hour = 12) => Instant.FromUtc(2026, month, day, hour, 0);
        Feedback[] history =
        [
            new("S1", "B1", 5, Day(1, 5), "O1", "A"),
            new("S1", "B1", 4, Day(1, 6), "O2", "B"), // same eBay week, same AliExpress 10 days
            new("S1", "B2", 2, Day(2, 10), "O3", "A"),
            new("S1", "B3", 3, Day(3, 1, 8), "O4", "C"),
            new("S1", "B4", 5, Day(3, 2), "O5", "C", detailedRatings: new DetailedRatings(5, 4, 4)),
            new("S1", "B5", 5, Day(3, 3), "O6", "D", isRemoved: true), // withdrawn by the platform
            new("S1", "B6", 1, Day(3, 20), "O7", "E"),
            new("S1", "B6", 5, Day(3, 25), "O7", "E"), // revised upward: replaces the 1-star
            new("S1", "B7", 5, Day(4, 1), "O8", "F", isAuto: true), // Taobao default positive
        ];
        var calculator = new CreditScoreCalculator();
        var asOf = Instant.FromUtc(2026, 6, 30, 23, 59, 59);
        var table = new TextTable("scheme", "score", "level", "positive %", "window", "+ / 0 / −", "excluded", "next level");
        foreach (var scheme in ScoringSchemes.All)
        {
            var report = calculator.Calculate(history, "S1", scheme, asOf);
            var excluded = string.Join(", ", ExclusionReasons.For(scheme)
                .Where(r => report.Excluded.Get(r) > 0)
                .Select(r => ExclusionReasons.GetName(r) + " " + report.Excluded.Get(r).ToString(CultureInfo.InvariantCulture)));
            table.AddRow(
                ScoringSchemes.GetName(scheme),
                Text(report.Score) + (report.Composite is { } c ? $" ({c.Stars.ToString(CultureInfo.InvariantCulture)}★)" : string.Empty),
                report.Level?.Name ?? "-",
                Text(report.PositivePercent),
                report.Window.Name,
                $"{report.Counts.Positive} / {report.Counts.Neutral} / {report.Counts.Negative}",
                excluded.Length == 0 ? "-" : excluded,
                report.NextLevel is { } next ? $"{next.Name} in {next.PositivesNeeded} positives" : "-");
        }

        table.WriteTo(context.Out);
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
