using System.Buffers;
using System.Text;
using System.Text.Json;
using Reputation.Rules.Delivery;
using Reputation.Rules.Serialization;
using Xunit;

namespace Reputation.Rules.Tests.Delivery;

public sealed class ShipmentsWireTests
{
    private const string Line =
        """{"id":"s1","orderId":"o1","origin":"CN","destination":"DE","method":"standard","orderedAt":"2026-03-02T09:00:00Z","shippedAt":"2026-03-03T10:00:00Z","promise":{"handlingDays":1,"transitMin":10,"transitMax":20,"transitUnit":"working","cutoffHour":17},"events":[{"at":"2026-03-04T02:00:00Z","status":"in-transit","location":"Shenzhen"}],"platform":"aliexpress","buyerTimeZone":"Europe/Berlin","trackingNumber":"LX1"}""";

    private static string Written<T>(System.Action<Utf8JsonWriter, T> write, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ReputationRulesJson.WriterOptions))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Shipment_RoundTrips()
    {
        var shipment = ReputationRulesJson.ReadShipment(Line);
        Assert.Equal(new DeliveryPromise(1, 10, 20, TransitUnit.Working, 17), shipment.Promise);
        Assert.Equal("LX1", shipment.TrackingNumber);
        Assert.Equal(Line, Written<Shipment>(ReputationRulesJson.Write, shipment));
        Assert.Equal(shipment.Id, ReputationRulesJson.ReadShipment(Encoding.UTF8.GetBytes(Line)).Id);
    }

    [Fact]
    public void TryRead_GivesEveryProblemWithItsPath()
    {
        Assert.False(ReputationRulesJson.TryReadShipment("""{"id":"x"}""", out var shipment, out var problems));
        Assert.Null(shipment);
        Assert.Equal("$.origin", problems[0].Path);
    }

    [Fact]
    public void PromiseTable_RoundTrips_AndDefaultsToWorkingDays()
    {
        var table = ReputationRulesJson.ReadPromiseTable("""{"promises":[{"origin":"CN","destination":"DE","method":"postal","handlingDays":2,"transitMin":15,"transitMax":30}]}""");
        Assert.Equal(TransitUnit.Working, table.Find(CountryCode.Parse("CN"), CountryCode.Parse("DE"), "postal")!.TransitUnit);
        Assert.Null(table.Find(CountryCode.Parse("CN"), CountryCode.Parse("DE"), "express"));
        Assert.Equal(
            """{"promises":[{"origin":"CN","destination":"DE","method":"postal","handlingDays":2,"transitMin":15,"transitMax":30,"transitUnit":"working"}]}""",
            Written<DeliveryPromiseTable>(ReputationRulesJson.Write, table));
        var ex = Assert.Throws<JsonInputException>(() => ReputationRulesJson.ReadPromiseTable("""{"promises":[{"origin":"CN"}]}"""));
        Assert.Equal("$.promises[0].destination", ex.Problems[0].Path);
    }
}

public sealed class PromiseCsvTests
{
    [Fact]
    public void SampleCsv_EqualsTheSampleJson()
    {
        using var csv = new System.IO.StreamReader(Reputation.Rules.Testing.RepoPaths.Example("promises-sample.csv"));
        var fromCsv = DeliveryPromiseTable.ReadCsv(csv);
        var fromJson = ReputationRulesJson.ReadPromiseTable(System.IO.File.ReadAllText(Reputation.Rules.Testing.RepoPaths.Example("promises-sample.json")));
        Assert.Equal(fromJson.Entries, fromCsv.Entries);
    }

    [Theory]
    [InlineData("origin,destination\n", "line 1: the header must be")]
    [InlineData("origin,destination,method,handlingDays,transitMin,transitMax,transitUnit,cutoffHour\nCN,DE,standard,1,10\n", "line 2: expected 8 fields, got 5.")]
    [InlineData("origin,destination,method,handlingDays,transitMin,transitMax,transitUnit,cutoffHour\nCN,DE,standard,1,10,5,,\n", "line 2, transitMax: must be at least transitMin (10).")]
    [InlineData("origin,destination,method,handlingDays,transitMin,transitMax,transitUnit,cutoffHour\nCN,DE,standard,x,10,20,,\n", "line 2, handlingDays: 'x' is not a whole number.")]
    [InlineData("origin,destination,method,handlingDays,transitMin,transitMax,transitUnit,cutoffHour\nCN,DE,standard,1,10,20,weeks,\n", "line 2, transitUnit:")]
    [InlineData("", "the CSV has no header line.")]
    public void BadCsv_NamesTheLineAndField(string text, string expected)
    {
        var ex = Assert.Throws<System.FormatException>(() => DeliveryPromiseTable.ReadCsv(new System.IO.StringReader(text)));
        Assert.StartsWith(expected, ex.Message, System.StringComparison.Ordinal);
    }
}
