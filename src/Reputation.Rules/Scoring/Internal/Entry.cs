using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// A record's hot fields side by side and free of references, so that grouping, sorting and scoring walk contiguous
/// memory without GC write barriers instead of chasing a million <see cref="Feedback"/> objects across the heap.
/// <see cref="Index"/> points back into the source records, read only for item ids, detailed ratings, order ids on a
/// hash match and exact ties.
/// </summary>
internal struct Entry
{
    public Instant At;
    public int Index;
    public int OrderHash;
    public int ItemHash;
    public sbyte Points;
    public byte Stars;
    public bool IsAuto;
    public bool IsRemoved;
    public bool HasOrder;
    public bool HasItem;
    public bool HasDetails;
    public byte Description;
    public byte Service;
    public byte Shipping;

    public static Entry From(Feedback record, int index) => new()
    {
        ItemHash = record.ItemHash,
        HasItem = record.ItemId is not null,
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
