using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Reputation.Rules.Scoring;
using static Reputation.Rules.Serialization.JsonRead;

namespace Reputation.Rules.Serialization;

/// <summary>
/// The <c>score</c> contract (docs/scoring.md): reads one feedback line
/// (<c>{"ratee":"S1","rater":"B1","orderId":"O1","itemId":"A","stars":5,"at":"2024-03-04T12:00:00Z","auto":false,"removed":false,"dsr":{…}}</c>),
/// writes it back, writes a credit report.
/// </summary>
internal static class ScoringWire
{
    public static Feedback ReadFeedback(JsonElement root, Dictionary<string, string>? names)
    {
        EnsureObject(root, "$");
        var ratee = Intern(NonBlank(root, "ratee", required: true)!, names);
        var rater = Intern(NonBlank(root, "rater", required: true)!, names);
        var orderId = NonBlank(root, "orderId", required: false);
        var itemId = NonBlank(root, "itemId", required: false);
        var stars = Rating(Required(root, "stars", "$"), "$.stars");
        var at = At(RequiredString(root, "at", "$"));
        var auto = OptionalBool(root, "auto", "$") ?? false;
        var removed = OptionalBool(root, "removed", "$") ?? false;
        DetailedRatings? dsr = null;
        if (OptionalObject(root, "dsr", "$") is { } d)
        {
            var description = OptionalRating(d, "description");
            var service = OptionalRating(d, "service");
            var shipping = OptionalRating(d, "shipping");
            if (description is null && service is null && shipping is null)
            {
                throw new JsonInputException("$.dsr", "give at least one of description, service and shipping (1 to 5).");
            }

            dsr = new DetailedRatings(description, service, shipping);
        }

        return new Feedback(ratee, rater, stars, at, orderId, itemId, auto, removed, dsr);
    }

    /// <summary>An ISO instant, or a date meaning 12:00 UTC that day.</summary>
    private static Instant At(string text)
    {
        return TryParseDate(text, out var date) ? date.At(new LocalTime(12, 0)).InUtc().ToInstant() : ParseInstant(text, "$.at");
    }

    private static string? NonBlank(JsonElement root, string name, bool required)
    {
        var value = required ? RequiredString(root, name, "$") : OptionalString(root, name, "$");
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new JsonInputException("$." + name, "must not be empty or white space.");
        }

        return value;
    }

    private static int? OptionalRating(JsonElement dsr, string name)
    {
        var value = Optional(dsr, name);
        return value is null ? null : Rating(value.Value, "$.dsr." + name);
    }

    private static int Rating(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var stars) && stars is >= 1 and <= 5)
        {
            return stars;
        }

        throw new JsonInputException(path, $"expected a whole number from 1 to 5, got {Describe(value)}.");
    }

    private static string Intern(string name, Dictionary<string, string>? names)
    {
        if (names is null)
        {
            return name;
        }

        if (names.TryGetValue(name, out var existing))
        {
            return existing;
        }

        names.Add(name, name);
        return name;
    }
    public static void WriteFeedback(Utf8JsonWriter writer, Feedback feedback)
    {
        writer.WriteStartObject();
        writer.WriteString("ratee", feedback.Ratee);
        writer.WriteString("rater", feedback.Rater);
        if (feedback.OrderId is not null)
        {
            writer.WriteString("orderId", feedback.OrderId);
        }

        if (feedback.ItemId is not null)
        {
            writer.WriteString("itemId", feedback.ItemId);
        }

        writer.WriteNumber("stars", feedback.Stars);
        writer.WriteString("at", JsonWrite.Instant(feedback.At));
        writer.WriteBoolean("auto", feedback.IsAuto);
        writer.WriteBoolean("removed", feedback.IsRemoved);
        if (feedback.DetailedRatings is { } dsr)
        {
            writer.WriteStartObject("dsr");
            WriteOptional(writer, "description", dsr.Description);
            WriteOptional(writer, "service", dsr.Service);
            WriteOptional(writer, "shipping", dsr.Shipping);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    public static void WriteReport(Utf8JsonWriter writer, CreditReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("ratee", report.Ratee);
        writer.WriteString("scheme", ScoringSchemes.GetName(report.Scheme));
        WriteNumber(writer, "score", report.Score);
        if (report.Level is { } level)
        {
            writer.WriteString("level", level.Name);
        }
        else
        {
            writer.WriteNull("level");
        }

        if (report.Scheme == ScoringScheme.Taobao)
        {
            writer.WriteNumber("levelIndex", report.Level!.Index);
        }

        WriteNumber(writer, "positivePercent", report.PositivePercent);
        if (report.Scheme == ScoringScheme.Taobao)
        {
            WriteNumber(writer, "positiveRate", report.PositivePercent);
            var dsr = report.DetailedRatings!;
            writer.WriteStartObject("dsr");
            WriteNumber(writer, "description", dsr.Description);
            WriteNumber(writer, "service", dsr.Service);
            WriteNumber(writer, "shipping", dsr.Shipping);
            writer.WriteEndObject();
        }

        if (report.Composite is { } composite)
        {
            writer.WriteNumber("crs", composite.Crs);
            writer.WriteNumber("stars", composite.Stars);
        }

        writer.WriteString("window", report.Window.Name);
        writer.WriteStartObject("counts");
        writer.WriteNumber("positive", report.Counts.Positive);
        writer.WriteNumber("neutral", report.Counts.Neutral);
        writer.WriteNumber("negative", report.Counts.Negative);
        writer.WriteEndObject();
        writer.WriteStartObject("excluded");
        foreach (var reason in ExclusionReasons.For(report.Scheme))
        {
            writer.WriteNumber(ExclusionReasons.GetName(reason), report.Excluded.Get(reason));
        }

        writer.WriteEndObject();
        if (report.NextLevel is { } next)
        {
            writer.WriteStartObject("nextLevel");
            writer.WriteString("name", next.Name);
            writer.WriteNumber("positivesNeeded", next.PositivesNeeded);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("nextLevel");
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
