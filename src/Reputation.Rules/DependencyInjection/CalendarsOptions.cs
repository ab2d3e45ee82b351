using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using NodaTime.Text;

namespace Reputation.Rules;

/// <summary>
/// Options for the working-day calendars: calendar data (whole years of holidays and make-up working days, from files
/// or from configuration), extra non-working days and make-up working days per market. They apply in this order: the
/// built-in calendars, calendars registered in code, <see cref="DataFiles"/> in order, <see cref="Markets"/>, then
/// <see cref="ExtraHolidays"/> and <see cref="MakeUpWorkingDays"/>. (There is no
/// default seller market: every return case names its seller market, whose calendar counts the seller's refund
/// working days; a default would be a silent guess.)
/// </summary>
/// <remarks>Bound from the <c>ReputationRules:Calendars</c> configuration section. Not thread-safe while being configured.</remarks>
public sealed class CalendarsOptions
{
    /// <summary>
    /// Extra non-working days per market: market code → (ISO date → name), e.g. a company closure
    /// <c>{"DE": {"2026-12-24": "Company closure"}}</c>. Dates must lie within the market calendar's covered years.
    /// </summary>
    /// <value>The default value is empty.</value>
    [Required]
    public Dictionary<string, Dictionary<string, string>> ExtraHolidays { get; set; } = [];

    /// <summary>
    /// Extra make-up working days (weekend days that are worked) per market: market code → (ISO date → note).
    /// </summary>
    /// <value>The default value is empty.</value>
    [Required]
    public Dictionary<string, Dictionary<string, string>> MakeUpWorkingDays { get; set; } = [];

    /// <summary>
    /// Calendar data files (the schema of docs/calendars.md, e.g. next year's holidays published after this release),
    /// applied in order. Relative paths are resolved against the current directory.
    /// </summary>
    /// <value>The default value is empty.</value>
    [Required]
    public List<string> DataFiles { get; set; } = [];

    /// <summary>
    /// Calendar data per market, in the data file schema keyed by market code: years of holidays and make-up working
    /// days that extend or replace the market's built-in years, or a whole calendar for a market without one.
    /// </summary>
    /// <example><c>{"CN": {"Years": [{"Year": 2027, "Holidays": ["2027-01-01 元旦"], "MakeUpWorkingDays": [], "Source": "…"}]}}</c></example>
    /// <value>The default value is empty.</value>
    [Required]
    public Dictionary<string, CalendarMarketOptions> Markets { get; set; } = [];

    /// <summary>Every problem with these options, each as <c>Path.To.Field: what is wrong</c>.</summary>
    /// <param name="path">The path of this section, e.g. <c>Calendars</c>.</param>
    /// <returns>The problems; empty when valid.</returns>
    public IEnumerable<string> Validate(string path = "Calendars")
    {
        foreach (var problem in ValidateDays(ExtraHolidays, $"{path}.ExtraHolidays"))
        {
            yield return problem;
        }

        foreach (var problem in ValidateDays(MakeUpWorkingDays, $"{path}.MakeUpWorkingDays"))
        {
            yield return problem;
        }

        if (DataFiles is null)
        {
            yield return $"{path}.DataFiles: must not be null.";
        }
        else
        {
            for (var i = 0; i < DataFiles.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(DataFiles[i]))
                {
                    yield return $"{path}.DataFiles[{i}]: must be a file path.";
                }
            }
        }

        var problems = new List<Serialization.JsonInputProblem>();
        _ = Calendars.CalendarOptionsData.Read(Markets, $"{path}.Markets", problems);
        foreach (var problem in problems)
        {
            yield return problem.ToString();
        }
    }

    private static IEnumerable<string> ValidateDays(Dictionary<string, Dictionary<string, string>>? days, string path)
    {
        if (days is null)
        {
            yield return $"{path}: must not be null.";
            yield break;
        }

        foreach (var (market, dates) in days)
        {
            if (!CountryCode.TryParse(market, out _))
            {
                yield return $"{path}.{market}: '{market}' is not an ISO 3166-1 alpha-2 market code.";
                continue;
            }

            foreach (var (date, name) in dates ?? [])
            {
                if (!LocalDatePattern.Iso.Parse(date).Success)
                {
                    yield return $"{path}.{market}.{date}: '{date}' is not a date in the form yyyy-MM-dd.";
                }
                else if (string.IsNullOrWhiteSpace(name))
                {
                    yield return $"{path}.{market}.{date}: the name must not be empty.";
                }
            }
        }

    }
}
