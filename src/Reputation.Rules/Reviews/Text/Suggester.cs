using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Reputation.Rules.Reviews.Text;

/// <summary>
/// Builds the suggestion for a message the guard warns about or blocks. Works sentence by sentence on the original
/// text: a sentence with no finding is copied verbatim; a sentence with a finding is rewritten according to the
/// strongest rule it breaks (dropped, replaced with an honest ask, an offer of help or a support offer, or, for a
/// sentiment ask, only the sentiment words replaced). The result is re-checked by the guard at the new send time; a
/// sentence the re-check still flags is rewritten more strongly (sentiment words → honest ask → dropped), at most a
/// few rounds, and only an allowed rewrite is returned. Each round is linear in the text length.
/// </summary>
internal static partial class Suggester
{
    private const int MaxRounds = 8;

    private enum Fix
    {
        Keep,

        /// <summary>Kept verbatim: its only part in the finding is the neutral ask the benefit elsewhere was tied to.</summary>
        KeepAsk,
        Substitute,
        Ask,
        Help,
        Support,
        AskSupport,
        Drop,
    }

    private static class Templates
    {
        public const string AskEn = "We would be grateful for your honest review.";
        public const string AskZh = "欢迎您留下真实的评价。";
        public const string HelpEn = "If anything about your order is still not right, please reply and we will gladly help.";
        public const string HelpZh = "如果订单还有任何问题，请随时联系我们，我们很乐意帮忙。";
        public const string SupportEn = "If anything is wrong with your order, please contact us and we will help.";
        public const string SupportZh = "如果订单有任何问题，请随时联系我们，我们会尽力解决。";
        public const string AskHant = "歡迎您留下真實的評價。";
        public const string HelpHant = "如果訂單還有任何問題，請隨時聯繫我們，我們很樂意幫忙。";
        public const string SupportHant = "如果訂單有任何問題，請隨時聯繫我們，我們會盡力解決。";

        /// <summary>Characters written only in Traditional Chinese (a sentence with one gets the Traditional template).</summary>
        public static readonly System.Buffers.SearchValues<char> TraditionalOnly = System.Buffers.SearchValues.Create("們這個說對評價貨後請謝還給與為會來時問題聯繫嗎產應發訂單買賣顧歡麼裡實讓優費點條網錢東關過幫");
    }

    private enum Script
    {
        Latin,
        Simplified,
        Traditional,
    }

    /// <summary>The language of a sentence: Chinese when its Chinese characters carry at least a third as much as its Latin letters (a word is about four letters).</summary>
    private static Script ScriptOf(ReadOnlySpan<char> sentence)
    {
        var han = 0;
        var latin = 0;
        foreach (var c in sentence)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return han == 0 || han * 3 < latin ? Script.Latin : sentence.IndexOfAny(Templates.TraditionalOnly) >= 0 ? Script.Traditional : Script.Simplified;
    }

    private static string Ask(Script script) => script switch { Script.Latin => Templates.AskEn, Script.Simplified => Templates.AskZh, _ => Templates.AskHant };

    private static string Help(Script script) => script switch { Script.Latin => Templates.HelpEn, Script.Simplified => Templates.HelpZh, _ => Templates.HelpHant };

    private static string Support(Script script) => script switch { Script.Latin => Templates.SupportEn, Script.Simplified => Templates.SupportZh, _ => Templates.SupportHant };

    public static SolicitationSuggestion Suggest(SolicitationGuard guard, SolicitationMessage message, SolicitationReport report)
    {
        var baseline = message.SentAt ?? guard.Now;
        var sendAt = baseline;
        if (report.Findings.Any(f => IsTimeRule(f.RuleId)))
        {
            Instant time;
            string? reason;
            try
            {
                (time, reason) = SendTime(guard, message, baseline);
            }
            catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
            {
                // Dates at the very end of the representable range (a delivery in 9999): no later instant exists.
                return SolicitationSuggestion.None("The earliest lawful send time lies beyond the range of dates that can be represented.");
            }

            if (reason is not null)
            {
                return SolicitationSuggestion.None(reason);
            }

            sendAt = time;
        }

        var text = message.Text;
        var plan = new Plan(text);
        var (asks, conditions) = guard.ReadStructure(message);
        foreach (var span in asks)
        {
            foreach (var i in plan.SentencesOf(span.Start, span.End))
            {
                plan.HoldsAsk[i] = true;
            }
        }

        var originalAsks = plan.HoldsAsk.Any(h => h);
        foreach (var finding in report.Findings)
        {
            if (IsTimeRule(finding.RuleId))
            {
                continue;
            }

            // A benefit or steering in one sentence tied to a neutral ask in another ("Please leave a review. We'll send
            // you $10 once it's posted."): the ask sentence stays as it is and the other sentence is fixed.
            var separable = finding.RuleId == ReviewRuleIds.Incentive || finding.RuleId == ReviewRuleIds.IncentiveSentiment || finding.RuleId == ReviewRuleIds.ContentSteer;
            var bySentence = new SortedDictionary<int, List<TextSpan>>();
            foreach (var span in finding.Spans)
            {
                foreach (var i in plan.SentencesOf(span.Start, span.End))
                {
                    if (!bySentence.TryGetValue(i, out var list))
                    {
                        bySentence[i] = list = [];
                    }

                    list.Add(span);
                }
            }

            foreach (var (i, spans) in bySentence)
            {
                if (separable && bySentence.Count > 1 && spans.All(x => asks.Any(a => a.Start <= x.Start && x.End <= a.End)))
                {
                    plan.KeepAsk(i, finding.RuleId);
                    continue;
                }

                foreach (var span in spans)
                {
                    plan.Escalate(i, finding.RuleId, span);
                }
            }
        }

        // A sentence the guard reads as the satisfaction condition of a flagged ask ("Love it? Leave us 5 stars!") is
        // part of that finding: an honest ask after "Love it?" is still an ask only the satisfied are meant to answer.
        foreach (var span in conditions)
        {
            foreach (var i in plan.SentencesOf(span.Start, span.End))
            {
                plan.DropCondition(i);
            }
        }

        for (var round = 0; round < MaxRounds; round++)
        {
            var rendered = plan.Render();
            var candidate = new SolicitationMessage(rendered.Text, message.Platform, message.BuyerMarket)
            {
                SentAt = sendAt,
                BuyerTimeZone = message.BuyerTimeZone,
                DeliveredAt = message.DeliveredAt,
                ExistingReviewStars = message.ExistingReviewStars,
                PreviousRequests = message.PreviousRequests,
            };
            var check = guard.Check(candidate);
            if (check.Decision == SolicitationDecision.Allow)
            {
                if (!HasContent(rendered.Text) || (originalAsks && !rendered.Asks && !rendered.Helps))
                {
                    return SolicitationSuggestion.None(NothingLeft(report));
                }

                return SolicitationSuggestion.Rewrite(rendered.Text, sendAt == baseline ? null : sendAt, rendered.Edits);
            }

            var changed = false;
            foreach (var finding in check.Findings)
            {
                if (IsTimeRule(finding.RuleId))
                {
                    return SolicitationSuggestion.None($"The send time cannot be made lawful: {finding.Message}");
                }

                foreach (var span in finding.Spans)
                {
                    foreach (var i in rendered.SentencesOf(span.Start, span.End))
                    {
                        if (plan.IsUntouched(i))
                        {
                            // A sentence without a finding of its own is never edited, even when the rewrite shows it to
                            // be part of the problem (a lead-in such as "Loving your new sneakers?" before an ask).
                            return SolicitationSuggestion.None(
                                $"Even rewritten, the message still breaks {finding.RuleId} through a sentence that has no finding of its own (\"{Shorten(plan.Sentence(i))}\"); rewrite it by hand.");
                        }

                        changed |= plan.EscalateRendered(i, finding.RuleId);
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return SolicitationSuggestion.None(
            "No rewrite the guard allows was found (" + string.Join(", ", report.Findings.Select(f => f.RuleId.Value).Distinct()) + "); rewrite the message as the findings say.");
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static bool IsTimeRule(RuleId id) => id == ReviewRuleIds.Frequency || id == ReviewRuleIds.Timing || id == ReviewRuleIds.QuietHours;

    private static bool HasContent(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string NothingLeft(SolicitationReport report)
    {
        var ids = report.Findings.Select(f => f.RuleId).Where(id => !IsTimeRule(id)).ToList();
        var why = ids.Contains(ReviewRuleIds.Fake) ? "it asks for a review from someone who did not buy or use the product, or supplies the review text"
            : ids.Contains(ReviewRuleIds.Threat) ? "it threatens or pressures the buyer over a review"
            : ids.Contains(ReviewRuleIds.IncentiveSentiment) || ids.Contains(ReviewRuleIds.Incentive) ? "it offers a benefit for a review"
            : "every sentence breaks a rule";
        return $"Nothing lawful is left once the offending sentences are removed: {why} ({string.Join(", ", ids.Distinct().Select(id => id.Value))}). Do not send it.";
    }

    /// <summary>The earliest instant from <paramref name="start"/> that every profile's timing, spacing and quiet hours allow, or why there is none.</summary>
    private static (Instant Time, string? Reason) SendTime(SolicitationGuard guard, SolicitationMessage message, Instant start)
    {
        ReviewProfile[] profiles = [guard.GetPlatform(message.Platform), guard.GetLaw(message.BuyerMarket)];
        var count = message.PreviousRequests.Length + 1;
        foreach (var p in profiles)
        {
            if (Applies(p, ReviewRuleIds.Frequency) && p.MaxRequestsPerOrder is { } max && count > max)
            {
                return (start, $"This would be review request {count} for the order and {p.Name} allows at most {max}: do not send another request.");
            }
        }

        var t = start;
        for (var iteration = 0; iteration < 16; iteration++)
        {
            var before = t;
            foreach (var p in profiles)
            {
                if (Applies(p, ReviewRuleIds.Timing) && message.DeliveredAt is { } delivered && p.EarliestDaysAfterDelivery is { } earliest)
                {
                    t = Instant.Max(t, delivered + Duration.FromDays(earliest));
                }

                if (Applies(p, ReviewRuleIds.Frequency) && p.MinimumGapHours is { } hours)
                {
                    Instant? latest = null;
                    foreach (var previous in message.PreviousRequests)
                    {
                        if (previous <= t && (latest is null || previous > latest))
                        {
                            latest = previous;
                        }
                    }

                    if (latest is { } l)
                    {
                        t = Instant.Max(t, l + Duration.FromHours(hours));
                    }
                }

                if (Applies(p, ReviewRuleIds.QuietHours) && message.BuyerTimeZone is { } zone && p.IsQuietHour(t.InZone(zone).TimeOfDay))
                {
                    t = QuietHoursEnd(t, zone, p.QuietHoursEnd);
                }
            }

            if (t == before)
            {
                break;
            }
        }

        foreach (var p in profiles)
        {
            if (Applies(p, ReviewRuleIds.Timing) && message.DeliveredAt is { } delivered && p.LatestDaysAfterDelivery is { } latest
                && t - delivered > Duration.FromDays(latest))
            {
                var closed = (delivered + Duration.FromDays(latest)).ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                return (t, $"The review window has closed: {p.Name} allows requests until {latest} days after delivery ({closed}).");
            }
        }

        return (t, null);
    }

    private static bool Applies(ReviewProfile profile, RuleId rule) => profile.SeverityFor(rule) is SolicitationDecision.Warn or SolicitationDecision.Block;

    /// <summary>The next instant at <paramref name="endHour"/>:00 in the buyer's zone after <paramref name="t"/>.</summary>
    private static Instant QuietHoursEnd(Instant t, DateTimeZone zone, int endHour)
    {
        var local = t.InZone(zone).LocalDateTime;
        var end = local.Date.At(new LocalTime(endHour % 24, 0));
        if (end <= local)
        {
            end = end.PlusDays(1);
        }

        return zone.AtLeniently(end).ToInstant();
    }

    private static int Strength(RuleId id) =>
        id == ReviewRuleIds.Fake ? 9
        : id == ReviewRuleIds.Threat ? 8
        : id == ReviewRuleIds.RemoveAsk ? 7
        : id == ReviewRuleIds.ChangeAsk ? 6
        : id == ReviewRuleIds.IncentiveSentiment ? 5
        : id == ReviewRuleIds.Incentive ? 4
        : id == ReviewRuleIds.Gating ? 3
        : id == ReviewRuleIds.ContentSteer ? 2
        : id == ReviewRuleIds.PositiveAsk ? 1
        : 10;

    /// <summary>What to do with a sentence whose strongest finding is <paramref name="id"/>.</summary>
    private static Fix FixFor(RuleId id, bool holdsAsk, bool offersSupport)
    {
        if (id == ReviewRuleIds.ChangeAsk || id == ReviewRuleIds.RemoveAsk)
        {
            return Fix.Help;
        }

        if (id == ReviewRuleIds.Gating)
        {
            return holdsAsk ? Fix.AskSupport : offersSupport ? Fix.Support : Fix.Drop;
        }

        if (id == ReviewRuleIds.PositiveAsk)
        {
            return Fix.Substitute;
        }

        if (id == ReviewRuleIds.IncentiveSentiment || id == ReviewRuleIds.Incentive || id == ReviewRuleIds.ContentSteer)
        {
            return holdsAsk ? Fix.Ask : Fix.Drop;
        }

        return Fix.Drop;
    }

    [GeneratedRegex(@"\b(?:leave|write|post|share|give|drop|rate|review|tell|let|submit|add|send|take|spare|help)\b|给|留|写|晒|发|打|评价|评论|点评|給|寫|評價|評論", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskWord();

    [GeneratedRegex(@"\b(?:contact|message|messages|reply|email|e-mail|reach|touch|support|help|dm|chat|write to)\b|联系|聯繫|聯絡|客服|私信|私訊|留言|找我们|找我們", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SupportWord();

    /// <summary>Whether a gating sentence carries the support offer ("if not, message us") rather than only the condition.</summary>
    private static bool OffersSupport(string sentence) => SupportWord().IsMatch(sentence);

    /// <summary>Whether a sentence asks in words ("leave a review", 给个评价), not only through an offer such as "5 stars = $5".</summary>
    private static bool AsksInWords(string sentence) => AskWord().IsMatch(sentence);

    private static bool IsChinese(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentences of the original text: [Start, End) without surrounding white space.</summary>
    internal static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            while (i < n && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            var start = i;
            var end = -1;
            while (i < n)
            {
                var c = text[i];
                if (c is '\n' or '\r')
                {
                    end = i;
                    break;
                }

                if (IsTerminator(text, i))
                {
                    var k = i + 1;
                    while (k < n && (text[k] is '.' or '!' or '?' or '。' or '！' or '？' or '…' or '~' or '～' or ')' or '）' or '」' or '』' or '"' or '”' or '\'' or '’'
                        || char.IsSurrogate(text[k]) || char.GetUnicodeCategory(text[k]) == UnicodeCategory.OtherSymbol))
                    {
                        k++;
                    }

                    end = k;
                    i = k;
                    break;
                }

                i++;
            }

            if (end < 0)
            {
                end = n;
            }

            var trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }

            sentences.Add((start, trimmed));
            i = Math.Max(i, end);
        }

        return sentences;
    }

    private static bool IsTerminator(string text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or '。' or '！' or '？' or '…')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        // "4.5", "amazon.com", "e.g." stay inside the sentence; a '.' before white space, the end or a CJK character ends it.
        return i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or ')' or '.' || IsChinese(text.AsSpan(i + 1, 1));
    }

    [GeneratedRegex(
        @"\b(?<art>[Aa]n?\s+)?(?<adj>(?:(?:5|five|Five|4|four|5\.0|full|Full)[\s-]*stars?|(?:[Vv]ery\s+|[Rr]eally\s+)?(?:[Pp]ositive|[Gg]ood|[Gg]reat|[Gg]lowing|[Ee]xcellent|[Ff]avou?rable|[Nn]ice|[Pp]erfect|[Aa]wesome|[Aa]mazing|[Ww]onderful|[Ss]tellar|[Tt]op|[Hh]igh|[Ff]ive[\s-]star|5[\s-]star)(?:[\s-]+stars?)?)(?:[\s,]+(?:and\s+)?(?:positive|good|great|glowing|excellent|nice|perfect|five[\s-]star|5[\s-]star))?)[\s-]+(?<noun>[Rr]eviews?|[Ff]eedback|[Rr]atings?|[Cc]omments?|[Ee]valuations?|[Tt]estimonials?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SentimentNoun();

    [GeneratedRegex(@"(?<verb>\b(?:[Gg]ive|[Ll]eave|[Aa]ward)\s+(?:(?:us|me|it|this|the\s+\w+)\s+)?)(?:(?:a|the|all|full)\s+)?(?:5|five|full)[\s-]*(?:stars?|⭐+)(?![\s-]*(?:reviews?|feedback|ratings?|comments?)\b)(?:\s+praise\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex StarsOnly();

    [GeneratedRegex(@"(?:(?<da>打)(?<ge>个|一个|個|一個)?)?(?:(?:(?:[5五]\s*[星颗顆分]星?|[满滿]分|全[5五]星|五[颗顆]星)\s*)?好[评評]|(?:[5五]\s*[颗顆]?星|[满滿]分)(?:[评評][价價论論])?)", RegexOptions.CultureInvariant)]
    private static partial Regex SentimentZh();

    /// <summary>The sentiment-word edits of one sentence that cover the given finding spans, or null when some span has none.</summary>
    private static List<SuggestionEdit>? Substitutions(string text, (int Start, int End) sentence, List<TextSpan> spans, RuleId rule)
    {
        var content = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var edits = new List<SuggestionEdit>();
        var sub = text.Substring(sentence.Start, content.Length);
        var honestZh = ScriptOf(content) == Script.Traditional ? "真實評價" : "真实评价";
        foreach (System.Text.RegularExpressions.Match m in SentimentZh().Matches(sub))
        {
            var write = m.Groups["da"].Success ? (honestZh == "真实评价" ? "写" : "寫") + m.Groups["ge"].Value : "";
            edits.Add(new SuggestionEdit(sentence.Start + m.Index, m.Length, write + honestZh, rule));
        }

        foreach (System.Text.RegularExpressions.Match m in SentimentNoun().Matches(sub))
        {
            var art = m.Groups["art"];
            var adj = m.Groups["adj"].Value;
            var noun = m.Groups["noun"].Value;
            string replacement;
            if (art.Success)
            {
                replacement = (char.IsUpper(art.Value[0]) ? "An " : "an ") + "honest " + noun;
            }
            else
            {
                replacement = (char.IsUpper(adj[0]) ? "Honest " : "honest ") + noun;
            }

            edits.Add(new SuggestionEdit(sentence.Start + m.Index, m.Length, replacement, rule));
        }

        foreach (System.Text.RegularExpressions.Match m in StarsOnly().Matches(sub))
        {
            var verb = m.Groups["verb"].Value;
            edits.Add(new SuggestionEdit(sentence.Start + m.Index, m.Length, verb + "an honest review", rule));
        }

        edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<SuggestionEdit>();
        foreach (var edit in edits)
        {
            if (kept.Count == 0 || edit.Start >= kept[^1].End)
            {
                kept.Add(edit);
            }
        }

        foreach (var span in spans)
        {
            if (!kept.Any(e => e.Start < span.End && span.Start < e.End))
            {
                return null;
            }
        }

        kept.RemoveAll(e => !spans.Any(s => e.Start < s.End && s.Start < e.End));
        return kept.Count == 0 ? null : kept;
    }

    /// <summary>The fix chosen for each sentence of the original text.</summary>
    private sealed class Plan
    {
        private readonly string _text;
        private readonly List<(int Start, int End)> _sentences;
        private readonly Fix[] _fixes;
        private readonly RuleId[] _rules;
        private readonly List<TextSpan>[] _sentimentSpans;

        public Plan(string text)
        {
            _text = text;
            _sentences = Split(text);
            _fixes = new Fix[_sentences.Count];
            _rules = new RuleId[_sentences.Count];
            _sentimentSpans = new List<TextSpan>[_sentences.Count];
            HoldsAsk = new bool[_sentences.Count];
        }

        public bool[] HoldsAsk { get; }

        /// <summary>Whether sentence <paramref name="i"/> had no finding in the original check (so it is kept verbatim).</summary>
        public bool IsUntouched(int i) => _fixes[i] == Fix.Keep;

        public string Sentence(int i) => _text[_sentences[i].Start.._sentences[i].End];

        /// <summary>The sentences a span of the original text touches (the preceding one when it lies between sentences).</summary>
        public List<int> SentencesOf(int start, int end) => Touching(_sentences, start, end);

        /// <summary>Records a finding of the original text in a sentence: the strongest rule decides the fix.</summary>
        public void Escalate(int i, RuleId rule, TextSpan span)
        {
            if (rule == ReviewRuleIds.PositiveAsk && span.Length > 0)
            {
                (_sentimentSpans[i] ??= []).Add(span);
            }

            if (_fixes[i] is Fix.Keep or Fix.KeepAsk || Strength(rule) > Strength(_rules[i]))
            {
                _rules[i] = rule;
                _fixes[i] = FixFor(rule, HoldsAsk[i] && (rule == ReviewRuleIds.PositiveAsk || rule == ReviewRuleIds.Gating || AsksInWords(Sentence(i))), OffersSupport(Sentence(i)));
            }
        }

        /// <summary>Keeps sentence <paramref name="i"/> verbatim unless another finding needs it fixed (the re-check may still replace it).</summary>
        public void KeepAsk(int i, RuleId rule)
        {
            if (_fixes[i] == Fix.Keep)
            {
                _fixes[i] = Fix.KeepAsk;
                _rules[i] = rule;
            }
        }

        /// <summary>Drops sentence <paramref name="i"/> when it has no finding of its own and the next sentence has a sentiment finding.</summary>
        public void DropCondition(int i)
        {
            if (i + 1 < _fixes.Length && _fixes[i] == Fix.Keep && _fixes[i + 1] is not (Fix.Keep or Fix.KeepAsk)
                && (_rules[i + 1] == ReviewRuleIds.PositiveAsk || _rules[i + 1] == ReviewRuleIds.IncentiveSentiment || _rules[i + 1] == ReviewRuleIds.Gating))
            {
                _fixes[i] = Fix.Drop;
                _rules[i] = _rules[i + 1];
            }
        }

        /// <summary>Makes the fix of a sentence the re-check still flags stronger; false when it cannot get stronger.</summary>
        public bool EscalateRendered(int i, RuleId rule)
        {
            switch (_fixes[i])
            {
                case Fix.KeepAsk:
                    Escalate(i, rule, default);
                    return true;
                case Fix.Substitute:
                    _fixes[i] = HoldsAsk[i] ? Fix.Ask : Fix.Drop;
                    _rules[i] = Strength(rule) > Strength(_rules[i]) ? rule : _rules[i];
                    return true;
                case Fix.Ask:
                case Fix.Help:
                case Fix.Support:
                case Fix.AskSupport:
                    _fixes[i] = Fix.Drop;
                    return true;
                default:
                    return false;
            }
        }

        public Rendered Render()
        {
            var n = _sentences.Count;
            var fixes = (Fix[])_fixes.Clone();
            var substitutions = new List<SuggestionEdit>?[n];
            for (var i = 0; i < n; i++)
            {
                if (fixes[i] == Fix.Substitute)
                {
                    substitutions[i] = Substitutions(_text, _sentences[i], _sentimentSpans[i] ?? [], _rules[i]);
                    if (substitutions[i] is null)
                    {
                        fixes[i] = _fixes[i] = HoldsAsk[i] ? Fix.Ask : Fix.Drop;
                    }
                }
            }

            var keptAsk = false;
            for (var i = 0; i < n; i++)
            {
                keptAsk |= fixes[i] is Fix.Keep or Fix.KeepAsk or Fix.Substitute && HoldsAsk[i];
            }

            var asks = keptAsk;
            var helps = false;
            var supports = false;
            var builder = new StringBuilder(_text.Length + 64);
            var edits = new List<SuggestionEdit>();
            var ranges = new (int Start, int End)[n];
            builder.Append(_text, 0, n == 0 ? _text.Length : _sentences[0].Start);
            var lastKept = -1;
            for (var i = 0; i < n; i++)
            {
                var (start, end) = _sentences[i];
                var gapEnd = i + 1 < n ? _sentences[i + 1].Start : _text.Length;
                var script = ScriptOf(_text.AsSpan(start, end - start));
                string? replacement = null;
                switch (fixes[i])
                {
                    case Fix.Keep:
                    case Fix.KeepAsk:
                        ranges[i] = (builder.Length, builder.Length + (end - start));
                        builder.Append(_text, start, end - start);
                        break;
                    case Fix.Substitute:
                        var at = start;
                        var outStart = builder.Length;
                        foreach (var edit in substitutions[i]!)
                        {
                            builder.Append(_text, at, edit.Start - at).Append(edit.Replacement);
                            at = edit.End;
                            edits.Add(edit);
                        }

                        builder.Append(_text, at, end - at);
                        ranges[i] = (outStart, builder.Length);
                        break;
                    case Fix.Ask:
                        replacement = asks ? null : Ask(script);
                        asks = true;
                        break;
                    case Fix.Help:
                        replacement = helps ? null : Help(script);
                        helps = true;
                        break;
                    case Fix.Support:
                        replacement = supports ? null : Support(script);
                        supports = true;
                        break;
                    case Fix.AskSupport:
                        var ask = asks ? "" : Ask(script);
                        var support = supports ? "" : Support(script);
                        replacement = ask.Length + support.Length == 0 ? null : ask.Length > 0 && support.Length > 0 && script == Script.Latin ? ask + " " + support : ask + support;
                        asks = true;
                        supports = true;
                        break;
                }

                if (fixes[i] is Fix.Keep or Fix.KeepAsk or Fix.Substitute || replacement is not null)
                {
                    if (replacement is not null)
                    {
                        edits.Add(new SuggestionEdit(start, end - start, replacement, _rules[i]));
                        ranges[i] = (builder.Length, builder.Length + replacement.Length);
                        builder.Append(replacement);
                    }

                    builder.Append(_text, end, gapEnd - end);
                    lastKept = i;
                    continue;
                }

                // Dropped, with the white space after it.
                ranges[i] = (-1, -1);
                edits.Add(new SuggestionEdit(start, gapEnd - start, "", _rules[i]));
            }

            if (n > 0 && lastKept < n - 1 && lastKept >= 0)
            {
                // The text ended in dropped sentences: drop the white space before them too.
                var gapStart = _sentences[lastKept].End;
                var gap = _sentences[lastKept + 1].Start - gapStart;
                builder.Length -= gap;
                var index = edits.FindIndex(e => e.Start == _sentences[lastKept + 1].Start);
                edits[index] = edits[index] with { Start = gapStart, Length = edits[index].Length + gap };
            }

            return new Rendered(builder.ToString(), [.. edits], ranges, asks, helps || supports);
        }
    }

    /// <summary>
    /// The indices of the ranges a span touches (the last one starting before it when it touches none); ranges are in
    /// text order and do not overlap, and a range of (-1, -1) is skipped. A binary search, so a check stays linear.
    /// </summary>
    private static List<int> Touching(IReadOnlyList<(int Start, int End)> ranges, int start, int end)
    {
        var result = new List<int>(1);
        var lo = 0;
        var hi = ranges.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var midEnd = ranges[mid].End;
            for (var k = mid; midEnd < 0 && k > 0; k--)
            {
                midEnd = ranges[k - 1].End;
            }

            if (midEnd <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < ranges.Count; k++)
        {
            var (s, e) = ranges[k];
            if (s < 0)
            {
                continue;
            }

            if (s >= Math.Max(end, start + 1))
            {
                break;
            }

            if (start < e)
            {
                result.Add(k);
            }
        }

        if (result.Count == 0)
        {
            for (var k = Math.Min(lo, ranges.Count - 1); k >= 0; k--)
            {
                if (ranges[k].Start >= 0 && ranges[k].Start <= start)
                {
                    result.Add(k);
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>One rendering of a plan: the text, its edits of the original, where each sentence ended up.</summary>
    private sealed record Rendered(string Text, ImmutableArray<SuggestionEdit> Edits, (int Start, int End)[] Ranges, bool Asks, bool Helps)
    {
        public List<int> SentencesOf(int start, int end) => Touching(Ranges, start, end);
    }
}
