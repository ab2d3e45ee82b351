using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Reputation.Rules.Serialization;

/// <summary>How the wire format spells shared vocabulary: dates, instants, severities, money, citations and findings.</summary>
internal static class JsonWrite
{
    /// <summary>Compact JSON with non-ASCII text (Chinese) left readable.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Info => "info",
        Rules.Severity.Warning => "warning",
        _ => "violation",
    };

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static void WriteCitation(Utf8JsonWriter writer, Citation citation)
    {
        writer.WriteStartObject();
        writer.WriteString("authority", citation.Authority);
        writer.WriteString("reference", citation.Reference);
        if (citation.Url is not null)
        {
            writer.WriteString("url", citation.Url.AbsoluteUri);
        }

        writer.WriteEndObject();
    }

    /// <summary>Money as <c>"name":{"amount":"12.34","currency":"EUR"}</c>.</summary>
    public static void WriteMoney(Utf8JsonWriter writer, string propertyName, Money money)
    {
        writer.WritePropertyName(propertyName);
        WriteMoney(writer, money);
    }

    /// <summary>Money as <c>{"amount":"12.34","currency":"EUR"}</c>.</summary>
    public static void WriteMoney(Utf8JsonWriter writer, Money money)
    {
        writer.WriteStartObject();
        writer.WriteString("amount", money.FormatAmount());
        writer.WriteString("currency", money.Currency.Code);
        writer.WriteEndObject();
    }

    /// <summary>A rule of the catalog as <c>rules --json</c> writes it: id, engine, title, default severity and citations.</summary>
    public static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id.Value);
        writer.WriteString("engine", rule.Engine);
        writer.WriteString("title", rule.Title);
        writer.WriteString("defaultSeverity", Severity(rule.DefaultSeverity));
        writer.WriteStartArray("citations");
        foreach (var citation in rule.Citations)
        {
            WriteCitation(writer, citation);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A finding as the returns contract writes it: rule id, severity, message, citation text and evidence.</summary>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId.Value);
        writer.WriteString("severity", Severity(finding.Severity));
        writer.WriteString("message", finding.Message);
        if (finding.Citation is null)
        {
            writer.WriteNull("citation");
        }
        else
        {
            writer.WriteString("citation", finding.Citation.ToString());
        }

        writer.WriteStartObject("evidence");
        foreach (var item in finding.Evidence)
        {
            writer.WriteString(item.Key, item.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
