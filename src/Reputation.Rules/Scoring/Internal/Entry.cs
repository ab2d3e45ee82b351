using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// A record's hot fields side by side and free of references, so that grouping, sorting and scoring walk contiguous
/// memory without GC write barriers instead of chasing a million <see cref="Feedback"/> objects across the heap.
/// <see cref="Index"/> points back into the source records, read only for order ids on a hash match and exact ties;
/// item ids are numbered exactly (<see cref="Item"/>) for Taobao's same-item rule.
/// </summary>
internal struct Entry
{
    public Instant At;
    public int Index;
    public int OrderHash;
    public int Item;
    public sbyte Points;
    public byte Stars;
    public bool IsAuto;
    public bool IsRemoved;
    public bool HasOrder;
    public bool HasDetails;
    public byte Description;
    public byte Service;
    public byte Shipping;

    /// <summary>Copies a record; <paramref name="item"/> is its item's number (−1 without one, or when the scheme needs none).</summary>
    public static Entry From(Feedback record, int index, int item) => new()
    {
        Item = item,
        Description = (byte)(record.DetailedRatings?.Description ?? 0),
        Service = (byte)(record.DetailedRatings?.Service ?? 0),
        Shipping = (byte)(record.DetailedRatings?.Shipping ?? 0),
        At = record.At,
        Index = index,
        OrderHash = record.OrderHash,
        Points = (sbyte)record.Polarity,
        Stars = (byte)record.Stars,
        IsAuto = record.IsAuto,
        IsRemoved = record.IsRemoved,
        HasOrder = record.OrderId is not null,
        HasDetails = record.DetailedRatings is not null,
    };
}
