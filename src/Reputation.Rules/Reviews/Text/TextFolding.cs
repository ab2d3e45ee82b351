using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Per-character folding tables, built once: compatibility decomposition (NFKD, which covers everything NFKC folds —
/// full-width letters, ligatures, circled digits, mathematical alphanumerics) with combining marks removed, case
/// folding, Cyrillic/Greek look-alikes folded to Latin, and Traditional Chinese characters of the lexicon folded to
/// Simplified. Format characters (zero-width spaces and joiners, bidi marks, soft hyphens), variation selectors and
/// control characters are dropped. Immutable after construction.
/// </summary>
internal static class TextFolding
{
    /// <summary>Marker in the single-character table: drop the character.</summary>
    public const char Drop = '\uFFFF';

    /// <summary>Marker in the single-character table: the replacement is longer than one character.</summary>
    public const char Multi = '\uFFFE';

    // Traditional → Simplified for the characters the lexicon uses (pairs: traditional, simplified).
    private const string TraditionalToSimplified =
        "評评價价現现紅红優优禮礼贈赠刪删論论費费錢钱圖图曬晒給给領领獎奖勵励補补償偿貼贴積积單单寫写請请記记" +
        "聯联繫系係系師师訴诉報报舉举後后滿满們们為为買买換换貨货問问題题個个會会還还無无壞坏實实說说體体驗验" +
        "謝谢動动銷销復复覆复複复錯错點点運运險险發发幫帮煩烦親亲別别虛虚軍军製制範范員员騷骚擾扰惡恶罰罚賠赔" +
        "電电話话號号碼码對对時时讚赞贊赞獲获誇夸質质損损處处決决級级務务帶带張张責责徑径開开誹诽謗谤內内過过" +
        "沒没關关鍵键詞词數数這这愛爱規规則则訂订達达遞递導导進进變变調调機机諮咨詢询歡欢覺觉麼么郵邮饋馈減减" +
        "樣样將将經经懇恳託托順顺嗎吗唄呗暫暂於于針针負负顆颗兩两認认觀观語语談谈萬万斷断購购產产條条廣广與与" +
        "從从來来氣气頁页專专屬属權权種种類类標标準准議议須须網网絡络頭头簡简顧顾賞赏選选傳传紀纪錄录辦办隨随" +
        "聽听讀读寶宝貝贝誠诚態态獨独應应該该輕轻鬆松讓让溫温華华歸归頂顶稱称樂乐嚇吓脅胁營营銷销額额訊讯鋪铺" +
        "戶户勞劳訴诉擔担憂忧慮虑證证據据啟启確确認认圓圆滿满剛刚貨货線线連连絕绝權权獻献麥麦揭揭囉啰" +
        "鏈链資资隱隐試试長长舖铺麗丽趕赶靚靓賣卖詐诈騙骗識识總总盡尽謹谨憑凭際际擊击劃划幣币贏赢嘗尝嚐尝團团" +
        "夥伙衝冲儘尽統统圍围維维絲丝綫线聲声貴贵賺赚饋馈贈赠償偿現现顯显嚴严禁禁絡络鍾钟鐘钟歲岁隻只雙双蓋盖" +
        "違违約约価价廠厂寬宽窄窄腳脚襪袜褲裤衛卫襯衬鞋鞋擠挤壓压碎碎漏漏缺缺陸陆續续遲迟慢慢寶宝貼贴麵面飯饭錶表" +
        "裝装碼码縮缩緊紧適适預预註注構构較较顏颜淺浅黃黄偽伪盜盗純纯銀银檔档詳详紹绍諾诺濕湿滲渗風风藍蓝極极紋纹膠胶皺皱" +
        "鏽锈銹锈黴霉異异難难聞闻殘残搖摇穩稳壽寿響响頓顿靈灵摺折縫缝傷伤癟瘪灑洒脫脱紙纸爛烂護护揀拣書书夠够齊齐綠绿韻韵" +
        "鳥鸟誤误龜龟蝸蜗週周滯滞丟丢簽签見见幾几闆板櫃柜溝沟業业駁驳願愿勁劲騰腾雜杂離离譜谱虧亏稅税攤摊驚惊";

    private static readonly FoldTables Tables = Build();

    /// <summary>The replacement of a BMP character: itself, <see cref="Drop"/>, <see cref="Multi"/> or one character.</summary>
    public static char Single(char c) => Tables.Single[c];

    /// <summary>The replacement of a BMP character whose <see cref="Single"/> is <see cref="Multi"/>.</summary>
    public static string MultiOf(char c) => Tables.Multi[c];

    /// <summary>The replacement of a supplementary-plane code point, or null when it has none (treated as a separator).</summary>
    public static string? Astral(int codePoint) => Tables.Astral.TryGetValue(codePoint, out var value) ? value : null;

    /// <summary>Whether the code point is a star used in ratings (★, ☆, ⭐, 🌟 and relatives).</summary>
    public static bool IsStar(int codePoint, out bool filled)
    {
        switch (codePoint)
        {
            case 0x2605: case 0x272A: case 0x272B: case 0x272C: case 0x272D: case 0x272E: case 0x272F: case 0x2730:
            case 0x2B50: case 0x2B51: case 0x1F31F: case 0x2736: case 0x22C6:
                filled = true;
                return true;
            case 0x2606: case 0x2729: case 0x2B52:
                filled = false;
                return true;
            default:
                filled = false;
                return false;
        }
    }

    /// <summary>Whether a folded character is a CJK ideograph or kana (no spaces between words).</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uD800' and <= '\uDFFF');

    /// <summary>Simplified form of a Traditional character the lexicon uses, or the character itself.</summary>
    public static char ToSimplified(char c) => Tables.Simplified.TryGetValue(c, out var s) ? s : c;

    private static FoldTables Build()
    {
        var simplified = new Dictionary<char, char>();
        for (var i = 0; i + 1 < TraditionalToSimplified.Length; i += 2)
        {
            simplified.TryAdd(TraditionalToSimplified[i], TraditionalToSimplified[i + 1]);
        }

        var confusables = new Dictionary<char, char>
        {
            ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i',
            ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ӏ'] = 'l', ['ԛ'] = 'q', ['ԝ'] = 'w', ['к'] = 'k',
            ['м'] = 'm', ['т'] = 't', ['в'] = 'b', ['н'] = 'h',
            ['α'] = 'a', ['ο'] = 'o', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ρ'] = 'p', ['τ'] = 't',
            ['υ'] = 'u', ['χ'] = 'x', ['ı'] = 'i', ['ɑ'] = 'a', ['ɡ'] = 'g', ['ⅼ'] = 'l',
        };

        var single = new char[0x10000];
        var multi = new Dictionary<char, string>();
        var buffer = new StringBuilder();
        for (var code = 0; code < 0x10000; code++)
        {
            var c = (char)code;
            single[code] = c;
            if (code is >= 0xD800 and <= 0xDFFF)
            {
                continue; // surrogates are decoded as code points before folding
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\u000B' or '\u000C')
            {
                single[code] = '\n';
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                single[code] = ' ';
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpacingCombiningMark)
            {
                single[code] = Drop;
                continue;
            }

            if (code is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xAC00 and <= 0xD7A3)
            {
                single[code] = simplified.TryGetValue(c, out var s) ? s : c;
                continue;
            }

            if (code < 0x80)
            {
                single[code] = char.ToLowerInvariant(c);
                continue;
            }

            var folded = FoldString(c.ToString(), buffer, simplified, confusables);
            if (folded.Length == 0)
            {
                single[code] = Drop;
            }
            else if (folded.Length == 1)
            {
                single[code] = folded[0];
            }
            else
            {
                single[code] = Multi;
                multi[c] = folded;
            }
        }

        // Ideographic full stop and friends: fold to ASCII sentence and clause punctuation.
        single['\u3002'] = '.';
        single['\uFF61'] = '.';
        single['\u3001'] = '、';

        // Arrows and exchange signs read as ">".
        foreach (var arrow in "→⇒➡➔➜⟶➝⮕⇨➞➙➛➠➤➥➦⟹⟾⤳")
        {
            single[arrow] = '>';
        }

        // Apostrophe look-alikes.
        foreach (var apostrophe in "\u2019\u2018\u02BC\u02B9\u0060\u00B4\uFF07")
        {
            single[apostrophe] = '\'';
        }

        var astral = new Dictionary<int, string>();
        for (var code = 0x1D400; code <= 0x1D7FF; code++)
        {
            AddAstral(code, astral, buffer, simplified, confusables);
        }

        for (var code = 0x1F100; code <= 0x1F1FF; code++)
        {
            if (code is >= 0x1F1E6 and <= 0x1F1FF)
            {
                continue; // regional indicators (flags) stay separators
            }

            AddAstral(code, astral, buffer, simplified, confusables);
        }

        for (var i = 0; i < 26; i++)
        {
            var letter = ((char)('a' + i)).ToString();
            astral[0x1F150 + i] = letter; // negative circled capital letters
            astral[0x1F170 + i] = letter; // negative squared capital letters
            astral[0x1F130 + i] = letter; // squared capital letters
        }

        astral[0x1F193] = " free ";
        astral[0x1F381] = " gift ";
        astral[0x1F4B0] = " cash ";
        astral[0x1F4B5] = " cash ";
        astral[0x1F4B4] = " cash ";
        astral[0x1F4B6] = " cash ";
        astral[0x1F4B7] = " cash ";
        astral[0x1F4B8] = " cash ";
        astral[0x1F911] = " cash ";
        astral[0x1F9E7] = " 红包 ";
        astral[0x1F449] = ">";
        for (var code = 0x1FBF0; code <= 0x1FBF9; code++)
        {
            astral[code] = ((char)('0' + (code - 0x1FBF0))).ToString();
        }

        return new FoldTables(single, multi.ToFrozenDictionary(), astral.ToFrozenDictionary(), simplified.ToFrozenDictionary());
    }

    private static void AddAstral(int code, Dictionary<int, string> astral, StringBuilder buffer, Dictionary<char, char> simplified, Dictionary<char, char> confusables)
    {
        var text = char.ConvertFromUtf32(code);
        var folded = FoldString(text, buffer, simplified, confusables);
        if (folded.Length > 0 && !string.Equals(folded, text, StringComparison.Ordinal))
        {
            astral[code] = folded;
        }
    }

    private static string FoldString(string text, StringBuilder buffer, Dictionary<char, char> simplified, Dictionary<char, char> confusables)
    {
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return text;
        }

        buffer.Clear();
        foreach (var d in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(d);
            if (confusables.TryGetValue(lower, out var latin))
            {
                lower = latin;
            }

            if (simplified.TryGetValue(lower, out var simple))
            {
                lower = simple;
            }

            buffer.Append(lower);
        }

        return buffer.ToString();
    }

    private sealed record FoldTables(
        char[] Single,
        FrozenDictionary<char, string> Multi,
        FrozenDictionary<int, string> Astral,
        FrozenDictionary<char, char> Simplified);
}
