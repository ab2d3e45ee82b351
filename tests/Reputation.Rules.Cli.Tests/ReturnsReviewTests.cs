using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary>
/// The review of issue 3 against its spec: worked cases computed by hand from the issue and
/// <c>shared/research/returns-law.md</c> (not from the code), driven through <c>returns check</c>, and robustness of the
/// JSON-Lines reader. Each line of <c>Data/returns-review-cases.jsonl</c> carries its arithmetic in <c>why</c> and its
/// expectation in <c>expect</c> (both unknown fields the CLI ignores): verdict, refundDueBy, amountDue, optionally
/// deadlineSetBy and refunded, rule ids that must be present and rule ids that must be absent.
/// </summary>
public sealed class ReturnsReviewTests
{
    private static readonly string CasesPath = Path.Combine(AppContext.BaseDirectory, "Data", "returns-review-cases.jsonl");

    /// <summary>A valid DE case: delivered Mon 2026-03-02, requested 03-05, nothing received yet, no refunds.</summary>
    private const string Base =
        """{"caseId":"B-1","asOf":"2026-04-10","buyerMarket":"DE","sellerMarket":"DE","order":{"itemsTotal":{"amount":"10.00","currency":"EUR"},"deliveryPaid":{"amount":"0","currency":"EUR"},"paymentMethod":"card","deliveredOn":"2026-03-02"},"return":{"reason":"change-of-mind","goods":"standard","requestedOn":"2026-03-05"},"refunds":[{"on":"2026-03-10","amount":{"amount":"10.00","currency":"EUR"},"method":"card","deductions":[{"kind":"card-fee","amount":{"amount":"1","currency":"EUR"}}]}],"refusal":null}""";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(CasesPath).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            data.Add(doc.RootElement.GetProperty("caseId").GetString()!, line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Worked_case_meets_the_hand_computed_expectation(string caseId, string line)
    {
        var result = CliRunner.Run("returns check", line + "\n");
        Assert.Equal(0, result.ExitCode);
        using var input = JsonDocument.Parse(line);
        var expect = input.RootElement.GetProperty("expect");
        using var output = JsonDocument.Parse(Assert.Single(result.OutLines));
        var report = output.RootElement;
        Assert.Equal(caseId, report.GetProperty("caseId").GetString());
        Assert.Equal(expect.GetProperty("verdict").GetString(), report.GetProperty("verdict").GetString());
        Assert.Equal(expect.GetProperty("refundDueBy").GetString(), report.GetProperty("refundDueBy").GetString());
        Assert.Equal(expect.GetProperty("amountDue").GetString(), report.GetProperty("amountDue").GetProperty("amount").GetString());
        if (expect.TryGetProperty("deadlineSetBy", out var setBy))
        {
            Assert.Equal(setBy.GetString(), report.GetProperty("deadlineSetBy").GetString());
        }

        if (expect.TryGetProperty("refunded", out var refunded))
        {
            Assert.Equal(refunded.GetString(), report.GetProperty("refunded").GetProperty("amount").GetString());
        }

        var ids = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.All(expect.GetProperty("rules").EnumerateArray(), rule => Assert.Contains(rule.GetString(), ids));
        Assert.All(expect.GetProperty("absent").EnumerateArray(), rule => Assert.DoesNotContain(rule.GetString(), ids));
    }

    [Fact]
    public void The_worked_cases_run_as_one_stream_in_order()
    {
        var lines = File.ReadLines(CasesPath).Where(l => l.Trim().Length > 0).ToList();
        Assert.True(lines.Count >= 70);
        var result = CliRunner.Run("returns check --fail-on violation", string.Join("\n", lines) + "\n");
        Assert.Equal(1, result.ExitCode); // some cases are violations, none is invalid
        Assert.Equal(lines.Count, result.OutLines.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            using var input = JsonDocument.Parse(lines[i]);
            using var output = JsonDocument.Parse(result.OutLines[i]);
            Assert.Equal(input.RootElement.GetProperty("caseId").GetString(), output.RootElement.GetProperty("caseId").GetString());
        }
    }

    [Fact]
    public void The_base_line_is_valid()
    {
        var result = CliRunner.Run("returns check", Base + "\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"verdict\":", Assert.Single(result.OutLines));
    }

    [Theory]
    [InlineData("$.order.itemsTotal.amount", "\"1e40\"", "$.order.itemsTotal.amount: expected a decimal number")]
    [InlineData("$.order.itemsTotal.amount", "1e40", "$.order.itemsTotal.amount: expected a decimal number")]
    [InlineData("$.order.itemsTotal.amount", "\"79228162514264337593543950335\"", "$.order.itemsTotal: must be at most 1000000000000000")]
    [InlineData("$.order.itemsTotal.amount", "true", "$.order.itemsTotal.amount: expected a decimal number (as a number or a string such as \"12.34\"), got true.")]
    [InlineData("$.order.itemsTotal.amount", "\"-0.01\"", "$.order.itemsTotal: must not be negative (got -0.01 EUR).")]
    [InlineData("$.order.itemsTotal", "\"10.00\"", "$.order.itemsTotal: expected an object, got the string \"10.00\".")]
    [InlineData("$.order.deliveryPaid.currency", "\"USD\"", "$.order.deliveryPaid: currency USD differs from itemsTotal's currency EUR; a case uses one currency.")]
    [InlineData("$.order.paymentMethod", null, "$.order.paymentMethod: is required.")]
    [InlineData("$.order", "[]", "$.order: expected an object, got an array.")]
    [InlineData("$.buyerMarket", "\"XX\"", "$.buyerMarket: 'XX' is not an ISO 3166-1 alpha-2 market code.")]
    [InlineData("$.sellerMarket", null, "$.sellerMarket: is required.")]
    [InlineData("$.asOf", "\"2026-02-30\"", "$.asOf: '2026-02-30' is not a date in the form yyyy-MM-dd.")]
    [InlineData("$.asOf", "\"9999-12-31\"", "$.asOf: 9999-12-31 is outside the supported range")]
    [InlineData("$.return.goods", "null", "$.return.goods: is required.")]
    [InlineData("$.return.requestedOn", "\"2026-03-01\"", "$.return.requestedOn: 2026-03-01 is before order.deliveredOn 2026-03-02.")]
    [InlineData("$.return.receivedOn", "\"2026-03-04\"", "$.return.receivedOn: 2026-03-04 is before requestedOn 2026-03-05.")]
    [InlineData("$.refunds", "{}", "$.refunds: expected an array, got an object.")]
    [InlineData("$.refunds[0].on", "\"2026-03-01\"", "$.refunds[0].on: 2026-03-01 is before order.deliveredOn 2026-03-02.")]
    [InlineData("$.refunds[0].amount.amount", "-1", "$.refunds[0].amount: must not be negative (got -1.00 EUR).")]
    [InlineData("$.refunds[0].deductions[0].amount.currency", "\"GBP\"", "$.refunds[0].deductions[0].amount: currency GBP differs from")]
    [InlineData("$.refunds[0].method", null, "$.refunds[0].method: is required.")]
    [InlineData("$.refunds[0].buyerAgreedToMethod", "\"yes\"", "$.refunds[0].buyerAgreedToMethod: expected true or false")]
    [InlineData("$.refunds[0].deductions[0].kind", "\"\"", "$.refunds[0].deductions[0].kind: must not be empty.")]
    [InlineData("$.refunds[0].deductions[0].amount.amount", "\"abc\"", "$.refunds[0].deductions[0].amount.amount: expected a decimal number")]
    [InlineData("$.refusal", "{\"on\":\"2026-03-04\"}", "$.refusal.on: 2026-03-04 is before return.requestedOn 2026-03-05.")]
    [InlineData("$.sellerPolicy", "{\"returnWindowDays\":\"30\"}", "$.sellerPolicy.returnWindowDays: expected a whole number, got the string \"30\".")]
    [InlineData("$.sellerPolicy", "{\"refundWithinWorkingDays\":2.5}", "$.sellerPolicy.refundWithinWorkingDays: expected a whole number, got the number 2.5.")]
    [InlineData("$.sellerPolicy", "{\"restockingFeePercent\":150}", "$.sellerPolicy.restockingFeePercent: must be between 0 and 100 (got 150).")]
    public void A_malformed_field_yields_one_error_line_naming_it(string path, string? json, string expectedStart)
    {
        var line = Mutate(Base, path, json);
        var result = CliRunner.Run("returns check", line + "\n");
        Assert.Equal(2, result.ExitCode);
        using var doc = JsonDocument.Parse(Assert.Single(result.OutLines));
        Assert.Equal(1, doc.RootElement.GetProperty("line").GetInt32());
        Assert.Equal("B-1", doc.RootElement.GetProperty("caseId").GetString());
        Assert.StartsWith(expectedStart, doc.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_line_is_ignored()
    {
        var result = CliRunner.Run("returns check", "\uFEFF" + Base + "\n" + Base + "\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.OutLines.Length);
        Assert.All(result.OutLines, l => Assert.Contains("\"verdict\":", l));
    }

    [Property(MaxTest = 200)]
    public Property Random_field_damage_never_crashes_and_yields_exactly_one_line() =>
        Prop.ForAll(
            Damage().ToArbitrary(),
            damage =>
            {
                var line = damage.Aggregate(Base, (text, d) => Mutate(text, d.Path, d.Value));
                var result = CliRunner.Run("returns check --fail-on violation", line + "\n");
                if (result.OutLines.Length != 1 || result.Error.Length != 0)
                {
                    return false;
                }

                using var doc = JsonDocument.Parse(result.OutLines[0]);
                var root = doc.RootElement;
                return root.TryGetProperty("error", out var error)
                    ? result.ExitCode == 2 && error.GetString()!.StartsWith('$') && root.GetProperty("line").GetInt32() == 1
                    : result.ExitCode is 0 or 1 && root.TryGetProperty("verdict", out _);
            });

    [Property(MaxTest = 60)]
    public Property Truncated_lines_are_syntax_errors_with_path_dollar() =>
        Prop.ForAll(
            Gen.Choose(1, Base.Length - 1).ToArbitrary(),
            cut =>
            {
                var result = CliRunner.Run("returns check", Base[..cut] + "\n");
                using var doc = JsonDocument.Parse(Assert.Single(result.OutLines));
                return result.ExitCode == 2
                    && doc.RootElement.GetProperty("caseId").ValueKind == JsonValueKind.Null
                    && doc.RootElement.GetProperty("error").GetString()!.StartsWith("$: not valid JSON", StringComparison.Ordinal);
            });

    private static readonly string[] Paths =
    [
        "$.caseId", "$.asOf", "$.buyerMarket", "$.sellerMarket", "$.marketplace", "$.order", "$.order.itemsTotal",
        "$.order.itemsTotal.amount", "$.order.itemsTotal.currency", "$.order.deliveryPaid.amount", "$.order.standardDeliveryCost",
        "$.order.paymentMethod", "$.order.deliveredOn", "$.sellerPolicy", "$.return", "$.return.reason", "$.return.goods",
        "$.return.requestedOn", "$.return.receivedOn", "$.return.evidenceOfSendingOn", "$.refunds", "$.refunds[0]",
        "$.refunds[0].on", "$.refunds[0].amount", "$.refunds[0].amount.amount", "$.refunds[0].method",
        "$.refunds[0].deductions", "$.refunds[0].deductions[0].kind", "$.refunds[0].deductions[0].amount.amount", "$.refusal",
    ];

    private static readonly string?[] Values =
    [
        null, "null", "true", "0", "-1", "1.5", "1e308", "-1e308", "123456789012345678901234567890", "\"\"", "\"x\"",
        "\"2026-02-30\"", "\"2026-03-05\"", "\"1969-12-31\"", "\"2190-12-31\"", "[]", "{}", "[1]", "\"DE\"", "\"EUR\"",
        "{\"amount\":\"1\",\"currency\":\"EUR\"}", "{\"amount\":\"-1\",\"currency\":\"EUR\"}", "{\"on\":\"2026-03-06\",\"reason\":\"other\"}",
        "{\"returnWindowDays\":3650,\"refundWithinWorkingDays\":365,\"restockingFeePercent\":100}", "\"\\u0000\"",
    ];

    private static Gen<(string Path, string? Value)[]> Damage() =>
        from count in Gen.Choose(1, 3)
        from damage in Gen.ArrayOf(
            from path in Gen.Elements(Paths)
            from value in Gen.Elements(Values)
            select (path, value),
            count)
        select damage;

    /// <summary>Sets the node at a simple path (<c>$.a.b[0].c</c>) to the JSON text <paramref name="raw"/>, or removes it when that is null; a missing parent leaves the text unchanged.</summary>
    private static string Mutate(string json, string path, string? raw)
    {
        var value = raw is null ? null : JsonNode.Parse(raw);
        var root = JsonNode.Parse(json)!;
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode? parent = root;
        for (var i = 0; i < parts.Length - 1 && parent is not null; i++)
        {
            parent = Child(parent, parts[i]);
        }

        var last = parts[^1];
        if (parent is JsonObject obj)
        {
            if (raw is null)
            {
                obj.Remove(last);
            }
            else
            {
                obj[last] = value;
            }
        }
        else if (parent is JsonArray array && last.StartsWith('[') && int.Parse(last.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture) is var index && index < array.Count)
        {
            array[index] = value;
        }

        return root.ToJsonString();
    }

    private static JsonNode? Child(JsonNode node, string part) =>
        part.StartsWith('[')
            ? node is JsonArray array && int.Parse(part.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null
            : node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
}
