using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Serialization;

namespace Reputation.Rules.Cli.Infrastructure;

/// <summary>
/// The <c>--format table</c> output of a JSON-Lines command: a header, then one fixed-width row per output line, written
/// as each line is read (no buffering). Rows are rendered from the JSON object the command would have printed, so the
/// table shows exactly what JSON Lines show: an error line is always a row with <c>error</c> and its full message.
/// </summary>
/// <param name="headers">The column headers.</param>
/// <param name="widths">Each column's width; the last column is never padded or cut.</param>
/// <param name="idName">The id field shown in the second column of error rows (null: none).</param>
/// <param name="row">The cells of a result row (the JSON object and the input line number).</param>
internal sealed class TableFormat(string[] headers, int[] widths, string? idName, Func<JsonElement, int, string[]> row)
{
    /// <summary>The longest id shown (the second column holds input ids, which can be any length; longer ones are cut with "…").</summary>
    private const int MaxCell = 40;

    public void WriteHeader(TextWriter output)
    {
        WriteCells(output, headers);
        output.WriteLine(new string('-', widths.Sum() + (2 * (widths.Length - 1)) + 20));
    }

    /// <summary>Writes one JSON output line as a row: an error line as <c>line, id, error, -, …, message</c>.</summary>
    public void WriteRow(TextWriter output, JsonElement line, int lineNumber)
    {
        if (line.TryGetProperty("error", out var error))
        {
            var cells = Enumerable.Repeat("-", headers.Length).ToArray();
            cells[0] = line.GetProperty("line").GetInt32().ToString(CultureInfo.InvariantCulture);
            if (idName is not null && line.TryGetProperty(idName, out var id) && id.ValueKind != JsonValueKind.Null)
            {
                cells[1] = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            }

            cells[2] = "error";
            cells[^1] = error.GetString()!;
            WriteCells(output, cells);
            return;
        }

        WriteCells(output, row(line, lineNumber));
    }

    /// <summary>Writes a row of cells (used for rows not tied to one input line, such as score reports).</summary>
    public void WriteCells(TextWriter output, string[] cells)
    {
        var text = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = JsonRead.OneLine(cells[i]);
            if (i == cells.Length - 1)
            {
                text.Append(cell);
                break;
            }

            if (i == 1 && cell.Length > MaxCell)
            {
                cell = cell[..(char.IsHighSurrogate(cell[MaxCell - 2]) ? MaxCell - 2 : MaxCell - 1)] + "…";
            }

            text.Append(cell);
            text.Append(' ', Math.Max(widths[i] - TextTable.DisplayWidth(cell), 0) + 2);
        }

        output.WriteLine(text.ToString().TrimEnd());
    }

    /// <summary>The rule ids of a JSON findings array, space-separated ("-" when there are none).</summary>
    public static string RuleIds(JsonElement findings)
    {
        var rules = new StringBuilder();
        foreach (var finding in findings.EnumerateArray())
        {
            rules.Append(rules.Length == 0 ? string.Empty : " ").Append(finding.GetProperty("ruleId").GetString());
        }

        return rules.Length == 0 ? "-" : rules.ToString();
    }
}
