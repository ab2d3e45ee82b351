using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary>The <c>returns check</c> JSON-Lines contract: fields, errors with paths, exit codes, streaming, table output.</summary>
public sealed class ReturnsCommandTests
{
    /// <summary>A valid FR case (the shape of dev example D2): due 2026-06-23 (seller, 5 FR working days after 06-16).</summary>
    private const string Valid =
        """{"caseId":"R-1","asOf":"2026-07-01","buyerMarket":"FR","sellerMarket":"FR","marketplace":null,"order":{"itemsTotal":{"amount":"45.00","currency":"EUR"},"deliveryPaid":{"amount":"5.00","currency":"EUR"},"paymentMethod":"card","deliveredOn":"2026-06-01"},"return":{"reason":"change-of-mind","goods":"standard","requestedOn":"2026-06-10","receivedOn":"2026-06-16","evidenceOfSendingOn":"2026-06-12"},"refunds":[{"on":"2026-06-18","amount":{"amount":"50.00","currency":"EUR"},"method":"card","buyerAgreedToMethod":false,"deductions":[]}],"refusal":null}""";

    private static string With(string json, string find, string replace)
    {
        Assert.Contains(find, json);
        return json.Replace(find, replace);
    }

    private static JsonElement Line(CliResult result, int index = 0)
    {
        using var doc = JsonDocument.Parse(result.OutLines[index]);
        return doc.RootElement.Clone();
    }

    private static string Error(string line)
    {
        var result = CliRunner.Run("returns check", line + "\n");
        Assert.Equal(2, result.ExitCode);
        var error = Line(result);
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        return error.GetProperty("error").GetString()!;
    }

    [Fact]
    public void A_compliant_case_writes_the_contract_fields_in_order()
    {
        var result = CliRunner.Run("returns check", Valid + "\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            """{"caseId":"R-1","verdict":"compliant","refundDueBy":"2026-06-23","deadlineSetBy":"Seller return policy refund promise","amountDue":{"amount":"50.00","currency":"EUR"},"refunded":{"amount":"50.00","currency":"EUR"},"findings":[]}""",
            Assert.Single(result.OutLines));
    }

    [Fact]
    public void Findings_have_lower_case_severity_a_citation_string_and_string_evidence()
    {
        var late = With(Valid, "\"on\":\"2026-06-18\"", "\"on\":\"2026-06-30\"");
        var result = CliRunner.Run("returns check", late + "\n");
        Assert.Equal(0, result.ExitCode); // violations only change the exit code with --fail-on
        var line = Line(result);
        Assert.Equal("violation", line.GetProperty("verdict").GetString());
        var finding = Assert.Single(line.GetProperty("findings").EnumerateArray());
        Assert.Equal("RET-LATE", finding.GetProperty("ruleId").GetString());
        Assert.Equal("violation", finding.GetProperty("severity").GetString());
        Assert.Equal("Seller return policy refund promise", finding.GetProperty("citation").GetString());
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
        var evidence = finding.GetProperty("evidence");
        Assert.Equal(JsonValueKind.Object, evidence.ValueKind);
        Assert.All(evidence.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
        Assert.Equal("2026-06-23", evidence.GetProperty("refundDueBy").GetString());
    }

    [Fact]
    public void Nothing_due_yet_writes_null_deadline_and_null_citation_for_info_findings()
    {
        // AE buyer (no law profile), goods not yet received: no deadline; RET-NO-LAW-PROFILE has no citation.
        var line = With(With(With(Valid, "\"buyerMarket\":\"FR\"", "\"buyerMarket\":\"AE\""), ",\"receivedOn\":\"2026-06-16\"", string.Empty), "\"refunds\":[{\"on\":\"2026-06-18\",\"amount\":{\"amount\":\"50.00\",\"currency\":\"EUR\"},\"method\":\"card\",\"buyerAgreedToMethod\":false,\"deductions\":[]}]", "\"refunds\":[]");
        var result = CliRunner.Run("returns check", line + "\n");
        var report = Line(result);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("refundDueBy").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("deadlineSetBy").ValueKind);
        Assert.Equal("0.00", report.GetProperty("refunded").GetProperty("amount").GetString());
        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray());
        Assert.Equal("RET-NO-LAW-PROFILE", finding.GetProperty("ruleId").GetString());
        Assert.Equal("info", finding.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("citation").ValueKind);
    }

    [Fact]
    public void Optional_fields_may_be_absent_amounts_may_be_numbers_and_unknown_fields_are_ignored()
    {
        const string minimal =
            """{"caseId":"M-1","asOf":"2026-04-20","buyerMarket":"US","sellerMarket":"DE","order":{"itemsTotal":{"amount":19.9,"currency":"usd"},"deliveryPaid":{"amount":0,"currency":"USD"},"paymentMethod":"card","deliveredOn":"2026-03-25"},"return":{"reason":"faulty","goods":"standard","requestedOn":"2026-03-30","receivedOn":"2026-04-02"},"note":"ignored","extra":{"a":[1,2]}}""";
        var result = CliRunner.Run("returns check", minimal + "\n");
        Assert.Equal(0, result.ExitCode);
        var line = Line(result);
        Assert.Equal("violation", line.GetProperty("verdict").GetString()); // due 04-13, nothing refunded by 04-20
        Assert.Equal("2026-04-13", line.GetProperty("refundDueBy").GetString());
        Assert.Equal("19.90", line.GetProperty("amountDue").GetProperty("amount").GetString());
        Assert.Equal("USD", line.GetProperty("amountDue").GetProperty("currency").GetString());
    }

    [Fact]
    public void Partial_seller_policy_fields_take_the_defaults()
    {
        var line = With(Valid, "\"refusal\":null", "\"refusal\":null,\"sellerPolicy\":{\"refundWithinWorkingDays\":1}");
        var report = Line(CliRunner.Run("returns check", line + "\n"));
        Assert.Equal("2026-06-17", report.GetProperty("refundDueBy").GetString()); // 06-16 + 1 FR working day
        Assert.Equal("violation", report.GetProperty("verdict").GetString()); // refunded 06-18
    }

    [Theory]
    [InlineData("\"buyerMarket\":\"FR\"", "\"buyerMarket\":\"XX\"", "$.buyerMarket: 'XX' is not an ISO 3166-1 alpha-2 market code.")]
    [InlineData("\"currency\":\"EUR\"},\"deliveryPaid\"", "\"currency\":\"EUX\"},\"deliveryPaid\"", "$.order.itemsTotal.currency: 'EUX' is not an active ISO 4217 currency code.")]
    [InlineData("\"amount\":\"45.00\"", "\"amount\":\"-45.00\"", "$.order.itemsTotal: must not be negative (got -45.00 EUR).")]
    [InlineData("\"amount\":\"50.00\",\"currency\":\"EUR\"}", "\"amount\":\"50.00\",\"currency\":\"USD\"}", "$.refunds[0].amount: currency USD differs from order.itemsTotal's currency EUR; a case uses one currency.")]
    [InlineData("\"on\":\"2026-06-18\"", "\"on\":\"2026-05-18\"", "$.refunds[0].on: 2026-05-18 is before order.deliveredOn 2026-06-01.")]
    [InlineData("\"receivedOn\":\"2026-06-16\"", "\"receivedOn\":\"2026-06-09\"", "$.return.receivedOn: 2026-06-09 is before requestedOn 2026-06-10.")]
    [InlineData("\"marketplace\":null", "\"marketplace\":\"etsy\"", "$.marketplace: 'etsy' is not a known marketplace (known: aliexpress, amazon, ebay).")]
    [InlineData("\"goods\":\"standard\"", "\"goods\":\"used\"", "$.return.goods: 'used' is not one of standard, custom-made, perishable, sealed-hygiene-opened, sealed-media-opened, digital-started, newspaper.")]
    [InlineData("\"reason\":\"change-of-mind\"", "\"reason\":\"regret\"", "$.return.reason: 'regret' is not one of change-of-mind, faulty, not-as-described.")]
    [InlineData("\"deliveredOn\":\"2026-06-01\"", "\"deliveredOn\":\"01/06/2026\"", "$.order.deliveredOn: '01/06/2026' is not a date in the form yyyy-MM-dd.")]
    [InlineData("\"asOf\":\"2026-07-01\",", "", "$.asOf: is required.")]
    [InlineData("\"deductions\":[]", "\"deductions\":[{\"kind\":\"card-fee\",\"amount\":{\"amount\":\"-1\",\"currency\":\"EUR\"}}]", "$.refunds[0].deductions[0].amount: must not be negative (got -1.00 EUR).")]
    [InlineData("\"refusal\":null", "\"refusal\":null,\"sellerPolicy\":{\"returnWindowDays\":-3}", "$.sellerPolicy.returnWindowDays: must be between 0 and 3650 (got -3).")]
    [InlineData("\"refusal\":null", "\"refusal\":{\"on\":\"2026-06-11\",\"reason\":\"because\"}", "$.refusal.reason: 'because' is not one of window-expired, not-returnable, not-intact, other.")]
    [InlineData("\"refunds\":[", "\"refunds\":[7,", "$.refunds[0]: expected an object, got the number 7.")]
    public void Invalid_lines_name_the_field_path_and_what_is_wrong(string find, string replace, string expected) =>
        Assert.Equal(expected, Error(With(Valid, find, replace)));

    [Fact]
    public void A_json_syntax_error_uses_the_path_dollar_and_a_null_case_id()
    {
        var result = CliRunner.Run("returns check", "{\"caseId\":\"R-9\",\n");
        Assert.Equal(2, result.ExitCode);
        var error = Line(result);
        Assert.Equal(JsonValueKind.Null, error.GetProperty("caseId").ValueKind);
        Assert.StartsWith("$: not valid JSON", error.GetProperty("error").GetString());
        Assert.Equal(["line", "caseId", "error"], error.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void An_error_line_carries_the_case_id_when_it_can_be_read()
    {
        var result = CliRunner.Run("returns check", With(Valid, "\"buyerMarket\":\"FR\"", "\"buyerMarket\":7") + "\n");
        var error = Line(result);
        Assert.Equal("R-1", error.GetProperty("caseId").GetString());
        Assert.Equal("$.buyerMarket: expected a string, got the number 7.", error.GetProperty("error").GetString());
    }

    [Fact]
    public void One_output_line_per_input_line_in_order_and_processing_continues_after_errors()
    {
        var input = string.Join("\n", Valid.Replace("R-1", "A"), "not json", Valid.Replace("R-1", "C"), "[1]") + "\n";
        var result = CliRunner.Run("returns check", input);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(4, result.OutLines.Length);
        Assert.Equal("A", Line(result, 0).GetProperty("caseId").GetString());
        Assert.Equal(2, Line(result, 1).GetProperty("line").GetInt32());
        Assert.Equal("C", Line(result, 2).GetProperty("caseId").GetString());
        Assert.Equal("$: expected an object, got an array.", Line(result, 3).GetProperty("error").GetString());
    }

    [Fact]
    public void Fail_on_violation_exits_1_and_2_wins_over_1()
    {
        var violating = With(Valid, "\"on\":\"2026-06-18\"", "\"on\":\"2026-06-30\"");
        Assert.Equal(1, CliRunner.Run("returns check --fail-on violation", violating + "\n").ExitCode);
        Assert.Equal(0, CliRunner.Run("returns check --fail-on violation", Valid + "\n").ExitCode);
        Assert.Equal(0, CliRunner.Run("returns check", violating + "\n").ExitCode);
        Assert.Equal(2, CliRunner.Run("returns check --fail-on violation", violating + "\n{\n").ExitCode);
    }

    [Fact]
    public void Fail_on_at_risk_also_counts_cases_at_risk()
    {
        var dueToday = With(With(Valid, "\"asOf\":\"2026-07-01\"", "\"asOf\":\"2026-06-23\""), "\"on\":\"2026-06-18\",\"amount\":{\"amount\":\"50.00\"", "\"on\":\"2026-06-18\",\"amount\":{\"amount\":\"0.00\"");
        var result = CliRunner.Run("returns check --fail-on at-risk", dueToday + "\n");
        Assert.Equal("violation", Line(result).GetProperty("verdict").GetString()); // 0.00 refunded is also partial
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, CliRunner.Run("returns check --fail-on everything", Valid + "\n").ExitCode);
    }

    [Fact]
    public void Reads_a_file_argument_and_dash_for_stdin()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Valid + "\n");
            var fromFile = CliRunner.Run(["returns", "check", path]);
            Assert.Equal(0, fromFile.ExitCode);
            Assert.Single(fromFile.OutLines);
            var fromStdin = CliRunner.Run(["returns", "check", "-"], Valid + "\n");
            Assert.Equal(fromFile.Out, fromStdin.Out);
        }
        finally
        {
            File.Delete(path);
        }

        var missing = CliRunner.Run(["returns", "check", "/no/such/file.jsonl"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Output_is_streamed_line_by_line()
    {
        using var output = new StringWriter();
        using var input = new CheckingReader([Valid, Valid, Valid], output);
        using var error = new StringWriter();
        var exit = CliApp.Run(["returns", "check"], input, output, error);
        Assert.Equal(0, exit);
        Assert.Equal(3, input.LinesServed);
    }

    [Fact]
    public void Table_format_prints_a_header_and_one_row_per_line()
    {
        var violating = With(Valid, "\"on\":\"2026-06-18\"", "\"on\":\"2026-06-30\"");
        var result = CliRunner.Run("returns check --format table --fail-on violation", Valid + "\n" + violating + "\nnope\n");
        Assert.Equal(2, result.ExitCode);
        var lines = result.OutLines;
        Assert.StartsWith("line", lines[0]);
        Assert.Contains("compliant", lines[2]);
        Assert.Contains("RET-LATE", lines[3]);
        Assert.Contains("error", lines[4]);
        Assert.Equal(2, CliRunner.Run("returns check --format xml", Valid + "\n").ExitCode);
    }

    [Fact]
    public void Dev_examples_meet_their_expectations_through_the_cli()
    {
        var lines = RepoPaths.ExampleLines("returns-dev.jsonl");
        var result = CliRunner.Run("returns check", string.Join("\n", lines) + "\n");
        Assert.Equal(lines.Length, result.OutLines.Length);
        var anyError = false;
        for (var i = 0; i < lines.Length; i++)
        {
            using var input = JsonDocument.Parse(lines[i]);
            var expect = input.RootElement.GetProperty("expect");
            var output = Line(result, i);
            if (expect.TryGetProperty("error", out var error) && error.GetBoolean())
            {
                anyError = true;
                Assert.Equal(i + 1, output.GetProperty("line").GetInt32());
                Assert.Equal(input.RootElement.GetProperty("caseId").GetString(), output.GetProperty("caseId").GetString());
                Assert.StartsWith("$.", output.GetProperty("error").GetString());
                continue;
            }

            Assert.Equal(expect.GetProperty("verdict").GetString(), output.GetProperty("verdict").GetString());
            Assert.Equal(expect.GetProperty("refundDueBy").GetString(), output.GetProperty("refundDueBy").GetString());
            Assert.Equal(expect.GetProperty("amountDue").GetString(), output.GetProperty("amountDue").GetProperty("amount").GetString());
            var ids = output.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToArray();
            foreach (var rule in expect.GetProperty("rules").EnumerateArray())
            {
                Assert.Contains(rule.GetString(), ids);
            }

            if (expect.TryGetProperty("absent", out var absent))
            {
                foreach (var rule in absent.EnumerateArray())
                {
                    Assert.DoesNotContain(rule.GetString(), ids);
                }
            }
        }

        Assert.Equal(anyError ? 2 : 0, result.ExitCode);
    }

    [Fact]
    public void Demo_shows_a_compliant_an_at_risk_and_a_violating_case()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Return-policy compliance", result.Out);
        Assert.Contains("compliant", result.Out);
        Assert.Contains("at-risk", result.Out);
        Assert.Contains("RET-PARTIAL-REFUND", result.Out);
    }

    /// <summary>Serves lines one at a time (one line per read) and checks that every earlier line already has its output.</summary>
    private sealed class CheckingReader(IReadOnlyList<string> lines, StringWriter output) : TextReader
    {
        public int LinesServed { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            var written = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.Equal(LinesServed, written);
            if (LinesServed == lines.Count)
            {
                return 0;
            }

            var next = lines[LinesServed++] + "\n";
            Assert.True(next.Length <= count, "the test's lines fit in one read");
            next.CopyTo(0, buffer, index, next.Length);
            return next.Length;
        }

        public override int Peek() => -1;

        public override string ReadToEnd() => new StringBuilder().AppendJoin('\n', lines.Skip(LinesServed)).ToString();
    }
}
