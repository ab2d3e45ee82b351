using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reputation.Rules.Complaints;
using Xunit;

namespace Reputation.Rules.Tests.Complaints;

/// <summary>The text guarantees: never throws on any Unicode, spans inside the original, deterministic, order-independent, 0 B for a review with no cause.</summary>
public sealed class ComplaintsPropertyTests
{
    private static readonly FeedbackAnalyzer Analyzer = new();

    /// <summary>Fragments that drive the reader's branches, mixed with arbitrary strings (surrogates, controls, combining marks).</summary>
    private static readonly string[] Fragments =
    [
        "runs small", "not", "no damage", "but", "偏小", "没有", "都没有", "arrived broken", "box crushed", "refund", "still waiting",
        "seller", "never replied", "$35 for this", "listed as waterproof", "soaked", "ordered M", "got L", "退款", "物流慢", "，", ", ",
        ". ", "!", "\n", "\u0301", "\ud800", "\udc00", "😀", "★★☆", "Ｔｈｅ", "ǅ", "\u200b", "\0", "too long", "took 3 weeks", "色差太大了",
    ];

    private static Gen<string> Texts() =>
        Gen.OneOf(
                Gen.Elements(Fragments),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
            .ListOf()
            .Select(parts => string.Concat(parts.Take(40)));

    [Property(MaxTest = 1000)]
    public Property Never_throws_and_spans_stay_inside_the_original_text() =>
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var causes = Analyzer.FindCauses(text);
            return causes.All(c => c.Spans.All(s => s.Start >= 0 && s.End <= text.Length && s.Length > 0) && !c.Terms.IsEmpty)
                && causes.Select(c => c.Cause).SequenceEqual(causes.Select(c => c.Cause).Order().Distinct());
        });

    [Property(MaxTest = 300)]
    public Property The_same_text_gives_the_same_causes_whatever_ran_before() =>
        Prop.ForAll(Texts().ToArbitrary(), Texts().ToArbitrary(), (text, other) =>
        {
            var first = Describe(Analyzer.FindCauses(text));
            _ = Analyzer.FindCauses(other); // pooled buffers must not leak state between reviews
            return first == Describe(Analyzer.FindCauses(text)) && first == Describe(new FeedbackAnalyzer().FindCauses(text));
        });

    [Property(MaxTest = 300)]
    public Property A_clause_without_a_cue_never_changes_the_causes_of_another_sentence()
    {
        // Monotone in unrelated text: appending a neutral sentence keeps every cause (confidence may only rise).
        var neutral = Gen.Elements("Thanks.", "Have a nice day.", "谢谢。", "I use it in the kitchen.", "祝生意兴隆。");
        return Prop.ForAll(Texts().ToArbitrary(), neutral.ToArbitrary(), (text, extra) =>
        {
            var before = Analyzer.FindCauses(text + ".\n").Select(c => c.Cause).ToHashSet();
            var after = Analyzer.FindCauses(text + ".\n" + extra).Select(c => c.Cause).ToHashSet();
            return before.IsSubsetOf(after);
        });
    }

    [Fact]
    public void A_review_with_no_cause_allocates_nothing_after_warm_up()
    {
        const string text = "Lovely dress, fits true to size, arrived quickly and well packed. 很满意，物流也快！";
        Assert.Empty(Analyzer.FindCauses(text));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = Analyzer.FindCauses(text);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Describe(System.Collections.Immutable.ImmutableArray<CauseFinding> causes) =>
        string.Join(";", causes.Select(c => $"{c.Id}/{c.Confidence}/{string.Join(",", c.Spans)}/{string.Join(",", c.Terms)}"));
}
