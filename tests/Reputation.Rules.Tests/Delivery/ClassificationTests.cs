using System.Linq;
using Reputation.Rules.Delivery;
using Reputation.Rules.Reviews;
using Xunit;
using static Reputation.Rules.Tests.Delivery.DeliveryTestCases;

namespace Reputation.Rules.Tests.Delivery;

/// <summary>Every state boundary, hand-computed (see <see cref="DeliveryTestCases"/> for the shipments' windows).</summary>
public sealed class ClassificationTests
{
    private static readonly TrackingEvent Scan = E("2026-03-02T15:00:00Z", TrackingStatus.InTransit);

    private static ShipmentState State(Shipment s, string asOf) => Engine.Classify(s, I(asOf)).State;

    private static string Evidence(ShipmentResult r, string key) => r.Evidence.Single(e => e.Key == key).Value;

    [Theory]
    [InlineData("2026-03-03T12:00:00Z", ShipmentState.OnTrack)]  // (03-03, 03-06] holds 3 working days
    [InlineData("2026-03-03T22:59:59Z", ShipmentState.OnTrack)]  // 23:59:59 Berlin
    [InlineData("2026-03-03T23:00:00Z", ShipmentState.AtRisk)]   // 00:00 Berlin 03-04: 2 working days left
    [InlineData("2026-03-06T12:00:00Z", ShipmentState.AtRisk)]   // the latest date itself
    [InlineData("2026-03-06T22:59:59Z", ShipmentState.AtRisk)]
    [InlineData("2026-03-06T23:00:00Z", ShipmentState.Late)]     // 00:00 Berlin 03-07: the day after
    public void AtRiskAndLate(string asOf, ShipmentState expected) => Assert.Equal(expected, State(Short([Scan]), asOf));

    [Fact]
    public void AtRisk_Evidence()
    {
        var r = Engine.Classify(Short([Scan]), I("2026-03-05T12:00:00Z"));
        Assert.Equal(ShipmentState.AtRisk, r.State);
        Assert.Equal("2", Evidence(r, "atRiskWorkingDays"));
        Assert.Equal("1", Evidence(r, "workingDaysLeft"));
        Assert.Equal("2026-03-06", Evidence(r, "latest"));
        Assert.Equal("2026-03-05", Evidence(r, "asOfDate"));
        Assert.StartsWith("at-risk:", Evidence(r, "rule"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void OutForDelivery_IsNotAtRisk() =>
        Assert.Equal(ShipmentState.OnTrack, State(Short([Scan, E("2026-03-06T06:00:00Z", TrackingStatus.OutForDelivery)]), "2026-03-06T12:00:00Z"));

    [Fact]
    public void OutForDelivery_StillLateTheDayAfter() =>
        Assert.Equal(ShipmentState.Late, State(Short([Scan, E("2026-03-06T06:00:00Z", TrackingStatus.OutForDelivery)]), "2026-03-07T12:00:00Z"));

    [Fact]
    public void AtRiskWindow_CountsDestinationWorkingDays()
    {
        // Latest Tue 04-07 (Easter in between): from Thu 04-02, (04-02, 04-07] holds 1 working day → at-risk;
        // from Wed 04-01 it holds 2 → at-risk; from Tue 03-31 it holds 3 → on-track.
        var s = new Shipment("e", C("DE"), C("DE"), "standard", I("2026-03-31T08:00:00Z"), I("2026-03-31T09:00:00Z"), [E("2026-03-31T10:00:00Z", TrackingStatus.InTransit)])
        {
            Promise = new DeliveryPromise(0, 1, 3),
        };
        Assert.Equal(ShipmentState.OnTrack, State(s, "2026-03-31T12:00:00Z"));
        Assert.Equal(ShipmentState.AtRisk, State(s, "2026-04-01T12:00:00Z"));
        Assert.Equal(ShipmentState.AtRisk, State(s, "2026-04-02T12:00:00Z"));
    }

    [Theory]
    [InlineData("standard", "2026-03-07T15:00:00Z", ShipmentState.OnTrack)]   // exactly 5 days
    [InlineData("standard", "2026-03-07T15:00:01Z", ShipmentState.Stalled)]
    [InlineData("postal", "2026-03-09T15:00:00Z", ShipmentState.OnTrack)]     // exactly 7 days
    [InlineData("postal", "2026-03-09T15:00:01Z", ShipmentState.Stalled)]
    [InlineData("express", "2026-03-05T15:00:00Z", ShipmentState.OnTrack)]    // exactly 3 days
    [InlineData("express", "2026-03-05T15:00:01Z", ShipmentState.Stalled)]
    [InlineData("sea-freight", "2026-03-05T15:00:01Z", ShipmentState.Stalled)] // unknown method: the default 3 days
    public void Stalled(string method, string asOf, ShipmentState expected) =>
        Assert.Equal(expected, State(Long([Scan], method), asOf));

    [Fact]
    public void Stalled_CountsFromTheLastScan_NotInfoReceived()
    {
        var s = Long([Scan, E("2026-03-06T00:00:00Z", TrackingStatus.InfoReceived)]);
        var r = Engine.Classify(s, I("2026-03-07T15:00:01Z"));
        Assert.Equal(ShipmentState.Stalled, r.State);
        Assert.Equal("5", Evidence(r, "stalledDays"));
        Assert.Equal("2026-03-02T15:00:00Z", Evidence(r, "lastScanAt"));
    }

    [Theory]
    [InlineData("2026-03-05T10:00:00Z", ShipmentState.OnTrack)]    // shipped 03-03 10:00: exactly 2 days
    [InlineData("2026-03-05T10:00:01Z", ShipmentState.NoTracking)]
    public void NoTracking(string asOf, ShipmentState expected)
    {
        Assert.Equal(expected, State(Long(), asOf));
        Assert.Equal(expected, State(Long([E("2026-03-03T11:00:00Z", TrackingStatus.InfoReceived)]), asOf)); // info-received is no scan
    }

    [Fact]
    public void InfoReceivedOnly_IsNeverStalled() =>
        Assert.Equal(ShipmentState.NoTracking, State(Long([E("2026-03-03T11:00:00Z", TrackingStatus.InfoReceived)]), "2026-03-20T00:00:00Z"));

    [Fact]
    public void Delivered_OnOrAfterTheLatestDate_InTheBuyersZone()
    {
        Assert.Equal(ShipmentState.Delivered, State(Short([Scan, E("2026-03-06T22:59:00Z", TrackingStatus.Delivered)]), "2026-04-01T00:00:00Z"));
        var late = Engine.Classify(Short([Scan, E("2026-03-06T23:00:00Z", TrackingStatus.Delivered)]), I("2026-04-01T00:00:00Z"));
        Assert.Equal(ShipmentState.DeliveredLate, late.State);
        Assert.Equal("2026-03-07", Evidence(late, "deliveredOn"));
    }

    [Fact]
    public void BuyerTimeZone_DefaultsToTheDestinationsMainZone()
    {
        // 2026-03-07T03:00Z is 03-06 22:00 in New York: delivered on the latest date there.
        var s = new Shipment("u", C("DE"), C("US"), "standard", I("2026-03-02T09:00:00Z"), I("2026-03-02T12:00:00Z"), [E("2026-03-07T03:00:00Z", TrackingStatus.Delivered)])
        {
            Promise = new DeliveryPromise(0, 2, 4),
        };
        var r = Engine.Classify(s, I("2026-03-10T00:00:00Z"));
        Assert.Equal(ShipmentState.Delivered, r.State);
        Assert.Equal("America/New_York", Evidence(r, "buyerTimeZone"));
    }

    [Fact]
    public void ExceptionAndReturned_OnlyAsTheLatestEvent()
    {
        Assert.Equal(ShipmentState.Delivered, State(Short([Scan, E("2026-03-04T08:00:00Z", TrackingStatus.Exception), E("2026-03-05T08:00:00Z", TrackingStatus.Delivered)]), "2026-03-10T00:00:00Z"));
        Assert.Equal(ShipmentState.Exception, State(Short([Scan, E("2026-03-05T08:00:00Z", TrackingStatus.Delivered), E("2026-03-05T09:00:00Z", TrackingStatus.Exception)]), "2026-03-10T00:00:00Z"));
        Assert.Equal(ShipmentState.Late, State(Short([Scan, E("2026-03-04T08:00:00Z", TrackingStatus.Exception), E("2026-03-05T08:00:00Z", TrackingStatus.InTransit)]), "2026-03-10T00:00:00Z"));
        Assert.Equal(ShipmentState.Returned, State(Short([Scan, E("2026-03-04T08:00:00Z", TrackingStatus.Exception), E("2026-03-09T08:00:00Z", TrackingStatus.Returned)]), "2026-03-10T00:00:00Z"));
        // Exception beats late.
        Assert.Equal(ShipmentState.Exception, State(Short([Scan, E("2026-03-04T08:00:00Z", TrackingStatus.Exception)]), "2026-03-20T00:00:00Z"));
    }

    [Fact]
    public void EventsAfterAsOf_AreIgnored()
    {
        var s = Short([Scan, E("2026-03-05T08:00:00Z", TrackingStatus.Delivered)]);
        Assert.Equal(ShipmentState.AtRisk, State(s, "2026-03-05T07:59:59Z"));
        Assert.Equal(ShipmentState.Delivered, State(s, "2026-03-05T08:00:00Z"));
    }

    [Fact]
    public void Precedence()
    {
        // late > stalled: the latest date passed and no scan for weeks.
        Assert.Equal(ShipmentState.Late, State(Short([Scan]), "2026-03-20T00:00:00Z"));
        // late > no-tracking.
        Assert.Equal(ShipmentState.Late, State(Short(), "2026-03-20T00:00:00Z"));
        // no-tracking > at-risk: 03-05 is within 2 working days of 03-06 and nothing was scanned for 2+ days.
        Assert.Equal(ShipmentState.NoTracking, State(Short(), "2026-03-05T12:00:00Z"));
        // no events and shipped at most K days ago: on-track (not at-risk, not no-tracking) — here at-risk by date.
        Assert.Equal(ShipmentState.AtRisk, State(Short(), "2026-03-04T12:00:00Z"));
        // stalled > at-risk: scan 03-02 15:00 with express (3 days), as of 03-05 15:01 → stalled.
        Assert.Equal(ShipmentState.Stalled, State(Short([Scan], "express"), "2026-03-05T15:01:00Z"));
    }

    [Fact]
    public void NoEvents_RecentlyShipped_IsOnTrack() => Assert.Equal(ShipmentState.OnTrack, State(Long(), "2026-03-04T00:00:00Z"));

    [Fact]
    public void PromiseFromTheTable()
    {
        var table = new DeliveryPromiseTable([new DeliveryPromiseEntry(C("CN"), C("DE"), "standard", new DeliveryPromise(1, 10, 20))]);
        var engine = new DeliveryEngine(new DeliveryOptions(), promises: table);
        var s = new Shipment("t", C("CN"), C("DE"), "standard", I("2026-03-02T09:00:00Z"), I("2026-03-03T10:00:00Z"));
        Assert.Equal(D("2026-03-31"), engine.Classify(s, I("2026-03-04T00:00:00Z")).Estimate.Latest);
        var missing = new Shipment("t", C("CN"), C("DE"), "express", I("2026-03-02T09:00:00Z"), I("2026-03-03T10:00:00Z"));
        var ex = Assert.Throws<System.ArgumentException>(() => engine.Classify(missing, I("2026-03-04T00:00:00Z")));
        Assert.Contains("express", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ThresholdsAreOptionsPerMethod()
    {
        var options = new DeliveryOptions();
        options.Methods["standard"].StalledDays = 10;
        options.Methods["standard"].AtRiskWorkingDays = 0;
        var engine = new DeliveryEngine(options);
        Assert.Equal(ShipmentState.OnTrack, engine.Classify(Long([Scan]), I("2026-03-09T15:00:01Z")).State);
        Assert.Equal(ShipmentState.OnTrack, engine.Classify(Short([Scan]), I("2026-03-05T12:00:00Z")).State);
        Assert.Equal(ShipmentState.AtRisk, engine.Classify(Short([Scan]), I("2026-03-06T12:00:00Z")).State);
    }

    [Fact]
    public void InvalidOptions_AreRejectedWithEveryProblem()
    {
        var options = new DeliveryOptions { MaxLateDeliveryRate = 2 };
        options.Methods["postal"].StalledDays = 0;
        options.Promises.Add(new DeliveryPromiseOptions { Origin = "XX1", Destination = "DE", Method = "standard", TransitMin = 3, TransitMax = 1 });
        var problems = options.Validate().ToList();
        Assert.Contains("Delivery.Methods.postal.StalledDays: must be from 1 to 365.", problems);
        Assert.Contains("Delivery.MaxLateDeliveryRate: must be from 0 to 1.", problems);
        Assert.Contains(problems, p => p.StartsWith("Delivery.Promises[0].Origin", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Delivery.Promises[0].TransitMax", System.StringComparison.Ordinal));
        Assert.Throws<System.ArgumentException>(() => new DeliveryEngine(options));
    }

    [Fact]
    public void Notice_Shipped_English_WithTrackingAndEstimate()
    {
        var r = Engine.Classify(Long([Scan]), I("2026-03-04T10:00:00Z"));
        Assert.Equal(ShipmentState.OnTrack, r.State);
        var n = Assert.IsType<ShipmentNotice>(r.Notice);
        Assert.Equal("shipped", n.Kind);
        Assert.Equal("en", n.Language);
        Assert.Contains("s1", n.Text, System.StringComparison.Ordinal);
        Assert.Contains("2026-03-17 to 2026-03-31", n.Text, System.StringComparison.Ordinal);
        Assert.Equal(SolicitationDecision.Allow, n.Guard);
        Assert.Equal(I("2026-03-04T10:00:00Z"), n.SendAfter);
        Assert.DoesNotContain("review", n.Text, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Notice_Chinese_ForChineseMarkets_WithTrackingNumberField()
    {
        foreach (var market in new[] { "CN", "TW", "HK" })
        {
            var s = new Shipment("s9", C("DE"), C(market), "standard", I("2026-03-02T09:00:00Z"), I("2026-03-02T12:00:00Z"), [E("2026-03-20T00:00:00Z", TrackingStatus.Customs, "Shanghai")])
            {
                Promise = new DeliveryPromise(0, 10, 20),
                TrackingNumber = "LX123456789DE",
            };
            var n = Engine.Classify(s, I("2026-03-20T04:00:00Z")).Notice!;
            Assert.Equal("customs", n.Kind);
            Assert.Equal("zh", n.Language);
            Assert.Contains("LX123456789DE", n.Text, System.StringComparison.Ordinal);
            Assert.Contains("清关", n.Text, System.StringComparison.Ordinal);
            Assert.NotEqual(SolicitationDecision.Block, n.Guard);
        }
    }

    [Fact]
    public void Notice_Late_Apologises_WithANewEstimate()
    {
        var r = Engine.Classify(Short([Scan]), I("2026-03-09T10:00:00Z"));
        Assert.Equal(ShipmentState.Late, r.State);
        var n = r.Notice!;
        Assert.Equal("late", n.Kind);
        Assert.Contains("sorry", n.Text, System.StringComparison.Ordinal);
        Assert.Contains("2026-03-18", n.Text, System.StringComparison.Ordinal); // 03-09 + 7 DE working days
        Assert.Equal(SolicitationDecision.Allow, n.Guard);
    }

    [Fact]
    public void Notice_Stalled_AndAtRisk()
    {
        Assert.Equal("stalled", Engine.Classify(Long([Scan]), I("2026-03-10T10:00:00Z")).Notice!.Kind);
        var atRisk = Engine.Classify(Short([Scan]), I("2026-03-05T10:00:00Z")).Notice!;
        Assert.Equal("at-risk", atRisk.Kind);
        Assert.DoesNotContain("sorry", atRisk.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_None_ForDeliveredNoTrackingAndNoScan()
    {
        Assert.Null(Engine.Classify(Short([Scan, E("2026-03-05T08:00:00Z", TrackingStatus.Delivered)]), I("2026-03-06T10:00:00Z")).Notice);
        Assert.Null(Engine.Classify(Long(), I("2026-03-06T10:00:00Z")).Notice);
        Assert.Null(Engine.Classify(Long(), I("2026-03-04T10:00:00Z")).Notice);
    }

    [Theory]
    [InlineData("2026-03-10T19:59:00Z", "2026-03-10T19:59:00Z")] // 20:59 Berlin
    [InlineData("2026-03-10T20:00:00Z", "2026-03-11T07:00:00Z")] // 21:00 Berlin → next 08:00
    [InlineData("2026-03-11T06:59:00Z", "2026-03-11T07:00:00Z")] // 07:59 Berlin
    [InlineData("2026-03-11T07:00:00Z", "2026-03-11T07:00:00Z")] // 08:00 Berlin
    [InlineData("2026-03-28T22:00:00Z", "2026-03-29T06:00:00Z")] // 23:00 CET → 08:00 CEST after the DST change
    public void Notice_SendAfter_OutsideQuietHours(string asOf, string sendAfter)
    {
        var n = Engine.Classify(Long([E("2026-03-10T00:00:00Z", TrackingStatus.InTransit)]), I(asOf)).Notice!;
        Assert.Equal(I(sendAfter), n.SendAfter);
        Assert.NotEqual(SolicitationDecision.Block, n.Guard);
    }
}
