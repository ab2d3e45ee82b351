using System.IO;
using NodaTime;
using NodaTime.Text;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>Parsing of argument values with one-line, specific errors.</summary>
internal static class Arguments
{
    public static LocalDate ParseDate(string? text, string option)
    {
        if (text is null)
        {
            throw new CliUsageException($"{option}: a date is required (yyyy-MM-dd).");
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new CliUsageException($"{option}: '{text}' is not a date in the form yyyy-MM-dd.");
        }

        return result.Value;
    }

    public static CountryCode ParseMarket(string? text, string option)
    {
        if (!CountryCode.TryParse(text, out var market))
        {
            throw new CliUsageException($"{option}: '{text}' is not an ISO 3166-1 alpha-2 market code (such as CN, DE, US).");
        }

        return market;
    }

    /// <summary>Opens FILE, or standard input for null or "-".</summary>
    public static TextReader OpenInput(string? file, CliContext context)
    {
        if (file is null || file == "-")
        {
            return context.In;
        }

        if (!File.Exists(file))
        {
            throw new CliUsageException($"FILE: '{file}' does not exist.");
        }

        return new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }
}
