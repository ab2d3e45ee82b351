using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Scoring.Internal;
using Xunit;

namespace Reputation.Rules.Tests.Scoring;

/// <summary>The allocation-free calendar arithmetic agrees with NodaTime over ±9000 years and every time zone used.</summary>
public sealed class TimeKeysTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    [Property(MaxTest = 2_000)]
    public Property Month_and_week_of_an_epoch_day_agree_with_local_dates() =>
        Prop.ForAll(Gen.Choose(-3_900_000, 2_600_000).ToArbitrary(), day =>
        {
            var date = Epoch.PlusDays(day);
            var monday = date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            return TimeKeys.MonthOfEpochDay(day) == ((long)date.Year * 12) + date.Month - 1
                && TimeKeys.WeekOfEpochDay(day) == TimeKeys.WeekOfEpochDay(Period.DaysBetween(Epoch, monday))
                && TimeKeys.WeekOfEpochDay(day) != TimeKeys.WeekOfEpochDay(Period.DaysBetween(Epoch, monday) - 1);
        });

    // One [Property] per zone (each runs 1,000 cases), as the former [Theory] did with one InlineData per zone.
    [Property(MaxTest = 1_000)]
    public Property Zone_offsets_agree_with_tzdb_in_los_angeles() => ZoneOffsetsAgreeWithTzdb("America/Los_Angeles");

    [Property(MaxTest = 1_000)]
    public Property Zone_offsets_agree_with_tzdb_in_shanghai() => ZoneOffsetsAgreeWithTzdb("Asia/Shanghai");

    [Property(MaxTest = 1_000)]
    public Property Zone_offsets_agree_with_tzdb_in_berlin() => ZoneOffsetsAgreeWithTzdb("Europe/Berlin");

    [Property(MaxTest = 1_000)]
    public Property Zone_offsets_agree_with_tzdb_on_lord_howe() => ZoneOffsetsAgreeWithTzdb("Australia/Lord_Howe");

    private static Property ZoneOffsetsAgreeWithTzdb(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var offsets = new ZoneOffsets(zone);
        return Prop.ForAll(Gen.Choose(-2_000_000, 2_000_000).ToArbitrary(), minutes =>
        {
            var instant = Instant.FromUtc(2026, 3, 8, 10, 0) + Duration.FromMinutes(minutes * 7L);
            var local = instant.InZone(zone).Date;
            return offsets.OffsetTicks(instant) == zone.GetUtcOffset(instant).Ticks
                && offsets.Month(instant) == ((long)local.Year * 12) + local.Month - 1;
        });
    }

    [Fact]
    public void Month_tracker_finds_earlier_months_when_keys_run_backwards()
    {
        var months = new MonthTracker();
        months.Get(5).Running = 1;
        months.Get(6).Running = 2;
        months.Get(4).Running = 3;
        Assert.Equal(2, months.Get(6).Running);
        Assert.Equal(1, months.Get(5).Running);
        Assert.Equal(3, months.Get(4).Running);
        Assert.Equal(0, months.Get(7).Running);
        months.Clear();
        Assert.Equal(0, months.Get(6).Running);
    }
}
