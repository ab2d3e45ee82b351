using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.Delivery;

namespace Reputation.Rules.Tests.Delivery;

internal static class DeliveryTestCases
{
    public static readonly DeliveryEngine Engine = new();

    public static Instant I(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    public static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static CountryCode C(string code) => CountryCode.Parse(code);

    public static TrackingEvent E(string at, TrackingStatus status, string? location = null) => new(I(at), status, location);

    /// <summary>
    /// DE → DE, handling 0, transit 2–4 working days, ordered Mon 2026-03-02 10:00 Berlin: handling ends 03-02,
    /// earliest Wed 03-04, latest Fri 03-06 (no holidays in that week).
    /// </summary>
    public static Shipment Short(IEnumerable<TrackingEvent>? events = null, string method = "standard") =>
        new("s1", C("DE"), C("DE"), method, I("2026-03-02T09:00:00Z"), I("2026-03-02T12:00:00Z"), events)
        {
            Promise = new DeliveryPromise(0, 2, 4),
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        };

    /// <summary>The example: CN → DE standard, handling 1, transit 10–20 working days: 03-17 to 03-31.</summary>
    public static Shipment Long(IEnumerable<TrackingEvent>? events = null, string method = "standard") =>
        new("s1", C("CN"), C("DE"), method, I("2026-03-02T09:00:00Z"), I("2026-03-03T10:00:00Z"), events)
        {
            OrderId = "o1",
            Promise = new DeliveryPromise(1, 10, 20),
            Platform = "aliexpress",
            BuyerTimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        };
}
