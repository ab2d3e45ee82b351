using System.Linq;
using Reputation.Rules.Reviews.Text;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>What the normaliser folds, and that every normalised character maps back into the original text.</summary>
public sealed class NormalizerTests
{
    private static (string Normalized, TextWorkspace Workspace) Normalize(string text)
    {
        var ws = new TextWorkspace();
        Normalizer.Normalize(text, ws);
        return (new string(ws.Chars, 0, ws.Count), ws);
    }

    [Theory]
    [InlineData("ｆｒｅｅ ｇｉｆｔ", "free gift")] // full-width (NFKC)
    [InlineData("re\u200Bview", "review")] // zero-width space
    [InlineData("re\u00ADvi\u200Dew\u2060", "review")] // soft hyphen, joiner, word joiner
    [InlineData("\u202Ereview\u202C", "review")] // bidi override
    [InlineData("REVIEW", "review")]
    [InlineData("好評返現", "好评返现")] // Traditional → Simplified
    [InlineData("好 评 返 现", "好评返现")] // spaced-out Chinese
    [InlineData("好·评·返·现", "好评返现")]
    [InlineData("F I V E  S T A R", "five star")] // spaced-out letters
    [InlineData("f.r.e.e", "free")]
    [InlineData("r3view", "review")] // leetspeak
    [InlineData("5-st@r", "5 star")]
    [InlineData("fr33 g1ft", "free gift")]
    [InlineData("5star", "5 star")]
    [InlineData("★★★★★", "5 star")]
    [InlineData("5★", "5 star")]
    [InlineData("⭐️⭐️⭐️⭐️", "4 star")]
    [InlineData("★★★★☆", "4 star")]
    [InlineData("*****", "5 star")]
    [InlineData("𝐫𝐞𝐯𝐢𝐞𝐰", "review")] // mathematical bold
    [InlineData("rëvíew", "review")] // combining marks
    [InlineData("revіew", "review")] // Cyrillic і
    [InlineData("LP0012345678CN", "lp 0012345678 cn")] // codes are not leetspeak
    [InlineData("$4.99", "$4.99")]
    [InlineData("Hello. World!", "hello\nworld")]
    [InlineData("亲,给个好评。谢谢", "亲,给个好评\n谢谢")]
    [InlineData("a 5 star review", "a 5 star review")]
    [InlineData("don’t", "don't")]
    [InlineData("leave 🎁", "leave gift")]
    public void Folds_text_for_matching(string text, string expected) => Assert.Equal(expected, Normalize(text).Normalized);

    [Theory]
    [InlineData("Leave a ５-st@r re\u200Bview!")]
    [InlineData("好 評 返 現,五星好评")]
    [InlineData("⭐⭐⭐⭐⭐ 𝐫𝐞𝐯𝐢𝐞𝐰 \uD800 x")]
    [InlineData("")]
    public void Every_normalised_character_maps_inside_the_original(string text)
    {
        var (_, ws) = Normalize(text);
        for (var i = 0; i < ws.Count; i++)
        {
            Assert.InRange(ws.Starts[i], 0, text.Length);
            Assert.InRange(ws.Ends[i], ws.Starts[i], text.Length);
        }
    }

    [Fact]
    public void A_word_split_by_a_zero_width_space_maps_back_to_the_whole_original_word()
    {
        const string text = "a re\u200Bview!";
        var (normalized, ws) = Normalize(text);
        var start = normalized.IndexOf("review", System.StringComparison.Ordinal);
        var (s, e) = ws.Original(start, start + "review".Length);
        Assert.Equal("re\u200Bview", text[s..e]);
    }

    [Fact]
    public void A_star_run_maps_back_to_the_stars()
    {
        const string text = "Rate us ★★★★★ today";
        var (normalized, ws) = Normalize(text);
        var start = normalized.IndexOf("5 star", System.StringComparison.Ordinal);
        var (s, e) = ws.Original(start, start + "5 star".Length);
        Assert.Equal("★★★★★", text[s..e]);
    }

    [Fact]
    public void Sentences_and_clauses_are_counted()
    {
        var (_, ws) = Normalize("One, two. Three! Four? 五。六");
        Assert.Equal(5, ws.SentenceCount);
        Assert.Equal(6, ws.ClauseCount);
        Assert.Equal(Enumerable.Range(0, ws.ClauseCount).Select(c => ws.ClauseSentence[c]), [0, 0, 1, 2, 3, 4]);
    }
}
