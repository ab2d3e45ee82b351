using System.Linq;
using System.Text;
using NodaTime;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Reviews;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// Demo: one allowed, one warned and one blocked message, with the offending spans highlighted «like this»; then a
/// blocked message and the guard's suggested fix side by side.
/// </summary>
internal static class ReviewsDemo
{
    public static DemoSection Section { get; } = new("Review-solicitation guard: allow / warn / block, offending words «highlighted»", Run);

    private static void Run(CliContext context)
    {
        var guard = new SolicitationGuard(new ReviewsOptions(), context.Clock);
        var delivered = Instant.FromUtc(2026, 3, 5, 12, 0);
        var sentAt = Instant.FromUtc(2026, 3, 11, 15, 0);
        (string Platform, string Market, string Text)[] samples =
        [
            ("amazon", "US", "Hi! Your order was delivered. If you have a minute, please leave a review of the product."),
            ("ebay", "GB", "Please give us five stars, it really helps our small business!"),
            ("taobao", "CN", "亲,收到货后给个五星好评,返现5元哦!"),
        ];
        foreach (var (platform, market, text) in samples)
        {
            var report = guard.Check(new SolicitationMessage(text, platform, CountryCode.Parse(market))
            {
                SentAt = sentAt,
                DeliveredAt = delivered,
                BuyerTimeZone = DateTimeZone.Utc,
            });
            context.Out.WriteLine($"{ReviewsCommand.Decision(report.Decision).ToUpperInvariant(),-5}  {platform}/{market}  {Highlight(text, report)}");
            foreach (var finding in report.Findings)
            {
                context.Out.WriteLine($"       {finding.RuleId} ({ReviewsCommand.Decision(SolicitationReport.DecisionOf(finding))}): {finding.Message}");
                if (finding.Citation is { } citation)
                {
                    context.Out.WriteLine($"         source: {citation}");
                }
            }
        }

        // A blocked message and its fix: the sentiment ask made honest, the late-night send moved to 08:00 buyer-local.
        var blocked = new SolicitationMessage("Thanks for your order! Please leave us a 5-star review.", "amazon", CountryCode.Parse("US"))
        {
            SentAt = Instant.FromUtc(2026, 3, 12, 3, 0),
            DeliveredAt = delivered,
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["America/New_York"],
        };
        var before = guard.Check(blocked);
        var suggestion = guard.Suggest(blocked);
        context.Out.WriteLine();
        context.Out.WriteLine("Suggested fix (reviews check --suggest):");
        context.Out.WriteLine($"  {"BEFORE",-6} {ReviewsCommand.Decision(before.Decision).ToUpperInvariant(),-5}  {Highlight(blocked.Text, before)}");
        context.Out.WriteLine($"  {"",-6} sent {blocked.SentAt:uuuu-MM-dd'T'HH:mm'Z'} (23:00 in America/New_York)");
        if (suggestion?.Text is { } fixedText)
        {
            context.Out.WriteLine($"  {"AFTER",-6} {"ALLOW",-5}  {fixedText}");
            if (suggestion.SendAfter is { } sendAfter)
            {
                context.Out.WriteLine($"  {"",-6} send after {sendAfter:uuuu-MM-dd'T'HH:mm'Z'} (08:00 in America/New_York)");
            }

            foreach (var edit in suggestion.Edits)
            {
                context.Out.WriteLine($"  {"",-6} {edit.RuleId}: \"{blocked.Text.Substring(edit.Start, edit.Length)}\" → \"{edit.Replacement}\"");
            }
        }
        else
        {
            context.Out.WriteLine($"  {"AFTER",-6} no suggestion: {suggestion?.Reason}");
        }
    }

    private static string Highlight(string text, SolicitationReport report)
    {
        var marks = new bool[text.Length];
        foreach (var span in report.Findings.SelectMany(f => f.Spans))
        {
            for (var i = span.Start; i < span.End; i++)
            {
                marks[i] = true;
            }
        }

        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (marks[i] && (i == 0 || !marks[i - 1]))
            {
                builder.Append('«');
            }

            builder.Append(text[i]);
            if (marks[i] && (i == text.Length - 1 || !marks[i + 1]))
            {
                builder.Append('»');
            }
        }

        return builder.ToString();
    }
}
