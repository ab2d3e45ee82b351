using System;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>
/// Typed reads from a JSON object with precise errors: every failure names the field path
/// (<c>$.order.deliveredOn</c>) and what was wrong. Absent and <c>null</c> are the same for optional fields.
/// </summary>
internal static class JsonInput
{
    public static string Child(string path, string name) => path + "." + name;

    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static void EnsureObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(path, $"expected an object, got {Describe(element)}.");
        }
    }

    /// <summary>The property, or null when absent or JSON null.</summary>
    public static JsonElement? Optional(JsonElement obj, string name)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        return null;
    }

    public static JsonElement Required(JsonElement obj, string name, string path) =>
        Optional(obj, name) ?? throw new InputException(Child(path, name), "is required.");

    public static JsonElement? OptionalObject(JsonElement obj, string name, string path)
    {
        var value = Optional(obj, name);
        if (value is { } v)
        {
            EnsureObject(v, Child(path, name));
        }

        return value;
    }

    public static JsonElement RequiredObject(JsonElement obj, string name, string path)
    {
        var value = Required(obj, name, path);
        EnsureObject(value, Child(path, name));
        return value;
    }

    public static JsonElement? OptionalArray(JsonElement obj, string name, string path)
    {
        var value = Optional(obj, name);
        if (value is { } v && v.ValueKind != JsonValueKind.Array)
        {
            throw new InputException(Child(path, name), $"expected an array, got {Describe(v)}.");
        }

        return value;
    }

    public static string? OptionalString(JsonElement obj, string name, string path)
    {
        var value = Optional(obj, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            throw new InputException(Child(path, name), $"expected a string, got {Describe(value.Value)}.");
        }

        return Text(value.Value, Child(path, name));
    }

    /// <summary>The text of a JSON string; a <c>\u</c> escape that is not text (a lone surrogate) is an input error, not a crash.</summary>
    public static string Text(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InputException(path, "has a \\u escape that is not text (a lone UTF-16 surrogate such as \\ud800).");
        }
    }

    public static string RequiredString(JsonElement obj, string name, string path)
    {
        var value = OptionalString(obj, name, path) ?? throw new InputException(Child(path, name), "is required.");
        if (value.Length == 0)
        {
            throw new InputException(Child(path, name), "must not be empty.");
        }

        return value;
    }

    public static bool? OptionalBool(JsonElement obj, string name, string path)
    {
        var value = Optional(obj, name);
        return value?.ValueKind switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InputException(Child(path, name), $"expected true or false, got {Describe(value.Value)}."),
        };
    }

    public static int? OptionalInt(JsonElement obj, string name, string path)
    {
        var value = Optional(obj, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out var result))
        {
            throw new InputException(Child(path, name), $"expected a whole number, got {Describe(value.Value)}.");
        }

        return result;
    }

    /// <summary>A decimal given as a JSON number or a numeric string.</summary>
    public static decimal? OptionalDecimal(JsonElement obj, string name, string path)
    {
        var value = Optional(obj, name);
        return value is null ? null : ReadDecimal(value.Value, Child(path, name));
    }

    public static decimal ReadDecimal(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetDecimal(out var number):
                return number;
            case JsonValueKind.String when decimal.TryParse(Text(value, path), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                throw new InputException(path, $"expected a decimal number (as a number or a string such as \"12.34\"), got {Describe(value)}.");
        }
    }

    public static LocalDate? OptionalDate(JsonElement obj, string name, string path)
    {
        var text = OptionalString(obj, name, path);
        if (text is null)
        {
            return null;
        }

        return ParseDate(text, Child(path, name));
    }

    /// <summary>An ISO date <c>yyyy-MM-dd</c> in the years 1–9999, nothing before or after it (not even a NUL character).</summary>
    public static LocalDate ParseDate(string text, string path) =>
        TryParseDate(text, out var date) ? date : throw new InputException(path, $"{Quote(text)} is not a date in the form yyyy-MM-dd.");

    /// <summary>
    /// Parses an ISO date in the years 1–9999 (NodaTime also reads negative years, which no input means and which
    /// overflow once turned into instants). Text with a control character is refused first: NodaTime reads a NUL as
    /// the end of the text, so <c>"2026-05-15\u0000 junk"</c> would otherwise read as the date.
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

    public static LocalDate RequiredDate(JsonElement obj, string name, string path) =>
        OptionalDate(obj, name, path) ?? throw new InputException(Child(path, name), "is required.");

    /// <summary>An instant in ISO-8601 with an offset or Z (e.g. <c>2026-03-11T18:00:00Z</c>).</summary>
    public static Instant? OptionalInstant(JsonElement obj, string name, string path)
    {
        var text = OptionalString(obj, name, path);
        if (text is null)
        {
            return null;
        }

        return ParseInstant(text, Child(path, name));
    }

    public static Instant ParseInstant(string text, string path)
    {
        if (HasControlCharacter(text))
        {
            throw new InputException(path, $"{Quote(text)} is not an ISO-8601 instant such as 2026-03-11T18:00:00Z (it contains a control character).");
        }

        var offsetResult = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offsetResult.Success)
        {
            try
            {
                return offsetResult.Value.ToInstant();
            }
            catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
            {
                throw new InputException(path, $"{Quote(text)} is outside the range of instants (years 1 to 9999).");
            }
        }

        var instantResult = InstantPattern.ExtendedIso.Parse(text);
        if (instantResult.Success)
        {
            return instantResult.Value;
        }

        throw new InputException(path, $"{Quote(text)} is not an ISO-8601 instant such as 2026-03-11T18:00:00Z.");
    }

    public static CountryCode RequiredMarket(JsonElement obj, string name, string path)
    {
        var text = RequiredString(obj, name, path);
        if (!CountryCode.TryParse(text, out var market))
        {
            throw new InputException(Child(path, name), $"{Quote(text)} is not an ISO 3166-1 alpha-2 market code.");
        }

        return market;
    }

    /// <summary>Money as <c>{"amount":"12.34","currency":"EUR"}</c> (amount as string or number).</summary>
    public static Money ReadMoney(JsonElement value, string path)
    {
        EnsureObject(value, path);
        var amount = ReadDecimal(Required(value, "amount", path), Child(path, "amount"));
        var code = RequiredString(value, "currency", path);
        if (!Currency.TryParse(code, out var currency))
        {
            throw new InputException(Child(path, "currency"), $"{Quote(code)} is not an active ISO 4217 currency code.");
        }

        return new Money(amount, currency);
    }

    public static Money? OptionalMoney(JsonElement obj, string name, string path)
    {
        var value = Optional(obj, name);
        return value is null ? null : ReadMoney(value.Value, Child(path, name));
    }

    public static Money RequiredMoney(JsonElement obj, string name, string path) =>
        ReadMoney(Required(obj, name, path), Child(path, name));

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => DescribeString(element),
        JsonValueKind.Number => $"the number {Shorten(element.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

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

    private static string DescribeString(JsonElement element)
    {
        try
        {
            return $"the string \"{Shorten(element.GetString())}\"";
        }
        catch (InvalidOperationException)
        {
            return "a string that is not text (a lone UTF-16 surrogate)";
        }
    }
}
