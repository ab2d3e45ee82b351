using System;
using System.Text.Json;
using Reputation.Rules.Complaints;
using Reputation.Rules.Reviews;
using static Reputation.Rules.Serialization.JsonRead;

namespace Reputation.Rules.Serialization;

/// <summary>The <c>feedback analyze</c> contract (docs/feedback.md): reviews in; analyses and summary lines out.</summary>
internal static class FeedbackWire
{
    private static readonly Lazy<SolicitationGuard> DefaultGuard = new(() => new SolicitationGuard());

    public static CustomerReview ReadReview(JsonElement root, ISolicitationGuard? guard)
    {
        EnsureObject(root, "$");
        var id = Optional(root, "id") switch
        {
            null => throw new JsonInputException("$.id", "is required."),
            { ValueKind: JsonValueKind.String } idText => Text(idText, "$.id"),
            { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
            { } value => throw new JsonInputException("$.id", $"expected a string or a number, got {Describe(value)}."),
        };
        if (id.Trim().Length == 0)
        {
            throw new JsonInputException("$.id", "must not be blank.");
        }

        var text = RequiredString(root, "text", "$");
        var stars = OptionalInt(root, "stars", "$");
        if (stars is < 1 or > CustomerReview.MaxStars)
        {
            throw new JsonInputException("$.stars", $"must be from 1 to {CustomerReview.MaxStars}, got {stars}.");
        }

        var dispute = OptionalBool(root, "dispute", "$") ?? false;
        var sku = OptionalString(root, "sku", "$");
        var at = OptionalInstant(root, "at", "$");
        var market = Optional(root, "market") is { ValueKind: not JsonValueKind.Null } m ? ReadMarket(m, "$.market") : (CountryCode?)null;
        var language = OptionalString(root, "language", "$");
        var platform = OptionalString(root, "platform", "$");
        if (platform is not null)
        {
            guard ??= DefaultGuard.Value;
            if (!guard.HasPlatform(platform))
            {
                var known = guard is SolicitationGuard g ? " (" + string.Join(", ", System.Linq.Enumerable.Select(g.Platforms, x => x.Name)) + ")" : string.Empty;
                throw new JsonInputException("$.platform", $"{Quote(platform)} is not a known platform{known}.");
            }
        }

        return new CustomerReview(id, text)
        {
            Stars = stars,
            IsDispute = dispute,
            Sku = sku,
            At = at,
            Market = market,
            Language = language,
            Platform = platform,
        };
    }

    /// <summary>
    /// A <c>feedback analyze</c> input line, in the order of docs/feedback.md: <c>id</c> (always as a string), <c>text</c>,
    /// then the optional fields that are set (<c>dispute</c> only when true).
    /// </summary>
    public static void WriteReview(Utf8JsonWriter writer, CustomerReview review)
    {
        writer.WriteStartObject();
        writer.WriteString("id", review.Id);
        writer.WriteString("text", review.Text);
        if (review.Stars is { } stars)
        {
            writer.WriteNumber("stars", stars);
        }

        if (review.IsDispute)
        {
            writer.WriteBoolean("dispute", true);
        }

        if (review.Sku is not null)
        {
            writer.WriteString("sku", review.Sku);
        }

        if (review.At is { } at)
        {
            writer.WriteString("at", JsonWrite.Instant(at));
        }

        if (review.Market is { } market)
        {
            writer.WriteString("market", market.Value);
        }

        if (review.Language is not null)
        {
            writer.WriteString("language", review.Language);
        }

        if (review.Platform is not null)
        {
            writer.WriteString("platform", review.Platform);
        }

        writer.WriteEndObject();
    }

    public static void WriteAnalysis(Utf8JsonWriter writer, FeedbackAnalysis analysis)
    {
        var text = analysis.Review.Text;
        writer.WriteStartObject();
        writer.WriteString("id", analysis.Id);
        writer.WriteStartArray("causes");
        foreach (var cause in analysis.Causes)
        {
            writer.WriteStartObject();
            writer.WriteString("cause", cause.Id);
            writer.WriteString("confidence", Confidence(cause.Confidence));
            writer.WriteStartArray("spans");
            foreach (var span in cause.Spans)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("length", span.Length);
                writer.WriteString("text", span.End <= text.Length ? span.Slice(text) : string.Empty);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("terms");
            foreach (var term in cause.Terms)
            {
                writer.WriteStringValue(term);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("negative", analysis.IsNegative);
        if (analysis.Reply is { } reply)
        {
            writer.WriteStartObject("reply");
            writer.WriteString("text", reply.Text);
            writer.WriteString("language", reply.Language);
            writer.WriteString("guard", ReviewsWire.Decision(reply.Guard));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("reply");
        }

        writer.WriteEndObject();
    }

    public static void WriteSummary(Utf8JsonWriter writer, FeedbackSummary summary, FeedbackGrouping grouping, FeedbackPeriod period)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("summary");
        if ((grouping & FeedbackGrouping.Sku) != 0)
        {
            WriteNullable(writer, "sku", summary.Sku);
        }

        if ((grouping & FeedbackGrouping.Period) != 0)
        {
            WriteNullable(writer, PeriodKey(period), summary.Period);
        }

        writer.WriteNumber("reviews", summary.Reviews);
        writer.WriteNumber("negative", summary.Negative);
        writer.WriteStartObject("causes");
        foreach (var share in summary.Causes)
        {
            if (share.Count > 0)
            {
                writer.WriteNumber(share.Cause.Id(), Round(share.Share));
            }
        }

        writer.WriteEndObject();
        writer.WriteStartObject("counts");
        foreach (var share in summary.Causes)
        {
            if (share.Count > 0)
            {
                writer.WriteNumber(share.Cause.Id(), share.Count);
            }
        }

        writer.WriteEndObject();
        if ((grouping & FeedbackGrouping.Period) != 0)
        {
            writer.WriteStartObject("change");
            foreach (var share in summary.Causes)
            {
                if (share.Change is { } change)
                {
                    writer.WriteNumber(share.Cause.Id(), Round(change));
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("phrases");
        foreach (var share in summary.Causes)
        {
            if (share.Count > 0)
            {
                writer.WriteStartArray(share.Cause.Id());
                foreach (var phrase in share.Phrases)
                {
                    writer.WriteStringValue(phrase);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
        writer.WriteStartArray("remedies");
        foreach (var remedy in summary.Remedies)
        {
            writer.WriteStartObject();
            writer.WriteString("cause", remedy.Cause.Id());
            writer.WriteString("id", remedy.Id);
            writer.WriteString("text", remedy.Text);
            writer.WriteString("source", remedy.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The summary key of a period: <c>week</c>, <c>month</c> or <c>day</c>.</summary>
    public static string PeriodKey(FeedbackPeriod period) => period switch
    {
        FeedbackPeriod.Month => "month",
        FeedbackPeriod.Day => "day",
        _ => "week",
    };

    public static string Confidence(FeedbackConfidence confidence) => confidence == FeedbackConfidence.Clear ? "clear" : "likely";

    /// <summary>Shares and changes on the wire: two decimals, halves away from zero (0.5833… → 0.58).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
