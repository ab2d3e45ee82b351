using System;
using System.IO;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Calendars.Data;

/// <summary>
/// The built-in calendars whose holidays are announced year by year (CN, KR, AE, SA): embedded data files in the
/// calendar data schema (<c>Calendars/Data/*.json</c>), each year with its source and retrieval date. Markets whose
/// holidays follow fixed rules (DE, FR, GB, US, BR, JP) are computed by those rules in code instead.
/// </summary>
internal static class EmbeddedCalendars
{
    public static WorkingDayCalendar China() => Load("cn");

    public static WorkingDayCalendar Korea() => Load("kr");

    public static WorkingDayCalendar UnitedArabEmirates() => Load("ae");

    public static WorkingDayCalendar SaudiArabia() => Load("sa");

    /// <summary>Loads one embedded market file; a broken built-in file is a bug, reported as such.</summary>
    private static WorkingDayCalendar Load(string name)
    {
        var resource = $"Reputation.Rules.Calendars.Data.{name}.json";
        using var stream = typeof(EmbeddedCalendars).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in calendar data {resource} is missing from the assembly.");
        try
        {
            var markets = CalendarData.Read(stream);
            if (markets.Length != 1)
            {
                throw new InvalidOperationException($"The built-in calendar data {resource} must describe exactly one market.");
            }

            return CalendarData.Build(null, markets[0]);
        }
        catch (Exception ex) when (ex is JsonInputException or ArgumentException or IOException)
        {
            throw new InvalidOperationException($"The built-in calendar data {resource} is invalid: {ex.Message}", ex);
        }
    }
}
