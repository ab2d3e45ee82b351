using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Reputation.Rules.Scoring;
using Reputation.Rules.Testing;
using Xunit;
using static Reputation.Rules.Tests.Scoring.ScoringData;

namespace Reputation.Rules.Tests.Scoring;

/// <summary>examples/scoring-dev.json: one history with the expected output of every scheme.</summary>
public sealed class DevExampleTests
{
    public static TheoryData<string> Schemes() => new(ScoringSchemes.All.Select(ScoringSchemes.GetName));

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Every_expected_field_matches(string schemeName)
    {
        var (history, asOf, expect) = Load();
        Assert.True(ScoringSchemes.TryParse(schemeName, out var scheme));
        foreach (var ratee in expect.EnumerateObject())
        {
            if (!ratee.Value.TryGetProperty(schemeName, out var expected))
            {
                continue;
            }

            var report = Calculator.Calculate(history, ratee.Name, scheme, asOf);
            foreach (var field in expected.EnumerateObject())
            {
                switch (field.Name)
                {
                    case "score":
                        Assert.Equal(field.Value.GetDecimal(), report.Score);
                        break;
                    case "levelIndex":
                        Assert.Equal(field.Value.GetInt32(), report.Level!.Index);
                        break;
                    case "level":
                        Assert.Equal(field.Value.GetString(), report.Level!.Name);
                        break;
                    case "positiveRate":
                    case "positivePercent":
                        Assert.Equal(field.Value.GetDecimal(), report.PositivePercent);
                        break;
                    case "window":
                        Assert.Equal(field.Value.GetString(), report.Window.Name);
                        break;
                    case "crs":
                        Assert.Equal(field.Value.GetDecimal(), report.Composite!.Crs);
                        break;
                    case "stars":
                        Assert.Equal(field.Value.GetDecimal(), report.Composite!.Stars);
                        break;
                    case "dsr":
                        Assert.Equal(field.Value.GetProperty("description").GetDecimal(), report.DetailedRatings!.Description);
                        Assert.Equal(field.Value.GetProperty("service").GetDecimal(), report.DetailedRatings!.Service);
                        Assert.Equal(field.Value.GetProperty("shipping").GetDecimal(), report.DetailedRatings!.Shipping);
                        break;
                    case "nextLevel":
                        Assert.NotNull(report.NextLevel);
                        Assert.Equal(field.Value.GetProperty("positivesNeeded").GetInt64(), report.NextLevel.PositivesNeeded);
                        if (field.Value.TryGetProperty("name", out var name))
                        {
                            Assert.Equal(name.GetString(), report.NextLevel.Name);
                        }

                        break;
                    default:
                        Assert.Fail($"the example expects a field this test does not check: {field.Name}");
                        break;
                }
            }
        }
    }

    [Fact]
    public void The_example_expects_every_scheme()
    {
        var (_, _, expect) = Load();
        var named = expect.EnumerateObject().SelectMany(r => r.Value.EnumerateObject().Select(s => s.Name)).ToHashSet();
        Assert.Equal(ScoringSchemes.All.Select(ScoringSchemes.GetName).ToHashSet(), named);
    }

    internal static (List<Feedback> History, Instant AsOf, JsonElement Expect) Load()
    {
        var path = RepoPaths.Example("scoring-dev.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var history = new List<Feedback>();
        foreach (var item in root.GetProperty("feedback").EnumerateArray())
        {
            DetailedRatings? dsr = null;
            if (item.TryGetProperty("dsr", out var d))
            {
                dsr = new DetailedRatings(Int(d, "description"), Int(d, "service"), Int(d, "shipping"));
            }

            history.Add(new Feedback(
                item.GetProperty("ratee").GetString()!,
                item.GetProperty("rater").GetString()!,
                item.GetProperty("stars").GetInt32(),
                At(item.GetProperty("at").GetString()!),
                Str(item, "orderId"),
                Str(item, "itemId"),
                item.TryGetProperty("auto", out var auto) && auto.GetBoolean(),
                item.TryGetProperty("removed", out var removed) && removed.GetBoolean(),
                dsr));
        }

        return (history, At(root.GetProperty("asOf").GetString()!), root.GetProperty("expect").Clone());
    }

    private static int? Int(JsonElement obj, string name) => obj.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    private static string? Str(JsonElement obj, string name) => obj.TryGetProperty(name, out var v) ? v.GetString() : null;
}
