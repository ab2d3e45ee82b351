using System.CommandLine;
using System.Globalization;
using System.IO;
using NodaTime;
using Reputation.Rules.Serialization;

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

        return JsonRead.TryParseDate(text, out var date)
            ? date
            : throw new CliUsageException($"{option}: {JsonRead.Quote(text)} is not a date in the form yyyy-MM-dd.");
    }

    public static CountryCode ParseMarket(string? text, string option)
    {
        if (text is null || !JsonRead.TryParseMarket(text, out var market))
        {
            throw new CliUsageException($"{option}: {JsonRead.Quote(text)} is not an ISO 3166-1 alpha-2 market code (such as CN, DE, US).");
        }

        return market;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, e.g. <c>--days 5</c>.</summary>
    public static int ParseWholeNumber(string? text, string option, int min, int max)
    {
        if (text is null)
        {
            throw new CliUsageException($"{option}: a whole number is required.");
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var range = min == 0 && max == int.MaxValue ? "0 or more" : $"from {min} to {max}";
            throw new CliUsageException($"{option}: must be a whole number ({range}), got {JsonRead.Quote(text)}.");
        }

        if (value < min || value > max)
        {
            throw new CliUsageException(min == 0 && max == int.MaxValue
                ? $"{option}: must be 0 or more (got {value})."
                : $"{option}: must be from {min} to {max} (got {value}).");
        }

        return value;
    }

    /// <summary>The shared <c>--format json|table</c> option of the JSON-Lines commands.</summary>
    public static Option<string?> FormatOption() => new("--format")
    {
        Description = "json (default): one JSON object per line; table: a readable table. Allowed: json, table.",
        HelpName = "json|table",
    };

    /// <summary>Reads <c>--format</c>: <see langword="true"/> for <c>table</c>, <see langword="false"/> for <c>json</c> or nothing.</summary>
    /// <exception cref="CliUsageException">Any other value.</exception>
    public static bool IsTableFormat(string? value) => value switch
    {
        null or "json" => false,
        "table" => true,
        var other => throw new CliUsageException($"--format: {JsonRead.Quote(other)} is not supported (use 'json' or 'table')."),
    };

    /// <summary>The <c>--max-line-bytes</c> option shared by the JSON-Lines commands.</summary>
    public static Option<string?> MaxLineBytesOption() => new("--max-line-bytes")
    {
        Description = $"The longest input line read, in UTF-8 bytes (default {LineReader.DefaultMaxLineBytes} = 1 MiB, at most {LineReader.LargestMaxLineBytes}); a longer line gets an error line and is skipped unread.",
        HelpName = "bytes",
    };

    public static int ParseMaxLineBytes(string? text) =>
        text is null ? LineReader.DefaultMaxLineBytes : ParseWholeNumber(text, "--max-line-bytes", 1, LineReader.LargestMaxLineBytes);

    /// <summary>Opens FILE, or standard input for null or "-".</summary>
    public static TextReader OpenInput(string? file, CliContext context)
    {
        if (file is null || file == "-")
        {
            return context.In;
        }

        if (Directory.Exists(file))
        {
            throw new CliUsageException($"FILE: {JsonRead.Quote(file)} is a directory, not a file; give a JSON Lines file, or '-' (or nothing) for standard input.");
        }

        if (!File.Exists(file))
        {
            throw new CliUsageException($"FILE: {JsonRead.Quote(file)} does not exist.");
        }

        return new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }
}
