using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Reputation.Rules.Reviews.Rules;

/// <summary>Shared helpers of the context rules (frequency, timing, quiet hours).</summary>
internal static class TimeRuleHelpers
{
    public static bool AppliesTo(SolicitationContext context) => context.Campaign is not null || context.Analysis.IsReviewRequest;

    public static TextSpan[] RequestSpans(SolicitationContext context) =>
        context.Analysis.RequestSpan is { } span ? [span] : [];

    public static string Hours(Duration duration) => duration.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Days(Duration duration) => duration.TotalDays.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Time(LocalTime time) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(time);
}

/// <summary>REV-FREQUENCY: more requests per order than a profile allows, or sooner than its minimum gap.</summary>
internal sealed class FrequencyRule : ISolicitationRule
{
    public RuleDescriptor Descriptor => ReviewRuleDescriptors.Frequency;

    public void Evaluate(SolicitationContext context)
    {
        if (!TimeRuleHelpers.AppliesTo(context))
        {
            return;
        }

        int count;
        Duration? gap = null;
        if (context.Campaign is { } campaign)
        {
            if (campaign.Schedule is not { } schedule)
            {
                return;
            }

            count = 1 + schedule.Reminders;
            gap = schedule.Reminders > 0 ? schedule.ReminderInterval : null;
        }
        else
        {
            var message = context.Message!;
            count = message.PreviousRequests.Length + 1;
            Instant? latest = null;
            foreach (var previous in message.PreviousRequests)
            {
                if (previous <= context.SentAt && (latest is null || previous > latest))
                {
                    latest = previous;
                }
            }

            gap = latest is { } l ? context.SentAt - l : null;
        }

        Check(context, context.Platform, count, gap);
        Check(context, context.Law, count, gap);
    }

    private static void Check(SolicitationContext context, ReviewProfile profile, int count, Duration? gap)
    {
        if (profile.MaxRequestsPerOrder is { } max && count > max)
        {
            context.ReportFor(profile, $"This would be review request {count} for the order; {profile.Name} allows at most {max}.", TimeRuleHelpers.RequestSpans(context));
        }
        else if (profile.MinimumGapHours is { } hours && gap is { } g && g < Duration.FromHours(hours))
        {
            context.ReportFor(profile, $"Only {TimeRuleHelpers.Hours(g)} hours after the previous review request; {profile.Name} asks for at least {hours} hours between requests.", TimeRuleHelpers.RequestSpans(context));
        }
    }
}

/// <summary>REV-TIMING: a request before delivery, or outside a profile's window after delivery.</summary>
internal sealed class TimingRule : ISolicitationRule
{
    public RuleDescriptor Descriptor => ReviewRuleDescriptors.Timing;

    public void Evaluate(SolicitationContext context)
    {
        if (!TimeRuleHelpers.AppliesTo(context))
        {
            return;
        }

        if (context.Campaign is { } campaign)
        {
            if (campaign.Schedule is not { } schedule)
            {
                return;
            }

            for (var k = 0; k <= schedule.Reminders && k < 1000; k++)
            {
                var offset = schedule.SendAfterDelivery + (schedule.ReminderInterval * k);
                if (Check(context, context.Platform, offset, k) | Check(context, context.Law, offset, k))
                {
                    break;
                }
            }

            return;
        }

        if (context.Message!.DeliveredAt is not { } delivered)
        {
            return;
        }

        var elapsed = context.SentAt - delivered;
        Check(context, context.Platform, elapsed, -1);
        Check(context, context.Law, elapsed, -1);
    }

    private static bool Check(SolicitationContext context, ReviewProfile profile, Duration afterDelivery, int send)
    {
        if (profile.EarliestDaysAfterDelivery is { } earliest && afterDelivery < Duration.FromDays(earliest))
        {
            var which = Which(send);
            var when = afterDelivery < Duration.Zero
                ? $"sent {TimeRuleHelpers.Days(-afterDelivery)} days before delivery"
                : $"sent {TimeRuleHelpers.Days(afterDelivery)} days after delivery";
            var rule = earliest == 0 ? "not before delivery" : $"from {earliest} days after delivery";
            context.ReportFor(profile, $"{which} {when}; {profile.Name} allows requests {rule}.", TimeRuleHelpers.RequestSpans(context));
            return true;
        }

        if (profile.LatestDaysAfterDelivery is { } latest && afterDelivery > Duration.FromDays(latest))
        {
            context.ReportFor(profile, $"{Which(send)} sent {TimeRuleHelpers.Days(afterDelivery)} days after delivery; {profile.Name} allows requests until {latest} days after delivery.", TimeRuleHelpers.RequestSpans(context));
            return true;
        }

        return false;
    }

    private static string Which(int send) => send < 0 ? "The review request is" : send == 0 ? "The campaign's first request is" : $"The campaign's reminder {send} is";
}

/// <summary>REV-QUIET-HOURS: a request sent during a profile's quiet hours in the buyer's time zone.</summary>
internal sealed class QuietHoursRule : ISolicitationRule
{
    public RuleDescriptor Descriptor => ReviewRuleDescriptors.QuietHours;

    public void Evaluate(SolicitationContext context)
    {
        if (!TimeRuleHelpers.AppliesTo(context))
        {
            return;
        }

        LocalTime local;
        DateTimeZone? zone = null;
        if (context.Campaign is { } campaign)
        {
            if (campaign.Schedule?.SendAtLocalTime is not { } time)
            {
                return;
            }

            local = time;
        }
        else
        {
            zone = context.Message!.BuyerTimeZone;
            if (zone is null)
            {
                return;
            }

            local = context.SentAt.InZone(zone).TimeOfDay;
        }

        Check(context, context.Platform, local, zone);
        Check(context, context.Law, local, zone);
    }

    private static void Check(SolicitationContext context, ReviewProfile profile, LocalTime local, DateTimeZone? zone)
    {
        if (profile.IsQuietHour(local))
        {
            var where = zone is null ? "buyer-local time" : "in " + zone.Id;
            context.ReportFor(profile,
                string.Create(CultureInfo.InvariantCulture, $"Sent at {TimeRuleHelpers.Time(local)} {where}, inside quiet hours ({profile.QuietHoursStart:00}:00–{profile.QuietHoursEnd:00}:00) under {profile.Name}."),
                TimeRuleHelpers.RequestSpans(context));
        }
    }
}
