using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// A record's hot fields packed into 32 bytes without references, so that grouping, sorting and scoring walk
/// contiguous memory without GC write barriers instead of chasing a million <see cref="Feedback"/> objects across the
/// heap. <see cref="Index"/> points back into the source records, read only for order ids on a hash match and exact
/// ties; item ids are numbered exactly (<see cref="Item"/>) for Taobao's same-item rule.
/// </summary>
internal struct Entry
{
    private const byte AutoFlag = 8;
    private const byte RemovedFlag = 16;
    private const byte OrderFlag = 32;
    private const byte DetailsFlag = 64;

    /// <summary>Where the record is in its source; −1 marks an entry dropped as revised.</summary>
    public int Index;

    private Instant _at;
    private int _orderHash;
    private int _item;
    private byte _flags; // bits 0–2 stars, then auto, removed, has order, has details
    private ushort _details; // 3 bits each: description, service, shipping (0 = not given)

    public readonly Instant At => _at;

    public readonly int OrderHash => _orderHash;

    public readonly int Item => _item;

    public readonly int Stars => _flags & 7;

    public readonly sbyte Points => Stars >= 4 ? (sbyte)1 : Stars == 3 ? (sbyte)0 : (sbyte)-1;

    public readonly bool IsAuto => (_flags & AutoFlag) != 0;

    public readonly bool IsRemoved => (_flags & RemovedFlag) != 0;

    public readonly bool HasOrder => (_flags & OrderFlag) != 0;

    public readonly bool HasDetails => (_flags & DetailsFlag) != 0;

    public readonly int Description => _details & 7;

    public readonly int Service => (_details >> 3) & 7;

    public readonly int Shipping => (_details >> 6) & 7;

    /// <summary>Copies a record; <paramref name="item"/> is its item's number (−1 without one, or when the scheme needs none).</summary>
    public static Entry From(Feedback record, int index, int item)
    {
        var flags = record.Stars;
        if (record.IsAuto)
        {
            flags |= AutoFlag;
        }

        if (record.IsRemoved)
        {
            flags |= RemovedFlag;
        }

        if (record.OrderId is not null)
        {
            flags |= OrderFlag;
        }

        var details = 0;
        if (record.DetailedRatings is { } dsr)
        {
            flags |= DetailsFlag;
            details = (dsr.Description ?? 0) | ((dsr.Service ?? 0) << 3) | ((dsr.Shipping ?? 0) << 6);
        }

        return new Entry
        {
            Index = index,
            _at = record.At,
            _orderHash = record.OrderHash,
            _item = item,
            _flags = (byte)flags,
            _details = (ushort)details,
        };
    }
}
