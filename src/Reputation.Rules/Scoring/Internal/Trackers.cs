using System;
using System.Collections.Generic;
using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// Taobao's per-pair "last counted instant" per (item number, sign): linear while small, a dictionary when large.
/// Reused across pairs.
/// </summary>
internal sealed class SameItemTracker
{
    private const int LinearLimit = 32;
    private readonly int[] _items = new int[LinearLimit];
    private readonly int[] _signs = new int[LinearLimit];
    private readonly Instant[] _last = new Instant[LinearLimit];
    private int _count;
    private Dictionary<(int Item, int Sign), Instant>? _large;
    private bool _largeInUse;

    public void Clear()
    {
        _count = 0;
        if (_largeInUse)
        {
            _large!.Clear();
            _largeInUse = false;
        }
    }

    public bool TryGetLast(int item, int sign, out Instant last)
    {
        if (_largeInUse)
        {
            return _large!.TryGetValue((item, sign), out last);
        }

        for (var i = 0; i < _count; i++)
        {
            if (_items[i] == item && _signs[i] == sign)
            {
                last = _last[i];
                return true;
            }
        }

        last = default;
        return false;
    }

    public void SetLast(int item, int sign, Instant at)
    {
        if (_largeInUse)
        {
            _large![(item, sign)] = at;
            return;
        }

        for (var i = 0; i < _count; i++)
        {
            if (_items[i] == item && _signs[i] == sign)
            {
                _last[i] = at;
                return;
            }
        }

        if (_count < LinearLimit)
        {
            _items[_count] = item;
            _signs[_count] = sign;
            _last[_count] = at;
            _count++;
            return;
        }

        _large ??= [];
        for (var k = 0; k < _count; k++)
        {
            _large[(_items[k], _signs[k])] = _last[k];
        }

        _large[(item, sign)] = at;
        _largeInUse = true;
        _count = 0;
    }
}

/// <summary>Numbers item ids exactly (ordinal), so that comparing items never reads a string again.</summary>
internal sealed class ItemNumbers
{
    private readonly Dictionary<Feedback, int> _numbers = new(ItemComparer.Instance);

    /// <summary>The record's item number, −1 without an item.</summary>
    public int Of(Feedback record)
    {
        if (record.ItemId is null)
        {
            return -1;
        }

        ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_numbers, record, out var exists);
        if (!exists)
        {
            number = _numbers.Count - 1;
        }

        return number;
    }

    public void Clear() => _numbers.Clear();

    /// <summary>Feedback compared by item id only, on the hash each record computed once.</summary>
    private sealed class ItemComparer : IEqualityComparer<Feedback>
    {
        public static readonly ItemComparer Instance = new();

        public bool Equals(Feedback? x, Feedback? y) => string.Equals(x!.ItemId, y!.ItemId, StringComparison.Ordinal);

        public int GetHashCode(Feedback obj) => obj.ItemHash;
    }
}

/// <summary>Taobao's per-pair state per calendar month: the capped running sum and the DSR ratings taken. Reused across pairs.</summary>
internal sealed class MonthTracker
{
    private MonthState[] _months = new MonthState[8];
    private int _count;
    private int _lastIndex = -1;
    private long _maxKey;

    public void Clear()
    {
        _count = 0;
        _lastIndex = -1;
    }

    /// <summary>The month's state (created empty on first use); ratings usually come month by month, so the last one is tried first.</summary>
    public ref MonthState Get(long key)
    {
        if (_lastIndex >= 0 && _months[_lastIndex].Key == key)
        {
            return ref _months[_lastIndex];
        }

        // Ratings come in time order, so a month after every month seen is new; only an earlier key (a zone whose
        // local dates run backwards) needs a search.
        if (_count > 0 && key <= _maxKey)
        {
            for (var i = _count - 1; i >= 0; i--)
            {
                if (_months[i].Key == key)
                {
                    _lastIndex = i;
                    return ref _months[i];
                }
            }
        }

        if (_count == _months.Length)
        {
            Array.Resize(ref _months, _months.Length * 2);
        }

        _months[_count] = new MonthState { Key = key };
        _maxKey = _count == 0 ? key : Math.Max(_maxKey, key);
        _lastIndex = _count++;
        return ref _months[_lastIndex];
    }
}

/// <summary>One month of one Taobao pair.</summary>
internal struct MonthState
{
    public long Key;
    public int Running;
    public int DsrTaken;
}

/// <summary>
/// A time zone's UTC offsets for one calculation: remembers the last few zone intervals it met (a DST half-year, or a
/// whole era for zones without DST), so most ratings need two comparisons instead of a TZDB lookup.
/// </summary>
internal sealed class ZoneOffsets(DateTimeZone zone)
{
    private const int Size = 8;
    private readonly Instant[] _starts = new Instant[Size];
    private readonly Instant[] _ends = new Instant[Size];
    private readonly long[] _offsetTicks = new long[Size];
    private int _count;
    private int _next;

    public long OffsetTicks(Instant instant)
    {
        for (var i = 0; i < _count; i++)
        {
            if (instant >= _starts[i] && instant < _ends[i])
            {
                return _offsetTicks[i];
            }
        }

        var interval = zone.GetZoneInterval(instant);
        var slot = _next;
        _next = (_next + 1) % Size;
        _count = Math.Min(_count + 1, Size);
        _starts[slot] = interval.HasStart ? interval.Start : Instant.MinValue;
        _ends[slot] = interval.HasEnd ? interval.End : Instant.MaxValue;
        _offsetTicks[slot] = interval.WallOffset.Ticks;
        return _offsetTicks[slot];
    }

    /// <summary>A number for the Monday–Sunday week holding the instant's local date.</summary>
    public long Week(Instant instant) => TimeKeys.WeekOfEpochDay(TimeKeys.FloorDiv(instant.ToUnixTimeTicks() + OffsetTicks(instant), NodaConstants.TicksPerDay));

    /// <summary>A number for the calendar month holding the instant's local date.</summary>
    public long Month(Instant instant) => TimeKeys.MonthOfEpochDay(TimeKeys.FloorDiv(instant.ToUnixTimeTicks() + OffsetTicks(instant), NodaConstants.TicksPerDay));
}
