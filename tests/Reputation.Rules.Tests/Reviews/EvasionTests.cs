using System.Linq;
using Xunit;

namespace Reputation.Rules.Tests.Reviews;

/// <summary>Each evasion trick (issue 5, "Text analysis that survives evasion") yields the same decision and rule as the plain text.</summary>
public sealed class EvasionTests
{
    [Theory]
    [InlineData("Leave a 5-star review and get a free gift!")]
    [InlineData("Ｌｅａｖｅ ａ ５-ｓｔａｒ ｒｅｖｉｅｗ ａｎｄ ｇｅｔ ａ ｆｒｅｅ ｇｉｆｔ!")] // full width
    [InlineData("Leave a 5-star re\u200Bview and get a fr\u200Dee gift!")] // zero-width characters
    [InlineData("Leave a 5-star re\u00ADview and get a free gi\u2060ft!")] // soft hyphen, word joiner
    [InlineData("LEAVE A 5-STAR REVIEW AND GET A FREE GIFT!")] // case
    [InlineData("Leave a F I V E  S T A R  r e v i e w and get a free gift!")] // spaced letters
    [InlineData("Leave a 5-st@r r3view and get a fr33 g1ft!")] // leetspeak
    [InlineData("Leave a ★★★★★ review and get a free gift!")] // star run
    [InlineData("Leave a ⭐️⭐️⭐️⭐️⭐️ review → free 🎁")] // emoji stars, arrow, gift emoji
    [InlineData("Leave a 𝟓-star 𝐫𝐞𝐯𝐢𝐞𝐰 and get a 𝐟𝐫𝐞𝐞 gift!")] // mathematical alphanumerics
    [InlineData("Leave a 5-star rеviеw and get a frее gift!")] // Cyrillic е look-alikes
    [InlineData("Leave a 5-star rëvíew and get a freé gift!")] // combining accents
    [InlineData("Leave a 5*****-review and get a free gift!")]
    public void English_incentive_for_five_stars_is_blocked_however_it_is_written(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "US"), text, "block", "INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("好评返现5元")]
    [InlineData("好評返現5元")] // Traditional
    [InlineData("好 评 返 现 5 元")] // spaced
    [InlineData("好\u200B评\u200B返\u200B现５元")] // zero-width, full-width digit
    [InlineData("好·评·返·现 5元")]
    [InlineData("五星好评🧧5元")] // red-envelope emoji
    public void Chinese_cashback_for_good_reviews_is_blocked_however_it_is_written(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "own-site", "CN"), text, "block", "INCENTIVE-SENTIMENT");

    [Theory]
    [InlineData("Please leave us a review.")]
    [InlineData("ＰＬＥＡＳＥ ＬＥＡＶＥ ＵＳ Ａ ＲＥＶＩＥＷ.")]
    [InlineData("P l e a s e  l e a v e  u s  a  r e v i e w.")]
    public void A_neutral_request_stays_allowed_however_it_is_written(string text) =>
        ReviewTestKit.AssertReport(ReviewTestKit.Check(text, "amazon", "US"), text, "allow");

    [Fact]
    public void Spans_point_at_the_original_disguised_words()
    {
        const string text = "Leave a 5-st@r re\u200Bview → ｆｒｅｅ gift";
        var report = ReviewTestKit.Check(text, "own-site", "US");
        var finding = Assert.Single(report.Findings, f => f.RuleId == "REV-INCENTIVE-SENTIMENT");
        var quoted = string.Join("|", finding.Spans.Select(s => s.Slice(text)));
        Assert.Contains("5-st@r re\u200Bview", quoted, System.StringComparison.Ordinal);
        Assert.Contains("ｆｒｅｅ gift", quoted, System.StringComparison.Ordinal);
    }
}
