using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Benchmarks;

/// <summary>What the straightforward implementation computes per ratee (enough to compare with a report).</summary>
public sealed record LinqScore(
    string Ratee,
    decimal? Score,
    decimal? Percent,
    string Window,
    long Positive,
    long Neutral,
    long Negative,
    decimal? Stars = null,
    decimal? Description = null,
    decimal? Service = null,
    decimal? Shipping = null);

/// <summary>
/// The schemes written the straightforward way — LINQ GroupBy/OrderBy over the whole history, NodaTime's
/// <c>InZone(...).Date</c> per rating, doubles summed as they come. The benchmark's baseline, and an independent
/// oracle the tests compare <see cref="CreditScoreCalculator"/> with on random histories. Default conventions only.
/// </summary>
public static class LinqScoring
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static IReadOnlyList<LinqScore> Score(ScoringScheme scheme, IEnumerable<Feedback> history, Instant asOf) => scheme switch
    {
        ScoringScheme.Taobao => Taobao(history, asOf),
        ScoringScheme.Ebay => Ebay(history, asOf),
        ScoringScheme.EbayClassic => EbayClassic(history, asOf),
        ScoringScheme.AliExpress => AliExpress(history, asOf),
        ScoringScheme.Amazon => Amazon(history, asOf),
        _ => Composite(history, asOf),
    };

    /// <summary>Latest record per (ratee, rater, order) as of <paramref name="asOf"/>, removed orders dropped.</summary>
    public static List<Feedback> Resolve(IEnumerable<Feedback> history, Instant asOf)
    {
        var visible = history.Where(f => f.At <= asOf).ToList();
        var latestPerOrder = visible
            .Where(f => f.OrderId != null)
            .GroupBy(f => (f.Ratee, f.Rater, f.OrderId))
            .Select(g => Chronological(g).Last());
        return latestPerOrder.Concat(visible.Where(f => f.OrderId == null)).Where(f => !f.IsRemoved).ToList();
    }

    public static IOrderedEnumerable<Feedback> Chronological(IEnumerable<Feedback> records) => records
        .OrderBy(f => f.At)
        .ThenBy(f => f.IsRemoved)
        .ThenBy(f => !f.IsAuto)
        .ThenByDescending(f => f.Stars)
        .ThenBy(f => f.ItemId, StringComparer.Ordinal)
        .ThenBy(f => f.OrderId, StringComparer.Ordinal)
        .ThenBy(f => f.DetailedRatings?.Description)
        .ThenBy(f => f.DetailedRatings?.Service)
        .ThenBy(f => f.DetailedRatings?.Shipping);

    public static IReadOnlyList<LinqScore> Taobao(IEnumerable<Feedback> history, Instant asOf)
    {
        var dsrStart = asOf - Duration.FromDays(180);
        return Resolve(history, asOf)
            .GroupBy(f => f.Ratee)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(ratee =>
            {
                long score = 0, positive = 0, neutral = 0, negative = 0;
                var dsr = new List<DetailedRatings>();
                foreach (var pair in ratee.GroupBy(f => f.Rater))
                {
                    var lastCounted = new Dictionary<(string Item, int Sign), Instant>();
                    var running = new Dictionary<(int Year, int Month), int>();
                    var dsrPerMonth = new Dictionary<(int Year, int Month), int>();
                    foreach (var f in Chronological(pair))
                    {
                        var date = f.At.InZone(Shanghai).Date;
                        var month = (date.Year, date.Month);
                        var p = f.IsAuto ? 1 : f.Stars >= 4 ? 1 : f.Stars == 3 ? 0 : -1;
                        if (!f.IsAuto && f.DetailedRatings != null)
                        {
                            var taken = dsrPerMonth.GetValueOrDefault(month);
                            if (taken < 3)
                            {
                                dsrPerMonth[month] = taken + 1;
                                if (f.At > dsrStart)
                                {
                                    dsr.Add(f.DetailedRatings);
                                }
                            }
                        }

                        if (p == 0)
                        {
                            neutral++;
                            continue;
                        }

                        if (f.ItemId != null)
                        {
                            if (lastCounted.TryGetValue((f.ItemId, p), out var last) && f.At - last < Duration.FromDays(14))
                            {
                                continue;
                            }

                            lastCounted[(f.ItemId, p)] = f.At;
                        }

                        var r = running.GetValueOrDefault(month);
                        var scored = Math.Clamp(r + p, -6, 6) - r;

                        running[month] = r + scored;
                        score += scored;
                        positive += scored > 0 ? 1 : 0;
                        negative += scored < 0 ? 1 : 0;
                    }
                }

                var all = ratee.Count();
                var good = ratee.Count(f => f.IsAuto || f.Stars >= 4);
                return new LinqScore(
                    ratee.Key, score, Round(good * 100m / all, 2), "lifetime", positive, neutral, negative,
                    Description: Mean(dsr.Where(d => d.Description != null).Select(d => d.Description!.Value)),
                    Service: Mean(dsr.Where(d => d.Service != null).Select(d => d.Service!.Value)),
                    Shipping: Mean(dsr.Where(d => d.Shipping != null).Select(d => d.Shipping!.Value)));
            })
            .ToList();
    }

    public static IReadOnlyList<LinqScore> Ebay(IEnumerable<Feedback> history, Instant asOf)
    {
        var windowStart = asOf.InUtc().LocalDateTime.PlusMonths(-12).InUtc().ToInstant();
        return Resolve(history, asOf)
            .Where(f => !f.IsAuto)
            .GroupBy(f => f.Ratee)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(ratee =>
            {
                var signs = ratee.GroupBy(f => (f.Rater, Week(f.At, LosAngeles))).Select(g => Math.Sign(g.Sum(Points))).ToList();
                var windowSigns = ratee.Where(f => f.At > windowStart).GroupBy(f => (f.Rater, Week(f.At, LosAngeles))).Select(g => Math.Sign(g.Sum(Points))).ToList();
                var pos = windowSigns.Count(s => s > 0);
                var neg = windowSigns.Count(s => s < 0);
                return new LinqScore(
                    ratee.Key, signs.Sum(), pos + neg == 0 ? null : Round(pos * 100m / (pos + neg), 1), "12m",
                    signs.Count(s => s > 0), signs.Count(s => s == 0), signs.Count(s => s < 0));
            })
            .ToList();
    }

    public static IReadOnlyList<LinqScore> EbayClassic(IEnumerable<Feedback> history, Instant asOf) => Resolve(history, asOf)
        .Where(f => !f.IsAuto)
        .GroupBy(f => f.Ratee)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(ratee =>
        {
            var signs = ratee.GroupBy(f => f.Rater).Select(g =>
            {
                var anyPositive = g.Any(f => f.Stars >= 4);
                var anyNegative = g.Any(f => f.Stars <= 2);
                return anyPositive == anyNegative ? 0 : anyPositive ? 1 : -1;
            }).ToList();
            return new LinqScore(ratee.Key, signs.Sum(), null, "lifetime", signs.Count(s => s > 0), signs.Count(s => s == 0), signs.Count(s => s < 0));
        })
        .ToList();

    public static IReadOnlyList<LinqScore> AliExpress(IEnumerable<Feedback> history, Instant asOf)
    {
        var windowStart = asOf.InUtc().LocalDateTime.PlusMonths(-6).InUtc().ToInstant();
        return Resolve(history, asOf)
            .Where(f => !f.IsAuto)
            .GroupBy(f => f.Ratee)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(ratee =>
            {
                var representatives = new List<Feedback>();
                foreach (var pair in ratee.GroupBy(f => f.Rater))
                {
                    Instant? windowEnd = null;
                    foreach (var f in Chronological(pair))
                    {
                        if (windowEnd is null || f.At >= windowEnd)
                        {
                            representatives.Add(f);
                            windowEnd = f.At + Duration.FromDays(10);
                        }
                    }
                }

                var recent = representatives.Where(f => f.At > windowStart).ToList();
                var pos = recent.Count(f => f.Stars >= 4);
                var neg = recent.Count(f => f.Stars <= 2);
                return new LinqScore(
                    ratee.Key, representatives.Sum(Points), pos + neg == 0 ? null : Round(pos * 100m / (pos + neg), 1), "6m",
                    representatives.Count(f => f.Stars >= 4), representatives.Count(f => f.Stars == 3), representatives.Count(f => f.Stars <= 2));
            })
            .ToList();
    }

    public static IReadOnlyList<LinqScore> Amazon(IEnumerable<Feedback> history, Instant asOf)
    {
        var windowStart = asOf - Duration.FromDays(365);
        return Resolve(history, asOf)
            .Where(f => !f.IsAuto)
            .GroupBy(f => f.Ratee)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(ratee =>
            {
                var recent = ratee.Where(f => f.At > windowStart).ToList();
                var shown = recent.Count > 10 ? recent : ratee.ToList();
                var pos = shown.Count(f => f.Stars >= 4);
                decimal? percent = Round(pos * 100m / shown.Count, 0);
                return new LinqScore(
                    ratee.Key, percent, percent, recent.Count > 10 ? "365d" : "lifetime",
                    pos, shown.Count(f => f.Stars == 3), shown.Count(f => f.Stars <= 2));
            })
            .ToList();
    }

    public static IReadOnlyList<LinqScore> Composite(IEnumerable<Feedback> history, Instant asOf) => Resolve(history, asOf)
        .Where(f => !f.IsAuto)
        .GroupBy(f => f.Ratee)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(ratee =>
        {
            var groups = ratee
                .GroupBy(f => (f.Rater, Week(f.At, LosAngeles)))
                .Select(g => (P: g.Average(f => (f.Stars - 1) / 4.0), Latest: g.Max(f => f.At)))
                .OrderBy(g => g.Latest)
                .ToList();
            var weights = groups.Select(g => Math.Pow(2, -(asOf - g.Latest).TotalDays / 180)).ToList();
            var sumW = weights.Sum();
            var sumWp = groups.Select((g, i) => weights[i] * g.P).Sum();
            var mean = (sumWp + (7 * 0.625)) / (sumW + 7);
            var n = sumW + 7;
            const double z = 1.96;
            var lower = (mean + (z * z / (2 * n)) - (z * Math.Sqrt(((mean * (1 - mean)) + (z * z / (4 * n))) / n))) / (1 + (z * z / n));
            var crs = Math.Round((decimal)(100 * lower), 2, MidpointRounding.AwayFromZero);
            return new LinqScore(
                ratee.Key, crs, null, "lifetime", ratee.Count(f => f.Stars >= 4), ratee.Count(f => f.Stars == 3), ratee.Count(f => f.Stars <= 2),
                Stars: Math.Round((decimal)(1 + (4 * mean)), 2, MidpointRounding.AwayFromZero));
        })
        .ToList();

    private static int Points(Feedback f) => f.Stars >= 4 ? 1 : f.Stars == 3 ? 0 : -1;

    private static LocalDate Week(Instant at, DateTimeZone zone) =>
        at.InZone(zone).Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static decimal? Mean(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Round((decimal)list.Sum() / list.Count, 2);
    }
}
