using System;
using System.Linq;
using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>An immutable, validated copy of <see cref="ScoringOptions"/> with time zones resolved.</summary>
internal sealed class ScoringSettings
{
    public ScoringSettings(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException(
                "options: invalid scoring options: " + string.Join(" ", problems), nameof(options));
        }

        DefaultScheme = options.DefaultScheme;

        var taobao = options.Taobao;
        SameItemWindow = Duration.FromDays(taobao.SameItemWindowDays);
        SameItemInclusive = taobao.SameItemWindowInclusive;
        MonthlyCap = taobao.MonthlyCap;
        TaobaoZone = DateTimeZoneProviders.Tzdb[taobao.TimeZoneId];
        CountAutoRatings = taobao.CountAutoRatings;
        DsrWindow = Duration.FromDays(taobao.DsrWindowDays);
        DsrRatingsPerMonth = taobao.DsrRatingsPerMonth;

        var ebay = options.Ebay;
        EbayZone = DateTimeZoneProviders.Tzdb[ebay.TimeZoneId];
        EbayWindowMonths = ebay.PercentageWindowMonths;
        EbayCountNeutrals = ebay.CountNeutralsInPercentage;

        var ali = options.AliExpress;
        AliRepeatWindow = Duration.FromDays(ali.RepeatWindowDays);
        AliWindowMonths = ali.PercentageWindowMonths;
        AliRepresentative = ali.Representative;

        var amazon = options.Amazon;
        AmazonWindowDays = amazon.WindowDays;
        AmazonWindowMinimum = amazon.WindowMinimumRatings;

        var composite = options.Composite;
        HalfLifeDays = composite.HalfLifeDays;
        PriorWeight = composite.PriorWeight;
        PriorMean = composite.PriorMean;
        Z = composite.Z;
        CompositeZone = DateTimeZoneProviders.Tzdb[composite.TimeZoneId];
    }

    public ScoringScheme DefaultScheme { get; }

    public Duration SameItemWindow { get; }

    public bool SameItemInclusive { get; }

    public int MonthlyCap { get; }

    public DateTimeZone TaobaoZone { get; }

    public bool CountAutoRatings { get; }

    public Duration DsrWindow { get; }

    public int DsrRatingsPerMonth { get; }

    public DateTimeZone EbayZone { get; }

    public int EbayWindowMonths { get; }

    public bool EbayCountNeutrals { get; }

    public Duration AliRepeatWindow { get; }

    public int AliWindowMonths { get; }

    public AliExpressRepresentative AliRepresentative { get; }

    public int AmazonWindowDays { get; }

    public int AmazonWindowMinimum { get; }

    public double HalfLifeDays { get; }

    public double PriorWeight { get; }

    public double PriorMean { get; }

    public double Z { get; }

    public DateTimeZone CompositeZone { get; }
}

/// <summary>Calendar arithmetic on instants without allocating.</summary>
internal static class TimeKeys
{
    /// <summary>The earliest as-of instant scoring accepts (windows reach back up to 100 years before it).</summary>
    public static readonly Instant MinAsOf = Instant.FromUtc(-9000, 1, 1, 0, 0);

    /// <summary>The latest as-of instant scoring accepts.</summary>
    public static readonly Instant MaxAsOf = Instant.FromUtc(9000, 12, 31, 23, 59, 59);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for an as-of instant outside <see cref="MinAsOf"/>–<see cref="MaxAsOf"/>.</summary>
    public static void CheckAsOf(Instant asOf, string paramName)
    {
        if (asOf < MinAsOf || asOf > MaxAsOf)
        {
            Utility.Preconditions.ThrowOutOfRange(paramName, asOf, "must be between the years -9000 and 9000.");
        }
    }

    /// <summary>A number for the Monday–Sunday week holding a day (days since 1970-01-01).</summary>
    public static long WeekOfEpochDay(long epochDay) => FloorDiv(epochDay + 3, 7); // 1969-12-29 was a Monday

    /// <summary>A number (year × 12 + month − 1) for the calendar month holding a day (days since 1970-01-01).</summary>
    public static long MonthOfEpochDay(long epochDay)
    {
        // Howard Hinnant's civil_from_days.
        var z = epochDay + 719468;
        var era = FloorDiv(z, 146097);
        var doe = z - (era * 146097);
        var yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
        var year = yoe + (era * 400);
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var month = mp < 10 ? mp + 3 : mp - 9;
        if (month <= 2)
        {
            year++;
        }

        return (year * 12) + month - 1;
    }

    /// <summary>The instant <paramref name="months"/> calendar months before <paramref name="asOf"/>, counted in UTC (the day clamps to the month's end).</summary>
    public static Instant MonthsBefore(Instant asOf, int months) =>
        asOf.InUtc().LocalDateTime.PlusMonths(-months).InUtc().ToInstant();

    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) ^ (b < 0))) ? q - 1 : q;
    }
}
