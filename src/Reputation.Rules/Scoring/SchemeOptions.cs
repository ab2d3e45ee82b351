using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Reputation.Rules.Scoring;

/// <summary>Taobao credit (淘宝信用) conventions; the defaults reproduce docs/sources/credit-scores.md §1 and C6.</summary>
/// <remarks>A mutable options bag: set it up, then hand it to <see cref="CreditScoreCalculator"/>, which copies it. Not thread-safe while being changed.</remarks>
public sealed class TaobaoSchemeOptions
{
    /// <summary>The 14-day same-item rule: a rating with the same (rater, ratee, item, sign) as the last counted one scores 0 when it comes less than this many days (×24 h) later; 0 turns the rule off.</summary>
    /// <value>The default value is 14 (rule text quoted in research §1.2).</value>
    public int SameItemWindowDays { get; set; } = 14;

    /// <summary>Whether a rating exactly <see cref="SameItemWindowDays"/> after the last counted one is still suppressed.</summary>
    /// <value>The default value is false: exactly 14×24 h later counts again (research §1.2 leaves the boundary UNCONFIRMED).</value>
    public bool SameItemWindowInclusive { get; set; }

    /// <summary>The monthly cap: per (rater, ratee, calendar month) the running sum of points stays within ±this value.</summary>
    /// <value>The default value is 6 (每个自然月中，相同买家和卖家之间的信用评价计分不超过6分, research §1.2).</value>
    public int MonthlyCap { get; set; } = 6;

    /// <summary>The TZDB time zone whose calendar months the monthly cap and the DSR limit use.</summary>
    /// <value>The default value is <c>Asia/Shanghai</c> (Taobao API timestamps are GMT+8, research §1.4).</value>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>Whether platform default ratings (<see cref="Feedback.IsAuto"/>) count as positives.</summary>
    /// <value>The default value is true (系统默认好评 scores +1, research §1.3).</value>
    public bool CountAutoRatings { get; set; } = true;

    /// <summary>Detailed ratings are averaged over ratings given within this many days (×24 h) before the as-of instant.</summary>
    /// <value>The default value is 180 (连续六个月, research §1.7).</value>
    public int DsrWindowDays { get; set; } = 180;

    /// <summary>Only the first this-many detailed ratings per (rater, ratee, calendar month) count.</summary>
    /// <value>The default value is 3 (计分次数不超过3次, research §1.7).</value>
    public int DsrRatingsPerMonth { get; set; } = 3;

    internal IEnumerable<string> Validate(string path)
    {
        if (SameItemWindowDays < 0 || SameItemWindowDays > 3650)
        {
            yield return Problem(path, nameof(SameItemWindowDays), "must be from 0 to 3650", SameItemWindowDays);
        }

        if (MonthlyCap < 1)
        {
            yield return Problem(path, nameof(MonthlyCap), "must be 1 or more", MonthlyCap);
        }

        if (OptionChecks.TimeZoneProblem(TimeZoneId) is { } zoneProblem)
        {
            yield return $"{path}.{nameof(TimeZoneId)}: {zoneProblem}";
        }

        if (DsrWindowDays < 1 || DsrWindowDays > 36500)
        {
            yield return Problem(path, nameof(DsrWindowDays), "must be from 1 to 36500", DsrWindowDays);
        }

        if (DsrRatingsPerMonth < 1)
        {
            yield return Problem(path, nameof(DsrRatingsPerMonth), "must be 1 or more", DsrRatingsPerMonth);
        }
    }

    private static string Problem(string path, string name, string what, int value) =>
        $"{path}.{name}: {what} (got {value.ToString(CultureInfo.InvariantCulture)}).";
}

/// <summary>eBay Feedback conventions; the defaults reproduce docs/sources/credit-scores.md §2 and C3, C4, C7.</summary>
/// <remarks>A mutable options bag: set it up, then hand it to <see cref="CreditScoreCalculator"/>, which copies it. Not thread-safe while being changed.</remarks>
public sealed class EbaySchemeOptions
{
    /// <summary>The TZDB time zone whose Monday–Sunday weeks group repeat ratings.</summary>
    /// <value>The default value is <c>America/Los_Angeles</c> ("Monday through Sunday, Pacific Time", research §2.2).</value>
    public string TimeZoneId { get; set; } = "America/Los_Angeles";

    /// <summary>The positive percentage covers ratings given after the as-of instant minus this many calendar months (UTC).</summary>
    /// <value>The default value is 12 ("transactions that ended in the last 12 months", research §2.3).</value>
    public int PercentageWindowMonths { get; set; } = 12;

    /// <summary>Whether neutral (net 0) groups count in the percentage's denominator, as eBay did in May 2008.</summary>
    /// <value>The default value is false: the current formula is positives ÷ (positives + negatives) (research §2.3).</value>
    public bool CountNeutralsInPercentage { get; set; }

    internal IEnumerable<string> Validate(string path)
    {
        if (OptionChecks.TimeZoneProblem(TimeZoneId) is { } zoneProblem)
        {
            yield return $"{path}.{nameof(TimeZoneId)}: {zoneProblem}";
        }

        if (PercentageWindowMonths < 1 || PercentageWindowMonths > 1200)
        {
            yield return $"{path}.{nameof(PercentageWindowMonths)}: must be from 1 to 1200 (got {PercentageWindowMonths.ToString(CultureInfo.InvariantCulture)}).";
        }
    }
}

/// <summary>Which rating represents an AliExpress 10-day window of ratings from one rater.</summary>
public enum AliExpressRepresentative
{
    /// <summary>The earliest rating in the window (convention A, the default; research §3.1).</summary>
    Earliest,

    /// <summary>The sign of the window's positives minus negatives (convention B; research C8).</summary>
    NetSign,
}

/// <summary>AliExpress feedback conventions; the defaults reproduce docs/sources/credit-scores.md §3 and C8.</summary>
/// <remarks>A mutable options bag: set it up, then hand it to <see cref="CreditScoreCalculator"/>, which copies it. Not thread-safe while being changed.</remarks>
public sealed class AliExpressSchemeOptions
{
    /// <summary>Ratings from one rater within this many days (×24 h) of the window's first rating count as one.</summary>
    /// <value>The default value is 10 ("several ratings from the same buyer within 10 days count as one", research §3.1).</value>
    public int RepeatWindowDays { get; set; } = 10;

    /// <summary>The positive percentage covers representatives given after the as-of instant minus this many calendar months (UTC).</summary>
    /// <value>The default value is 6 ("past 6 months", research §3.1).</value>
    public int PercentageWindowMonths { get; set; } = 6;

    /// <summary>Which rating represents a window.</summary>
    /// <value>The default value is <see cref="AliExpressRepresentative.Earliest"/>.</value>
    public AliExpressRepresentative Representative { get; set; } = AliExpressRepresentative.Earliest;

    internal IEnumerable<string> Validate(string path)
    {
        if (RepeatWindowDays < 1 || RepeatWindowDays > 3650)
        {
            yield return $"{path}.{nameof(RepeatWindowDays)}: must be from 1 to 3650 (got {RepeatWindowDays.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (PercentageWindowMonths < 1 || PercentageWindowMonths > 1200)
        {
            yield return $"{path}.{nameof(PercentageWindowMonths)}: must be from 1 to 1200 (got {PercentageWindowMonths.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (!Enum.IsDefined(Representative))
        {
            yield return $"{path}.{nameof(Representative)}: {Representative} is not a defined AliExpressRepresentative.";
        }
    }
}

/// <summary>Amazon seller-feedback conventions; the defaults reproduce docs/sources/credit-scores.md §4.1 and C9.</summary>
/// <remarks>A mutable options bag: set it up, then hand it to <see cref="CreditScoreCalculator"/>, which copies it. Not thread-safe while being changed.</remarks>
public sealed class AmazonSchemeOptions
{
    /// <summary>The recent window: ratings given after the as-of instant minus this many days (×24 h).</summary>
    /// <value>The default value is 365 ("XX% positive over the past 12 months", research §4.1).</value>
    public int WindowDays { get; set; } = 365;

    /// <summary>The recent window is shown only when it holds more than this many ratings; otherwise the lifetime rating is.</summary>
    /// <value>The default value is 10 ("more than 10 feedbacks in the previous 12 months", research §4.1).</value>
    public int WindowMinimumRatings { get; set; } = 10;

    internal IEnumerable<string> Validate(string path)
    {
        if (WindowDays < 1 || WindowDays > 36500)
        {
            yield return $"{path}.{nameof(WindowDays)}: must be from 1 to 36500 (got {WindowDays.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (WindowMinimumRatings < 0)
        {
            yield return $"{path}.{nameof(WindowMinimumRatings)}: must be 0 or more (got {WindowMinimumRatings.ToString(CultureInfo.InvariantCulture)}).";
        }
    }
}

/// <summary>Parameters of CRS-1, our composite score (docs/sources/credit-scores.md §7).</summary>
/// <remarks>A mutable options bag: set it up, then hand it to <see cref="CreditScoreCalculator"/>, which copies it. Not thread-safe while being changed.</remarks>
public sealed class CompositeSchemeOptions
{
    /// <summary>Recency half-life in days: a rating this old weighs half as much; <see cref="double.PositiveInfinity"/> turns decay off.</summary>
    /// <value>The default value is 180.</value>
    public double HalfLifeDays { get; set; } = 180;

    /// <summary>The prior's weight m (virtual ratings at <see cref="PriorMean"/>).</summary>
    /// <value>The default value is 7 (Trustpilot adds "7 reviews worth 3.5 stars", research §5.1).</value>
    public double PriorWeight { get; set; } = 7;

    /// <summary>The prior mean μ₀ on the 0–1 scale (p = (stars − 1) / 4).</summary>
    /// <value>The default value is 0.625 (3.5 stars).</value>
    public double PriorMean { get; set; } = 0.625;

    /// <summary>The normal quantile z of the Wilson lower bound.</summary>
    /// <value>The default value is 1.96 (95 %, research §5.3).</value>
    public double Z { get; set; } = 1.96;

    /// <summary>The TZDB time zone whose Monday–Sunday weeks collapse a rater's repeat ratings.</summary>
    /// <value>The default value is <c>America/Los_Angeles</c> (as eBay, research §7 step 2).</value>
    public string TimeZoneId { get; set; } = "America/Los_Angeles";

    internal IEnumerable<string> Validate(string path)
    {
        if (double.IsNaN(HalfLifeDays) || HalfLifeDays <= 0)
        {
            yield return $"{path}.{nameof(HalfLifeDays)}: must be more than 0 (got {HalfLifeDays.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (!double.IsFinite(PriorWeight) || PriorWeight < 0)
        {
            yield return $"{path}.{nameof(PriorWeight)}: must be a finite number, 0 or more (got {PriorWeight.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (!double.IsFinite(PriorMean) || PriorMean < 0 || PriorMean > 1)
        {
            yield return $"{path}.{nameof(PriorMean)}: must be from 0 to 1 (got {PriorMean.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (!double.IsFinite(Z) || Z < 0)
        {
            yield return $"{path}.{nameof(Z)}: must be a finite number, 0 or more (got {Z.ToString(CultureInfo.InvariantCulture)}).";
        }

        if (OptionChecks.TimeZoneProblem(TimeZoneId) is { } zoneProblem)
        {
            yield return $"{path}.{nameof(TimeZoneId)}: {zoneProblem}";
        }
    }
}

/// <summary>Shared checks for the scheme options.</summary>
internal static class OptionChecks
{
    public static string? TimeZoneProblem(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "must be a TZDB time zone id such as Asia/Shanghai (got nothing).";
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null
            ? $"'{id}' is not a TZDB time zone id (such as Asia/Shanghai or America/Los_Angeles)."
            : null;
    }
}
