using System;
using System.Collections.Generic;
using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// Scores one (ratee, rater) pair's records into the ratee's <see cref="Accumulator"/>. The records are already
/// revision-resolved, canonically ordered and no later than the as-of instant. One instance per calculation (it
/// holds scratch buffers); not thread-safe.
/// </summary>
internal sealed class PairEvaluator
{
    private readonly ScoringSettings _settings;
    private readonly ScoringScheme _scheme;
    private readonly Instant _asOf;
    private readonly Instant _ebayWindowStart;
    private readonly Instant _aliWindowStart;
    private readonly Instant _amazonWindowStart;
    private readonly Instant _dsrWindowStart;
    private readonly bool _countAuto;

    private Entry[] _records = [];
    private long[] _keys = new long[16];
    private int[] _order = new int[16];
    private long[] _packed = new long[16];
    private readonly SameItemTracker _items = new();
    private readonly ItemNumbers _pairItems = new();
    private readonly ZoneOffsets _taobaoZone;
    private readonly ZoneOffsets _ebayZone;
    private readonly ZoneOffsets _compositeZone;
    private readonly MonthTracker _months = new();

    public PairEvaluator(ScoringSettings settings, ScoringScheme scheme, Instant asOf)
    {
        _settings = settings;
        _scheme = scheme;
        _asOf = asOf;
        _ebayWindowStart = TimeKeys.MonthsBefore(asOf, settings.EbayWindowMonths);
        _aliWindowStart = TimeKeys.MonthsBefore(asOf, settings.AliWindowMonths);
        _amazonWindowStart = asOf - Duration.FromDays(settings.AmazonWindowDays);
        _dsrWindowStart = asOf - settings.DsrWindow;
        _countAuto = scheme == ScoringScheme.Taobao && settings.CountAutoRatings;
        _taobaoZone = new ZoneOffsets(settings.TaobaoZone);
        _ebayZone = new ZoneOffsets(settings.EbayZone);
        _compositeZone = new ZoneOffsets(settings.CompositeZone);
    }

    public Instant AsOf => _asOf;

    /// <summary>Whether the scheme walks a pair's ratings in time order (the others count, or group by week).</summary>
    public bool NeedsTimeOrder => _scheme is ScoringScheme.Taobao or ScoringScheme.AliExpress;

    /// <summary>Whether entries must carry item numbers (Taobao's same-item rule).</summary>
    public bool NeedsItems => _scheme == ScoringScheme.Taobao && _settings.SameItemWindow > Duration.Zero;

    public Instant EbayWindowStart => _ebayWindowStart;

    public Instant AliWindowStart => _aliWindowStart;

    public Instant AmazonWindowStart => _amazonWindowStart;

    /// <summary>Scores a pair kept as records (the tally path).</summary>
    public void Evaluate(ReadOnlySpan<Feedback> records, Accumulator acc)
    {
        if (_records.Length < records.Length)
        {
            _records = new Entry[Math.Max(records.Length, _records.Length * 2)];
        }

        _pairItems.Clear();
        for (var i = 0; i < records.Length; i++)
        {
            _records[i] = Entry.From(records[i], i, NeedsItems ? _pairItems.Of(records[i]) : -1);
        }

        Evaluate(_records.AsSpan(0, records.Length), acc);
    }

    /// <summary>Scores a pair's entries (filtered in place, so the span is scratch afterwards).</summary>
    public void Evaluate(Span<Entry> records, Accumulator acc)
    {
        EnsureCapacity(records.Length);
        var n = 0;
        foreach (ref readonly var record in records)
        {
            if (record.IsRemoved)
            {
                acc.Removed++;
            }
            else if (record.IsAuto && !_countAuto)
            {
                acc.AutoIgnored++;
            }
            else
            {
                records[n++] = record;
            }
        }

        if (n == 0)
        {
            return;
        }

        switch (_scheme)
        {
            case ScoringScheme.Taobao:
                Taobao(records, n, acc);
                break;
            case ScoringScheme.Ebay:
                Ebay(records, n, acc);
                break;
            case ScoringScheme.EbayClassic:
                EbayClassic(records, n, acc);
                break;
            case ScoringScheme.AliExpress:
                AliExpress(records, n, acc);
                break;
            case ScoringScheme.Amazon:
                Amazon(records, n, acc);
                break;
            default:
                Composite(records, n, acc);
                break;
        }
    }

    private void Taobao(Span<Entry> e, int n, Accumulator acc)
    {
        // One pass in time order (research §1.2, convention C6). For each ±1 rating: first the 14-day same-item rule —
        // a rating less than 14×24 h after the last *counted* one with the same (item, sign) scores 0 — then the
        // monthly cap: per calendar month in Asia/Shanghai the running sum stays within [−cap, +cap] and the rating
        // scores clamp(r + p) − r. The rules run as a pipeline, so "counted" means "not suppressed by the 14-day rule":
        // a rating the cap later absorbs still opens a 14-day window (see docs/scoring.md). The first DSR ratings per
        // month count (§1.7).
        _items.Clear();
        _months.Clear();
        var cap = _settings.MonthlyCap;
        var sameItemWindow = _settings.SameItemWindow;
        var sameItemRule = sameItemWindow > Duration.Zero;
        for (var i = 0; i < n; i++)
        {
            ref readonly var record = ref e[i];
            var p = record.IsAuto ? 1 : record.Points;
            acc.RateTotal++;
            if (p > 0)
            {
                acc.RatePositive++;
            }

            ref var month = ref _months.Get(_taobaoZone.Month(record.At));
            if (!record.IsAuto && record.HasDetails && month.DsrTaken < _settings.DsrRatingsPerMonth)
            {
                month.DsrTaken++;
                if (record.At > _dsrWindowStart)
                {
                    AddDsr(acc, in record);
                }
            }

            if (p == 0)
            {
                acc.Neutral++;
                continue;
            }

            var item = sameItemRule ? record.Item : -1;
            if (item >= 0 && _items.TryGetLast(item, p, out var last))
            {
                var gap = record.At - last;
                if (gap < sameItemWindow || (_settings.SameItemInclusive && gap == sameItemWindow))
                {
                    acc.SameItemRule++;
                    continue;
                }
            }

            if (item >= 0)
            {
                _items.SetLast(item, p, record.At); // passed the 14-day rule: it opens the next window, whatever the cap does
            }

            var next = Math.Clamp(month.Running + p, -cap, cap);
            var scored = next - month.Running;
            if (scored == 0)
            {
                acc.MonthlyCap++;
                continue;
            }

            month.Running = next;
            acc.Score += scored;
            if (scored > 0)
            {
                acc.Positive++;
            }
            else
            {
                acc.Negative++;
            }
        }
    }

    private static void AddDsr(Accumulator acc, in Entry entry)
    {
        acc.DsrRatings++;
        if (entry.Description != 0)
        {
            acc.DescriptionSum += entry.Description;
            acc.DescriptionCount++;
        }

        if (entry.Service != 0)
        {
            acc.ServiceSum += entry.Service;
            acc.ServiceCount++;
        }

        if (entry.Shipping != 0)
        {
            acc.ShippingSum += entry.Shipping;
            acc.ShippingCount++;
        }
    }

    private void Ebay(Span<Entry> e, int n, Accumulator acc)
    {
        // Per (rater, ratee, Monday–Sunday week in America/Los_Angeles) the group scores sign(#pos − #neg) (research
        // §2.2, C7). The percentage regroups only the ratings inside the 12-month window (§2.3, C4).
        for (var i = 0; i < n; i++)
        {
            _keys[i] = _ebayZone.Week(e[i].At);
        }

        OrderByKey(n);
        var j = 0;
        while (j < n)
        {
            var key = _keys[_order[j]];
            var start = j;
            var net = 0;
            var windowNet = 0;
            var windowCount = 0;
            while (j < n && _keys[_order[j]] == key)
            {
                ref readonly var record = ref e[_order[j]];
                int p = record.Points;
                net += p;
                if (record.At > _ebayWindowStart)
                {
                    windowNet += p;
                    windowCount++;
                }
                else
                {
                    acc.OutsideWindow++;
                }

                j++;
            }

            var sign = Math.Sign(net);
            acc.Score += sign;
            Count(acc, sign);
            acc.RepeatInSameWeek += j - start - 1;
            if (windowCount > 0)
            {
                CountWindow(acc, Math.Sign(windowNet));
            }
        }
    }

    private static void EbayClassic(Span<Entry> e, int n, Accumulator acc)
    {
        // Before 2008 one count per unique member: raters with a positive minus raters with a negative; a rater with
        // both counts 0 (research §2.2 "classic").
        var anyPositive = false;
        var anyNegative = false;
        for (var i = 0; i < n; i++)
        {
            var points = e[i].Points;
            anyPositive |= points > 0;
            anyNegative |= points < 0;
        }

        var sign = anyPositive == anyNegative ? 0 : anyPositive ? 1 : -1;
        acc.Score += sign;
        Count(acc, sign);
        acc.RepeatRater += n - 1;
    }

    private void AliExpress(Span<Entry> e, int n, Accumulator acc)
    {
        // Anchored windows [t0, t0 + 10 d) per rater; t0 is the first rating not yet in a window; the earliest rating
        // represents the window (research §3.1, C8).
        var window = _settings.AliRepeatWindow;
        var i = 0;
        while (i < n)
        {
            var anchor = e[i].At;
            var end = anchor + window;
            var start = i;
            var net = 0;
            while (i < n && e[i].At < end)
            {
                net += e[i].Points;
                i++;
            }

            var sign = _settings.AliRepresentative == AliExpressRepresentative.Earliest
                ? e[start].Points
                : Math.Sign(net);
            acc.Score += sign;
            Count(acc, sign);
            acc.RepeatWithinWindow += i - start - 1;
            if (anchor > _aliWindowStart)
            {
                CountWindow(acc, sign);
            }
            else
            {
                acc.OutsideWindow++;
            }
        }
    }

    private void Amazon(Span<Entry> e, int n, Accumulator acc)
    {
        // One feedback per order (revisions already resolved); the 365-day window and the lifetime are both kept and
        // the report picks the one shown (research §4.1, C9).
        for (var i = 0; i < n; i++)
        {
            ref readonly var record = ref e[i];
            int sign = record.Points;
            Count(acc, sign);
            if (record.At > _amazonWindowStart)
            {
                CountWindow(acc, sign);
            }
        }
    }

    private void Composite(Span<Entry> e, int n, Accumulator acc)
    {
        // CRS-1 (research §7): p = (stars − 1) / 4, collapsed per (rater, Los Angeles week) to the mean, the group's
        // time the latest rating, weight 2^(−age days / half-life).
        for (var i = 0; i < n; i++)
        {
            _keys[i] = _compositeZone.Week(e[i].At);
            Count(acc, e[i].Points);
        }

        OrderByKey(n);
        var j = 0;
        while (j < n)
        {
            var key = _keys[_order[j]];
            var count = 0;
            var starSum = 0;
            var latest = Instant.MinValue;
            while (j < n && _keys[_order[j]] == key)
            {
                ref readonly var record = ref e[_order[j]];
                count++;
                starSum += record.Stars;
                if (record.At > latest)
                {
                    latest = record.At;
                }

                j++;
            }

            var meanP = (starSum - count) / (4.0 * count);
            var ageDays = (_asOf - latest).TotalDays;
            var weight = double.IsPositiveInfinity(_settings.HalfLifeDays) ? 1.0 : Math.Pow(2.0, -ageDays / _settings.HalfLifeDays);
            acc.WeightSum += Accumulator.ToFixed(weight);
            acc.WeightedPSum += Accumulator.ToFixed(weight * meanP);
            acc.Groups++;
        }
    }

    private static void Count(Accumulator acc, int sign)
    {
        if (sign > 0)
        {
            acc.Positive++;
        }
        else if (sign < 0)
        {
            acc.Negative++;
        }
        else
        {
            acc.Neutral++;
        }
    }

    private static void CountWindow(Accumulator acc, int sign)
    {
        if (sign > 0)
        {
            acc.WindowPositive++;
        }
        else if (sign < 0)
        {
            acc.WindowNegative++;
        }
        else
        {
            acc.WindowNeutral++;
        }
    }

    /// <summary>Fills the order buffer with 0..n−1 grouped by key (ascending), position order kept within a key.</summary>
    private void OrderByKey(int n)
    {
        var monotonic = true;
        var min = long.MaxValue;
        var max = long.MinValue;
        for (var i = 0; i < n; i++)
        {
            _order[i] = i;
            monotonic &= i == 0 || _keys[i] >= _keys[i - 1];
            min = Math.Min(min, _keys[i]);
            max = Math.Max(max, _keys[i]);
        }

        if (monotonic)
        {
            return;
        }

        // Entries not in time order (schemes that group by week skip the time sort): sort (key, position) packed in
        // one long — a primitive sort, no comparer, no allocation.
        if ((ulong)(max - min) < int.MaxValue)
        {
            var packed = _packed.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                packed[i] = ((_keys[i] - min) << 32) | (uint)i;
            }

            packed.Sort();
            for (var i = 0; i < n; i++)
            {
                _order[i] = (int)(packed[i] & 0xFFFF_FFFF);
            }
        }
        else
        {
            _order.AsSpan(0, n).Sort(new KeyComparer(_keys));
        }
    }

    private void EnsureCapacity(int length)
    {
        if (_keys.Length >= length)
        {
            return;
        }

        var size = Math.Max(length, _keys.Length * 2);
        _keys = new long[size];
        _order = new int[size];
        _packed = new long[size];
    }

    private readonly struct KeyComparer(long[] keys) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = keys[x].CompareTo(keys[y]);
            return c != 0 ? c : x.CompareTo(y);
        }
    }
}
