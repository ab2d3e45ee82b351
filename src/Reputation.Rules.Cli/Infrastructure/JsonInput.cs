using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>
/// Text helpers for command-line arguments and error messages: quoting a value (at most 100 characters) and reading
/// the dates and instants options take. JSON input itself is read by the library (<see cref="Serialization.ReputationRulesJson"/>).
/// </summary>
internal static class JsonInput
{
    /// <summary>
    /// Parses an ISO date in the years 1–9999 (NodaTime also reads negative years, which no input means). Text with a
    /// control character is refused first: NodaTime reads a NUL as the end of the text.
    /// </summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        date = default;
        if (HasControlCharacter(text))
        {
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success || result.Value.Year < 1)
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    /// <summary>An instant in ISO-8601 with an offset or Z (e.g. <c>2026-03-11T18:00:00Z</c>), within the range of instants.</summary>
    public static bool TryParseInstant(string text, out Instant instant)
    {
        instant = default;
        if (HasControlCharacter(text))
        {
            return false;
        }

        var offsetResult = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offsetResult.Success)
        {
            try
            {
                instant = offsetResult.Value.ToInstant();
                return true;
            }
            catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
            {
                return false;
            }
        }

        var instantResult = InstantPattern.ExtendedIso.Parse(text);
        instant = instantResult.Success ? instantResult.Value : default;
        return instantResult.Success;
    }

    /// <summary>A value quoted in an error message: at most 100 characters, then "…" and the full length.</summary>
    public static string Quote(string? text) => "'" + Shorten(text) + "'";

    /// <summary>At most 100 characters of <paramref name="text"/> (a surrogate pair is never split), then "…" and the full length.</summary>
    public static string Shorten(string? text)
    {
        const int max = 100;
        if (text is null)
        {
            return string.Empty;
        }

        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut] + "… (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)";
    }

    /// <summary>Whether the text has a C0 control character (NUL, tab, line breaks…) or DEL.</summary>
    public static bool HasControlCharacter(string text) => text.AsSpan().ContainsAnyInRange('\0', '\u001f') || text.Contains('\u007f', StringComparison.Ordinal);
}
