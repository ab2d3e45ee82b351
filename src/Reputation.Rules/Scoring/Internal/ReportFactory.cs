using System;
using System.Globalization;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>Turns a ratee's <see cref="Accumulator"/> into a <see cref="CreditReport"/>.</summary>
internal static class ReportFactory
{
    public static CreditReport Create(string ratee, ScoringScheme scheme, ScoringSettings settings, PairEvaluator evaluator, Accumulator acc)
    {
        var asOf = evaluator.AsOf;
        var counts = new FeedbackCounts(acc.Positive, acc.Neutral, acc.Negative);
        switch (scheme)
        {
            case ScoringScheme.Taobao:
            {
                decimal score = acc.Score;
                var dsr = new DetailedRatingAverages(
                    Mean(acc.DescriptionSum, acc.DescriptionCount),
                    Mean(acc.ServiceSum, acc.ServiceCount),
                    Mean(acc.ShippingSum, acc.ShippingCount),
                    acc.DsrRatings);
                return new CreditReport(
                    ratee, scheme, asOf, score, LevelTables.Taobao.LevelOf(score), LevelTables.Taobao.NextOf(score),
                    Percent(acc.RatePositive, acc.RateTotal, 2), new ScoreWindow("lifetime", null), counts, Excluded(acc, acc.OutsideWindow), dsr, null);
            }

            case ScoringScheme.Ebay:
            {
                decimal score = acc.Score;
                var denominator = acc.WindowPositive + acc.WindowNegative + (settings.EbayCountNeutrals ? acc.WindowNeutral : 0);
                return new CreditReport(
                    ratee, scheme, asOf, score, LevelTables.Ebay.LevelOf(score), LevelTables.Ebay.NextOf(score),
                    Percent(acc.WindowPositive, denominator, 1), MonthsWindow(settings.EbayWindowMonths, evaluator.EbayWindowStart),
                    counts, Excluded(acc, acc.OutsideWindow), null, null);
            }

            case ScoringScheme.EbayClassic:
            {
                decimal score = acc.Score;
                return new CreditReport(
                    ratee, scheme, asOf, score, LevelTables.Ebay.LevelOf(score), LevelTables.Ebay.NextOf(score),
                    null, new ScoreWindow("lifetime", null), counts, Excluded(acc, acc.OutsideWindow), null, null);
            }

            case ScoringScheme.AliExpress:
            {
                decimal score = acc.Score;
                return new CreditReport(
                    ratee, scheme, asOf, score, LevelTables.AliExpress.LevelOf(score), LevelTables.AliExpress.NextOf(score),
                    Percent(acc.WindowPositive, acc.WindowPositive + acc.WindowNegative, 1), MonthsWindow(settings.AliWindowMonths, evaluator.AliWindowStart),
                    counts, Excluded(acc, acc.OutsideWindow), null, null);
            }

            case ScoringScheme.Amazon:
            {
                var windowCounts = new FeedbackCounts(acc.WindowPositive, acc.WindowNeutral, acc.WindowNegative);
                var useWindow = windowCounts.Total > settings.AmazonWindowMinimum;
                var shown = useWindow ? windowCounts : counts;
                var window = useWindow
                    ? new ScoreWindow(settings.AmazonWindowDays.ToString(CultureInfo.InvariantCulture) + "d", evaluator.AmazonWindowStart)
                    : new ScoreWindow("lifetime", null);
                var percent = Percent(shown.Positive, shown.Total, 0);
                return new CreditReport(
                    ratee, scheme, asOf, percent, null, null, percent, window, shown,
                    Excluded(acc, useWindow ? counts.Total - windowCounts.Total : 0), null, null);
            }

            default:
                return Composite(ratee, settings, asOf, counts, acc);
        }
    }

    private static CreditReport Composite(string ratee, ScoringSettings settings, NodaTime.Instant asOf, FeedbackCounts counts, Accumulator acc)
    {
        var weight = (double)acc.WeightSum / Accumulator.FixedPointScale;
        var weightedP = (double)acc.WeightedPSum / Accumulator.FixedPointScale;
        var n = weight + settings.PriorWeight;
        var mean = n > 0 ? (weightedP + (settings.PriorWeight * settings.PriorMean)) / n : settings.PriorMean;
        var crs = n > 0 ? 100.0 * WilsonLowerBound(mean, n, settings.Z) : 0.0;
        var composite = new CompositeScore(RoundDouble(crs, 2), RoundDouble(1 + (4 * mean), 2), mean, weight, acc.Groups);
        return new CreditReport(
            ratee, ScoringScheme.Composite, asOf, composite.Crs, null, null, null, new ScoreWindow("lifetime", null),
            counts, Excluded(acc, 0), null, composite);
    }

    /// <summary>
    /// The lower bound of the Wilson score interval (Wilson 1927; Evan Miller, research §5.3):
    /// (p + z²/2n − z·√((p(1−p) + z²/4n)/n)) / (1 + z²/n).
    /// </summary>
    internal static double WilsonLowerBound(double p, double n, double z)
    {
        var z2 = z * z;
        var centre = p + (z2 / (2 * n));
        var spread = z * Math.Sqrt(Math.Max(0, (p * (1 - p)) + (z2 / (4 * n))) / n);
        return (centre - spread) / (1 + (z2 / n));
    }

    /// <summary>positives × 100 ÷ total on the exact decimal value, rounded half away from zero; null when total is 0.</summary>
    internal static decimal? Percent(long positives, long total, int decimals) =>
        total <= 0 ? null : Round(positives * 100m / total, decimals);

    private static decimal? Mean(long sum, long count) =>
        count <= 0 ? null : Round((decimal)sum / count, 2);

    private static decimal RoundDouble(double value, int decimals) => Round((decimal)value, decimals);

    /// <summary>Rounds half away from zero and shows exactly <paramref name="decimals"/> places (75 → 75.0).</summary>
    private static decimal Round(decimal value, int decimals) =>
        Math.Round(value + new decimal(0, 0, 0, false, (byte)decimals), decimals, MidpointRounding.AwayFromZero);

    private static ScoreWindow MonthsWindow(int months, NodaTime.Instant start) =>
        new(months.ToString(CultureInfo.InvariantCulture) + "m", start);

    private static ExclusionCounts Excluded(Accumulator acc, long outsideWindow) => new(
        acc.Removed,
        acc.Revised,
        acc.AfterAsOf,
        acc.AutoIgnored,
        acc.RepeatInSameWeek,
        acc.RepeatWithinWindow,
        acc.RepeatRater,
        acc.SameItemRule,
        acc.MonthlyCap,
        outsideWindow);
}
