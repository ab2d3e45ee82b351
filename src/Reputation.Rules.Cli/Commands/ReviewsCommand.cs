using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.Cli.Infrastructure;
using Reputation.Rules.Reviews;

namespace Reputation.Rules.Cli.Commands;

/// <summary>
/// <c>reviews check [FILE] [--fail-on block|warn]</c>: checks review-solicitation messages (or campaigns) read as JSON
/// Lines and writes one result line per input line. Contract: docs/reviews.md.
/// </summary>
internal static class ReviewsCommand
{
    private static readonly string[] Everyone = ["all", "everyone", "every buyer", "all buyers", "all customers", "every customer", "all orders", "every order", "none", ""];

    private static readonly string[] SatisfactionWords =
        ["satisf", "happy", "positive", "promoter", "star", "rating", "rated", "nps", "csat", "complain", "no return", "no dispute", "满意", "好评", "五星", "4", "5"];

    /// <summary>The largest schedule offset or reminder interval read, in days (ten years).</summary>
    private const int MaxScheduleDays = 3650;

    /// <summary>The most reminders a campaign schedule may have.</summary>
    private const int MaxReminders = 1000;

    public static Command Create(CliContext context)
    {
        var command = new Command("reviews", "Review-solicitation guardrails: checks messages and campaigns before they are sent (English and Chinese).");
        command.Subcommands.Add(CreateCheck(context));
        return command;
    }

    private static Command CreateCheck(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "JSON Lines input (one message or campaign per line); '-' or absent reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with code 1 if any message is blocked (block) or warned or blocked (warn). Allowed: block, warn.",
            HelpName = "block|warn",
        };
        var format = Arguments.FormatOption();
        var maxLineBytes = Arguments.MaxLineBytesOption();
        var command = new Command(
            "check",
            "Checks each JSON line and prints {\"id\",\"decision\",\"findings\"}; invalid lines print {\"line\",\"id\",\"error\"} and make the exit code 2. "
                + "Example: reputation-rules reviews check messages.jsonl --fail-on block")
        {
            file,
            failOn,
            format,
            maxLineBytes,
        };
        command.SetAction(parse =>
        {
            var threshold = parse.GetValue(failOn) switch
            {
                null => (SolicitationDecision?)null,
                "block" => SolicitationDecision.Block,
                "warn" => SolicitationDecision.Warn,
                var other => throw new CliUsageException($"--fail-on: {JsonInput.Quote(other)} is not 'block' or 'warn'."),
            };
            var table = parse.GetValue(format) switch
            {
                null or "json" => false,
                "table" => true,
                var other => throw new CliUsageException($"--format: {JsonInput.Quote(other)} is not supported (use 'json' or 'table')."),
            };
            var maxLine = Arguments.ParseMaxLineBytes(parse.GetValue(maxLineBytes));
            var guard = new SolicitationGuard(new ReviewsOptions(), context.Clock);
            var input = Arguments.OpenInput(parse.GetValue(file), context);
            try
            {
                var options = new LineOptions("id", threshold is not null, maxLine, table ? Table : null) { IdMayBeNumber = true };
                return JsonLines.Process(input, context.Out, options, (_, root, writer) => Handle(guard, threshold, root, writer));
            }
            finally
            {
                if (!ReferenceEquals(input, context.In))
                {
                    input.Dispose();
                }
            }
        });
        return command;
    }

    /// <summary>The <c>--format table</c> output: one row per output line, written as each line is read.</summary>
    private static readonly TableFormat Table = new(
        ["line", "id", "decision", "rules / error"],
        [4, 12, 8],
        "id",
        static (report, line) =>
        [
            line.ToString(CultureInfo.InvariantCulture),
            report.GetProperty("id") switch
            {
                { ValueKind: JsonValueKind.String } id => id.GetString()!,
                { ValueKind: JsonValueKind.Null } => "-",
                var id => id.GetRawText(),
            },
            report.GetProperty("decision").GetString()!,
            TableFormat.RuleIds(report.GetProperty("findings")),
        ]);

    private static LineOutcome Handle(SolicitationGuard guard, SolicitationDecision? threshold, JsonElement root, Utf8JsonWriter writer)
    {
        JsonInput.EnsureObject(root, "$");
        var id = ReadId(root);
        SolicitationReport report;
        string text;
        try
        {
            if (JsonInput.Optional(root, "campaign") is { } campaignElement)
            {
                var campaign = ReadCampaign(guard, root, campaignElement, "$.campaign");
                text = campaign.Template;
                report = guard.Check(campaign);
            }
            else
            {
                var message = ReadMessage(guard, root, "$");
                text = message.Text;
                report = guard.Check(message);
            }
        }
        catch (ArgumentException ex)
        {
            throw new InputException("$", JsonInput.Shorten(JsonLines.OneLine(ex.Message)));
        }

        WriteReport(writer, id, report, text);
        return threshold is { } t && report.Decision >= t ? LineOutcome.Flagged : LineOutcome.Ok;
    }

    private static JsonElement? ReadId(JsonElement root)
    {
        var id = JsonInput.Optional(root, "id");
        if (id is { } value && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            throw new InputException("$.id", $"expected a string or a number, got {JsonInput.Describe(value)}.");
        }

        return id;
    }

    private static string ReadPlatform(SolicitationGuard guard, JsonElement obj, string path, JsonElement? fallback = null)
    {
        var platform = JsonInput.OptionalString(obj, "platform", path) ?? (fallback is { } f ? JsonInput.OptionalString(f, "platform", "$") : null);
        if (platform is null)
        {
            throw new InputException(JsonInput.Child(path, "platform"), "is required.");
        }

        if (!guard.HasPlatform(platform))
        {
            throw new InputException(JsonInput.Child(path, "platform"),
                $"{JsonInput.Quote(platform)} is not a known platform ({string.Join(", ", guard.Platforms.Select(p => p.Name))}).");
        }

        return platform;
    }

    private static CountryCode ReadMarket(JsonElement obj, string path, JsonElement? fallback = null)
    {
        if (JsonInput.Optional(obj, "buyerMarket") is null && fallback is { } f && JsonInput.Optional(f, "buyerMarket") is not null)
        {
            return ReadMarketField(f, "$");
        }

        return ReadMarketField(obj, path);
    }

    /// <summary>An ISO 3166-1 alpha-2 market; "UK" is read as GB and "EU" as an EU member state (both documented aliases).</summary>
    private static CountryCode ReadMarketField(JsonElement obj, string path) =>
        JsonInput.OptionalString(obj, "buyerMarket", path)?.Trim().ToUpperInvariant() switch
        {
            "UK" => CountryCode.Parse("GB"),
            "EU" => CountryCode.Parse("DE"),
            _ => JsonInput.RequiredMarket(obj, "buyerMarket", path),
        };

    private static SolicitationMessage ReadMessage(SolicitationGuard guard, JsonElement root, string path)
    {
        var textElement = JsonInput.Required(root, "text", path);
        if (textElement.ValueKind != JsonValueKind.String)
        {
            throw new InputException(JsonInput.Child(path, "text"), $"expected a string, got {JsonInput.Describe(textElement)}.");
        }

        var platform = ReadPlatform(guard, root, path);
        var market = ReadMarket(root, path);
        int? stars = null;
        if (JsonInput.OptionalObject(root, "existingReview", path) is { } review)
        {
            var reviewPath = JsonInput.Child(path, "existingReview");
            stars = JsonInput.OptionalInt(review, "stars", reviewPath) ?? throw new InputException(JsonInput.Child(reviewPath, "stars"), "is required.");
            if (stars is < 1 or > 5)
            {
                throw new InputException(JsonInput.Child(reviewPath, "stars"), $"must be from 1 to 5 (got {stars}).");
            }
        }

        var previous = new List<Instant>();
        if (JsonInput.OptionalArray(root, "previousRequests", path) is { } array)
        {
            var arrayPath = JsonInput.Child(path, "previousRequests");
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = JsonInput.Item(arrayPath, index++);
                if (item.ValueKind != JsonValueKind.String)
                {
                    throw new InputException(itemPath, $"expected an ISO-8601 instant string, got {JsonInput.Describe(item)}.");
                }

                previous.Add(JsonInput.ParseInstant(JsonInput.Text(item, itemPath), itemPath));
            }
        }

        return new SolicitationMessage(JsonInput.Text(textElement, JsonInput.Child(path, "text")), platform, market)
        {
            SentAt = JsonInput.OptionalInstant(root, "sentAt", path),
            DeliveredAt = JsonInput.OptionalInstant(root, "deliveredAt", path),
            BuyerTimeZone = ReadZone(root, path),
            ExistingReviewStars = stars,
            PreviousRequests = [.. previous],
        };
    }

    private static DateTimeZone? ReadZone(JsonElement obj, string path)
    {
        var name = JsonInput.OptionalString(obj, "buyerTimeZone", path);
        if (name is null)
        {
            return null;
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(name)
            ?? throw new InputException(JsonInput.Child(path, "buyerTimeZone"), $"{JsonInput.Quote(name)} is not an IANA time zone (such as Europe/Berlin or Asia/Shanghai).");
    }

    private static SolicitationCampaign ReadCampaign(SolicitationGuard guard, JsonElement root, JsonElement campaign, string path)
    {
        JsonInput.EnsureObject(campaign, path);
        var template = JsonInput.OptionalString(campaign, "template", path) ?? JsonInput.OptionalString(campaign, "text", path)
            ?? throw new InputException(JsonInput.Child(path, "template"), "is required.");
        var platform = ReadPlatform(guard, campaign, path, root);
        var market = ReadMarket(campaign, path, root);
        return new SolicitationCampaign(template, platform, market)
        {
            Name = JsonInput.OptionalString(campaign, "name", path),
            Audience = ReadAudience(campaign, path),
            Incentive = ReadIncentive(campaign, path),
            Schedule = ReadSchedule(campaign, path),
        };
    }

    private static CampaignAudience ReadAudience(JsonElement campaign, string path)
    {
        var name = JsonInput.Optional(campaign, "audience") is not null ? "audience" : "audienceFilter";
        var element = JsonInput.Optional(campaign, name);
        var audiencePath = JsonInput.Child(path, name);
        if (element is not { } value)
        {
            return CampaignAudience.Everyone;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = JsonInput.Text(value, audiencePath).Trim();
            if (Everyone.Contains(text.ToLowerInvariant()))
            {
                return CampaignAudience.Everyone;
            }

            var filtered = SatisfactionWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            return new CampaignAudience { Description = text, SatisfiedOnly = filtered };
        }

        JsonInput.EnsureObject(value, audiencePath);
        var stars = JsonInput.OptionalInt(value, "minStars", audiencePath) ?? JsonInput.OptionalInt(value, "minRating", audiencePath);
        if (stars is < 1 or > 5)
        {
            throw new InputException(JsonInput.Child(audiencePath, "minStars"), $"must be from 1 to 5 (got {stars}).");
        }

        return new CampaignAudience
        {
            MinimumStars = stars,
            MinimumSatisfactionScore = JsonInput.OptionalDecimal(value, "minSatisfactionScore", audiencePath),
            SatisfiedOnly = JsonInput.OptionalBool(value, "satisfiedOnly", audiencePath) ?? false,
            ExcludesComplaints = JsonInput.OptionalBool(value, "excludesComplaints", audiencePath) ?? JsonInput.OptionalBool(value, "excludeComplaints", audiencePath) ?? false,
            Description = JsonInput.OptionalString(value, "description", audiencePath),
        };
    }

    private static CampaignIncentive? ReadIncentive(JsonElement campaign, string path)
    {
        var element = JsonInput.Optional(campaign, "incentive");
        var incentivePath = JsonInput.Child(path, "incentive");
        switch (element)
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.String } text:
                var description = JsonInput.Text(text, incentivePath).Trim();
                return description.Length == 0 || description.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : new CampaignIncentive(description);
            case { ValueKind: JsonValueKind.False }:
                return null;
            case { } value:
                JsonInput.EnsureObject(value, incentivePath);
                var what = JsonInput.OptionalString(value, "description", incentivePath) ?? JsonInput.OptionalString(value, "benefit", incentivePath)
                    ?? throw new InputException(JsonInput.Child(incentivePath, "description"), "is required (what is offered, e.g. \"10% off the next order\").");
                return new CampaignIncentive(what, ReadCondition(JsonInput.OptionalString(value, "condition", incentivePath), JsonInput.Child(incentivePath, "condition")));
        }
    }

    private static IncentiveCondition ReadCondition(string? text, string path) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "unspecified" => IncentiveCondition.Unspecified,
        "any" or "any-review" or "anyreview" or "neutral" or "photo-review" => IncentiveCondition.AnyReview,
        "positive" or "positive-review" or "positivereview" or "5-star" or "five-star" => IncentiveCondition.PositiveReview,
        "changed-or-removed-review" or "change" or "changed" or "remove" or "removed" or "changed-review" or "removed-review" => IncentiveCondition.ChangedOrRemovedReview,
        "follow-up" or "follow-up-review" or "followup" or "followupreview" => IncentiveCondition.FollowUpReview,
        _ => throw new InputException(path, $"{JsonInput.Quote(text)} is not one of any-review, positive-review, changed-or-removed-review, follow-up-review."),
    };

    private static CampaignSchedule? ReadSchedule(JsonElement campaign, string path)
    {
        if (JsonInput.OptionalObject(campaign, "schedule", path) is not { } schedule)
        {
            return null;
        }

        var schedulePath = JsonInput.Child(path, "schedule");
        var after = ReadDuration(schedule, ("daysAfterDelivery", 24m), ("hoursAfterDelivery", 1m), schedulePath, allowNegative: true) ?? Duration.Zero;
        var reminders = JsonInput.OptionalInt(schedule, "reminders", schedulePath) ?? 0;
        if (reminders is < 0 or > MaxReminders)
        {
            throw new InputException(JsonInput.Child(schedulePath, "reminders"), $"must be from 0 to {MaxReminders} (got {reminders}).");
        }

        var interval = ReadDuration(schedule, ("reminderIntervalHours", 1m), ("reminderIntervalDays", 24m), schedulePath, allowNegative: false) ?? Duration.Zero;
        LocalTime? at = null;
        if (JsonInput.OptionalString(schedule, "sendAtLocalTime", schedulePath) is { } time)
        {
            var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(JsonInput.HasControlCharacter(time) ? string.Empty : time);
            if (!parsed.Success && !JsonInput.HasControlCharacter(time))
            {
                parsed = LocalTimePattern.ExtendedIso.Parse(time);
            }

            at = parsed.Success ? parsed.Value : throw new InputException(JsonInput.Child(schedulePath, "sendAtLocalTime"), $"{JsonInput.Quote(time)} is not a time of day such as 10:00.");
        }

        return new CampaignSchedule { SendAfterDelivery = after, Reminders = reminders, ReminderInterval = interval, SendAtLocalTime = at };
    }

    /// <summary>
    /// A schedule duration given in one of two units (the first wins when both are given), within ±<see cref="MaxScheduleDays"/>
    /// days, so that no later arithmetic on it can overflow; null when neither is given.
    /// </summary>
    private static Duration? ReadDuration(JsonElement schedule, (string Name, decimal Hours) first, (string Name, decimal Hours) second, string path, bool allowNegative)
    {
        var (name, hoursPerUnit) = JsonInput.Optional(schedule, first.Name) is not null ? first : second;
        if (JsonInput.OptionalDecimal(schedule, name, path) is not { } value)
        {
            return null;
        }

        var max = MaxScheduleDays * 24m / hoursPerUnit;
        var min = allowNegative ? -max : 0m;
        if (value < min || value > max)
        {
            throw new InputException(
                JsonInput.Child(path, name),
                $"must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (got {JsonInput.Shorten(value.ToString(CultureInfo.InvariantCulture))}).");
        }

        return Duration.FromHours((double)(value * hoursPerUnit));
    }

    internal static string Decision(SolicitationDecision decision) => decision switch
    {
        SolicitationDecision.Block => "block",
        SolicitationDecision.Warn => "warn",
        _ => "allow",
    };

    private static void WriteReport(Utf8JsonWriter writer, JsonElement? id, SolicitationReport report, string text)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("decision", Decision(report.Decision));
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId.Value);
            writer.WriteString("severity", Decision(SolicitationReport.DecisionOf(finding)));
            writer.WriteString("message", finding.Message);
            if (finding.Citation is { } citation)
            {
                writer.WriteString("citation", citation.ToString());
            }
            else
            {
                writer.WriteNull("citation");
            }

            writer.WriteStartArray("spans");
            foreach (var span in finding.Spans)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("length", span.Length);
                writer.WriteString("text", span.Slice(text));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
