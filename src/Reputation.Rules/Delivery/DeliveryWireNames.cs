using System;
using System.Diagnostics.CodeAnalysis;

namespace Reputation.Rules.Delivery;

/// <summary>The contract spellings of the delivery vocabulary (<c>on-track</c>, <c>in-transit</c>, <c>working</c>…).</summary>
/// <remarks>This type is thread-safe.</remarks>
public static class DeliveryWireNames
{
    private static readonly string[] States = ["on-track", "at-risk", "no-tracking", "stalled", "late", "delivered", "delivered-late", "exception", "returned"];
    private static readonly string[] Statuses = ["info-received", "in-transit", "customs", "out-for-delivery", "delivered", "exception", "returned"];
    private static readonly string[] Units = ["working", "calendar"];

    /// <summary>The state's wire name, e.g. <c>delivered-late</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The wire name.</returns>
    public static string Of(ShipmentState state) => States[(int)state];

    /// <summary>The status's wire name, e.g. <c>out-for-delivery</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The wire name.</returns>
    public static string Of(TrackingStatus status) => Statuses[(int)status];

    /// <summary>The unit's wire name: <c>working</c> or <c>calendar</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The wire name.</returns>
    public static string Of(TransitUnit unit) => Units[(int)unit];

    /// <summary>Parses a state's wire name (exact, lower case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="state">The state when the method returns true.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a state's wire name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ShipmentState state) => TryParse(States, text, out state);

    /// <summary>Parses a tracking status's wire name (exact, lower case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="status">The status when the method returns true.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a status's wire name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TrackingStatus status) => TryParse(Statuses, text, out status);

    /// <summary>Parses a transit unit's wire name (exact, lower case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="unit">The unit when the method returns true.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a unit's wire name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TransitUnit unit) => TryParse(Units, text, out unit);

    /// <summary>The tracking statuses' wire names, for messages: <c>'info-received', 'in-transit', …</c>.</summary>
    public static string TrackingStatusList { get; } = "'" + string.Join("', '", Statuses) + "'";

    private static bool TryParse<T>(string[] names, string? text, out T value)
        where T : struct, Enum
    {
        var index = text is null ? -1 : Array.IndexOf(names, text);
        value = index < 0 ? default : (T)(object)index;
        return index >= 0;
    }
}
