using System.IO;
using Reputation.Rules.Delivery;
using Reputation.Rules.Serialization;
using Reputation.Rules.Testing;
using Xunit;
using static Reputation.Rules.Tests.Delivery.DeliveryTestCases;

namespace Reputation.Rules.Tests.Delivery;

public sealed class ProductPageTableTests
{
    private static readonly DeliveryPromiseTable Sample =
        ReputationRulesJson.ReadPromiseTable(File.ReadAllText(RepoPaths.Example("promises-sample.json")));

    [Fact]
    public void Markdown_English()
    {
        var md = ProductPageTable.Render(Sample, C("CN"), [C("DE"), C("US")], ["standard", "postal", "freight"], ProductTableFormat.Markdown);
        Assert.Equal(
            "| Destination | Shipping method | Estimated delivery |\n|---|---|---|\n"
            + "| Germany | standard | arrives in 11–21 working days |\n"
            + "| Germany | postal | arrives in 17–32 working days |\n"
            + "| United States | standard | arrives in 9–16 working days |\n"
            + "| United States | postal | ships within 2 working days, then arrives in 15–35 days |\n",
            md);
    }

    [Fact]
    public void Html_Chinese_IsEncoded()
    {
        var html = ProductPageTable.Render(Sample, C("CN"), [C("GB")], ["express"], ProductTableFormat.Html, "zh");
        Assert.Contains("<th>目的地</th>", html, System.StringComparison.Ordinal);
        Assert.Contains("<tr><td>英国</td><td>快递</td><td>预计 4–7 个工作日送达</td></tr>", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheFiguresAndTheText()
    {
        var json = ProductPageTable.Render(Sample, C("CN"), [C("DE")], ["express"], ProductTableFormat.Json);
        Assert.Equal(
            """{"origin":"CN","language":"en","rows":[{"destination":"DE","destinationName":"Germany","method":"express","methodName":"express","handlingDays":1,"transitMin":3,"transitMax":6,"transitUnit":"working","text":"arrives in 4–7 working days"}]}""",
            json);
        Assert.Throws<System.ArgumentException>(() => ProductPageTable.Render(Sample, C("CN"), [C("DE")], ["express"], ProductTableFormat.Json, "fr"));
    }

    [Fact]
    public void SampleShipmentsFile_ClassifiesWithTheSampleTable()
    {
        var engine = new DeliveryEngine(new DeliveryOptions(), promises: Sample);
        foreach (var line in RepoPaths.ExampleLines("shipments-sample.jsonl"))
        {
            var result = engine.Classify(ReputationRulesJson.ReadShipment(line), I("2026-03-10T12:00:00Z"));
            Assert.False(result.Estimate.Estimated);
        }
    }
}
