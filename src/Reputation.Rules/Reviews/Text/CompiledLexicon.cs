using System;
using System.Collections.Generic;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// The lexicon compiled once into an Aho–Corasick automaton over the normalised alphabet: every term is found in one
/// left-to-right pass over the normalised text, in time linear in the text plus the number of matches, with no
/// backtracking (no regular expressions touch untrusted text). Money amounts (<c>$5</c>, <c>5 USD</c>, <c>5元</c>,
/// <c>8折</c>) are recognised in the same pass. Immutable and thread-safe after construction.
/// </summary>
internal sealed class CompiledLexicon
{
    /// <summary>The term index recorded for a money amount found by the scanner.</summary>
    public const int MoneyTerm = -1;

    /// <summary>The term index recorded for a required review length ("20字", "50 words").</summary>
    public const int LengthTerm = -2;

    private static readonly string[] CurrencyWords =
    [
        "usd", "eur", "euro", "euros", "dollar", "dollars", "buck", "bucks", "gbp", "pound", "pounds", "rmb", "cny", "yuan", "cent", "cents",
        "aud", "cad", "jpy", "yen", "quid", "bucks", "dollers", "rm", "myr", "ringgit", "sgd", "php", "peso", "pesos", "baht", "thb",
        "idr", "rupiah", "ntd", "twd", "hkd", "krw", "won",
    ];

    private static readonly string[] Suffixes = ["s", "es", "ed", "d", "ing", "er", "ers"];

    private readonly ushort[] _classOf;
    private readonly int[] _rootNext;
    private readonly int[] _childStart;
    private readonly ushort[] _childClass;
    private readonly int[] _childNext;
    private readonly int[] _fail;
    private readonly int[] _outStart;
    private readonly int[] _outTerms;
    private readonly int[] _length;
    private readonly bool[] _inflect;
    private readonly bool[] _latinStart;
    private readonly bool[] _latinEnd;

    public CompiledLexicon(IEnumerable<ReviewTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);

        // 1. Normalise every term with the same pipeline as messages; merge duplicates.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var concepts = new List<ReviewConcepts>();
        var inflect = new List<bool>();
        var sources = new List<string>();
        var ws = new TextWorkspace();
        foreach (var term in terms)
        {
            var raw = term.Text.Trim();
            var inflects = raw.EndsWith('*');
            raw = raw.TrimEnd('*').Trim();
            Normalizer.Normalize(raw, ws);
            var normalised = new string(ws.Chars, 0, ws.Count);
            if (normalised.Length == 0 || normalised.Contains(Normalizer.ClauseBreak, StringComparison.Ordinal) || normalised.Contains(Normalizer.SentenceBreak, StringComparison.Ordinal))
            {
                continue;
            }

            var key = (inflects ? "*" : " ") + normalised;
            if (index.TryGetValue(key, out var existing))
            {
                concepts[existing] |= term.Concepts;
                continue;
            }

            index[key] = texts.Count;
            texts.Add(normalised);
            concepts.Add(term.Concepts);
            inflect.Add(inflects);
            sources.Add(term.Text);
        }

        // Homophone spellings of the lexicon's Chinese words (好平, 号评, 好评反现): each Chinese term also matches with one
        // character replaced by a common homophone, unless that spelling is a real word of its own (平价) or a term.
        var original = texts.Count;
        for (var t = 0; t < original; t++)
        {
            if (texts[t].Length > Homophones.MaxTermLength)
            {
                continue; // a long phrase is written out, not disguised: variants of short words cover it
            }

            foreach (var variant in Homophones.Variants(texts[t]))
            {
                var key = (inflect[t] ? "*" : " ") + variant;
                if (index.ContainsKey(key))
                {
                    continue;
                }

                index[key] = texts.Count;
                texts.Add(variant);
                concepts.Add(concepts[t]);
                inflect.Add(inflect[t]);
                sources.Add(sources[t]);
            }
        }

        Terms = [.. texts];
        Concepts = [.. concepts];
        SourceText = [.. sources];
        _inflect = [.. inflect];
        _length = new int[Terms.Length];
        _latinStart = new bool[Terms.Length];
        _latinEnd = new bool[Terms.Length];
        for (var t = 0; t < Terms.Length; t++)
        {
            _length[t] = Terms[t].Length;
            _latinStart[t] = IsWordChar(Terms[t][0]);
            _latinEnd[t] = IsWordChar(Terms[t][^1]);
        }

        // 2. Alphabet: every character used by a term gets a class; everything else is class 0 (resets the automaton).
        _classOf = new ushort[0x10000];
        ushort classes = 1;
        foreach (var text in Terms)
        {
            foreach (var c in text)
            {
                if (_classOf[c] == 0)
                {
                    _classOf[c] = classes++;
                }
            }
        }

        // 3. Trie.
        var children = new List<Dictionary<ushort, int>> { new() };
        var own = new List<List<int>> { new() };
        for (var t = 0; t < Terms.Length; t++)
        {
            var state = 0;
            foreach (var c in Terms[t])
            {
                var cls = _classOf[c];
                if (!children[state].TryGetValue(cls, out var next))
                {
                    next = children.Count;
                    children.Add(new Dictionary<ushort, int>());
                    own.Add(new List<int>());
                    children[state][cls] = next;
                }

                state = next;
            }

            own[state].Add(t);
        }

        // 4. Failure links and merged outputs, breadth first.
        var stateCount = children.Count;
        _fail = new int[stateCount];
        var outputs = new List<int>[stateCount];
        outputs[0] = own[0];
        var queue = new Queue<int>();
        foreach (var (_, next) in children[0])
        {
            _fail[next] = 0;
            queue.Enqueue(next);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var merged = new List<int>(own[state]);
            merged.AddRange(outputs[_fail[state]] ?? []);
            outputs[state] = merged;
            foreach (var (cls, next) in children[state])
            {
                var f = _fail[state];
                while (f != 0 && !children[f].ContainsKey(cls))
                {
                    f = _fail[f];
                }

                _fail[next] = children[f].TryGetValue(cls, out var target) && target != next ? target : 0;
                queue.Enqueue(next);
            }
        }

        // 5. Flatten: a dense root row, sorted child arrays for the other states, outputs in one array.
        _rootNext = new int[classes];
        Array.Fill(_rootNext, 0);
        foreach (var (cls, next) in children[0])
        {
            _rootNext[cls] = next;
        }

        _childStart = new int[stateCount + 1];
        var childClass = new List<ushort>();
        var childNext = new List<int>();
        _outStart = new int[stateCount + 1];
        var outTerms = new List<int>();
        for (var s = 0; s < stateCount; s++)
        {
            _childStart[s] = childClass.Count;
            var sorted = new List<KeyValuePair<ushort, int>>(children[s]);
            sorted.Sort((a, b) => a.Key.CompareTo(b.Key));
            foreach (var (cls, next) in sorted)
            {
                childClass.Add(cls);
                childNext.Add(next);
            }

            _outStart[s] = outTerms.Count;
            outTerms.AddRange(outputs[s] ?? []);
        }

        _childStart[stateCount] = childClass.Count;
        _outStart[stateCount] = outTerms.Count;
        _childClass = [.. childClass];
        _childNext = [.. childNext];
        _outTerms = [.. outTerms];
        StateCount = stateCount;
    }

    /// <summary>The normalised terms.</summary>
    public string[] Terms { get; }

    /// <summary>The concepts of each term.</summary>
    public ReviewConcepts[] Concepts { get; }

    /// <summary>The terms as written in the lexicon.</summary>
    public string[] SourceText { get; }

    /// <summary>The number of automaton states (for diagnostics).</summary>
    public int StateCount { get; }

    /// <summary>Whether <paramref name="text"/> is the beginning of some term (a path from the automaton's root).</summary>
    public bool IsTermPrefix(ReadOnlySpan<char> text)
    {
        var state = 0;
        foreach (var c in text)
        {
            var cls = _classOf[c];
            if (cls == 0)
            {
                return false;
            }

            state = state == 0 ? _rootNext[cls] : Child(state, cls);
            if (state <= 0)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsWordChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '\'' || (c > 0x7F && char.IsLetterOrDigit(c) && !TextFolding.IsCjk(c));

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '两' or '零' or '半';

    /// <summary>Finds every term and money amount in the workspace's normalised text, in one pass.</summary>
    public void Match(TextWorkspace ws)
    {
        var chars = ws.Chars;
        var n = ws.Count;
        var state = 0;
        for (var i = 0; i < n; i++)
        {
            var c = chars[i];
            var cls = _classOf[c];
            if (cls == 0)
            {
                state = 0;
            }
            else
            {
                while (true)
                {
                    if (state == 0)
                    {
                        state = _rootNext[cls];
                        break;
                    }

                    var next = Child(state, cls);
                    if (next >= 0)
                    {
                        state = next;
                        break;
                    }

                    state = _fail[state];
                }

                for (var o = _outStart[state]; o < _outStart[state + 1]; o++)
                {
                    var term = _outTerms[o];
                    var start = i - _length[term] + 1;
                    var end = AcceptEnd(chars, n, term, start, i + 1);
                    if (end >= 0)
                    {
                        Add(ws, term, Concepts[term], start, end);
                    }
                }
            }

            ScanMoney(ws, chars, n, i);
        }
    }

    private int Child(int state, ushort cls)
    {
        var lo = _childStart[state];
        var hi = _childStart[state + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var v = _childClass[mid];
            if (v == cls)
            {
                return _childNext[mid];
            }

            if (v < cls)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The end of the match including an allowed inflection, or -1 when word boundaries reject it.</summary>
    private int AcceptEnd(char[] chars, int n, int term, int start, int end)
    {
        if (_latinStart[term] && start > 0 && IsWordChar(chars[start - 1]))
        {
            return -1;
        }

        if (!_latinEnd[term] || end >= n || !IsWordChar(chars[end]))
        {
            return end;
        }

        if (!_inflect[term])
        {
            return -1;
        }

        var k = end;
        while (k < n && IsWordChar(chars[k]) && k - end < 4)
        {
            k++;
        }

        if (k < n && IsWordChar(chars[k]))
        {
            return -1;
        }

        var suffix = chars.AsSpan(end, k - end);
        foreach (var allowed in Suffixes)
        {
            if (suffix.SequenceEqual(allowed))
            {
                return k;
            }
        }

        return -1;
    }

    private static void Add(TextWorkspace ws, int term, ReviewConcepts concepts, int start, int end)
    {
        var clause = ws.ClauseAt[start];
        ws.AddMatch(new Match
        {
            Term = term,
            Start = start,
            End = end,
            Concepts = concepts,
            Clause = clause,
            Sentence = ws.ClauseSentence[clause],
        });
    }

    /// <summary>At the last digit of a number (or a 元/块/折 after Chinese numerals), records a money amount.</summary>
    private static void ScanMoney(TextWorkspace ws, char[] chars, int n, int i)
    {
        var c = chars[i];
        if (IsDigit(c))
        {
            var last = i + 1 >= n || (!IsDigit(chars[i + 1]) && !(chars[i + 1] is '.' or '/' && i + 2 < n && IsDigit(chars[i + 2])));
            if (!last)
            {
                return;
            }

            var start = i;
            while (start > 0 && (IsDigit(chars[start - 1]) || (chars[start - 1] is '.' && start > 1 && IsDigit(chars[start - 2]))))
            {
                start--;
            }

            if (start > 0 && CompiledLexicon.IsWordChar(chars[start - 1]) && !IsDigit(chars[start - 1]))
            {
                return; // part of a code such as lp0012345
            }

            var p = start - 1;
            if (p >= 0 && chars[p] == ' ')
            {
                p--;
            }

            if (p >= 0 && chars[p] is '$' or '€' or '£' or '¥')
            {
                Add(ws, MoneyTerm, ReviewConcepts.Benefit, p, i + 1);
                return;
            }

            var q = i + 1;
            if (q < n && chars[q] == ' ')
            {
                q++;
            }

            if (q < n && chars[q] is '元' or '块' or '折' or '刀' or '镑' or '$' or '€' or '£' or '¥')
            {
                Add(ws, MoneyTerm, ReviewConcepts.Benefit, start, q + 1);
                return;
            }

            if (q < n && chars[q] == '字')
            {
                Add(ws, LengthTerm, ReviewConcepts.ContentSteer, start, q + 1); // "20字", "80字以上": a required review length
                return;
            }

            var r = q;
            while (r < n && chars[r] is >= 'a' and <= 'z')
            {
                r++;
            }

            if (r > q && (r >= n || !IsWordChar(chars[r])))
            {
                var word = chars.AsSpan(q, r - q);
                if (word.SequenceEqual("words") || word.SequenceEqual("characters"))
                {
                    Add(ws, LengthTerm, ReviewConcepts.ContentSteer, start, r);
                    return;
                }

                foreach (var currency in CurrencyWords)
                {
                    if (word.SequenceEqual(currency))
                    {
                        Add(ws, MoneyTerm, ReviewConcepts.Benefit, start, r);
                        return;
                    }
                }
            }
        }
        else if (c is '元' or '块' or '折' or '毛' && i > 0 && IsChineseNumeral(chars[i - 1]))
        {
            var start = i - 1;
            while (start > 0 && IsChineseNumeral(chars[start - 1]))
            {
                start--;
            }

            Add(ws, MoneyTerm, ReviewConcepts.Benefit, start, i + 1);
        }
    }
}
