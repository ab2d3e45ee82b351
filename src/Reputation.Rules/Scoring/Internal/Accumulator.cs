using System;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// One ratee's running totals for one scheme. Every field is an integer (the composite's weights are fixed point,
/// 2⁻⁴⁰), so sums are exact and independent of the order pairs are added in — which is what makes tallies merge
/// to exactly the result of the whole history.
/// </summary>
internal sealed class Accumulator
{
    public const double FixedPointScale = 1099511627776.0; // 2^40

    public long Score;
    public long Positive;
    public long Neutral;
    public long Negative;
    public long WindowPositive;
    public long WindowNeutral;
    public long WindowNegative;

    public long Removed;
    public long Revised;
    public long AfterAsOf;
    public long AutoIgnored;
    public long RepeatInSameWeek;
    public long RepeatWithinWindow;
    public long RepeatRater;
    public long SameItemRule;
    public long MonthlyCap;
    public long OutsideWindow;

    public long RatePositive;
    public long RateTotal;

    public long DescriptionSum;
    public long DescriptionCount;
    public long ServiceSum;
    public long ServiceCount;
    public long ShippingSum;
    public long ShippingCount;
    public long DsrRatings;

    public Int128 WeightSum;
    public Int128 WeightedPSum;
    public long Groups;

    public static long ToFixed(double value) => (long)Math.Round(value * FixedPointScale, MidpointRounding.AwayFromZero);
}
