using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.Reviews;
using static Reputation.Rules.Serialization.JsonRead;

namespace Reputation.Rules.Serialization;

/// <summary>
/// The <c>reviews check</c> contract (docs/reviews.md): reads a message or campaign line, writes it back, writes a
/// result. Every read error names the field path and what was wrong.
/// </summary>
internal static class ReviewsWire
{
    private static readonly string[] Everyone = ["all", "everyone", "every buyer", "all buyers", "all customers", "every customer", "all orders", "every order", "none", ""];

    private static readonly string[] SatisfactionWords =
        ["satisf", "happy", "positive", "promoter", "star", "rating", "rated", "nps", "csat", "complain", "no return", "no dispute", "满意", "好评", "五星", "4", "5"];

    /// <summary>The largest schedule offset or reminder interval read, in days (ten years).</summary>
    private const int MaxScheduleDays = 3650;

    /// <summary>The most reminders a campaign schedule may have.</summary>
    private const int MaxReminders = 1000;

    private static readonly Lazy<SolicitationGuard> DefaultGuard = new(() => new SolicitationGuard());

    public static ReviewCheckRequest ReadRequest(JsonElement root, SolicitationGuard? guard)
    {
        guard ??= DefaultGuard.Value;
        EnsureObject(root, "$");
        var (id, isNumber) = ReadId(root);
        try
        {
            return Optional(root, "campaign") is { } campaignElement
                ? new ReviewCheckRequest(ReadCampaign(guard, root, campaignElement, "$.campaign"), id) { IdIsNumber = isNumber }
                : new ReviewCheckRequest(ReadMessage(guard, root, "$"), id) { IdIsNumber = isNumber };
        }
        catch (ArgumentException ex)
        {
            throw new JsonInputException("$", Shorten(OneLine(ex.Message)));
        }
    }

    /// <summary>Reads a message alone: a message line without <c>id</c> (an <c>id</c> that is there is not read).</summary>
    public static SolicitationMessage ReadMessage(JsonElement root, SolicitationGuard? guard)
    {
        EnsureObject(root, "$");
        try
        {
            return ReadMessage(guard ?? DefaultGuard.Value, root, "$");
        }
        catch (ArgumentException ex)
        {
            throw new JsonInputException("$", Shorten(OneLine(ex.Message)));
        }
    }

    /// <summary>Reads a campaign alone: the object a campaign line carries under <c>campaign</c>.</summary>
    public static SolicitationCampaign ReadCampaign(JsonElement root, SolicitationGuard? guard)
    {
        EnsureObject(root, "$");
        try
        {
            return ReadCampaign(guard ?? DefaultGuard.Value, root, root, "$");
        }
        catch (ArgumentException ex)
        {
            throw new JsonInputException("$", Shorten(OneLine(ex.Message)));
        }
    }

    private static (string? Id, bool IsNumber) ReadId(JsonElement root)
    {
        var id = Optional(root, "id");
        return id switch
        {
            null => (null, false),
            { ValueKind: JsonValueKind.String } text => (Text(text, "$.id"), false),
            { ValueKind: JsonValueKind.Number } number => (number.GetRawText(), true),
            { } value => throw new JsonInputException("$.id", $"expected a string or a number, got {Describe(value)}."),
        };
    }

    private static string ReadPlatform(SolicitationGuard guard, JsonElement obj, string path, JsonElement? fallback = null)
    {
        var platform = OptionalString(obj, "platform", path) ?? (fallback is { } f ? OptionalString(f, "platform", "$") : null);
        if (platform is null)
        {
            throw new JsonInputException(Child(path, "platform"), "is required.");
        }

        if (!guard.HasPlatform(platform))
        {
            throw new JsonInputException(Child(path, "platform"),
                $"{Quote(platform)} is not a known platform ({string.Join(", ", guard.Platforms.Select(p => p.Name))}).");
        }

        return platform;
    }

    private static CountryCode ReadMarket(JsonElement obj, string path, JsonElement? fallback = null)
    {
        if (Optional(obj, "buyerMarket") is null && fallback is { } f && Optional(f, "buyerMarket") is not null)
        {
            return ReadMarketField(f, "$");
        }

        return ReadMarketField(obj, path);
    }

    /// <summary>An ISO 3166-1 alpha-2 market; "UK" is read as GB and "EU" as an EU member state (both documented aliases).</summary>
    private static CountryCode ReadMarketField(JsonElement obj, string path) =>
        OptionalString(obj, "buyerMarket", path)?.Trim().ToUpperInvariant() switch
        {
            "UK" => CountryCode.Parse("GB"),
            "EU" => CountryCode.Parse("DE"),
            _ => RequiredMarket(obj, "buyerMarket", path),
        };

    private static SolicitationMessage ReadMessage(SolicitationGuard guard, JsonElement root, string path)
    {
        var textElement = Required(root, "text", path);
        if (textElement.ValueKind != JsonValueKind.String)
        {
            throw new JsonInputException(Child(path, "text"), $"expected a string, got {Describe(textElement)}.");
        }

        var platform = ReadPlatform(guard, root, path);
        var market = ReadMarket(root, path);
        int? stars = null;
        if (OptionalObject(root, "existingReview", path) is { } review)
        {
            var reviewPath = Child(path, "existingReview");
            stars = OptionalInt(review, "stars", reviewPath) ?? throw new JsonInputException(Child(reviewPath, "stars"), "is required.");
            if (stars is < 1 or > 5)
            {
                throw new JsonInputException(Child(reviewPath, "stars"), $"must be from 1 to 5 (got {stars}).");
            }
        }

        var previous = new List<Instant>();
        if (OptionalArray(root, "previousRequests", path) is { } array)
        {
            var arrayPath = Child(path, "previousRequests");
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = Item(arrayPath, index++);
                if (item.ValueKind != JsonValueKind.String)
                {
                    throw new JsonInputException(itemPath, $"expected an ISO-8601 instant string, got {Describe(item)}.");
                }

                previous.Add(ParseInstant(Text(item, itemPath), itemPath));
            }
        }

        return new SolicitationMessage(Text(textElement, Child(path, "text")), platform, market)
        {
            SentAt = OptionalInstant(root, "sentAt", path),
            DeliveredAt = OptionalInstant(root, "deliveredAt", path),
            BuyerTimeZone = ReadZone(root, path),
            ExistingReviewStars = stars,
            PreviousRequests = [.. previous],
        };
    }

    private static DateTimeZone? ReadZone(JsonElement obj, string path)
    {
        var name = OptionalString(obj, "buyerTimeZone", path);
        if (name is null)
        {
            return null;
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(name)
            ?? throw new JsonInputException(Child(path, "buyerTimeZone"), $"{Quote(name)} is not an IANA time zone (such as Europe/Berlin or Asia/Shanghai).");
    }

    private static SolicitationCampaign ReadCampaign(SolicitationGuard guard, JsonElement root, JsonElement campaign, string path)
    {
        EnsureObject(campaign, path);
        var template = OptionalString(campaign, "template", path) ?? OptionalString(campaign, "text", path)
            ?? throw new JsonInputException(Child(path, "template"), "is required.");
        var platform = ReadPlatform(guard, campaign, path, root);
        var market = ReadMarket(campaign, path, root);
        return new SolicitationCampaign(template, platform, market)
        {
            Name = OptionalString(campaign, "name", path),
            Audience = ReadAudience(campaign, path),
            Incentive = ReadIncentive(campaign, path),
            Schedule = ReadSchedule(campaign, path),
        };
    }

    private static CampaignAudience ReadAudience(JsonElement campaign, string path)
    {
        var name = Optional(campaign, "audience") is not null ? "audience" : "audienceFilter";
        var element = Optional(campaign, name);
        var audiencePath = Child(path, name);
        if (element is not { } value)
        {
            return CampaignAudience.Everyone;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = Text(value, audiencePath).Trim();
            if (Everyone.Contains(text.ToLowerInvariant()))
            {
                return CampaignAudience.Everyone;
            }

            var filtered = SatisfactionWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            return new CampaignAudience { Description = text, SatisfiedOnly = filtered };
        }

        EnsureObject(value, audiencePath);
        var stars = OptionalInt(value, "minStars", audiencePath) ?? OptionalInt(value, "minRating", audiencePath);
        if (stars is < 1 or > 5)
        {
            throw new JsonInputException(Child(audiencePath, "minStars"), $"must be from 1 to 5 (got {stars}).");
        }

        return new CampaignAudience
        {
            MinimumStars = stars,
            MinimumSatisfactionScore = OptionalDecimal(value, "minSatisfactionScore", audiencePath),
            SatisfiedOnly = OptionalBool(value, "satisfiedOnly", audiencePath) ?? false,
            ExcludesComplaints = OptionalBool(value, "excludesComplaints", audiencePath) ?? OptionalBool(value, "excludeComplaints", audiencePath) ?? false,
            Description = OptionalString(value, "description", audiencePath),
        };
    }

    private static CampaignIncentive? ReadIncentive(JsonElement campaign, string path)
    {
        var element = Optional(campaign, "incentive");
        var incentivePath = Child(path, "incentive");
        switch (element)
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.String } text:
                var description = Text(text, incentivePath).Trim();
                return description.Length == 0 || description.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : new CampaignIncentive(description);
            case { ValueKind: JsonValueKind.False }:
                return null;
            case { } value:
                EnsureObject(value, incentivePath);
                var what = OptionalString(value, "description", incentivePath) ?? OptionalString(value, "benefit", incentivePath)
                    ?? throw new JsonInputException(Child(incentivePath, "description"), "is required (what is offered, e.g. \"10% off the next order\").");
                return new CampaignIncentive(what, ReadCondition(OptionalString(value, "condition", incentivePath), Child(incentivePath, "condition")));
        }
    }

    private static IncentiveCondition ReadCondition(string? text, string path) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "unspecified" => IncentiveCondition.Unspecified,
        "any" or "any-review" or "anyreview" or "neutral" or "photo-review" => IncentiveCondition.AnyReview,
        "positive" or "positive-review" or "positivereview" or "5-star" or "five-star" => IncentiveCondition.PositiveReview,
        "changed-or-removed-review" or "change" or "changed" or "remove" or "removed" or "changed-review" or "removed-review" => IncentiveCondition.ChangedOrRemovedReview,
        "follow-up" or "follow-up-review" or "followup" or "followupreview" => IncentiveCondition.FollowUpReview,
        _ => throw new JsonInputException(path, $"{Quote(text)} is not one of any-review, positive-review, changed-or-removed-review, follow-up-review."),
    };

    private static CampaignSchedule? ReadSchedule(JsonElement campaign, string path)
    {
        if (OptionalObject(campaign, "schedule", path) is not { } schedule)
        {
            return null;
        }

        var schedulePath = Child(path, "schedule");
        var after = ReadDuration(schedule, ("daysAfterDelivery", 24m), ("hoursAfterDelivery", 1m), schedulePath, allowNegative: true) ?? Duration.Zero;
        var reminders = OptionalInt(schedule, "reminders", schedulePath) ?? 0;
        if (reminders is < 0 or > MaxReminders)
        {
            throw new JsonInputException(Child(schedulePath, "reminders"), $"must be from 0 to {MaxReminders} (got {reminders}).");
        }

        var interval = ReadDuration(schedule, ("reminderIntervalHours", 1m), ("reminderIntervalDays", 24m), schedulePath, allowNegative: false) ?? Duration.Zero;
        LocalTime? at = null;
        if (OptionalString(schedule, "sendAtLocalTime", schedulePath) is { } time)
        {
            var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(HasControlCharacter(time) ? string.Empty : time);
            if (!parsed.Success && !HasControlCharacter(time))
            {
                parsed = LocalTimePattern.ExtendedIso.Parse(time);
            }

            at = parsed.Success ? parsed.Value : throw new JsonInputException(Child(schedulePath, "sendAtLocalTime"), $"{Quote(time)} is not a time of day such as 10:00.");
        }

        return new CampaignSchedule { SendAfterDelivery = after, Reminders = reminders, ReminderInterval = interval, SendAtLocalTime = at };
    }

    /// <summary>
    /// A schedule duration given in one of two units (the first wins when both are given), within ±<see cref="MaxScheduleDays"/>
    /// days, so that no later arithmetic on it can overflow; null when neither is given.
    /// </summary>
    private static Duration? ReadDuration(JsonElement schedule, (string Name, decimal Hours) first, (string Name, decimal Hours) second, string path, bool allowNegative)
    {
        var (name, hoursPerUnit) = Optional(schedule, first.Name) is not null ? first : second;
        if (OptionalDecimal(schedule, name, path) is not { } value)
        {
            return null;
        }

        var max = MaxScheduleDays * 24m / hoursPerUnit;
        var min = allowNegative ? -max : 0m;
        if (value < min || value > max)
        {
            throw new JsonInputException(
                Child(path, name),
                $"must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (got {Shorten(value.ToString(CultureInfo.InvariantCulture))}).");
        }

        return Duration.FromHours((double)(value * hoursPerUnit));
    }

    public static string Decision(SolicitationDecision decision) => decision switch
    {
        SolicitationDecision.Block => "block",
        SolicitationDecision.Warn => "warn",
        _ => "allow",
    };

    private static void WriteId(Utf8JsonWriter writer, ReviewCheckRequest request)
    {
        writer.WritePropertyName("id");
        if (request.Id is null)
        {
            writer.WriteNullValue();
        }
        else if (request.IdIsNumber)
        {
            writer.WriteRawValue(request.Id);
        }
        else
        {
            writer.WriteStringValue(request.Id);
        }
    }

    public static void WriteResult(Utf8JsonWriter writer, ReviewCheckResult result)
    {
        var text = result.Request.Text;
        var report = result.Report;
        writer.WriteStartObject();
        WriteId(writer, result.Request);
        writer.WriteString("decision", Decision(report.Decision));
        WriteFindings(writer, report, text);
        if (result.Suggestion is { } suggestion)
        {
            WriteSuggestion(writer, suggestion);
        }

        writer.WriteEndObject();
    }

    /// <summary>A report alone: <c>{"decision","platform","law","findings"}</c>, the findings as in a result line but with spans as <c>{"start","length"}</c> (the report does not hold the text).</summary>
    public static void WriteReport(Utf8JsonWriter writer, SolicitationReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("decision", Decision(report.Decision));
        writer.WriteString("platform", report.Platform);
        writer.WriteString("law", report.Law);
        WriteFindings(writer, report, null);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads back what <see cref="WriteReport"/> writes. A finding's severity is the one its decision is recorded with
    /// (<see cref="SolicitationReport.SeverityOf"/>), its citation the written text (as the authority), its evidence empty:
    /// the shape carries no more, and writing the report again gives the same bytes.
    /// </summary>
    public static SolicitationReport ReadReport(JsonElement root)
    {
        EnsureObject(root, "$");
        var decision = ReadDecision(root, "decision", "$");
        var platform = RequiredString(root, "platform", "$");
        var law = RequiredString(root, "law", "$");
        var findings = new List<Finding>();
        if (OptionalArray(root, "findings", "$") is { } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = Item("$.findings", i++);
                EnsureObject(item, path);
                var ruleId = ReadRuleId(Required(item, "ruleId", path), Child(path, "ruleId"));
                var severity = SolicitationReport.SeverityOf(ReadDecision(item, "severity", path));
                var message = RequiredString(item, "message", path);
                var citation = OptionalString(item, "citation", path);
                var spans = new List<TextSpan>();
                if (OptionalArray(item, "spans", path) is { } spanArray)
                {
                    var j = 0;
                    foreach (var span in spanArray.EnumerateArray())
                    {
                        var spanPath = Item(Child(path, "spans"), j++);
                        EnsureObject(span, spanPath);
                        var start = OptionalInt(span, "start", spanPath) ?? throw new JsonInputException(Child(spanPath, "start"), "is required.");
                        var length = OptionalInt(span, "length", spanPath) ?? throw new JsonInputException(Child(spanPath, "length"), "is required.");
                        if (start < 0 || length < 0)
                        {
                            throw new JsonInputException(spanPath, $"start and length must not be negative (got {start} and {length}).");
                        }

                        spans.Add(new TextSpan(start, length));
                    }
                }

                try
                {
                    findings.Add(new Finding(ruleId, severity, message, citation is null ? null : new Citation(citation, string.Empty), spans: [.. spans]));
                }
                catch (ArgumentException ex)
                {
                    throw new JsonInputException(path, Shorten(OneLine(ex.Message)));
                }
            }
        }

        var report = new SolicitationReport(platform, law, [.. findings]);
        if (report.Decision != decision)
        {
            throw new JsonInputException("$.decision", $"is '{Decision(decision)}' but the findings make it '{Decision(report.Decision)}'.");
        }

        return report;
    }

    private static SolicitationDecision ReadDecision(JsonElement obj, string name, string path)
    {
        var text = RequiredString(obj, name, path);
        return text switch
        {
            "allow" => SolicitationDecision.Allow,
            "warn" => SolicitationDecision.Warn,
            "block" => SolicitationDecision.Block,
            _ => throw new JsonInputException(Child(path, name), $"{Quote(text)} is not one of allow, warn, block."),
        };
    }

    /// <summary><c>"findings":[{"ruleId","severity","message","citation","spans":[{"start","length","text"}]}]</c>; <c>text</c> only when the text is known.</summary>
    private static void WriteFindings(Utf8JsonWriter writer, SolicitationReport report, string? text)
    {
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
                if (text is not null)
                {
                    writer.WriteString("text", span.Slice(text));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// <c>"suggestion":{"text","sendAfter","edits":[{"start","length","replacement","ruleId"}]}</c>, or
    /// <c>"suggestion":null,"suggestionReason":"…"</c> when there is no lawful text. <c>sendAfter</c> is null when the
    /// send time need not change (written, like <c>citation</c>, rather than left out).
    /// </summary>
    private static void WriteSuggestion(Utf8JsonWriter writer, SolicitationSuggestion suggestion)
    {
        if (suggestion.Text is not { } text)
        {
            writer.WriteNull("suggestion");
            writer.WriteString("suggestionReason", suggestion.Reason);
            return;
        }

        writer.WriteStartObject("suggestion");
        writer.WriteString("text", text);
        if (suggestion.SendAfter is { } sendAfter)
        {
            writer.WriteString("sendAfter", JsonWrite.Instant(sendAfter));
        }
        else
        {
            writer.WriteNull("sendAfter");
        }

        writer.WriteStartArray("edits");
        foreach (var edit in suggestion.Edits)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", edit.Start);
            writer.WriteNumber("length", edit.Length);
            writer.WriteString("replacement", edit.Replacement);
            writer.WriteString("ruleId", edit.RuleId.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteRequest(Utf8JsonWriter writer, ReviewCheckRequest request)
    {
        writer.WriteStartObject();
        WriteId(writer, request);
        if (request.Message is { } message)
        {
            WriteMessageFields(writer, message);
        }
        else
        {
            writer.WritePropertyName("campaign");
            WriteCampaign(writer, request.Campaign!);
        }

        writer.WriteEndObject();
    }

    /// <summary>A message alone: a message line's fields without <c>id</c>.</summary>
    public static void WriteMessage(Utf8JsonWriter writer, SolicitationMessage message)
    {
        writer.WriteStartObject();
        WriteMessageFields(writer, message);
        writer.WriteEndObject();
    }

    private static void WriteMessageFields(Utf8JsonWriter writer, SolicitationMessage message)
    {
        writer.WriteString("platform", message.Platform);
        writer.WriteString("buyerMarket", message.BuyerMarket.Value);
        writer.WriteString("text", message.Text);
        if (message.SentAt is { } sent)
        {
            writer.WriteString("sentAt", JsonWrite.Instant(sent));
        }

        if (message.BuyerTimeZone is { } zone)
        {
            writer.WriteString("buyerTimeZone", zone.Id);
        }

        if (message.DeliveredAt is { } delivered)
        {
            writer.WriteString("deliveredAt", JsonWrite.Instant(delivered));
        }

        if (message.ExistingReviewStars is { } stars)
        {
            writer.WriteStartObject("existingReview");
            writer.WriteNumber("stars", stars);
            writer.WriteEndObject();
        }

        if (!message.PreviousRequests.IsEmpty)
        {
            writer.WriteStartArray("previousRequests");
            foreach (var previous in message.PreviousRequests)
            {
                writer.WriteStringValue(JsonWrite.Instant(previous));
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>A campaign object, as a campaign line carries it under <c>campaign</c>.</summary>
    public static void WriteCampaign(Utf8JsonWriter writer, SolicitationCampaign campaign)
    {
        writer.WriteStartObject();
        if (campaign.Name is not null)
        {
            writer.WriteString("name", campaign.Name);
        }

        writer.WriteString("template", campaign.Template);
        writer.WriteString("platform", campaign.Platform);
        writer.WriteString("buyerMarket", campaign.BuyerMarket.Value);
        var audience = campaign.Audience;
        if (!ReferenceEquals(audience, CampaignAudience.Everyone))
        {
            writer.WriteStartObject("audience");
            if (audience.MinimumStars is { } minStars)
            {
                writer.WriteNumber("minStars", minStars);
            }

            if (audience.MinimumSatisfactionScore is { } minScore)
            {
                writer.WriteNumber("minSatisfactionScore", minScore);
            }

            writer.WriteBoolean("satisfiedOnly", audience.SatisfiedOnly);
            writer.WriteBoolean("excludesComplaints", audience.ExcludesComplaints);
            if (audience.Description is not null)
            {
                writer.WriteString("description", audience.Description);
            }

            writer.WriteEndObject();
        }

        if (campaign.Incentive is { } incentive)
        {
            writer.WriteStartObject("incentive");
            writer.WriteString("description", incentive.Description);
            writer.WriteString("condition", incentive.Condition switch
            {
                IncentiveCondition.AnyReview => "any-review",
                IncentiveCondition.PositiveReview => "positive-review",
                IncentiveCondition.ChangedOrRemovedReview => "changed-or-removed-review",
                IncentiveCondition.FollowUpReview => "follow-up-review",
                _ => "unspecified",
            });
            writer.WriteEndObject();
        }

        if (campaign.Schedule is { } schedule)
        {
            writer.WriteStartObject("schedule");
            writer.WriteNumber("hoursAfterDelivery", Hours(schedule.SendAfterDelivery));
            writer.WriteNumber("reminders", schedule.Reminders);
            writer.WriteNumber("reminderIntervalHours", Hours(schedule.ReminderInterval));
            if (schedule.SendAtLocalTime is { } at)
            {
                writer.WriteString("sendAtLocalTime", LocalTimePattern.ExtendedIso.Format(at));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static decimal Hours(Duration duration) => (decimal)duration.TotalHours;
}
