using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Calendars;

/// <summary>One market's calendar data as read from a data file or configuration, before it is applied.</summary>
internal sealed record MarketCalendarData(
    CountryCode Market,
    string Path,
    string? Name,
    string? Source,
    ImmutableArray<WeekendRule>? Weekends,
    ImmutableArray<(CalendarYear Year, string Path)> Years);

/// <summary>
/// Reads calendar data (the <c>{"calendars":[{"market":"CN","years":[…]}]}</c> schema of docs/calendars.md) and
/// applies it to a provider. Every problem is collected with its JSON path; nothing is applied when any is found.
/// </summary>
internal static class CalendarData
{
    /// <summary>Calendar data larger than this is refused (the built-in data of every market is a few KiB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private const int MaxDepth = 16;
    private const int MaxRangeDays = 366;

    private static readonly string[] RootProperties = ["calendars", "$schema", "comment"];
    private static readonly string[] MarketProperties = ["market", "name", "source", "weekends", "years", "comment"];
    private static readonly string[] WeekendProperties = ["from", "days"];
    private static readonly string[] YearProperties = ["year", "holidays", "makeUpWorkingDays", "source", "retrieved", "comment"];

    /// <summary>Reads a data document; throws <see cref="JsonInputException"/> listing every problem.</summary>
    public static ImmutableArray<MarketCalendarData> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = ReadAll(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions
            {
                MaxDepth = MaxDepth,
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : string.Empty;
            throw new JsonInputException("$", $"not valid JSON{where}: {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            var problems = new List<JsonInputProblem>();
            ImmutableArray<MarketCalendarData> markets;
            try
            {
                markets = ReadRoot(document.RootElement, problems);
            }
            catch (InvalidOperationException)
            {
                // A property name holding a lone surrogate escape: the reader cannot turn it into text.
                problems.Add(new JsonInputProblem("$", "a property name is not valid text (it holds a lone UTF-16 surrogate escape)."));
                markets = [];
            }

            return problems.Count > 0 ? throw new JsonInputException(problems) : markets;
        }
    }

    /// <summary>Applies data to a provider; throws <see cref="JsonInputException"/> when a market's calendar would be inconsistent.</summary>
    public static CalendarProvider Apply(CalendarProvider provider, IEnumerable<MarketCalendarData> markets)
    {
        var problems = new List<JsonInputProblem>();
        var result = Apply(provider, markets, problems);
        return problems.Count > 0 ? throw new JsonInputException(problems) : result;
    }

    /// <summary>Applies data to a provider, adding a problem for each market whose calendar would be inconsistent.</summary>
    public static CalendarProvider Apply(CalendarProvider provider, IEnumerable<MarketCalendarData> markets, List<JsonInputProblem> problems)
    {
        foreach (var data in markets)
        {
            try
            {
                provider = provider.With(Build(provider.GetCalendar(data.Market), data));
            }
            catch (ArgumentException ex)
            {
                problems.Add(new JsonInputProblem(data.Path, ex.Message));
            }
        }

        return provider;
    }

    /// <summary>
    /// The calendar <paramref name="existing"/> (or a new one when it has no holiday data) with the data applied.
    /// </summary>
    /// <exception cref="ArgumentException">The result would be inconsistent; the message lists every problem.</exception>
    public static WorkingDayCalendar Build(WorkingDayCalendar? existing, MarketCalendarData data)
    {
        var builder = existing is { HasHolidayData: true }
            ? existing.ToBuilder()
            : new WorkingDayCalendarBuilder(data.Market, $"{data.Market} (calendar data)").WithSource("calendar data");
        if (data.Name is { } name)
        {
            builder.WithName(name);
        }

        if (data.Source is { } source)
        {
            builder.WithSource(source);
        }

        if (data.Weekends is { } weekends)
        {
            builder.ResetWeekendRules();
            foreach (var rule in weekends)
            {
                builder.WithWeekendFrom(rule.EffectiveFrom, [.. rule.Days]);
            }
        }

        foreach (var (year, _) in data.Years)
        {
            builder.SetYear(year);
        }

        return builder.Build();
    }

    /// <summary>
    /// Parses one day entry — <c>2027-01-01</c>, <c>2027-01-01 元旦</c> or <c>2027-02-06..2027-02-13 春节</c> — into
    /// <paramref name="days"/> (names of a day listed twice are joined).
    /// </summary>
    public static void ParseDayEntry(string? text, string path, string defaultName, Dictionary<LocalDate, string> days, List<JsonInputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new JsonInputProblem(path, "must be a date (yyyy-MM-dd), a range (yyyy-MM-dd..yyyy-MM-dd), optionally followed by a name."));
            return;
        }

        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        var datePart = space < 0 ? trimmed : trimmed[..space];
        var name = space < 0 ? defaultName : trimmed[(space + 1)..].Trim();
        var dots = datePart.IndexOf("..", StringComparison.Ordinal);
        var firstText = dots < 0 ? datePart : datePart[..dots];
        var lastText = dots < 0 ? datePart : datePart[(dots + 2)..];
        if (!TryParseDate(firstText, out var first) || !TryParseDate(lastText, out var last))
        {
            problems.Add(new JsonInputProblem(
                path,
                $"{Quote(text)} is not a date (yyyy-MM-dd) or a range (yyyy-MM-dd..yyyy-MM-dd), optionally followed by a name."));
            return;
        }

        if (last < first || Period.Between(first, last, PeriodUnits.Days).Days >= MaxRangeDays)
        {
            problems.Add(new JsonInputProblem(path, $"{Quote(text)}: the range must run forwards and span at most {MaxRangeDays} days."));
            return;
        }

        if (HasControlCharacter(name))
        {
            problems.Add(new JsonInputProblem(path, $"{Quote(text)}: the name contains a control character."));
            return;
        }

        for (var d = first; d <= last; d = d.PlusDays(1))
        {
            days[d] = days.TryGetValue(d, out var existing) && !existing.Contains(name, StringComparison.Ordinal) ? existing + "; " + name : name;
        }
    }

    /// <summary>Builds a year from parsed days, adding a problem (at <paramref name="path"/>) when it is inconsistent.</summary>
    public static CalendarYear? BuildYear(
        int year,
        Dictionary<LocalDate, string> holidays,
        Dictionary<LocalDate, string> makeUps,
        string source,
        LocalDate? retrieved,
        string path,
        List<JsonInputProblem> problems)
    {
        try
        {
            return new CalendarYear(year, holidays, makeUps, source, retrieved);
        }
        catch (ArgumentException ex)
        {
            problems.Add(new JsonInputProblem(path, ex.Message));
            return null;
        }
    }

    /// <summary>Parses a weekend's day names (<c>Saturday</c>, <c>sunday</c>…), adding a problem for each bad one.</summary>
    public static IsoDayOfWeek[]? ParseDays(IReadOnlyList<string?> names, string path, List<JsonInputProblem> problems)
    {
        var days = new List<IsoDayOfWeek>();
        var ok = true;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name is null || !Enum.TryParse<IsoDayOfWeek>(name, ignoreCase: true, out var day) || day == IsoDayOfWeek.None ||
                !Enum.IsDefined(day) || int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                problems.Add(new JsonInputProblem($"{path}[{i}]", $"{Quote(name)} is not a day of the week (Monday…Sunday)."));
                ok = false;
            }
            else if (days.Contains(day))
            {
                problems.Add(new JsonInputProblem($"{path}[{i}]", $"{day} is listed twice."));
                ok = false;
            }
            else
            {
                days.Add(day);
            }
        }

        return ok ? [.. days] : null;
    }

    /// <summary>Whether <paramref name="text"/> is an ISO date in the supported range.</summary>
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length != 10)
        {
            return false;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || !WorkingDayCalendar.IsInSupportedRange(parsed.Value))
        {
            return false;
        }

        date = parsed.Value;
        return true;
    }

    /// <summary>A value quoted for a message: at most about 100 characters, control characters escaped.</summary>
    public static string Quote(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var shown = text.Length > 100 ? text[..100] + "…" : text;
        var builder = new System.Text.StringBuilder(shown.Length + 2).Append('\'');
        foreach (var c in shown)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('\'').ToString();
    }

    private static bool HasControlCharacter(string text) => text.Any(char.IsControl);

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new JsonInputException("$", $"calendar data larger than {MaxBytes / (1024 * 1024)} MiB is refused.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static ImmutableArray<MarketCalendarData> ReadRoot(JsonElement root, List<JsonInputProblem> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new JsonInputProblem("$", $"must be an object with a \"calendars\" array, not {Describe(root)}."));
            return [];
        }

        CheckProperties(root, "$", RootProperties, problems);
        if (!TryGet(root, "calendars", out var calendars) || calendars.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new JsonInputProblem("$.calendars", "required: an array of market calendars."));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<MarketCalendarData>();
        var seen = new Dictionary<CountryCode, string>();
        var i = 0;
        foreach (var item in calendars.EnumerateArray())
        {
            var path = $"$.calendars[{i++}]";
            if (ReadMarket(item, path, problems) is { } market)
            {
                if (seen.TryGetValue(market.Market, out var earlier))
                {
                    problems.Add(new JsonInputProblem(path + ".market", $"{market.Market} is already described at {earlier}; list each market once."));
                    continue;
                }

                seen[market.Market] = path;
                result.Add(market);
            }
        }

        return result.ToImmutable();
    }

    private static MarketCalendarData? ReadMarket(JsonElement element, string path, List<JsonInputProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new JsonInputProblem(path, $"must be an object, not {Describe(element)}."));
            return null;
        }

        var before = problems.Count;
        CheckProperties(element, path, MarketProperties, problems);
        CountryCode market = default;
        var marketText = RequiredString(element, "market", path, problems);
        if (marketText is not null && !CountryCode.TryParse(marketText, out market))
        {
            problems.Add(new JsonInputProblem(path + ".market", $"{Quote(marketText)} is not an ISO 3166-1 alpha-2 market code."));
        }

        var name = OptionalString(element, "name", path, problems);
        var source = OptionalString(element, "source", path, problems);
        ImmutableArray<WeekendRule>? weekends = null;
        if (TryGet(element, "weekends", out var weekendsElement))
        {
            weekends = ReadWeekends(weekendsElement, path + ".weekends", problems);
        }

        var years = ImmutableArray.CreateBuilder<(CalendarYear, string)>();
        if (!TryGet(element, "years", out var yearsElement) || yearsElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new JsonInputProblem(path + ".years", "required: an array of years."));
        }
        else
        {
            var seenYears = new HashSet<int>();
            var i = 0;
            foreach (var yearElement in yearsElement.EnumerateArray())
            {
                var yearPath = $"{path}.years[{i++}]";
                if (ReadYear(yearElement, yearPath, problems) is { } year)
                {
                    if (!seenYears.Add(year.Year))
                    {
                        problems.Add(new JsonInputProblem(yearPath + ".year", $"{year.Year} is listed twice for this market."));
                    }
                    else
                    {
                        years.Add((year, yearPath));
                    }
                }
            }
        }

        return problems.Count > before ? null : new MarketCalendarData(market, path, name, source, weekends, years.ToImmutable());
    }

    private static ImmutableArray<WeekendRule>? ReadWeekends(JsonElement element, string path, List<JsonInputProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            problems.Add(new JsonInputProblem(path, "must be a non-empty array of {\"from\": date (optional), \"days\": [day names]}."));
            return null;
        }

        var rules = ImmutableArray.CreateBuilder<WeekendRule>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = $"{path}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new JsonInputProblem(itemPath, $"must be an object, not {Describe(item)}."));
                continue;
            }

            CheckProperties(item, itemPath, WeekendProperties, problems);
            var from = WorkingDayCalendar.MinSupportedDate;
            if (OptionalString(item, "from", itemPath, problems) is { } fromText && !TryParseDate(fromText, out from))
            {
                problems.Add(new JsonInputProblem(itemPath + ".from", $"{Quote(fromText)} is not a date (yyyy-MM-dd) between 1970 and 2199."));
                continue;
            }

            if (!TryGet(item, "days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new JsonInputProblem(itemPath + ".days", "required: an array of day names (an empty array means no weekend)."));
                continue;
            }

            var names = StringItems(daysElement, itemPath + ".days", problems);
            if (names is not null && ParseDays(names, itemPath + ".days", problems) is { } days)
            {
                rules.Add(new WeekendRule(from, days));
            }
        }

        return rules.ToImmutable();
    }

    private static CalendarYear? ReadYear(JsonElement element, string path, List<JsonInputProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new JsonInputProblem(path, $"must be an object, not {Describe(element)}."));
            return null;
        }

        var before = problems.Count;
        CheckProperties(element, path, YearProperties, problems);
        var year = 0;
        if (!TryGet(element, "year", out var yearElement) || yearElement.ValueKind != JsonValueKind.Number ||
            !yearElement.TryGetInt32(out year) || year < WorkingDayCalendar.MinSupportedDate.Year || year > WorkingDayCalendar.MaxSupportedDate.Year)
        {
            problems.Add(new JsonInputProblem(path + ".year", "required: a whole year between 1970 and 2199."));
        }

        var source = RequiredString(element, "source", path, problems);
        LocalDate? retrieved = null;
        if (OptionalString(element, "retrieved", path, problems) is { } retrievedText)
        {
            if (TryParseDate(retrievedText, out var r))
            {
                retrieved = r;
            }
            else
            {
                problems.Add(new JsonInputProblem(path + ".retrieved", $"{Quote(retrievedText)} is not a date (yyyy-MM-dd)."));
            }
        }

        var holidays = new Dictionary<LocalDate, string>();
        var makeUps = new Dictionary<LocalDate, string>();
        ReadDays(element, "holidays", path, "day off", holidays, problems);
        ReadDays(element, "makeUpWorkingDays", path, "make-up working day", makeUps, problems);
        return problems.Count > before || source is null
            ? null
            : BuildYear(year, holidays, makeUps, source, retrieved, path, problems);
    }

    private static void ReadDays(JsonElement year, string property, string path, string defaultName, Dictionary<LocalDate, string> days, List<JsonInputProblem> problems)
    {
        if (!TryGet(year, property, out var element))
        {
            return; // a year may have no make-up days (or, rarely, no holidays)
        }

        var arrayPath = path + "." + property;
        if (StringItems(element, arrayPath, problems) is not { } items)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            ParseDayEntry(items[i], $"{arrayPath}[{i}]", defaultName, days, problems);
        }
    }

    private static List<string?>? StringItems(JsonElement array, string path, List<JsonInputProblem> problems)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new JsonInputProblem(path, $"must be an array of strings, not {Describe(array)}."));
            return null;
        }

        var items = new List<string?>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items.Add(ReadText(item, $"{path}[{i++}]", problems));
        }

        return items;
    }

    private static string? RequiredString(JsonElement obj, string name, string path, List<JsonInputProblem> problems)
    {
        if (!TryGet(obj, name, out _))
        {
            problems.Add(new JsonInputProblem(path + "." + name, "required."));
            return null;
        }

        var text = OptionalString(obj, name, path, problems);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new JsonInputProblem(path + "." + name, "must not be blank."));
            return null;
        }

        return text;
    }

    private static string? OptionalString(JsonElement obj, string name, string path, List<JsonInputProblem> problems) =>
        TryGet(obj, name, out var value) ? ReadText(value, path + "." + name, problems) : null;

    private static string? ReadText(JsonElement value, string path, List<JsonInputProblem> problems)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(new JsonInputProblem(path, $"must be a string, not {Describe(value)}."));
            return null;
        }

        try
        {
            var text = value.GetString()!;
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                problems.Add(new JsonInputProblem(path, "contains a NUL character."));
                return null;
            }

            if (text.Length > 4096)
            {
                problems.Add(new JsonInputProblem(path, $"is {text.Length} characters long; at most 4096 are allowed."));
                return null;
            }

            return text;
        }
        catch (InvalidOperationException)
        {
            problems.Add(new JsonInputProblem(path, "is not valid text (it holds a lone UTF-16 surrogate escape)."));
            return null;
        }
    }

    private static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static void CheckProperties(JsonElement obj, string path, string[] known, List<JsonInputProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                problems.Add(new JsonInputProblem($"{path}.{property.Name}", "is given twice."));
            }
            else if (!known.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new JsonInputProblem(
                    $"{path}.{Quote(property.Name).Trim('\'')}",
                    $"unknown property (expected one of {string.Join(", ", known.Where(k => k[0] != '$'))})."));
            }
        }
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
