using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Reputation.Rules.Cli.Tests.Fuzzing;

/// <summary>
/// Seeded mutations of valid JSON lines, first on the JSON text (drop, rename or duplicate a field, a value of the wrong
/// type, huge and tiny numbers, long strings, deep nesting, lone surrogates, NUL and other escapes, truncation) and then
/// on the UTF-8 bytes (bit flips, interesting bytes such as invalid UTF-8 and <c>\r</c>, byte-order marks, deleted and
/// repeated ranges). The result never contains <c>\n</c>, so it stays one line. Deterministic for a given
/// <see cref="Random"/>.
/// </summary>
internal sealed class LineMutator(Random random)
{
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-0", "-1", "1", "5", "6", "0.5", "1e308", "-1e308", "1e400", "1e-400", "1e28", "-1e28",
        "2147483647", "2147483648", "-2147483649", "9223372036854775808", "79228162514264337593543950335", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "123456789012345678901234567890.123456789", "[]", "{}", "[null]", "{\"a\":1}",
        "\"\"", "\" \"", "\"\\u0000\"", "\"null\"", "\"2026-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"-9999-01-01\"",
        "\"2026-05-15\\u0000 junk\"", "\"2026-05-15 \"", "\" 2026-05-15\"", "\"2026-05-15T25:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
        "\"2026-03-11T18:00:00+14:00\"", "\"2026-03-11T18:00:00-99:00\"", "\"NaN\"", "\"Infinity\"", "\"1e28\"", "\"-1\"",
        "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\ud800\"", "\"a\\udbff\"", "\"\\ud83d\\ude00\"", "\"💥\"", "\"\\u202e\"", "\"\\uFEFF\"",
        "\"\\\\\"", "\"\\\"\"", "\"\\/\"", "\"\\r\\n\"", "\"é\"", "\"好评返现\"", "\"XX\"", "\"EUR\"", "\"xxx\"", "\"UK\"", "\"EU\"",
    ];

    private static readonly string[] Escapes = ["\\u0000", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\uFFFF", "\\\\", "\\\"", "\\n", "\\r", "\\t", "\\u001f", "\\u007f", "\\u2028"];

    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x0D, 0x09, 0x20, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF];

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>One mutated line (UTF-8, no <c>\n</c>).</summary>
    public byte[] Mutate(string seed)
    {
        var text = seed;
        var textOps = random.Next(0, 4);
        for (var i = 0; i < textOps || (textOps == 0 && i == 0 && random.Next(2) == 0); i++)
        {
            text = MutateText(text);
        }

        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        if (textOps == 0 || random.Next(3) == 0)
        {
            var byteOps = random.Next(1, 4);
            for (var i = 0; i < byteOps; i++)
            {
                MutateBytes(bytes);
            }
        }

        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                bytes[i] = (byte)' ';
            }
        }

        return [.. bytes];
    }

    private string MutateText(string text)
    {
        var properties = FindProperties(text);
        if (properties.Count == 0)
        {
            return text + Values[random.Next(Values.Length)];
        }

        var (nameStart, colon) = properties[random.Next(properties.Count)];
        var valueStart = colon + 1;
        var valueEnd = ValueEnd(text, valueStart);
        switch (random.Next(12))
        {
            case 0: // drop the field
                var end = valueEnd < text.Length && text[valueEnd] == ',' ? valueEnd + 1 : valueEnd;
                var start = end == valueEnd && nameStart > 0 && text[nameStart - 1] == ',' ? nameStart - 1 : nameStart;
                return text[..start] + text[end..];
            case 1: // rename the field
                return text[..(nameStart + 1)] + RandomName() + text[(colon - 1)..];
            case 2: // duplicate the field with another value
                return text[..nameStart] + text[nameStart..(colon + 1)] + Values[random.Next(Values.Length)] + "," + text[nameStart..];
            case 3:
            case 4: // a value of another type or an edge value
                return text[..valueStart] + Values[random.Next(Values.Length)] + text[valueEnd..];
            case 5: // a huge or tiny number
                var digits = random.Next(1, 400);
                var number = (random.Next(2) == 0 ? "-" : string.Empty) + new string('9', digits) + (random.Next(2) == 0 ? "e" + random.Next(-400, 400).ToString(CultureInfo.InvariantCulture) : string.Empty);
                return text[..valueStart] + number + text[valueEnd..];
            case 6: // a long string
                return text[..valueStart] + "\"" + LongText() + "\"" + text[valueEnd..];
            case 7: // deep nesting
                var depth = random.Next(1, 200);
                var array = random.Next(2) == 0;
                var open = new StringBuilder();
                var close = new StringBuilder();
                for (var d = 0; d < depth; d++)
                {
                    open.Append(array ? "[" : "{\"a\":");
                    close.Append(array ? ']' : '}');
                }

                return text[..valueStart] + open + text[valueStart..valueEnd] + close + text[valueEnd..];
            case 8: // an escape inside a string value (lone surrogates, NUL, line separators…)
                if (valueStart < text.Length && text[valueStart] == '"')
                {
                    var at = random.Next(valueStart + 1, Math.Max(valueStart + 2, valueEnd));
                    at = Math.Min(at, valueEnd - 1);
                    return text[..at] + Escapes[random.Next(Escapes.Length)] + text[at..];
                }

                return text[..valueStart] + "\"" + Escapes[random.Next(Escapes.Length)] + "\"" + text[valueEnd..];
            case 9: // an escape inside the property name
                return text[..(nameStart + 1)] + Escapes[random.Next(Escapes.Length)] + text[(nameStart + 1)..];
            case 10: // truncate
                return text[..random.Next(text.Length)];
            default: // wrap the value in a string, or unwrap a string
                var value = text[valueStart..valueEnd];
                return value.StartsWith('"') && value.Length >= 2
                    ? text[..valueStart] + value[1..^1] + text[valueEnd..]
                    : text[..valueStart] + "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" + text[valueEnd..];
        }
    }

    private void MutateBytes(List<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            bytes.Add(InterestingBytes[random.Next(InterestingBytes.Length)]);
            return;
        }

        var at = random.Next(bytes.Count);
        switch (random.Next(7))
        {
            case 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes[at] = InterestingBytes[random.Next(InterestingBytes.Length)];
                break;
            case 2:
                bytes.Insert(at, InterestingBytes[random.Next(InterestingBytes.Length)]);
                break;
            case 3:
                bytes.InsertRange(random.Next(2) == 0 ? 0 : at, ByteOrderMark);
                break;
            case 4:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at));
                break;
            case 5:
                var length = Math.Min(random.Next(1, 64), bytes.Count - at);
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
            default:
                bytes.Insert(at, (byte)'\r');
                break;
        }
    }

    private string LongText()
    {
        // Mostly moderate; rarely beyond the default 1 MiB line limit.
        var length = random.Next(100) switch
        {
            0 => random.Next(1_048_577, 1_300_000),
            < 5 => random.Next(10_000, 200_000),
            _ => random.Next(100, 5_000),
        };
        var c = random.Next(4) switch
        {
            0 => '好',
            1 => 'é',
            _ => 'a',
        };
        return new string(c, length);
    }

    private string RandomName()
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$0 ";
        var length = random.Next(0, 12);
        var name = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            name.Append(letters[random.Next(letters.Length)]);
        }

        return name.ToString();
    }

    /// <summary>The positions of each property name's opening quote and of the colon after it.</summary>
    private static List<(int NameStart, int Colon)> FindProperties(string text)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '"')
            {
                i++;
                continue;
            }

            var start = i;
            i = StringEnd(text, i);
            var j = i;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j < text.Length && text[j] == ':')
            {
                found.Add((start, j));
            }
        }

        return found;
    }

    /// <summary>The index just after the string that starts at <paramref name="start"/> (a quote).</summary>
    private static int StringEnd(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && text[i] != '"')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, text.Length);
    }

    /// <summary>The index just after the JSON value that starts at or after <paramref name="start"/>.</summary>
    private static int ValueEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return text.Length;
        }

        if (text[i] == '"')
        {
            return StringEnd(text, i);
        }

        if (text[i] is '{' or '[')
        {
            var depth = 0;
            while (i < text.Length)
            {
                switch (text[i])
                {
                    case '"':
                        i = StringEnd(text, i);
                        continue;
                    case '{' or '[':
                        depth++;
                        break;
                    case '}' or ']':
                        depth--;
                        if (depth == 0)
                        {
                            return i + 1;
                        }

                        break;
                }

                i++;
            }

            return text.Length;
        }

        while (i < text.Length && text[i] is not (',' or '}' or ']'))
        {
            i++;
        }

        return i;
    }
}
