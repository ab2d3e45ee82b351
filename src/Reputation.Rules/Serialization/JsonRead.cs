using System;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Reputation.Rules.Serialization;

/// <summary>
/// Typed reads from a JSON object with precise errors: every failure names the field path
/// (<c>$.order.deliveredOn</c>) and what was wrong. Absent and <c>null</c> are the same for optional fields.
/// </summary>
internal static class JsonRead
{
    public static string Child(string path, string name) => path + "." + name;

    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static void EnsureObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonInputException(path, $"expected an object, got {Describe(element)}.");
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
        Optional(obj, name) ?? throw new JsonInputException(Child(path, name), "is required.");

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
            throw new JsonInputException(Child(path, name), $"expected an array, got {Describe(v)}.");
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
            throw new JsonInputException(Child(path, name), $"expected a string, got {Describe(value.Value)}.");
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
            throw new JsonInputException(path, "has a \\u escape that is not text (a lone UTF-16 surrogate such as \\ud800).");
        }
    }

    public static string RequiredString(JsonElement obj, string name, string path)
    {
        var value = OptionalString(obj, name, path) ?? throw new JsonInputException(Child(path, name), "is required.");
        if (value.Length == 0)
        {
            throw new JsonInputException(Child(path, name), "must not be empty.");
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
            _ => throw new JsonInputException(Child(path, name), $"expected true or false, got {Describe(value.Value)}."),
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
            throw new JsonInputException(Child(path, name), $"expected a whole number, got {Describe(value.Value)}.");
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
                throw new JsonInputException(path, $"expected a decimal number (as a number or a string such as \"12.34\"), got {Describe(value)}.");
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
        TryParseDate(text, out var date) ? date : throw new JsonInputException(path, $"{Quote(text)} is not a date in the form yyyy-MM-dd.");

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
        OptionalDate(obj, name, path) ?? throw new JsonInputException(Child(path, name), "is required.");

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

    public static Instant ParseInstant(string text, string path)
    {
        if (HasControlCharacter(text))
        {
            throw new JsonInputException(path, $"{Quote(text)} is not an ISO-8601 instant such as 2026-03-11T18:00:00Z (it contains a control character).");
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
                throw new JsonInputException(path, $"{Quote(text)} is outside the range of instants (years 1 to 9999).");
            }
        }

        var instantResult = InstantPattern.ExtendedIso.Parse(text);
        if (instantResult.Success)
        {
            return instantResult.Value;
        }

        throw new JsonInputException(path, $"{Quote(text)} is not an ISO-8601 instant such as 2026-03-11T18:00:00Z.");
    }

    public static CountryCode RequiredMarket(JsonElement obj, string name, string path)
    {
        var text = RequiredString(obj, name, path);
        if (!TryParseMarket(text, out var market))
        {
            throw new JsonInputException(Child(path, name), $"{Quote(text)} is not an ISO 3166-1 alpha-2 market code.");
        }

        return market;
    }

    /// <summary>A JSON string's text.</summary>
    public static string ReadString(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? Text(value, path) : throw new JsonInputException(path, $"expected a string, got {Describe(value)}.");

    /// <summary>An ISO 3166-1 alpha-2 code as a JSON string.</summary>
    public static CountryCode ReadMarket(JsonElement value, string path)
    {
        var text = ReadString(value, path);
        return TryParseMarket(text, out var market) ? market : throw new JsonInputException(path, $"{Quote(text)} is not an ISO 3166-1 alpha-2 market code.");
    }

    /// <summary>
    /// An ISO 3166-1 alpha-2 market, with the one alias every input of the wire format accepts alike: "UK" (ISO's
    /// exceptionally reserved code for the United Kingdom) is read as GB (docs/serialization.md, "One vocabulary").
    /// </summary>
    public static bool TryParseMarket(string text, out CountryCode market)
    {
        if (text.Length == 2 && (text[0] is 'U' or 'u') && (text[1] is 'K' or 'k'))
        {
            market = CountryCode.Parse("GB");
            return true;
        }

        return CountryCode.TryParse(text, out market);
    }

    /// <summary>An active ISO 4217 code as a JSON string.</summary>
    public static Currency ReadCurrency(JsonElement value, string path)
    {
        var text = ReadString(value, path);
        return Currency.TryParse(text, out var currency) ? currency : throw new JsonInputException(path, $"{Quote(text)} is not an active ISO 4217 currency code.");
    }

    /// <summary>A rule id such as <c>RET-LATE</c> as a JSON string.</summary>
    public static RuleId ReadRuleId(JsonElement value, string path)
    {
        var text = ReadString(value, path);
        return RuleId.IsValid(text) ? new RuleId(text) : throw new JsonInputException(path, $"{Quote(text)} is not a rule id such as RET-LATE.");
    }

    /// <summary>Money as <c>{"amount":"12.34","currency":"EUR"}</c> (amount as string or number).</summary>
    public static Money ReadMoney(JsonElement value, string path)
    {
        EnsureObject(value, path);
        var amount = ReadDecimal(Required(value, "amount", path), Child(path, "amount"));
        var code = RequiredString(value, "currency", path);
        if (!Currency.TryParse(code, out var currency))
        {
            throw new JsonInputException(Child(path, "currency"), $"{Quote(code)} is not an active ISO 4217 currency code.");
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

    /// <summary>The options every wire-format document is parsed with: strict JSON, at most 64 levels deep.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Parses a document; a syntax error (or text that is not text) becomes a <see cref="JsonInputException"/> at <c>$</c>.</summary>
    public static JsonDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new JsonInputException("$", "not valid JSON (" + FirstSentence(ex.Message) + ").");
        }
        catch (ArgumentException)
        {
            throw new JsonInputException("$", "not valid text (a lone UTF-16 surrogate).");
        }

        return Checked(document, json.Contains("\\ud", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Parses a UTF-8 document; a syntax error (or bytes that are not UTF-8) becomes a <see cref="JsonInputException"/> at <c>$</c>.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json.Span))
        {
            throw new JsonInputException("$", "not valid text (bytes that are not UTF-8).");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new JsonInputException("$", "not valid JSON (" + FirstSentence(ex.Message) + ").");
        }
        catch (ArgumentException)
        {
            throw new JsonInputException("$", "not valid text (bytes that are not UTF-8).");
        }

        return Checked(document, utf8Json.Span.IndexOf("\\u"u8) >= 0);
    }

    /// <summary>
    /// Fails with the path of the first string or property name whose <c>\u</c> escapes are not text (a lone UTF-16
    /// surrogate such as <c>\ud800</c>), so that no later read of the document can fail on it.
    /// </summary>
    private static JsonDocument Checked(JsonDocument document, bool mayHaveEscapes)
    {
        if (mayHaveEscapes)
        {
            try
            {
                CheckEscapes(document.RootElement, "$");
            }
            catch
            {
                document.Dispose();
                throw;
            }
        }

        return document;
    }

    private static void CheckEscapes(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw new JsonInputException(path, "a property name has a \\u escape that is not text (a lone UTF-16 surrogate such as \\ud800).");
                    }

                    CheckEscapes(property.Value, Child(path, name.Length <= 100 ? name : Shorten(name)));
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckEscapes(item, Item(path, index++));
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw new JsonInputException(path, "has a \\u escape that is not text (a lone UTF-16 surrogate such as \\ud800); pair a high surrogate (\\ud800–\\udbff) with a low one (\\udc00–\\udfff).");
                }

                break;
        }
    }

    /// <summary>Replaces line breaks and other control characters with spaces, so a message stays on one line.</summary>
    public static string OneLine(string text)
    {
        var span = text.AsSpan();
        if (!span.ContainsAnyInRange('\0', '\u001f') && !span.ContainsAnyInRange('\u007f', '\u009f') && !span.ContainsAnyInRange('\u2028', '\u2029'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || chars[i] is '\u2028' or '\u2029')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return OneLine((end > 0 ? message[..end] : message).TrimEnd('.'));
    }

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
