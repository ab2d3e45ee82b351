using System.Collections.Generic;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Homophones and near-homophones that sellers write instead of the words platforms filter (好平 or 号评 for 好评,
/// 反现 for 返现, 红苞 for 红包). Applied to the lexicon, not to messages: every Chinese term also matches with one of its
/// characters replaced by a homophone from this table, so the table covers every term — built-in or added — without
/// one-off entries. Spellings that are real words with another meaning (平价 "affordable", 平分 "a tie") are excluded.
/// </summary>
internal static class Homophones
{
    /// <summary>Terms longer than this (in normalised characters) get no homophone variants.</summary>
    public const int MaxTermLength = 6;

    /// <summary>Each lexicon character and the characters written in its place.</summary>
    private static readonly (char Of, string Written)[] Table =
    [
        ('评', "平坪苹萍凭屏枰p"),
        ('好', "号郝耗h"),
        ('返', "反饭贩"),
        ('现', "线先鲜县"),
        ('红', "虹鸿"),
        ('包', "苞宝"),
        ('差', "叉"),
        ('删', "珊姗"),
        ('券', "卷劵"),
    ];

    /// <summary>Real words that a substitution would produce; they keep their own meaning.</summary>
    private static readonly HashSet<string> RealWords =
    [
        "平价", "平分", "追平", "评平", "中平", "平论", "平语", "平定", "平星", "号码", "号好", "反差", "先返", "好县", "宝包",
        "红宝", "鸿包", "平级", "平说", "平测", "平估", "平审", "平选", "平比", "平级", "点平", "打平", "屏分", "平一下", "p价", "p论", "p分",
    ];

    /// <summary>The single-substitution spellings of <paramref name="term"/> (normalised text); empty for non-Chinese terms.</summary>
    public static IEnumerable<string> Variants(string term)
    {
        if (term.Length < 2)
        {
            yield break;
        }

        var chars = term.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            foreach (var (of, written) in Table)
            {
                if (chars[i] != of)
                {
                    continue;
                }

                foreach (var w in written)
                {
                    chars[i] = w;
                    var variant = new string(chars);
                    if (!ContainsRealWord(variant))
                    {
                        yield return variant;
                    }
                }

                chars[i] = of;
            }
        }
    }

    private static bool ContainsRealWord(string variant)
    {
        foreach (var word in RealWords)
        {
            if (variant.Contains(word, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
