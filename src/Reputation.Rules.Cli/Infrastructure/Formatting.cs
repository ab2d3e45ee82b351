using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>How the CLI spells shared vocabulary in JSON and tables.</summary>
internal static class Formatting
{
    public static string Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Info => "info",
        Rules.Severity.Warning => "warning",
        _ => "violation",
    };

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

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

    /// <summary>Money as <c>{"amount":"12.34","currency":"EUR"}</c>.</summary>
    public static void WriteMoney(Utf8JsonWriter writer, string propertyName, Money money)
    {
        writer.WriteStartObject(propertyName);
        writer.WriteString("amount", money.FormatAmount());
        writer.WriteString("currency", money.Currency.Code);
        writer.WriteEndObject();
    }
}
