using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Reputation.Rules.Delivery;
using Reputation.Rules.Reviews;
using static Reputation.Rules.Serialization.JsonRead;

namespace Reputation.Rules.Serialization;

/// <summary>The <c>shipments check</c> contract (docs/delivery.md): shipments in; results, weekly lines and promise tables.</summary>
internal static class ShipmentsWire
{
    private static readonly Lazy<SolicitationGuard> DefaultGuard = new(() => new SolicitationGuard());

    public static Shipment ReadShipment(JsonElement root, SolicitationGuard? guard)
    {
        EnsureObject(root, "$");
        var id = RequiredString(root, "id", "$");
        var orderId = OptionalString(root, "orderId", "$");
        var origin = RequiredMarket(root, "origin", "$");
        var destination = RequiredMarket(root, "destination", "$");
        var method = RequiredString(root, "method", "$");
        var orderedAt = RequiredInstant(root, "orderedAt", "$");
        var shippedAt = RequiredInstant(root, "shippedAt", "$");
        if (shippedAt < orderedAt)
        {
            throw new JsonInputException("$.shippedAt", "must not be before orderedAt.");
        }

        var promise = OptionalObject(root, "promise", "$") is { } p ? ReadPromise(p, "$.promise") : null;
        var events = new List<TrackingEvent>();
        if (OptionalArray(root, "events", "$") is { } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                events.Add(ReadEvent(item, Item("$.events", i++)));
            }
        }

        var platform = OptionalString(root, "platform", "$");
        if (platform is not null)
        {
            guard ??= DefaultGuard.Value;
            if (!guard.HasPlatform(platform))
            {
                throw new JsonInputException("$.platform", $"{Quote(platform)} is not a known platform ({string.Join(", ", guard.Platforms.Select(x => x.Name))}).");
            }
        }

        var zoneName = OptionalString(root, "buyerTimeZone", "$");
        DateTimeZone? zone = null;
        if (zoneName is not null)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneName)
                ?? throw new JsonInputException("$.buyerTimeZone", $"{Quote(zoneName)} is not an IANA time zone (such as Europe/Berlin or Asia/Shanghai).");
        }

        var trackingNumber = OptionalString(root, "trackingNumber", "$");
        if (id.Trim().Length == 0)
        {
            throw new JsonInputException("$.id", "must not be blank.");
        }

        if (method.Trim().Length == 0)
        {
            throw new JsonInputException("$.method", "must not be blank.");
        }

        return new Shipment(id, origin, destination, method, orderedAt, shippedAt, events)
        {
            OrderId = orderId,
            Promise = promise,
            Platform = platform,
            BuyerTimeZone = zone,
            TrackingNumber = trackingNumber,
        };
    }

    public static DeliveryPromise ReadPromise(JsonElement element, string path)
    {
        EnsureObject(element, path);
        var handling = RequiredInt(element, "handlingDays", path);
        var min = RequiredInt(element, "transitMin", path);
        var max = RequiredInt(element, "transitMax", path);
        var unitText = OptionalString(element, "transitUnit", path) ?? "working";
        if (!DeliveryWireNames.TryParse(unitText, out TransitUnit unit))
        {
            throw new JsonInputException(Child(path, "transitUnit"), $"{Quote(unitText)} is not one of 'working', 'calendar'.");
        }

        var cutoff = OptionalInt(element, "cutoffHour", path);
        CheckRange(handling, 0, DeliveryPromise.MaxDays, Child(path, "handlingDays"));
        CheckRange(min, 0, DeliveryPromise.MaxDays, Child(path, "transitMin"));
        CheckRange(max, 0, DeliveryPromise.MaxDays, Child(path, "transitMax"));
        if (max < min)
        {
            throw new JsonInputException(Child(path, "transitMax"), string.Create(CultureInfo.InvariantCulture, $"must be at least transitMin ({min})."));
        }

        if (cutoff is { } c)
        {
            CheckRange(c, 0, 23, Child(path, "cutoffHour"));
        }

        return new DeliveryPromise(handling, min, max, unit, cutoff);
    }

    public static DeliveryPromiseTable ReadPromiseTable(JsonElement root)
    {
        EnsureObject(root, "$");
        var array = OptionalArray(root, "promises", "$") ?? throw new JsonInputException("$.promises", "is required.");
        var entries = new List<DeliveryPromiseEntry>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = Item("$.promises", i++);
            EnsureObject(item, path);
            var origin = RequiredMarket(item, "origin", path);
            var destination = RequiredMarket(item, "destination", path);
            var method = RequiredString(item, "method", path);
            entries.Add(new DeliveryPromiseEntry(origin, destination, method, ReadPromise(item, path)));
        }

        return new DeliveryPromiseTable(entries);
    }

    public static void WriteShipment(Utf8JsonWriter writer, Shipment shipment)
    {
        writer.WriteStartObject();
        writer.WriteString("id", shipment.Id);
        if (shipment.OrderId is not null)
        {
            writer.WriteString("orderId", shipment.OrderId);
        }

        writer.WriteString("origin", shipment.Origin.Value);
        writer.WriteString("destination", shipment.Destination.Value);
        writer.WriteString("method", shipment.Method);
        writer.WriteString("orderedAt", JsonWrite.Instant(shipment.OrderedAt));
        writer.WriteString("shippedAt", JsonWrite.Instant(shipment.ShippedAt));
        if (shipment.Promise is { } promise)
        {
            writer.WritePropertyName("promise");
            WritePromiseObject(writer, promise, null);
        }

        writer.WriteStartArray("events");
        foreach (var e in shipment.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("at", JsonWrite.Instant(e.At));
            writer.WriteString("status", DeliveryWireNames.Of(e.Status));
            if (e.Location is not null)
            {
                writer.WriteString("location", e.Location);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (shipment.Platform is not null)
        {
            writer.WriteString("platform", shipment.Platform);
        }

        if (shipment.BuyerTimeZone is { } zone)
        {
            writer.WriteString("buyerTimeZone", zone.Id);
        }

        if (shipment.TrackingNumber is not null)
        {
            writer.WriteString("trackingNumber", shipment.TrackingNumber);
        }

        writer.WriteEndObject();
    }

    public static void WritePromiseTable(Utf8JsonWriter writer, DeliveryPromiseTable table)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("promises");
        foreach (var entry in table.Entries)
        {
            WritePromiseObject(writer, entry.Promise, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteResult(Utf8JsonWriter writer, ShipmentResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("id", result.Id);
        writer.WriteString("state", DeliveryWireNames.Of(result.State));
        writer.WriteStartObject("estimate");
        writer.WriteString("earliest", JsonWrite.Date(result.Estimate.Earliest));
        writer.WriteString("latest", JsonWrite.Date(result.Estimate.Latest));
        writer.WriteBoolean("estimated", result.Estimate.Estimated);
        writer.WriteEndObject();
        writer.WriteStartObject("evidence");
        foreach (var item in result.Evidence)
        {
            writer.WriteString(item.Key, item.Value);
        }

        writer.WriteEndObject();
        if (result.Notice is { } notice)
        {
            writer.WriteStartObject("notice");
            writer.WriteString("kind", notice.Kind);
            writer.WriteString("text", notice.Text);
            writer.WriteString("language", notice.Language);
            writer.WriteString("guard", ReviewsWire.Decision(notice.Guard));
            writer.WriteString("sendAfter", JsonWrite.Instant(notice.SendAfter));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("notice");
        }

        writer.WriteEndObject();
    }

    public static void WriteWeekly(Utf8JsonWriter writer, WeeklyShipmentReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("week", report.WeekName);
        writer.WriteNumber("shipments", report.Total);
        writer.WriteStartObject("counts");
        foreach (var state in Enum.GetValues<ShipmentState>())
        {
            writer.WriteNumber(DeliveryWireNames.Of(state), report.Count(state));
        }

        writer.WriteEndObject();
        WriteRate(writer, "lateDeliveryRate", report.LateDeliveryRate);
        WriteRate(writer, "validTrackingRate", report.ValidTrackingRate);
        writer.WriteStartObject("targets");
        writer.WriteNumber("maxLateDeliveryRate", report.MaxLateDeliveryRate);
        writer.WriteNumber("minValidTrackingRate", report.MinValidTrackingRate);
        WriteFlag(writer, "lateDeliveryMet", report.LateDeliveryTargetMet);
        WriteFlag(writer, "validTrackingMet", report.ValidTrackingTargetMet);
        writer.WriteEndObject();
        writer.WriteStartArray("abnormal");
        foreach (var a in report.Abnormal)
        {
            writer.WriteStartObject();
            writer.WriteString("id", a.Id);
            writer.WriteString("state", DeliveryWireNames.Of(a.State));
            writer.WriteString("action", a.Action);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePromiseObject(Utf8JsonWriter writer, DeliveryPromise promise, DeliveryPromiseEntry? key)
    {
        writer.WriteStartObject();
        if (key is not null)
        {
            writer.WriteString("origin", key.Origin.Value);
            writer.WriteString("destination", key.Destination.Value);
            writer.WriteString("method", key.Method);
        }

        writer.WriteNumber("handlingDays", promise.HandlingDays);
        writer.WriteNumber("transitMin", promise.TransitMin);
        writer.WriteNumber("transitMax", promise.TransitMax);
        writer.WriteString("transitUnit", DeliveryWireNames.Of(promise.TransitUnit));
        if (promise.CutoffHour is { } cutoff)
        {
            writer.WriteNumber("cutoffHour", cutoff);
        }

        writer.WriteEndObject();
    }

    private static void WriteRate(Utf8JsonWriter writer, string name, decimal? rate)
    {
        if (rate is { } r)
        {
            writer.WriteNumber(name, Math.Round(r, 4, MidpointRounding.AwayFromZero));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteFlag(Utf8JsonWriter writer, string name, bool? flag)
    {
        if (flag is { } f)
        {
            writer.WriteBoolean(name, f);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static TrackingEvent ReadEvent(JsonElement item, string path)
    {
        EnsureObject(item, path);
        var at = RequiredInstant(item, "at", path);
        var statusText = RequiredString(item, "status", path);
        if (!DeliveryWireNames.TryParse(statusText, out TrackingStatus status))
        {
            throw new JsonInputException(Child(path, "status"), $"{Quote(statusText)} is not one of {DeliveryWireNames.TrackingStatusList}.");
        }

        return new TrackingEvent(at, status, OptionalString(item, "location", path));
    }

    private static Instant RequiredInstant(JsonElement obj, string name, string path) =>
        OptionalInstant(obj, name, path) ?? throw new JsonInputException(Child(path, name), "is required.");

    private static int RequiredInt(JsonElement obj, string name, string path) =>
        OptionalInt(obj, name, path) ?? throw new JsonInputException(Child(path, name), "is required.");

    private static void CheckRange(int value, int min, int max, string path)
    {
        if (value < min || value > max)
        {
            throw new JsonInputException(path, string.Create(CultureInfo.InvariantCulture, $"must be from {min} to {max}, got {value}."));
        }
    }
}
