using System.Globalization;
using System.Linq;
using NodaTime;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Complaints;

namespace Reputation.Rules.Cli.Commands;

/// <summary>Demo: why buyers complain — causes with the words that decided them, and each SKU's summary with its first remedy.</summary>
internal static class FeedbackDemo
{
    public static DemoSection Section { get; } = new("Negative feedback: why buyers complain, and what to do about it (week 2026-W11)", Run);

    private static void Run(CliContext context)
    {
        static Instant Day(int day) => Instant.FromUtc(2026, 3, day, 9, 0);
        CustomerReview[] reviews =
        [
            new("r1", "Runs two sizes small, had to return it") { Stars = 2, Sku = "DRESS-01", At = Day(10), Platform = "amazon" },
            new("r2", "Beautiful dress but the colour is nothing like the photos.") { Stars = 3, Sku = "DRESS-01", At = Day(11), Platform = "amazon" },
            new("r3", "偏小一码，建议拍大一码。物流很快。") { Stars = 3, Sku = "DRESS-01", At = Day(11), Platform = "taobao" },
            new("r4", "Smaller than I expected, but perfect for my daughter.") { Stars = 5, Sku = "DRESS-01", At = Day(12), Platform = "amazon" },
            new("r5", "Arrived broken, the box was crushed and the seller never replied.") { Stars = 1, Sku = "LAMP-02", At = Day(12), Platform = "ebay" },
            new("r6", "收到就碎了，快递盒都压扁了。") { Stars = 1, Sku = "LAMP-02", At = Day(13), Platform = "taobao" },
        ];
        var analyzer = new FeedbackAnalyzer(new FeedbackOptions(), clock: context.Clock);
        var analyses = reviews.Select(analyzer.Analyze).ToList();
        var table = new TextTable("id", "stars", "causes (? = likely)", "the words that decided it", "reply");
        foreach (var a in analyses)
        {
            table.AddRow(
                a.Id,
                a.Review.Stars?.ToString(CultureInfo.InvariantCulture) ?? "-",
                a.Causes.IsEmpty ? "-" : string.Join(" ", a.Causes.Select(c => c.Id["CAUSE-".Length..] + (c.Confidence == FeedbackConfidence.Likely ? "?" : string.Empty))),
                string.Join(" | ", a.Causes.SelectMany(c => c.Spans).Select(s => s.Slice(a.Review.Text))),
                a.Reply is { } r ? $"{r.Language} draft, guard {r.Guard.ToString().ToLowerInvariant()}" : "-");
        }

        table.WriteTo(context.Out);
        context.Out.WriteLine();
        var summaries = new TextTable("sku", "negative", "causes (share of negative reviews)", "first remedy");
        foreach (var s in analyzer.Summarize(analyses, FeedbackGrouping.Sku))
        {
            summaries.AddRow(
                s.Sku ?? "-",
                $"{s.Negative} of {s.Reviews}",
                string.Join(", ", s.Causes.Where(c => c.Count > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Cause.Id()["CAUSE-".Length..]} {c.Share:P0}"))),
                s.Remedies.FirstOrDefault()?.Id ?? "-");
        }

        summaries.WriteTo(context.Out);
    }
}
