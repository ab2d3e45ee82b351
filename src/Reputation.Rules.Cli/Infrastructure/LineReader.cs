using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>
/// Reads JSON Lines with a bounded line length. A line ends at <c>\n</c> (a <c>\r</c> just before it is dropped); a
/// <c>\r</c> anywhere else stays part of the line, so one physical line is always one logical line. A line longer
/// than the maximum (counted in UTF-8 bytes, without its line break) is skipped as it is read: its text is never
/// held in memory, the caller only learns that it was too long. Reads only when no complete line is buffered, and
/// calls <c>beforeRead</c> first (the commands flush their output there), so output keeps pace with interactive
/// input while a file is still written in large blocks. Not thread-safe.
/// </summary>
internal sealed class LineReader : IDisposable
{
    /// <summary>The default maximum line length: 1 MiB.</summary>
    public const int DefaultMaxLineBytes = 1024 * 1024;

    /// <summary>The largest maximum line length that can be configured: 256 MiB.</summary>
    public const int LargestMaxLineBytes = 256 * 1024 * 1024;

    private const int ChunkSize = 16 * 1024;

    private readonly TextReader _reader;
    private readonly long _maxLineBytes;
    private readonly Action? _beforeRead;
    private char[] _chunk;
    private int _chunkStart;
    private int _chunkEnd;
    private char[] _line;
    private int _lineLength;
    private bool _endOfInput;

    public LineReader(TextReader reader, int maxLineBytes, Action? beforeRead = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _reader = reader;
        _maxLineBytes = maxLineBytes;
        _beforeRead = beforeRead;
        _chunk = ArrayPool<char>.Shared.Rent(ChunkSize);
        _line = ArrayPool<char>.Shared.Rent(1024);
    }

    /// <summary>
    /// Reads the next line. Returns false at the end of the input. When the line is longer than the maximum,
    /// <paramref name="tooLong"/> is true and <paramref name="line"/> is empty.
    /// </summary>
    public bool TryReadLine(out string line, out bool tooLong)
    {
        _lineLength = 0;
        tooLong = false;
        long bytes = 0;
        var any = false;
        var endsWithReturn = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                if (_endOfInput)
                {
                    break;
                }

                _beforeRead?.Invoke();
                var read = _reader.Read(_chunk, 0, _chunk.Length);
                if (read == 0)
                {
                    _endOfInput = true;
                    break;
                }

                _chunkStart = 0;
                _chunkEnd = read;
            }

            any = true;
            var available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            var newline = available.IndexOf('\n');
            var part = newline < 0 ? available : available[..newline];
            if (part.Length > 0)
            {
                endsWithReturn = part[^1] == '\r';
                if (!tooLong)
                {
                    bytes += Encoding.UTF8.GetByteCount(part);
                    if (bytes > _maxLineBytes + 1)
                    {
                        tooLong = true; // stop keeping the text; the rest of the line is only skipped
                        _lineLength = 0;
                    }
                    else
                    {
                        Append(part);
                    }
                }
            }

            _chunkStart += part.Length;
            if (newline >= 0)
            {
                _chunkStart++; // the '\n'
                break;
            }
        }

        if (!any)
        {
            line = string.Empty;
            return false;
        }

        if (endsWithReturn)
        {
            bytes--;
            if (!tooLong)
            {
                _lineLength--;
            }
        }

        if (tooLong || bytes > _maxLineBytes)
        {
            tooLong = true;
            line = string.Empty;
            return true;
        }

        line = new string(_line, 0, _lineLength);
        return true;
    }

    public void Dispose()
    {
        if (_chunk.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chunk);
            ArrayPool<char>.Shared.Return(_line);
            _chunk = [];
            _line = [];
        }
    }

    private void Append(ReadOnlySpan<char> part)
    {
        if (_lineLength + part.Length > _line.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_line.Length * 2, _lineLength + part.Length));
            _line.AsSpan(0, _lineLength).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_line);
            _line = bigger;
        }

        part.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += part.Length;
    }
}
