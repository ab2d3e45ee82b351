using System;
using System.Globalization;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Scoring;

/// <summary>
/// A buyer's detailed seller ratings (Taobao 店铺动态评分, eBay/AliExpress DSR): 1–5 for how well the item matched
/// its description, for the seller's service and for shipping. Each dimension is optional, but at least one is given.
/// </summary>
/// <remarks>
/// Source: 淘宝规则 第四十一条 as quoted in docs/sources/credit-scores.md §1.7 (description, service, shipping
/// speed); eBay §2.5; AliExpress §3.1. This type is immutable and thread-safe.
/// </remarks>
public sealed record DetailedRatings
{
    /// <summary>Creates detailed ratings.</summary>
    /// <param name="description">Item as described (宝贝与描述相符), 1–5, or null when not given.</param>
    /// <param name="service">Seller's service (卖家服务态度), 1–5, or null when not given.</param>
    /// <param name="shipping">Shipping speed (卖家发货速度), 1–5, or null when not given.</param>
    /// <exception cref="ArgumentOutOfRangeException">A given dimension is outside 1–5.</exception>
    /// <exception cref="ArgumentException">No dimension is given.</exception>
    public DetailedRatings(int? description, int? service, int? shipping)
    {
        Check(description, nameof(description));
        Check(service, nameof(service));
        Check(shipping, nameof(shipping));
        if (description is null && service is null && shipping is null)
        {
            Preconditions.ThrowArgument(nameof(description), "at least one of description, service and shipping must be given.");
        }

        Description = description;
        Service = service;
        Shipping = shipping;
    }

    /// <summary>Item as described, 1–5, or null when not given.</summary>
    public int? Description { get; }

    /// <summary>Seller's service, 1–5, or null when not given.</summary>
    public int? Service { get; }

    /// <summary>Shipping speed, 1–5, or null when not given.</summary>
    public int? Shipping { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"description {Description?.ToString(CultureInfo.InvariantCulture) ?? "-"}, service {Service?.ToString(CultureInfo.InvariantCulture) ?? "-"}, shipping {Shipping?.ToString(CultureInfo.InvariantCulture) ?? "-"}");

    /// <summary>Orders detailed ratings (null first, then by description, service, shipping) for a deterministic tie-break.</summary>
    internal static int Compare(DetailedRatings? x, DetailedRatings? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = Nullable.Compare(x.Description, y.Description);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(x.Service, y.Service);
        return c != 0 ? c : Nullable.Compare(x.Shipping, y.Shipping);
    }

    private static void Check(int? value, string name)
    {
        if (value is { } v && (v < 1 || v > 5))
        {
            Preconditions.ThrowOutOfRange(name, v, $"must be from 1 to 5 (got {v.ToString(CultureInfo.InvariantCulture)}).");
        }
    }
}
