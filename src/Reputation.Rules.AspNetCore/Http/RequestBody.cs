using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Reputation.Rules.AspNetCore.Http;

/// <summary>How a request body holds its objects, and so how the response is written.</summary>
internal enum BodyShape
{
    /// <summary>One JSON object: one object answers (scores: an array).</summary>
    Object,

    /// <summary>A JSON array of objects: a JSON array answers.</summary>
    Array,

    /// <summary>NDJSON, one object per line: NDJSON answers.</summary>
    Lines,
}

/// <summary>One object of the body: its bytes, or the problem that stopped it from being read.</summary>
internal readonly record struct BodyItem(ReadOnlyMemory<byte> Json, string? Problem);

/// <summary>The outcome of reading a request body.</summary>
internal sealed class RequestBody
{
    public required BodyShape Shape { get; init; }

    public List<BodyItem> Items { get; } = [];

    /// <summary>A problem with the body as a whole (the array itself is not valid JSON), keyed by its path.</summary>
    public (string Path, string Message)? BodyProblem { get; set; }
}

/// <summary>
/// Reads a request body for the Reputation.Rules endpoints: checks the content type, enforces the size limits and
/// splits the body into its objects (each read later by the library's wire format, exactly as one CLI input line).
/// </summary>
internal static class RequestBodyReader
{
    public const string NdjsonContentType = "application/x-ndjson";

    private static readonly string[] LineTypes = [NdjsonContentType, "application/jsonl", "application/x-jsonlines", "application/jsonlines"];

    /// <summary>The body's shape by content type: JSON (including <c>+json</c>) or NDJSON; null when neither (415).</summary>
    public static BodyShape? ShapeOf(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media) || media.MediaType.Value is not { } type)
        {
            return null;
        }

        foreach (var lineType in LineTypes)
        {
            if (type.Equals(lineType, StringComparison.OrdinalIgnoreCase))
            {
                return BodyShape.Lines;
            }
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            ? BodyShape.Object
            : null;
    }

    /// <summary>Reads the whole body, at most <paramref name="maxBytes"/>; null when it is larger (413).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > maxBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Splits a body into its objects (JSON: one object or an array; NDJSON: one per line).</summary>
    public static RequestBody Split(ReadOnlyMemory<byte> body, BodyShape declared, int maxItemBytes)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..]; // a UTF-8 byte-order mark, as the CLI drops it
        }

        if (declared == BodyShape.Lines)
        {
            return SplitLines(body, maxItemBytes);
        }

        var span = body.Span;
        var first = 0;
        while (first < span.Length && span[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            first++;
        }

        if (first < span.Length && span[first] == (byte)'[')
        {
            return SplitArray(body, maxItemBytes);
        }

        var single = new RequestBody { Shape = BodyShape.Object };
        single.Items.Add(Item(body, maxItemBytes));
        return single;
    }

    private static BodyItem Item(ReadOnlyMemory<byte> json, int maxItemBytes) =>
        json.Length > maxItemBytes
            ? new BodyItem(default, $"the object is longer than the maximum of {maxItemBytes} bytes (MaxItemBytes); it was not read.")
            : new BodyItem(json, null);

    private static RequestBody SplitLines(ReadOnlyMemory<byte> body, int maxItemBytes)
    {
        var result = new RequestBody { Shape = BodyShape.Lines };
        var lines = new List<ReadOnlyMemory<byte>>();
        var rest = body;
        while (rest.Length > 0)
        {
            var newline = rest.Span.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            if (line.Length > 0 && line.Span[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            lines.Add(line);
            rest = newline < 0 ? ReadOnlyMemory<byte>.Empty : rest[(newline + 1)..];
        }

        // Blank lines at the end are padding; a blank line followed by more input is an invalid line (as in the CLI).
        var count = lines.Count;
        while (count > 0 && IsBlank(lines[count - 1].Span))
        {
            count--;
        }

        for (var i = 0; i < count; i++)
        {
            result.Items.Add(IsBlank(lines[i].Span) && lines[i].Length <= maxItemBytes
                ? new BodyItem(default, "not valid JSON (the line is blank).")
                : Item(lines[i], maxItemBytes));
        }

        return result;
    }

    private static RequestBody SplitArray(ReadOnlyMemory<byte> body, int maxItemBytes)
    {
        var result = new RequestBody { Shape = BodyShape.Array };
        // Deep enough for the library's reader to report an item deeper than its own limit of 64 with that item's path.
        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            reader.Read(); // the '['
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                result.Items.Add(Item(body[start..(int)reader.BytesConsumed], maxItemBytes));
            }

            if (reader.TokenType != JsonTokenType.EndArray || reader.Read())
            {
                result.BodyProblem = ("$", "not valid JSON (the array is not closed, or text follows it).");
            }
        }
        catch (JsonException ex)
        {
            var path = result.Items.Count == 0 && reader.CurrentDepth == 0 ? "$" : $"[{result.Items.Count}].$";
            result.BodyProblem = (path, "not valid JSON (" + FirstSentence(ex.Message) + ").");
        }

        return result;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    /// <summary>Discards what is left of the body (bounded), so that an early answer reaches a client still sending.</summary>
    public static async Task DrainAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while (total < maxBytes && (read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException or OperationCanceledException)
        {
            // The client went away or the server's limit stopped the read: nothing left to drain.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
