using System;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// The reusable buffers of one text check: units (pass 1), the normalised text with its map to the original, clause
/// and sentence bookkeeping, and the matches. A guard keeps a few of these and rents one per check, so a check of a
/// text no longer than the largest seen so far allocates nothing. Not thread-safe: one check at a time.
/// </summary>
internal sealed class TextWorkspace
{
    public const int SepSpace = 1;
    public const int SepClause = 2;
    public const int SepSentence = 3;

    /// <summary>Buffers grown beyond this many characters are not kept after a check.</summary>
    public const int RetainLimit = 64 * 1024;

    private int _pendingSep;
    private int _pendingStart;
    private int _pendingEnd;
    private bool _lastCjk;
    private bool _lastWord;
    private bool _lastDigit;
    private int _token;

    public char[] Units = new char[256];
    public int[] UnitStarts = new int[256];
    public int[] UnitEnds = new int[256];
    public int UnitCount;

    public char[] Chars = new char[256];
    public int[] Starts = new int[256];
    public int[] Ends = new int[256];
    public int[] ClauseAt = new int[256];
    public int[] TokenAt = new int[256];
    public int Count;

    public int[] ClauseSentence = new int[32];
    public int ClauseCount;
    public int[] SentenceFirstClause = new int[32];
    public int SentenceCount;

    public Match[] Matches = new Match[64];
    public int MatchCount;

    /// <summary>The lexicon that guides the splitting of spaced-out letters (null while the lexicon itself is compiled).</summary>
    public CompiledLexicon? Lexicon { get; set; }

    public IntList TokenUnits { get; } = new();

    public IntList TokenChars { get; } = new();

    private string _original = string.Empty;

    /// <summary>The length of the original text.</summary>
    public int OriginalLength => _original.Length;

    /// <summary>A character of the original text.</summary>
    public char OriginalChar(int index) => _original[index];

    public bool IsOversized => Chars.Length > RetainLimit || Units.Length > RetainLimit || Matches.Length > RetainLimit / 4;

    public void ResetText(string original)
    {
        _original = original;
        var capacity = original.Length + 32;
        if (Units.Length < capacity)
        {
            Units = new char[capacity];
            UnitStarts = new int[capacity];
            UnitEnds = new int[capacity];
        }

        if (Chars.Length < capacity)
        {
            Chars = new char[capacity];
            Starts = new int[capacity];
            Ends = new int[capacity];
            ClauseAt = new int[capacity];
            TokenAt = new int[capacity];
        }

        UnitCount = 0;
        Count = 0;
        MatchCount = 0;
        _pendingSep = 0;
        _lastCjk = false;
        _lastWord = false;
        _lastDigit = false;
        _token = 0;
        ClauseCount = 1;
        SentenceCount = 1;
        ClauseSentence[0] = 0;
        SentenceFirstClause[0] = 0;
    }

    public void AddUnit(char c, int start, int end)
    {
        if (UnitCount == Units.Length)
        {
            var size = Units.Length * 2;
            Array.Resize(ref Units, size);
            Array.Resize(ref UnitStarts, size);
            Array.Resize(ref UnitEnds, size);
        }

        Units[UnitCount] = c;
        UnitStarts[UnitCount] = start;
        UnitEnds[UnitCount] = end;
        UnitCount++;
    }

    public void EmitSeparator(int kind, int start, int end)
    {
        if (kind > _pendingSep)
        {
            _pendingSep = kind;
            _pendingStart = start;
            _pendingEnd = end;
        }
    }

    public void EmitChar(char c, int start, int end, bool isCjk, bool isWord)
    {
        if (_pendingSep != 0)
        {
            // A space between Chinese characters, or between a digit and a Chinese character, is an evasion or a
            // typing habit, not a word boundary: 好 评 → 好评, 5 分 → 5分, 返 5 元 → 返5元.
            var isDigit = c is >= '0' and <= '9';
            var drop = _pendingSep == SepSpace && ((isCjk && (_lastCjk || _lastDigit)) || (isDigit && _lastCjk));
            if (!drop && Count > 0)
            {
                AppendSeparator();
            }

            _pendingSep = 0;
        }

        if (isCjk || !isWord || !_lastWord)
        {
            _token++;
        }

        Append(c, start, end);
        _lastCjk = isCjk;
        _lastWord = isWord;
        _lastDigit = c is >= '0' and <= '9';
    }

    private void AppendSeparator()
    {
        var sep = _pendingSep switch
        {
            SepSentence => Normalizer.SentenceBreak,
            SepClause => Normalizer.ClauseBreak,
            _ => ' ',
        };
        Append(sep, _pendingStart, _pendingEnd);
        _lastCjk = false;
        _lastWord = false;
        _lastDigit = false;
        if (_pendingSep >= SepClause)
        {
            if (ClauseCount == ClauseSentence.Length)
            {
                Array.Resize(ref ClauseSentence, ClauseCount * 2);
            }

            if (_pendingSep == SepSentence)
            {
                if (SentenceCount == SentenceFirstClause.Length)
                {
                    Array.Resize(ref SentenceFirstClause, SentenceCount * 2);
                }

                SentenceFirstClause[SentenceCount] = ClauseCount;
                SentenceCount++;
            }

            ClauseSentence[ClauseCount] = SentenceCount - 1;
            ClauseCount++;
        }
    }

    private void Append(char c, int start, int end)
    {
        if (Count == Chars.Length)
        {
            var size = Chars.Length * 2;
            Array.Resize(ref Chars, size);
            Array.Resize(ref Starts, size);
            Array.Resize(ref Ends, size);
            Array.Resize(ref ClauseAt, size);
            Array.Resize(ref TokenAt, size);
        }

        Chars[Count] = c;
        Starts[Count] = start;
        Ends[Count] = end;
        ClauseAt[Count] = ClauseCount - 1;
        TokenAt[Count] = _token;
        Count++;
    }

    public void AddMatch(in Match match)
    {
        if (MatchCount == Matches.Length)
        {
            Array.Resize(ref Matches, Matches.Length * 2);
        }

        Matches[MatchCount++] = match;
    }

    /// <summary>The original range of normalised characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public (int Start, int End) Original(int start, int end)
    {
        if (Count == 0 || end <= start)
        {
            return (0, 0);
        }

        var s = Starts[start];
        var e = Ends[end - 1];
        for (var i = start; i < end; i++)
        {
            s = Math.Min(s, Starts[i]);
            e = Math.Max(e, Ends[i]);
        }

        return (s, Math.Max(s, e));
    }

    /// <summary>A growable list of ints (or chars, stored as ints; -1 marks a dropped character).</summary>
    internal sealed class IntList
    {
        private int[] _items = new int[64];

        public int Count { get; private set; }

        public int this[int index]
        {
            get => _items[index];
            set => _items[index] = value;
        }

        public void Clear() => Count = 0;

        public void Add(int value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = value;
        }
    }
}

/// <summary>One lexicon match in the normalised text.</summary>
internal struct Match
{
    public int Term;
    public int Start;
    public int End;
    public ReviewConcepts Concepts;
    public int Clause;
    public int Sentence;
    public bool Acknowledged;
    public bool Dropped;
}
