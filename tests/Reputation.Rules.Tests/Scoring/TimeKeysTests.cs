using FsCheck.Fluent;
using NodaTime;
using Reputation.Rules.Scoring.Internal;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Scoring;

/// <summary>The allocation-free calendar arithmetic agrees with NodaTime over ±9000 years and every time zone used.</summary>
public sealed class TimeKeysTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    [Fact]
    public void Month_and_week_of_an_epoch_day_agree_with_local_dates() =>
        PropertyCheck.Run(Prop.ForAll(Gen.Choose(-3_900_000, 2_600_000).ToArbitrary(), day =>
        {
            var date = Epoch.PlusDays(day);
            var monday = date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            return TimeKeys.MonthOfEpochDay(day) == ((long)date.Year * 12) + date.Month - 1
                && TimeKeys.WeekOfEpochDay(day) == TimeKeys.WeekOfEpochDay(Period.DaysBetween(Epoch, monday))
                && TimeKeys.WeekOfEpochDay(day) != TimeKeys.WeekOfEpochDay(Period.DaysBetween(Epoch, monday) - 1);
        }), maxTest: 2_000);

    [Theory]
    [InlineData("America/Los_Angeles")]
    [InlineData("Asia/Shanghai")]
    [InlineData("Europe/Berlin")]
    [InlineData("Australia/Lord_Howe")]
    public void Zone_offsets_agree_with_tzdb(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var offsets = new ZoneOffsets(zone);
        PropertyCheck.Run(Prop.ForAll(Gen.Choose(-2_000_000, 2_000_000).ToArbitrary(), minutes =>
        {
            var instant = Instant.FromUtc(2026, 3, 8, 10, 0) + Duration.FromMinutes(minutes * 7L);
            var local = instant.InZone(zone).Date;
            return offsets.OffsetTicks(instant) == zone.GetUtcOffset(instant).Ticks
                && offsets.Month(instant) == ((long)local.Year * 12) + local.Month - 1;
        }), maxTest: 1_000);
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
