using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Turns an original text into the normalised text the lexicon is matched against, keeping for every normalised
/// character the original range it came from. Two linear passes over pooled buffers; no allocation once the buffers
/// have grown to the input's size.
/// </summary>
/// <remarks>
/// Pass 1 (code points → units): NFKC-style folding, case folding, look-alikes, Traditional→Simplified, zero-width and
/// format characters dropped, whitespace collapsed (a run of two or more is a "wide" gap), runs of ★/⭐ read as
/// "N star". Pass 2 (units → normalised text): words are re-assembled — spaced-out letters joined (<c>F I V E</c> →
/// <c>five</c>), leetspeak read (<c>r3view</c> → <c>review</c>, <c>st@r</c> → <c>star</c>), digits split from letters
/// (<c>5star</c> → <c>5 star</c>), separators between Chinese characters dropped (<c>好 评</c> → <c>好评</c>) — and
/// punctuation becomes sentence (<c>\n</c>) and clause (<c>,</c>) boundaries.
/// </remarks>
internal static class Normalizer
{
    public const char SentenceBreak = '\n';
    public const char ClauseBreak = ',';
    private const char WideGap = '\t';

    public static void Normalize(string text, TextWorkspace ws)
    {
        ws.ResetText(text);
        Pass1(text, ws);
        Pass2(ws);
    }

    private static void Pass1(string text, TextWorkspace ws)
    {
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            if (status != System.Buffers.OperationStatus.Done)
            {
                length = Math.Max(1, length);
                AddSpace(ws, i, i + length, wide: false);
                i += length;
                continue;
            }

            var code = rune.Value;
            if (TextFolding.IsStar(code, out _) || (IsAsterisk(code) && (CountAsterisks(text, i) >= 3 || IsRatingAsterisk(text, i))))
            {
                i = StarRun(text, i, ws);
                continue;
            }

            if (code < 0x10000)
            {
                var c = (char)code;
                var folded = TextFolding.Single(c);
                if (folded == TextFolding.Drop)
                {
                    // dropped: zero-width, format, control, combining
                }
                else if (folded == TextFolding.Multi)
                {
                    foreach (var m in TextFolding.MultiOf(c))
                    {
                        AddUnit(ws, m, i, i + length);
                    }
                }
                else
                {
                    AddUnit(ws, folded, i, i + length);
                }
            }
            else
            {
                // 🧧 reads as 红包 only where it is used as a word ("好评送🧧", "🧧5元"); one standing on its own after a
                // greeting or a sentence ("新春快乐！🧧 感谢您…", "Happy Chinese New Year! 🧧") is festive decoration.
                var astral = code == RedEnvelope && IsDecorative(text, i, length) ? null : TextFolding.Astral(code);
                if (astral is not null)
                {
                    foreach (var m in astral)
                    {
                        AddUnit(ws, m, i, i + length);
                    }

                    // A pictograph that reads as a word (🧧 红包, 🎁 gift) and closes a phrase — attached to the text
                    // before it, a space after — still ends the clause like other pictographs ("…领取5元现金红包哦🧧 有任何问题…").
                    if (code is >= 0x1F300 and <= 0x1FAFF && i > 0 && !char.IsWhiteSpace(text[i - 1])
                        && i + length < text.Length && char.IsWhiteSpace(text[i + length]))
                    {
                        AddUnit(ws, ',', i, i + length);
                    }
                }
                else if (code is >= 0x20000 and <= 0x3FFFF)
                {
                    // rare CJK ideographs: keep as a pair so Chinese text stays contiguous
                    ws.AddUnit(text[i], i, i + length);
                    ws.AddUnit(text[i + 1], i, i + length);
                }
                else if (!(code is >= 0xE0000 and <= 0xE0FFF))
                {
                    if (code is >= 0x1F300 and <= 0x1FAFF)
                    {
                        // A pictograph in chat works like punctuation ("Sorry about the size 🙏 Here's a voucher"): it
                        // ends a clause (never a sentence, so an offer and its condition stay in one window).
                        AddUnit(ws, ',', i, i + length);
                    }
                    else
                    {
                        AddSpace(ws, i, i + length, wide: false); // other symbols separate words
                    }
                }
            }

            i += length;
        }
    }

    private static void AddUnit(TextWorkspace ws, char c, int start, int end)
    {
        if (c == ' ')
        {
            AddSpace(ws, start, end, wide: false);
        }
        else if (c == '\n')
        {
            var n = ws.UnitCount;
            if (n > 0 && ws.Units[n - 1] is ' ' or WideGap)
            {
                ws.Units[n - 1] = '\n';
                ws.UnitEnds[n - 1] = end;
                return;
            }

            ws.AddUnit('\n', start, end);
        }
        else
        {
            ws.AddUnit(c, start, end);
        }
    }

    private static void AddSpace(TextWorkspace ws, int start, int end, bool wide)
    {
        var n = ws.UnitCount;
        if (n > 0)
        {
            var last = ws.Units[n - 1];
            if (last is ' ' or WideGap)
            {
                ws.Units[n - 1] = WideGap;
                ws.UnitEnds[n - 1] = end;
                return;
            }

            if (last == '\n')
            {
                return;
            }
        }

        ws.AddUnit(wide ? WideGap : ' ', start, end);
    }

    private static bool IsAsterisk(int code) => code is '*' or '\uFF0A' or '\uFE61' or '\u2217';

    /// <summary>
    /// A single asterisk right after a lone rating digit 1–5 ("5* review", "give us 5*"), read as "5 star"; a footnote
    /// after a price ("$5*") or a longer number ("2026*") is not a rating.
    /// </summary>
    private static bool IsRatingAsterisk(string text, int i)
    {
        if (CountAsterisks(text, i) != 1 || i == 0 || text[i - 1] is < '1' or > '5')
        {
            return false;
        }

        if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            return false;
        }

        // (A Chinese character before the digit is a word boundary: 给个5*呀.)
        return i == 1 || TextFolding.IsCjk(text[i - 2]) || !(char.IsLetterOrDigit(text[i - 2]) || text[i - 2] is '$' or '€' or '£' or '¥' or '￥' or '.' or ',' or '+' or '-' or '*' or '/' or '=');
    }

    private static int CountAsterisks(string text, int i)
    {
        var count = 0;
        while (i + count < text.Length && IsAsterisk(text[i + count]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Reads a run of rating stars (spaces and variation selectors allowed between them) as " N star ".</summary>
    private static int StarRun(string text, int start, TextWorkspace ws)
    {
        var filled = 0;
        var hollow = 0;
        var asterisks = 0;
        var j = start;
        var end = start;
        while (j < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(j), out var rune, out var length);
            length = Math.Max(1, length);
            var code = rune.Value;
            if (TextFolding.IsStar(code, out var isFilled))
            {
                if (isFilled)
                {
                    filled++;
                }
                else
                {
                    hollow++;
                }

                j += length;
                end = j;
            }
            else if (IsAsterisk(code) && (asterisks > 0 || CountAsterisks(text, j) >= 3 || (j == start && IsRatingAsterisk(text, j))))
            {
                asterisks++;
                j += length;
                end = j;
            }
            else if (code is ' ' or '\u00A0' or '\u3000' or 0xFE0F or 0xFE0E or 0x200D or 0x200B)
            {
                j += length;
            }
            else
            {
                break;
            }
        }

        // Only hollow stars (☆☆☆☆☆) is an empty rating widget ("tap a star to rate"): a star rating with no value.
        var count = filled + asterisks;

        // "★5" (one star, then the number): the Japanese and Chinese way of writing "5 stars".
        if (count == 1 && end < text.Length && text[end] is >= '1' and <= '5' && (end + 1 >= text.Length || !char.IsAsciiDigit(text[end + 1])))
        {
            count = text[end] - '0';
            end++;
        }

        count = Math.Min(count, 99);
        var precededByDigit = false;
        for (var k = ws.UnitCount - 1; k >= 0; k--)
        {
            var u = ws.Units[k];
            if (u is ' ' or WideGap or '-')
            {
                continue;
            }

            precededByDigit = u is >= '0' and <= '9';
            break;
        }

        // A lone ⭐ is decoration or "a star", not a one-star rating ("Love it? Review it! ⭐"); a number needs a run.
        AddSpace(ws, start, end, wide: true);
        if (!precededByDigit && count > 1)
        {
            if (count >= 10)
            {
                ws.AddUnit((char)('0' + (count / 10)), start, end);
            }

            ws.AddUnit((char)('0' + (count % 10)), start, end);
            AddSpace(ws, start, end, wide: false);
        }

        foreach (var c in "star")
        {
            ws.AddUnit(c, start, end);
        }

        AddSpace(ws, start, end, wide: true);
        return end;
    }

    private enum Kind
    {
        Word,
        Cjk,
        Symbol,
        Sentence,
        Clause,
        Soft,
    }

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' || (c > 0x7F && char.IsLetter(c) && !TextFolding.IsCjk(c));

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAlnum(char c) => IsDigit(c) || IsLetter(c);

    private static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$' or '!' or '|';

    private static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => 'l',
        _ => c,
    };

    private static bool IsSymbol(char c) => c is '$' or '€' or '£' or '¥' or '%' or '=' or '+' or '>' or '&' or '#';

    private static char UnitAt(TextWorkspace ws, int i) => i >= 0 && i < ws.UnitCount ? ws.Units[i] : ' ';

    /// <summary>Whether unit <paramref name="i"/> continues a word token that contains unit <paramref name="i"/>-1.</summary>
    private static bool ContinuesToken(TextWorkspace ws, int i)
    {
        var c = UnitAt(ws, i);
        if (IsAlnum(c))
        {
            return true;
        }

        var prev = UnitAt(ws, i - 1);
        var next = UnitAt(ws, i + 1);
        if (c == '\'')
        {
            return IsLetter(prev) && IsLetter(next);
        }

        if (c is '@' or '$' or '!' or '|')
        {
            // A full-width ！ is Chinese punctuation ("多谢你留低 review！As a thank-you"), never leetspeak; nor is an
            // ASCII "!" before a capital letter ("review!As").
            if (c == '!' && (ws.OriginalChar(ws.UnitStarts[i]) != '!' || (ws.UnitStarts[i] + 1 < ws.OriginalLength && char.IsUpper(ws.OriginalChar(ws.UnitStarts[i] + 1)))))
            {
                return false;
            }

            return IsAlnum(prev) && IsAlnum(next) && (IsLetter(prev) || IsLetter(next));
        }

        if (c is '.' or '/' or ',')
        {
            return IsDigit(prev) && IsDigit(next);
        }

        return false;
    }

    private static Kind Classify(TextWorkspace ws, int i)
    {
        var c = ws.Units[i];
        if (IsAlnum(c))
        {
            return Kind.Word;
        }

        if (TextFolding.IsCjk(c))
        {
            return Kind.Cjk;
        }

        switch (c)
        {
            case '\n':
                return LineBreakEndsSentence(ws, i) ? Kind.Sentence : Kind.Clause;
            case '!':
            case '?':
            case '‼':
            case '⁇':
                return Kind.Sentence;
            case '.' when IsListNumber(ws, i):
                return Kind.Soft; // "1. Leave us a review" in a numbered list
            case '.':
                var next = UnitAt(ws, i + 1);
                return next is ' ' or WideGap or '\n' or '"' or '\'' or ')' or ']' || i + 1 >= ws.UnitCount || TextFolding.IsCjk(next) || next == '.'
                    ? Kind.Sentence
                    : Kind.Soft;
            case '~' when UnitAt(ws, i + 1) is ' ' or WideGap or '\n' || i + 1 >= ws.UnitCount:
                return Kind.Clause; // "返现5元～ 有问题随时找我们": a chat tilde before a gap ends a clause (好~评 stays one word)
            case ',':
            case ';':
            case ':':
            case '—': // an em dash between clauses ("points come from orders only — reviews earn nothing")
            case '―':
                return Kind.Clause;
        }

        return IsSymbol(c) ? Kind.Symbol : Kind.Soft;
    }

    /// <summary>
    /// A line break ends a sentence when the line ended one (. ! ? 。 … or an empty line before or after); otherwise the
    /// lines of a card, a list or a chat burst ("Leave us 5 stars,⏎then message us THANKS10⏎and we'll send a code",
    /// 好评卡⏎带图好评⏎返现8元) are clauses of one sentence, so an offer spread over lines stays linked.
    /// </summary>
    private static bool LineBreakEndsSentence(TextWorkspace ws, int i)
    {
        var before = i - 1;
        while (before >= 0 && ws.Units[before] is ' ' or WideGap)
        {
            before--;
        }

        var after = i + 1;
        while (after < ws.UnitCount && ws.Units[after] is ' ' or WideGap)
        {
            after++;
        }

        if (before < 0 || after >= ws.UnitCount)
        {
            return true;
        }

        if (ws.Units[before] is '.' or '!' or '?' or '\n' or '…' or '‼' or '⁇' || ws.Units[after] == '\n')
        {
            return true;
        }

        // Long lines are paragraphs: a line break next to a line of more than 60 characters ends the sentence (unless the
        // line ended with a comma or connector), so a newsletter's sections do not run together. Otherwise the next line
        // continues the sentence when this one ended with a comma or connector, or when it starts with a numbered step,
        // a connector word or Chinese text (cards and lists: 好评卡⏎带图好评⏎返现8元); otherwise a new line starts a new
        // sentence ("Leave us a review here ➡️ example.com⏎Not happy? Email us"). Case plays no part.
        var last = ws.Units[before];
        var first = ws.Units[after];
        var endsWithConnector = last is ',' or '+' or '&' or '-' or ':' or '=' or '>' or '~';
        if (!endsWithConnector && (LineLength(ws, before, -1) > 60 || LineLength(ws, after, +1) > 60))
        {
            return true;
        }

        if (endsWithConnector || TextFolding.IsCjk(last) || TextFolding.IsCjk(first))
        {
            return false;
        }

        return !(IsDigit(first) || StartsWithWord(ws, after, "then") || StartsWithWord(ws, after, "and") || StartsWithWord(ws, after, "or")
            || StartsWithWord(ws, after, "plus") || first is '&' or '+');
    }

    /// <summary>The length in units of the line containing <paramref name="i"/>, measured from it in <paramref name="direction"/> (capped at 61).</summary>
    private static int LineLength(TextWorkspace ws, int i, int direction)
    {
        var length = 0;
        for (var k = i; k >= 0 && k < ws.UnitCount && ws.Units[k] != '\n' && length <= 60; k += direction)
        {
            length++;
        }

        return length;
    }

    private static bool StartsWithWord(TextWorkspace ws, int i, string word)
    {
        if (i + word.Length > ws.UnitCount)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (ws.Units[i + k] != word[k])
            {
                return false;
            }
        }

        return i + word.Length == ws.UnitCount || !IsAlnum(ws.Units[i + word.Length]);
    }

    /// <summary>Whether the '.' at <paramref name="i"/> follows a one- or two-digit number that starts a line.</summary>
    private static bool IsListNumber(TextWorkspace ws, int i)
    {
        var k = i - 1;
        var digits = 0;
        while (k >= 0 && IsDigit(ws.Units[k]))
        {
            digits++;
            k--;
        }

        while (k >= 0 && ws.Units[k] is ' ' or WideGap)
        {
            k--;
        }

        return digits is 1 or 2 && (k < 0 || ws.Units[k] == '\n') && UnitAt(ws, i + 1) is ' ' or WideGap;
    }

    private static void Pass2(TextWorkspace ws)
    {
        var i = 0;
        var n = ws.UnitCount;
        while (i < n)
        {
            switch (Classify(ws, i))
            {
                case Kind.Word:
                    i = Word(ws, i);
                    break;
                case Kind.Cjk:
                    ws.EmitChar(ws.Units[i], ws.UnitStarts[i], ws.UnitEnds[i], isCjk: true, isWord: false);
                    i++;
                    break;
                case Kind.Symbol:
                    ws.EmitChar(ws.Units[i], ws.UnitStarts[i], ws.UnitEnds[i], isCjk: false, isWord: false);
                    i++;
                    break;
                case Kind.Sentence:
                    ws.EmitSeparator(TextWorkspace.SepSentence, ws.UnitStarts[i], ws.UnitEnds[i]);
                    i++;
                    break;
                case Kind.Clause:
                    ws.EmitSeparator(TextWorkspace.SepClause, ws.UnitStarts[i], ws.UnitEnds[i]);
                    i++;
                    break;
                default:
                    ws.EmitSeparator(TextWorkspace.SepSpace, ws.UnitStarts[i], ws.UnitEnds[i]);
                    i++;
                    break;
            }
        }
    }

    private static bool IsSoftSingleSeparator(char c) => c is ' ' or '.' or '-' or '_' or '*' or '·' or '•' or '/' or '|' or '~';

    /// <summary>Gathers a word token starting at unit <paramref name="start"/> (joining spaced-out letters), reads it and emits it.</summary>
    private static int Word(TextWorkspace ws, int start)
    {
        var token = ws.TokenUnits;
        token.Clear();
        var j = start;
        token.Add(j);
        j++;
        while (j < ws.UnitCount && ContinuesToken(ws, j))
        {
            token.Add(j);
            j++;
        }

        if (token.Count == 1)
        {
            // Spaced-out letters: single characters separated by single soft separators, three or more in a row.
            var k = j;
            var run = 1;
            while (k + 1 < ws.UnitCount && IsSoftSingleSeparator(ws.Units[k]) && IsAlnum(ws.Units[k + 1]) && !ContinuesToken(ws, k + 2))
            {
                run++;
                k += 2;
            }

            if (run >= 3)
            {
                if (run >= 4 && ws.Units[start] is 'a' or 'i' && ws.Lexicon is { } lexicon && SplitsOffArticle(ws, lexicon, start, k))
                {
                    // "Leave a F I V E  S T A R": the one-letter word before the spaced-out letters stays a word.
                    EmitToken(ws, token);
                    ws.EmitSeparator(TextWorkspace.SepSpace, ws.UnitStarts[j], ws.UnitEnds[j]);
                    token.Clear();
                    token.Add(j + 1);
                }

                for (var m = token[0] == start ? j + 1 : j + 3; m < k; m += 2)
                {
                    token.Add(m);
                }

                j = k;
            }
        }

        EmitToken(ws, token);
        return j;
    }

    /// <summary>
    /// Whether the run of spaced-out single letters from <paramref name="start"/> (letters at every other unit up to
    /// <paramref name="end"/>) reads as a term only without its first letter ("a f i v e" → "a" + "five").
    /// </summary>
    private static bool SplitsOffArticle(TextWorkspace ws, CompiledLexicon lexicon, int start, int end)
    {
        Span<char> joined = stackalloc char[64];
        var length = 0;
        for (var m = start; m < end && length < joined.Length; m += 2)
        {
            joined[length++] = ws.Units[m];
        }

        return !lexicon.IsTermPrefix(joined[..length]) && lexicon.IsTermPrefix(joined[1..length]);
    }

    /// <summary>
    /// Chat shorthand read as the words it stands for ("pls leave u a review", "msg me b4 leaving feedback", "neg fb"),
    /// whole words only; the expansion's characters all map back to the shorthand in the original text.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Shorthand = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ur"] = "your", ["urs"] = "yours", ["yr"] = "your", ["ya"] = "you", ["pls"] = "please", ["plz"] = "please",
        ["plss"] = "please", ["plez"] = "please", ["thx"] = "thanks", ["thnx"] = "thanks", ["thks"] = "thanks", ["tks"] = "thanks",
        ["tq"] = "thank you", ["ty"] = "thank you", ["tysm"] = "thank you so much", ["b4"] = "before", ["msg"] = "message",
        ["msgs"] = "messages", ["dm"] = "message", ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because", ["abt"] = "about",
        ["rly"] = "really", ["gd"] = "good", ["gr8"] = "great", ["luv"] = "love", ["revw"] = "review", ["rvw"] = "review",
        ["revu"] = "review", ["fdbk"] = "feedback", ["prob"] = "problem", ["probs"] = "problems", ["prb"] = "problem", ["sth"] = "something",
        ["smth"] = "something", ["tmr"] = "tomorrow", ["neg"] = "negative", ["hv"] = "have", ["wud"] = "would", ["cud"] = "could",
        ["shud"] = "should", ["im"] = "i'm", ["ive"] = "i've", ["ppl"] = "people", ["r"] = "are",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ShorthandLookup =
        Shorthand.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Emits the expansion of a shorthand token and returns true, or returns false when the token is not shorthand.</summary>
    private static bool EmitShorthand(TextWorkspace ws, TextWorkspace.IntList token)
    {
        var count = token.Count;
        if (count > 5)
        {
            return false;
        }

        Span<char> word = stackalloc char[5];
        for (var t = 0; t < count; t++)
        {
            word[t] = ws.Units[token[t]];
        }

        if (!ShorthandLookup.TryGetValue(word[..count], out var expansion))
        {
            return false;
        }

        var start = ws.UnitStarts[token[0]];
        var end = ws.UnitEnds[token[count - 1]];
        foreach (var c in expansion)
        {
            if (c == ' ')
            {
                ws.EmitSeparator(TextWorkspace.SepSpace, start, start);
            }
            else
            {
                ws.EmitChar(c, start, end, isCjk: false, isWord: true);
            }
        }

        return true;
    }

    private static void EmitToken(TextWorkspace ws, TextWorkspace.IntList token)
    {
        if (EmitShorthand(ws, token))
        {
            return;
        }

        var count = token.Count;
        var chars = ws.TokenChars;
        chars.Clear();
        for (var t = 0; t < count; t++)
        {
            var c = ws.Units[token[t]];
            if (c == ',')
            {
                chars.Add(-1); // thousands separator: dropped
                continue;
            }

            chars.Add(c);
        }

        // Leetspeak: a run of leet characters read as letters when letters stand on both sides, or when a run of at most
        // two digits ends a word of two or more letters ("fr33").
        var p = 0;
        while (p < count)
        {
            if (chars[p] < 0 || !IsLeet((char)chars[p]))
            {
                p++;
                continue;
            }

            var q = p;
            while (q < count && chars[q] >= 0 && IsLeet((char)chars[q]))
            {
                q++;
            }

            var letterBefore = p > 0 && chars[p - 1] >= 0 && IsLetter((char)chars[p - 1]);
            var letterAfter = q < count && chars[q] >= 0 && IsLetter((char)chars[q]);
            var convert = letterBefore && letterAfter;
            if (!convert && letterBefore && q == count && q - p <= 2)
            {
                var letters = 0;
                for (var b = p - 1; b >= 0 && chars[b] >= 0 && IsLetter((char)chars[b]); b--)
                {
                    letters++;
                }

                var digitsOnly = true;
                for (var r = p; r < q; r++)
                {
                    digitsOnly &= IsDigit((char)chars[r]);
                }

                convert = letters >= 2 && digitsOnly;
            }

            if (convert)
            {
                for (var r = p; r < q; r++)
                {
                    chars[r] = Leet((char)chars[r]);
                }
            }

            p = q;
        }

        // Emit, splitting digits from letters ("5star" → "5 star").
        var previous = -1;
        for (var t = 0; t < count; t++)
        {
            var v = chars[t];
            if (v < 0)
            {
                continue;
            }

            var c = (char)v;
            var unit = token[t];
            if (previous >= 0)
            {
                var prev = (char)previous;
                if ((IsDigit(prev) && IsLetter(c)) || (IsLetter(prev) && IsDigit(c)))
                {
                    ws.EmitSeparator(TextWorkspace.SepSpace, ws.UnitStarts[unit], ws.UnitStarts[unit]);
                }
            }

            ws.EmitChar(c, ws.UnitStarts[unit], ws.UnitEnds[unit], isCjk: false, isWord: true);
            previous = v;
        }
    }

    private const int RedEnvelope = 0x1F9E7;

    /// <summary>
    /// Whether the pictograph at <paramref name="index"/> stands on its own: nothing but punctuation, spaces or other
    /// pictographs before it back to the start of a sentence or clause, and no amount or "for" right after it.
    /// </summary>
    private static bool IsDecorative(string text, int index, int length)
    {
        var before = index - 1;
        while (before >= 0 && (char.IsWhiteSpace(text[before]) || char.IsSurrogate(text[before]) || text[before] is '\uFE0F' or '\u200D'))
        {
            before--;
        }

        if (before >= 0 && !char.IsPunctuation(text[before]) && text[before] is not ('~' or '～'))
        {
            return false;
        }

        var after = index + length;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (after >= text.Length)
        {
            return true;
        }

        var next = text[after];
        return !(char.IsDigit(next) || next is '¥' or '￥' or '$' or '€' or '£' or 'x' or 'X' or '×' or '*' or '+'
            || text.AsSpan(after).StartsWith("for ", StringComparison.OrdinalIgnoreCase));
    }
}
