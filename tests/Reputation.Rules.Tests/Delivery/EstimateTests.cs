using Reputation.Rules.Delivery;
using Xunit;
using static Reputation.Rules.Tests.Delivery.DeliveryTestCases;

namespace Reputation.Rules.Tests.Delivery;

/// <summary>Hand-computed estimates: cut-off hours across time zones, holidays and make-up days, coverage edges.</summary>
public sealed class EstimateTests
{
    private static DeliveryEstimate Estimate(string orderedAt, string origin, string destination, DeliveryPromise promise) =>
        Engine.EstimateDelivery(I(orderedAt), C(origin), C(destination), promise);

    [Fact]
    public void IssueExample_CnToDe_Standard()
    {
        // Mon 2026-03-02 17:00 Shanghai: handling starts that day, ends Tue 03-03; +10 DE working days = 03-17, +20 = 03-31.
        var e = Estimate("2026-03-02T09:00:00Z", "CN", "DE", new DeliveryPromise(1, 10, 20));
        Assert.Equal(D("2026-03-02"), e.HandlingStartsOn);
        Assert.Equal(D("2026-03-03"), e.HandlingEndsOn);
        Assert.Equal(D("2026-03-17"), e.Earliest);
        Assert.Equal(D("2026-03-31"), e.Latest);
        Assert.False(e.Estimated);
    }

    [Theory]
    [InlineData("2026-03-02T18:59:59Z", "2026-03-02")] // 13:59:59 EST: before the 14:00 cut-off
    [InlineData("2026-03-02T19:00:00Z", "2026-03-03")] // 14:00 EST: at the cut-off counts as after
    [InlineData("2026-03-09T17:59:00Z", "2026-03-09")] // 13:59 EDT (DST began 03-08)
    [InlineData("2026-03-09T18:00:00Z", "2026-03-10")] // 14:00 EDT
    [InlineData("2026-03-07T15:00:00Z", "2026-03-09")] // Saturday: next working day
    [InlineData("2026-03-03T04:30:00Z", "2026-03-03")] // Monday 23:30 EST (Tuesday in UTC): after Monday's cut-off → Tuesday
    [InlineData("2026-03-03T13:00:00Z", "2026-03-03")] // Tuesday 08:00 EST
    public void CutoffInNewYork(string orderedAt, string start) =>
        Assert.Equal(D(start), Estimate(orderedAt, "US", "US", new DeliveryPromise(0, 1, 1, cutoffHour: 14)).HandlingStartsOn);

    [Theory]
    [InlineData("2026-03-02T08:59:00Z", "2026-03-02")] // 16:59 Shanghai
    [InlineData("2026-03-02T09:00:00Z", "2026-03-03")] // 17:00 Shanghai
    [InlineData("2026-03-01T20:00:00Z", "2026-03-02")] // Sunday in UTC, Monday 04:00 in Shanghai
    [InlineData("2026-03-06T10:00:00Z", "2026-03-09")] // Friday 18:00 Shanghai: after the cut-off, next working day Monday
    public void CutoffInShanghai(string orderedAt, string start) =>
        Assert.Equal(D(start), Estimate(orderedAt, "CN", "DE", new DeliveryPromise(0, 1, 1, cutoffHour: 17)).HandlingStartsOn);

    [Theory]
    [InlineData("2026-03-27T10:59:00Z", "2026-03-27")] // 11:59 CET
    [InlineData("2026-03-27T11:00:00Z", "2026-03-30")] // 12:00 CET, Friday → Monday
    [InlineData("2026-03-30T09:59:00Z", "2026-03-30")] // 11:59 CEST (DST began 03-29)
    [InlineData("2026-03-30T10:00:00Z", "2026-03-31")] // 12:00 CEST
    public void CutoffInBerlinAcrossDst(string orderedAt, string start) =>
        Assert.Equal(D(start), Estimate(orderedAt, "DE", "DE", new DeliveryPromise(0, 1, 1, cutoffHour: 12)).HandlingStartsOn);

    [Theory]
    [InlineData("2026-03-02T14:59:00Z", "2026-03-02")] // 14:59 GMT
    [InlineData("2026-03-02T15:00:00Z", "2026-03-03")]
    [InlineData("2026-04-01T13:59:00Z", "2026-04-01")] // 14:59 BST
    [InlineData("2026-04-01T14:00:00Z", "2026-04-02")] // 15:00 BST
    public void CutoffInLondon(string orderedAt, string start) =>
        Assert.Equal(D(start), Estimate(orderedAt, "GB", "GB", new DeliveryPromise(0, 1, 1, cutoffHour: 15)).HandlingStartsOn);

    [Fact]
    public void CutoffZero_EveryOrderStartsTheNextWorkingDay() =>
        Assert.Equal(D("2026-03-03"), Estimate("2026-03-01T16:00:00Z", "CN", "DE", new DeliveryPromise(0, 1, 1, cutoffHour: 0)).HandlingStartsOn);

    [Fact]
    public void GoldenWeek_Handling()
    {
        // Wed 09-30 10:00 Shanghai; 10-01..10-07 holidays: +1 = 10-08, +2 = 10-09.
        var e = Estimate("2026-09-30T02:00:00Z", "CN", "DE", new DeliveryPromise(2, 0, 0, TransitUnit.Calendar));
        Assert.Equal(D("2026-09-30"), e.HandlingStartsOn);
        Assert.Equal(D("2026-10-09"), e.HandlingEndsOn);
        Assert.Equal(D("2026-10-09"), e.Latest);
    }

    [Fact]
    public void MakeUpSunday_0920_IsAWorkingDay()
    {
        // Saturday 09-19: handling starts on the make-up Sunday 09-20 and one working day later is Monday 09-21.
        var e = Estimate("2026-09-19T02:00:00Z", "CN", "DE", new DeliveryPromise(1, 0, 0, TransitUnit.Calendar));
        Assert.Equal(D("2026-09-20"), e.HandlingStartsOn);
        Assert.Equal(D("2026-09-21"), e.HandlingEndsOn);
        // Ordered on 09-20 itself before the cut-off: that day.
        Assert.Equal(D("2026-09-20"), Estimate("2026-09-20T02:00:00Z", "CN", "DE", new DeliveryPromise(0, 0, 0, cutoffHour: 17)).HandlingStartsOn);
    }

    [Fact]
    public void MakeUpSaturday_1010_AfterCutoffOnFriday()
    {
        // Friday 10-09 18:00 Shanghai after a 17:00 cut-off: the next working day is the make-up Saturday 10-10.
        Assert.Equal(D("2026-10-10"), Estimate("2026-10-09T10:00:00Z", "CN", "DE", new DeliveryPromise(0, 0, 0, cutoffHour: 17)).HandlingStartsOn);
    }

    [Fact]
    public void GoldenWeek_InTransitToChina()
    {
        // US → CN, handling ends Tue 09-29; CN working days after it: 09-30 (1), 10-08 (2), 10-09 (3), Sat 10-10 (4), Mon 10-12 (5).
        var e = Estimate("2026-09-29T14:00:00Z", "US", "CN", new DeliveryPromise(0, 3, 5));
        Assert.Equal(D("2026-09-29"), e.HandlingEndsOn);
        Assert.Equal(D("2026-10-09"), e.Earliest);
        Assert.Equal(D("2026-10-12"), e.Latest);
        Assert.False(e.Estimated);
    }

    [Fact]
    public void EasterInGermany()
    {
        // Tue 03-31: 04-01 (1), 04-02 (2), Good Friday 04-03 and Easter Monday 04-06 skipped, 04-07 (3).
        var e = Estimate("2026-03-31T08:00:00Z", "DE", "DE", new DeliveryPromise(0, 1, 3));
        Assert.Equal(D("2026-04-01"), e.Earliest);
        Assert.Equal(D("2026-04-07"), e.Latest);
    }

    [Fact]
    public void ChristmasInEnglandWithSubstituteBoxingDay()
    {
        // Wed 12-23, handling 1 → Thu 12-24; 12-25 and the substitute 12-28 skipped: 12-29 (1), 12-30 (2).
        var e = Estimate("2026-12-23T10:00:00Z", "GB", "GB", new DeliveryPromise(1, 1, 2));
        Assert.Equal(D("2026-12-24"), e.HandlingEndsOn);
        Assert.Equal(D("2026-12-29"), e.Earliest);
        Assert.Equal(D("2026-12-30"), e.Latest);
    }

    [Fact]
    public void ThanksgivingInTheUnitedStates()
    {
        // Tue 11-24 10:00 EST, handling 1 → Wed 11-25; Thanksgiving 11-26 skipped: 11-27 (1), 11-30 (2).
        var e = Estimate("2026-11-24T15:00:00Z", "US", "US", new DeliveryPromise(1, 1, 2));
        Assert.Equal(D("2026-11-27"), e.Earliest);
        Assert.Equal(D("2026-11-30"), e.Latest);
    }

    [Fact]
    public void CalendarDays_AreNotMovedOffWeekendsOrHolidays()
    {
        // Handling ends Wed 09-30; +1 calendar day = 10-01 (a CN holiday), +4 = Sun 10-04: left as they are.
        var e = Estimate("2026-09-30T02:00:00Z", "CN", "CN", new DeliveryPromise(0, 1, 4, TransitUnit.Calendar));
        Assert.Equal(D("2026-10-01"), e.Earliest);
        Assert.Equal(D("2026-10-04"), e.Latest);
    }

    [Fact]
    public void HandlingZero_IsTheStartDay() =>
        Assert.Equal(D("2026-03-02"), Estimate("2026-03-02T09:00:00Z", "DE", "DE", new DeliveryPromise(0, 0, 0)).HandlingEndsOn);

    [Fact]
    public void MarketWithoutHolidayData_WeekendsOnly_Estimated()
    {
        // NL has no holiday data: Fri 2026-04-03 (Good Friday elsewhere) counts; handling ends Thu 04-02: 04-03 (1), 04-06 (2).
        var e = Estimate("2026-04-02T08:00:00Z", "DE", "NL", new DeliveryPromise(0, 1, 2));
        Assert.Equal(D("2026-04-03"), e.Earliest);
        Assert.Equal(D("2026-04-06"), e.Latest);
        Assert.True(e.Estimated);
    }

    [Fact]
    public void OutsideCoverage_WeekendsOnly_Estimated()
    {
        // CN data ends 2026-12-31: an order on Wed 2026-12-30 with 3 days of handling reaches 2027 → weekends only, flagged.
        var e = Estimate("2026-12-30T02:00:00Z", "CN", "DE", new DeliveryPromise(3, 0, 0, TransitUnit.Calendar));
        Assert.Equal(D("2027-01-04"), e.HandlingEndsOn); // 12-31 (1), 01-01 (2: no 2027 data), 01-04 (3)
        Assert.True(e.Estimated);
        // Wholly inside the data: not flagged.
        Assert.False(Estimate("2026-12-28T02:00:00Z", "CN", "DE", new DeliveryPromise(1, 0, 0, TransitUnit.Calendar)).Estimated);
        // Transit into the destination's uncovered years: flagged, never a crash.
        Assert.True(Estimate("2026-12-28T02:00:00Z", "US", "CN", new DeliveryPromise(0, 5, 10)).Estimated);
    }

    [Fact]
    public void CalendarTransit_DoesNotDependOnTheDestinationsCoverage() =>
        Assert.False(Estimate("2026-03-02T09:00:00Z", "DE", "NL", new DeliveryPromise(0, 1, 2, TransitUnit.Calendar)).Estimated);

    [Fact]
    public void MainZones()
    {
        Assert.Equal("America/New_York", MarketTimeZones.Of(C("US")).Id);
        Assert.Equal("Asia/Shanghai", MarketTimeZones.Of(C("CN")).Id);
        Assert.Equal("Europe/Berlin", MarketTimeZones.Of(C("DE")).Id);
        Assert.Equal("Europe/London", MarketTimeZones.Of(C("GB")).Id);
        Assert.Equal("Europe/Madrid", MarketTimeZones.Of(C("ES")).Id);
        Assert.Equal("Asia/Tokyo", MarketTimeZones.Of(C("JP")).Id);
    }

    [Fact]
    public void PromiseValidation()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new DeliveryPromise(-1, 1, 2));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new DeliveryPromise(0, 3, 2));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new DeliveryPromise(0, 1, 2, cutoffHour: 24));
        Assert.Equal(new DeliveryPromise(1, 2, 3), new DeliveryPromise(1, 2, 3));
    }
}
