using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>What became of one input line.</summary>
internal enum LineOutcome
{
    /// <summary>Processed; nothing met the fail-on condition.</summary>
    Ok,

    /// <summary>Processed; the result met the fail-on condition (e.g. a violation).</summary>
    Flagged,

    /// <summary>Invalid; an error line was written.</summary>
    Invalid,
}

/// <summary>
/// Streams JSON Lines: one output line per input line (trailing blank lines ignored), in order, in constant memory. Writes compact JSON
/// with non-ASCII text (Chinese) left readable.
/// </summary>
internal static class JsonLines
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>
    /// Runs <paramref name="handler"/> on each line. A blank line followed by more input is invalid JSON and gets an
    /// error line (so every input line has exactly one output line); blank lines at the end of the input are ignored. The handler writes exactly one JSON object (a result
    /// or an error) and says what became of the line. Returns the exit code: 2 if any line was invalid, else 1 if
    /// any was flagged and <paramref name="failOnFlagged"/> is set, else 0.
    /// </summary>
    public static int Process(TextReader input, TextWriter output, bool failOnFlagged, Func<int, string, Utf8JsonWriter, LineOutcome> handler)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var lineNumber = 0;
        var anyInvalid = false;
        var anyFlagged = false;
        var pendingBlank = 0; // blank lines are reported only when a later line follows (trailing ones are end-of-file padding)
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..]; // a UTF-8 byte-order mark read as text
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                pendingBlank++;
                continue;
            }

            for (var blank = lineNumber - pendingBlank; blank < lineNumber; blank++)
            {
                Emit(blank, string.Empty, static (n, _, w) => WriteError(w, n, null, null, "$: not valid JSON (the line is blank)."));
                anyInvalid = true;
            }

            pendingBlank = 0;
            var outcome = Emit(lineNumber, line, handler);
            anyInvalid |= outcome == LineOutcome.Invalid;
            anyFlagged |= outcome == LineOutcome.Flagged;
        }

        output.Flush();
        return anyInvalid ? ExitCodes.InvalidInput : anyFlagged && failOnFlagged ? ExitCodes.FailOnTriggered : ExitCodes.Success;

        // Writes one JSON object for one input line and prints it as one output line.
        LineOutcome Emit(int number, string text, Func<int, string, Utf8JsonWriter, LineOutcome> write)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            var result = write(number, text, writer);
            writer.Flush();
            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
            return result;
        }
    }

    /// <summary>Writes <c>{"line":N,"&lt;idName&gt;":id,"error":"…"}</c>; <paramref name="idName"/> null omits the id.</summary>
    public static LineOutcome WriteError(Utf8JsonWriter writer, int lineNumber, string? idName, string? id, string error)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", lineNumber);
        if (idName is not null)
        {
            if (id is null)
            {
                writer.WriteNull(idName);
            }
            else
            {
                writer.WriteString(idName, id);
            }
        }

        writer.WriteString("error", error);
        writer.WriteEndObject();
        return LineOutcome.Invalid;
    }

    /// <summary>Parses a line; a syntax error becomes an <see cref="InputException"/> with the path <c>$</c>.</summary>
    public static JsonDocument Parse(string line)
    {
        try
        {
            return JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new InputException("$", "not valid JSON (" + FirstSentence(ex.Message) + ").");
        }
    }

    /// <summary>Reads a string id field for error lines without failing (null when absent or not a string).</summary>
    public static string? TryReadId(JsonDocument? document, string name)
    {
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
