using System;
using System.Collections.Generic;
using NodaTime;

namespace Reputation.Rules.Scoring.Internal;

/// <summary>Taobao's per-pair "last counted instant" per (item, sign); linear while small, hashed when large. Reused across pairs.</summary>
internal sealed class SameItemTracker
{
    private const int LinearLimit = 16;
    private readonly string[] _items = new string[LinearLimit];
    private readonly int[] _signs = new int[LinearLimit];
    private readonly Instant[] _last = new Instant[LinearLimit];
    private int _count;
    private Dictionary<(string Item, int Sign), Instant>? _large;
    private bool _largeInUse;

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        if (_largeInUse)
        {
            _large!.Clear();
            _largeInUse = false;
        }
    }

    public bool TryGetLast(string item, int sign, out Instant last)
    {
        if (_largeInUse)
        {
            return _large!.TryGetValue((item, sign), out last);
        }

        for (var i = 0; i < _count; i++)
        {
            if (_signs[i] == sign && string.Equals(_items[i], item, StringComparison.Ordinal))
            {
                last = _last[i];
                return true;
            }
        }

        last = default;
        return false;
    }

    public void SetLast(string item, int sign, Instant at)
    {
        if (_largeInUse)
        {
            _large![(item, sign)] = at;
            return;
        }

        for (var i = 0; i < _count; i++)
        {
            if (_signs[i] == sign && string.Equals(_items[i], item, StringComparison.Ordinal))
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
        for (var i = 0; i < _count; i++)
        {
            _large[(_items[i], _signs[i])] = _last[i];
        }

        _large[(item, sign)] = at;
        _largeInUse = true;
        Array.Clear(_items, 0, _count);
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
