using System.IO;
using System.Linq;
using System.Text.Json;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Cli.Tests;

/// <summary>The <c>shipments check</c> JSON-Lines contract: fields, notices, weekly lines, errors with paths, exit codes.</summary>
public sealed class ShipmentsCommandTests
{
    /// <summary>The issue's example line: CN → DE standard, window 2026-03-17..03-31, last scan 03-04 02:00Z.</summary>
    private const string Valid =
        """{"id":"s1","orderId":"o1","origin":"CN","destination":"DE","method":"standard","orderedAt":"2026-03-02T09:00:00Z","shippedAt":"2026-03-03T10:00:00Z","promise":{"handlingDays":1,"transitMin":10,"transitMax":20,"transitUnit":"working"},"events":[{"at":"2026-03-04T02:00:00Z","status":"in-transit"}],"platform":"aliexpress","buyerTimeZone":"Europe/Berlin"}""";

    private static readonly string Sample = RepoPaths.Example("shipments-sample.jsonl");
    private static readonly string Promises = RepoPaths.Example("promises-sample.json");

    private static JsonElement Line(CliResult result, int index = 0)
    {
        using var doc = JsonDocument.Parse(result.OutLines[index]);
        return doc.RootElement.Clone();
    }

    private static string Error(string line)
    {
        var result = CliRunner.Run("shipments check --as-of 2026-03-10T12:00:00Z", line + "\n");
        Assert.Equal(2, result.ExitCode);
        var error = Line(result);
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        return error.GetProperty("error").GetString()!;
    }

    [Fact]
    public void The_issue_example_is_stalled_with_estimate_evidence_and_a_guarded_notice()
    {
        var result = CliRunner.Run("shipments check --as-of 2026-03-10T12:00:00Z", Valid + "\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var line = Line(result);
        Assert.Equal(["id", "state", "estimate", "evidence", "notice"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal("s1", line.GetProperty("id").GetString());
        Assert.Equal("stalled", line.GetProperty("state").GetString());
        Assert.Equal("""{"earliest":"2026-03-17","latest":"2026-03-31","estimated":false}""", line.GetProperty("estimate").GetRawText());
        var evidence = line.GetProperty("evidence");
        Assert.Equal("5", evidence.GetProperty("stalledDays").GetString());
        Assert.Equal("2026-03-04T02:00:00Z", evidence.GetProperty("lastScanAt").GetString());
        var notice = line.GetProperty("notice");
        Assert.Equal("en", notice.GetProperty("language").GetString());
        Assert.Equal("allow", notice.GetProperty("guard").GetString());
        Assert.Equal("2026-03-10T12:00:00Z", notice.GetProperty("sendAfter").GetString());
        Assert.Contains("s1", notice.GetProperty("text").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void In_quiet_hours_the_notice_waits_for_08_00_in_the_buyers_zone()
    {
        var result = CliRunner.Run("shipments check --as-of 2026-03-10T21:30:00Z", Valid + "\n");
        Assert.Equal("2026-03-11T07:00:00Z", Line(result).GetProperty("notice").GetProperty("sendAfter").GetString());
    }

    [Fact]
    public void The_sample_file_with_the_sample_promise_table_and_weekly_lines()
    {
        var result = CliRunner.Run(["shipments", "check", Sample, "--as-of", "2026-03-10T12:00:00Z", "--promises", Promises, "--weekly"]);
        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal(6 + 3, lines.Length);
        Assert.Equal(
            ["stalled", "delivered", "no-tracking", "at-risk", "exception", "stalled"],
            Enumerable.Range(0, 6).Select(i => Line(result, i).GetProperty("state").GetString()));
        Assert.Equal("zh", Line(result, 3).GetProperty("notice").GetProperty("language").GetString());
        Assert.Contains("LX123456789DE", Line(result, 3).GetProperty("notice").GetProperty("text").GetString(), System.StringComparison.Ordinal);
        var week = Line(result, 8);
        Assert.Equal("2026-W10", week.GetProperty("week").GetString());
        Assert.Equal(4, week.GetProperty("shipments").GetInt32());
        Assert.Equal(0.75m, week.GetProperty("validTrackingRate").GetDecimal());
        Assert.Equal(0m, week.GetProperty("lateDeliveryRate").GetDecimal());
        Assert.False(week.GetProperty("targets").GetProperty("validTrackingMet").GetBoolean());
        Assert.Equal(["s1", "s3", "s4"], week.GetProperty("abnormal").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void Without_a_promise_or_a_table_row_the_line_is_an_error()
    {
        var result = CliRunner.Run(["shipments", "check", Sample, "--as-of", "2026-03-10T12:00:00Z"]);
        Assert.Equal(2, result.ExitCode);
        var error = Line(result, 1);
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal("s2", error.GetProperty("id").GetString());
        Assert.StartsWith("$.promise: is required", error.GetProperty("error").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("stalled", Line(result, 0).GetProperty("state").GetString()); // other lines still processed
    }

    [Theory]
    [InlineData("\"status\":\"in-transit\"", "\"status\":\"moving\"", "$.events[0].status: 'moving' is not one of")]
    [InlineData("\"transitUnit\":\"working\"", "\"transitUnit\":\"weeks\"", "$.promise.transitUnit:")]
    [InlineData("\"transitMin\":10", "\"transitMin\":30", "$.promise.transitMax: must be at least transitMin (30).")]
    [InlineData("\"handlingDays\":1,", "", "$.promise.handlingDays: is required.")]
    [InlineData("\"origin\":\"CN\"", "\"origin\":\"China\"", "$.origin:")]
    [InlineData("\"orderedAt\":\"2026-03-02T09:00:00Z\"", "\"orderedAt\":\"yesterday\"", "$.orderedAt:")]
    [InlineData("\"shippedAt\":\"2026-03-03T10:00:00Z\"", "\"shippedAt\":\"2026-03-01T10:00:00Z\"", "$.shippedAt: must not be before orderedAt.")]
    [InlineData("\"platform\":\"aliexpress\"", "\"platform\":\"myshop\"", "$.platform: 'myshop' is not a known platform")]
    [InlineData("\"buyerTimeZone\":\"Europe/Berlin\"", "\"buyerTimeZone\":\"Mars/Base\"", "$.buyerTimeZone:")]
    [InlineData("\"promise\":{", "\"cutoffHour\":5,\"promise\":{\"cutoffHour\":24,", "$.promise.cutoffHour: must be from 0 to 23")]
    public void Invalid_fields_are_error_lines_with_their_path(string find, string replace, string expected)
    {
        Assert.Contains(find, Valid, System.StringComparison.Ordinal);
        Assert.StartsWith(expected, Error(Valid.Replace(find, replace, System.StringComparison.Ordinal)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Error_lines_echo_the_id_and_the_run_continues()
    {
        var result = CliRunner.Run("shipments check --as-of 2026-03-10T12:00:00Z", "{\"id\":\"bad\"}\nnot json\n" + Valid + "\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("bad", Line(result, 0).GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, Line(result, 1).GetProperty("id").ValueKind);
        Assert.Equal("stalled", Line(result, 2).GetProperty("state").GetString());
    }

    [Fact]
    public void As_of_is_required_and_checked()
    {
        var missing = CliRunner.Run("shipments check", Valid + "\n");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--as-of", missing.Error, System.StringComparison.Ordinal);
        var bad = CliRunner.Run("shipments check --as-of soon", Valid + "\n");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--as-of", bad.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_promise_table_is_a_usage_error_naming_the_file_and_path()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"promises":[{"origin":"CN","destination":"DE","method":"standard","handlingDays":1,"transitMin":5}]}""");
            var result = CliRunner.Run(["shipments", "check", "--as-of", "2026-03-10", "--promises", path], Valid + "\n");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("$.promises[0].transitMax", result.Error, System.StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Max_line_bytes_and_table_format()
    {
        var tooLong = CliRunner.Run("shipments check --as-of 2026-03-10T12:00:00Z --max-line-bytes 100", Valid + "\n");
        Assert.Equal(2, tooLong.ExitCode);
        Assert.Contains("--max-line-bytes", Line(tooLong).GetProperty("error").GetString(), System.StringComparison.Ordinal);
        var table = CliRunner.Run("shipments check --as-of 2026-03-10T12:00:00Z --format table --weekly", Valid + "\n");
        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("line", table.OutLines[0], System.StringComparison.Ordinal);
        Assert.Contains("stalled/allow", table.OutLines[2], System.StringComparison.Ordinal);
        Assert.StartsWith("week 2026-W10: 1 shipment(s)", table.OutLines[3], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Output_lines_are_what_the_library_writes()
    {
        var shipment = Serialization.ReputationRulesJson.ReadShipment(Valid);
        var result = new Delivery.DeliveryEngine().Classify(shipment, NodaTime.Instant.FromUtc(2026, 3, 10, 12, 0));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Serialization.ReputationRulesJson.WriterOptions))
        {
            Serialization.ReputationRulesJson.Write(writer, result);
        }

        var cli = CliRunner.Run("shipments check --as-of 2026-03-10T12:00:00Z", Valid + "\n");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), Assert.Single(cli.OutLines));
    }
}

public sealed class ShipmentsCsvPromisesTests
{
    [Fact]
    public void A_csv_promise_table_gives_the_same_output_as_the_json_one()
    {
        var sample = RepoPaths.Example("shipments-sample.jsonl");
        var json = CliRunner.Run(["shipments", "check", sample, "--as-of", "2026-03-10T12:00:00Z", "--promises", RepoPaths.Example("promises-sample.json")]);
        var csv = CliRunner.Run(["shipments", "check", sample, "--as-of", "2026-03-10T12:00:00Z", "--promises", RepoPaths.Example("promises-sample.csv")]);
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(json.Out, csv.Out);
    }
}

/// <summary>The <c>shipments table</c> command: the product page's delivery-time table from a promise file.</summary>
public sealed class ShipmentsTableCommandTests
{
    private static readonly string Promises = RepoPaths.Example("promises-sample.json");

    private static JsonElement Line(CliResult result, int index = 0)
    {
        using var doc = JsonDocument.Parse(result.OutLines[index]);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void The_product_page_table_renders_from_a_promise_file_in_chinese()
    {
        var result = CliRunner.Run($"shipments table --promises {Promises} --origin CN --destinations DE,US --methods standard --language zh");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["| 目的地 | 物流方式 | 预计送达 |", "|---|---|---|", "| 德国 | 标准物流 | 预计 11–21 个工作日送达 |", "| 美国 | 标准物流 | 预计 9–16 个工作日送达 |"], result.OutLines);
    }

    [Fact]
    public void The_product_page_table_as_json_carries_the_figures()
    {
        var result = CliRunner.Run($"shipments table --promises {Promises} --origin CN --destinations GB --methods express --format json");
        Assert.Equal(0, result.ExitCode);
        var row = Line(result).GetProperty("rows")[0];
        Assert.Equal(("GB", "express", 1, 3, 6, "arrives in 4–7 working days"), (row.GetProperty("destination").GetString(), row.GetProperty("method").GetString(), row.GetProperty("handlingDays").GetInt32(), row.GetProperty("transitMin").GetInt32(), row.GetProperty("transitMax").GetInt32(), row.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("--origin CN --destinations DE", "--promises: is required")]
    [InlineData("--promises {0} --destinations DE", "--origin: is required")]
    [InlineData("--promises {0} --origin CN --destinations XX1", "--destinations: 'XX1' is not an ISO 3166-1 alpha-2 market code")]
    [InlineData("--promises {0} --origin CN --destinations DE --format pdf", "--format: 'pdf' is not supported")]
    [InlineData("--promises {0} --origin CN --destinations DE --language fr", "--language: 'fr' is not supported")]
    public void Bad_table_options_are_usage_errors(string options, string expected)
    {
        var result = CliRunner.Run("shipments table " + string.Format(System.Globalization.CultureInfo.InvariantCulture, options, Promises));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, System.StringComparison.Ordinal);
    }
}
