using System;
using System.Collections.Generic;
using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>
/// Taobao's per-pair "last counted instant" per (item, sign). Linear on precomputed item hashes while small — item
/// strings are read (and compared) only when hashes match — and a dictionary when large. Reused across pairs.
/// </summary>
internal sealed class SameItemTracker
{
    private const int LinearLimit = 64;
    private const int InLarge = int.MinValue;
    private readonly int[] _hashes = new int[LinearLimit];
    private readonly int[] _signs = new int[LinearLimit];
    private readonly int[] _indexes = new int[LinearLimit];
    private readonly Instant[] _last = new Instant[LinearLimit];
    private int _count;
    private Dictionary<(string Item, int Sign), Instant>? _large;
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

    /// <summary>The slot of the entry's (item, sign) and its last counted instant; −1 when there is none yet.</summary>
    public int Find(in Entry entry, int sign, ReadOnlySpan<Feedback> source, out Instant last)
    {
        if (_largeInUse)
        {
            var found = _large!.TryGetValue((source[entry.Index].ItemId!, sign), out last);
            return found ? InLarge : -1;
        }

        for (var i = 0; i < _count; i++)
        {
            if (_hashes[i] == entry.ItemHash && _signs[i] == sign
                && string.Equals(source[_indexes[i]].ItemId, source[entry.Index].ItemId, StringComparison.Ordinal))
            {
                last = _last[i];
                return i;
            }
        }

        last = default;
        return -1;
    }

    /// <summary>Records the entry as the last counted one of its (item, sign); <paramref name="slot"/> comes from <see cref="Find"/>.</summary>
    public void Set(int slot, in Entry entry, int sign, ReadOnlySpan<Feedback> source)
    {
        if (_largeInUse)
        {
            _large![(source[entry.Index].ItemId!, sign)] = entry.At;
            return;
        }

        if (slot >= 0)
        {
            _last[slot] = entry.At;
            _indexes[slot] = entry.Index;
            return;
        }

        if (_count < LinearLimit)
        {
            _hashes[_count] = entry.ItemHash;
            _signs[_count] = sign;
            _indexes[_count] = entry.Index;
            _last[_count] = entry.At;
            _count++;
            return;
        }

        _large ??= [];
        for (var k = 0; k < _count; k++)
        {
            _large[(source[_indexes[k]].ItemId!, _signs[k])] = _last[k];
        }

        _large[(source[entry.Index].ItemId!, sign)] = entry.At;
        _largeInUse = true;
        _count = 0;
    }
}

/// <summary>Taobao's per-pair state per calendar month: the capped running sum and the DSR ratings taken. Reused across pairs.</summary>
internal sealed class MonthTracker
{
    private MonthState[] _months = new MonthState[8];
    private int _count;
    private int _lastIndex = -1;

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

        for (var i = _count - 1; i >= 0; i--)
        {
            if (_months[i].Key == key)
            {
                _lastIndex = i;
                return ref _months[i];
            }
        }

        if (_count == _months.Length)
        {
            Array.Resize(ref _months, _months.Length * 2);
        }

        _months[_count] = new MonthState { Key = key };
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
