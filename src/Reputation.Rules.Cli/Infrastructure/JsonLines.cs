using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Serialization;

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

/// <summary>How one run of a JSON-Lines command reads and writes.</summary>
/// <param name="IdName">The id field echoed in error lines (<c>null</c> when it cannot be read); null: error lines carry no id.</param>
/// <param name="FailOnFlagged">Whether a flagged line makes the exit code 1.</param>
/// <param name="MaxLineBytes">The longest line read (UTF-8 bytes, without the line break); a longer one gets an error line.</param>
/// <param name="Table">Render each output line as a table row instead of JSON; null: JSON Lines.</param>
internal sealed record LineOptions(string? IdName, bool FailOnFlagged, int MaxLineBytes, TableFormat? Table = null)
{
    /// <summary>Whether a JSON number is echoed as the id too (reviews accept numeric ids).</summary>
    public bool IdMayBeNumber { get; init; }
}

/// <summary>
/// Streams JSON Lines: one output line per input line (trailing blank lines ignored), in order, in constant memory. The
/// library's wire format (<see cref="ReputationRulesJson"/>) reads and writes each line; this class splits lines, writes
/// error lines and sums up the exit code. No input line can stop the run: every failure becomes that line's error line.
/// </summary>
internal static class JsonLines
{
    /// <summary>The longest error message written; longer ones (which only an unexpected exception could produce) are cut.</summary>
    private const int MaxErrorLength = 600;

    /// <summary>The library's writer options: compact JSON with non-ASCII text (Chinese) left readable.</summary>
    public static JsonWriterOptions WriterOptions => ReputationRulesJson.WriterOptions;

    /// <summary>How an invalid line is parsed to echo its id in the error line (as strict as the library's reader).</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>
    /// Runs <paramref name="handler"/> on each line's text (the handler reads it with the library). A blank line followed by more input is
    /// invalid JSON and gets an error line (so every input line has exactly one output line); blank lines at the end of the
    /// input are ignored. The handler writes at most one JSON object (nothing, for commands that report at the end) and
    /// says what became of the line; a <see cref="JsonInputException"/> it throws becomes the line's error line, and so does
    /// any other exception (an internal error, named as such). Returns the exit code: 2 if any line was invalid, else 1 if
    /// any was flagged and <see cref="LineOptions.FailOnFlagged"/> is set, else 0.
    /// </summary>
    public static int Process(TextReader input, TextWriter output, LineOptions options, Func<int, string, Utf8JsonWriter, LineOutcome> handler)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        using var reader = new LineReader(input, options.MaxLineBytes, output.Flush);
        options.Table?.WriteHeader(output);
        var lineNumber = 0;
        var anyInvalid = false;
        var anyFlagged = false;
        var pendingBlank = 0; // blank lines are reported only when a later line follows (trailing ones are end-of-file padding)
        while (reader.TryReadLine(out var line, out var tooLong))
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..]; // a UTF-8 byte-order mark read as text
            }

            if (!tooLong && string.IsNullOrWhiteSpace(line))
            {
                pendingBlank++;
                continue;
            }

            for (var blank = lineNumber - pendingBlank; blank < lineNumber; blank++)
            {
                Begin();
                WriteError(writer, blank, options.IdName, null, "$: not valid JSON (the line is blank).");
                End(blank);
                anyInvalid = true;
            }

            pendingBlank = 0;
            Begin();
            var outcome = tooLong
                ? WriteError(writer, lineNumber, options.IdName, null, $"$: the line is longer than the maximum of {options.MaxLineBytes} bytes (--max-line-bytes); it was skipped unread.")
                : HandleLine(lineNumber, line);
            End(lineNumber);
            anyInvalid |= outcome == LineOutcome.Invalid;
            anyFlagged |= outcome == LineOutcome.Flagged;
        }

        output.Flush();
        return anyInvalid ? ExitCodes.InvalidInput : anyFlagged && options.FailOnFlagged ? ExitCodes.FailOnTriggered : ExitCodes.Success;

        void Begin()
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
        }

        // Prints the object written for one input line (if any) as one output line or table row.
        void End(int number)
        {
            writer.Flush();
            if (buffer.WrittenCount == 0)
            {
                return;
            }

            if (options.Table is { } table)
            {
                using var written = JsonDocument.Parse(buffer.WrittenMemory);
                table.WriteRow(output, written.RootElement, number);
            }
            else
            {
                output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
            }
        }

        LineOutcome HandleLine(int number, string text)
        {
            try
            {
                return handler(number, text, writer);
            }
            catch (JsonInputException ex)
            {
                Begin();
                return WriteError(writer, number, options.IdName, text, options, ex.Message);
            }
#pragma warning disable CA1031 // An unattended batch must not stop on one line: any other failure is that line's error line.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                Begin();
                var problem = $"$: internal error while processing the line ({ex.GetType().Name}: {JsonRead.Shorten(JsonRead.OneLine(ex.Message))}); please report it.";
                return WriteError(writer, number, options.IdName, text, options, problem);
            }
        }
    }

    /// <summary>Writes an error line for an input line, echoing the line's id when it can be read.</summary>
    private static LineOutcome WriteError(Utf8JsonWriter writer, int lineNumber, string? idName, string line, LineOptions options, string error)
    {
        if (idName is null)
        {
            return WriteError(writer, lineNumber, null, null, error);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, DocumentOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return WriteError(writer, lineNumber, idName, null, error);
        }

        using (document)
        {
            return WriteError(writer, lineNumber, idName, ReadId(document, options), error);
        }
    }

    /// <summary>Writes <c>{"line":N,"&lt;idName&gt;":id,"error":"…"}</c>; <paramref name="idName"/> null omits the id.</summary>
    public static LineOutcome WriteError(Utf8JsonWriter writer, int lineNumber, string? idName, JsonElement? id, string error)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", lineNumber);
        if (idName is not null)
        {
            if (id is { } value)
            {
                writer.WritePropertyName(idName);
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNull(idName);
            }
        }

        writer.WriteString("error", error.Length <= MaxErrorLength ? error : error[..(MaxErrorLength - 1)] + "…");
        writer.WriteEndObject();
        return LineOutcome.Invalid;
    }

    /// <summary>The id field of an object line as written in error lines: a string that is text (or a number when allowed), else null.</summary>
    private static JsonElement? ReadId(JsonDocument document, LineOptions options)
    {
        if (options.IdName is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            if (!document.RootElement.TryGetProperty(options.IdName, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                _ = value.GetString(); // throws when an escape is not text
                return value;
            }

            return options.IdMayBeNumber && value.ValueKind == JsonValueKind.Number ? value : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

}
