using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime.Text;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;
using Reputation.Rules.Serialization;
using Reputation.Rules.Testing;
using Xunit;
using static Reputation.Rules.Tests.Serialization.WireTestKit;

namespace Reputation.Rules.Tests.Serialization;

/// <summary>
/// The library writes exactly what the CLI wrote before the wire format moved into the library: the golden files in
/// Golden/ are the output of <c>returns check</c>, <c>reviews check</c> and <c>score</c> at that commit, for the
/// example files and the returns review cases. Each output line is compared byte for byte, through
/// <see cref="JsonSerializer"/> with <see cref="ReputationRulesJson.Options"/>, through the explicit writers, and
/// through <see cref="ReputationRulesJson.TypeInfoResolver"/> in a host's own options.
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly ReturnComplianceEngine Engine = ReturnComplianceEngine.CreateDefault();

    /// <summary>A host's options: the resolver in its chain, readable non-ASCII text (as ASP.NET Core hosts often set).</summary>
    private static readonly JsonSerializerOptions HostOptions = CreateHostOptions();

    private static readonly JsonTypeInfo<ReturnReport> ReportInfo = (JsonTypeInfo<ReturnReport>)ReputationRulesJson.Options.GetTypeInfo(typeof(ReturnReport));

    /// <summary>Reflection-based defaults with readable non-ASCII text: no resolver, no converters registered.</summary>
    private static readonly JsonSerializerOptions ReflectionOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string, string> ReturnsFiles() => new()
    {
        { "examples/returns-dev.jsonl", "returns-dev.out.jsonl" },
        { "tests/Reputation.Rules.Cli.Tests/Data/returns-review-cases.jsonl", "returns-review-cases.out.jsonl" },
    };

    [Theory]
    [MemberData(nameof(ReturnsFiles))]
    public void Return_reports_serialize_as_the_cli_writes_them(string input, string golden)
    {
        var inputs = Lines(System.IO.Path.Combine(RepoPaths.Root, input));
        var outputs = Lines(Golden(golden));
        Assert.Equal(inputs.Length, outputs.Length);
        var compared = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            using var expected = JsonDocument.Parse(outputs[i]);
            if (expected.RootElement.TryGetProperty("error", out var error))
            {
                var ex = Assert.Throws<JsonInputException>(() => ReputationRulesJson.ReadReturnCheck(inputs[i], Engine.DefaultSellerPolicy));
                Assert.Equal(error.GetString(), ex.Message);
                continue;
            }

            var report = ReputationRulesJson.ReadReturnCheck(inputs[i], Engine.DefaultSellerPolicy).Evaluate(Engine);
            Assert.Equal(outputs[i], JsonSerializer.Serialize(report, ReputationRulesJson.Options));
            Assert.Equal(outputs[i], Write(w => ReputationRulesJson.Write(w, report)));
            Assert.Equal(outputs[i], JsonSerializer.Serialize(report, HostOptions));
            Assert.Equal(outputs[i], JsonSerializer.Serialize(report, ReportInfo)); // the trim- and AOT-safe overload
            compared++;
        }

        Assert.True(compared >= 3);
    }

    [Fact]
    public void Review_results_serialize_as_the_cli_writes_them()
    {
        var inputs = Lines(RepoPaths.Example("reviews-dev.jsonl"));
        var outputs = Lines(Golden("reviews-dev.out.jsonl"));
        Assert.Equal(inputs.Length, outputs.Length);
        var guard = new SolicitationGuard();
        for (var i = 0; i < inputs.Length; i++)
        {
            var result = ReputationRulesJson.ReadReviewCheck(inputs[i], guard).Check(guard);
            Assert.Equal(outputs[i], JsonSerializer.Serialize(result, ReputationRulesJson.Options));
            Assert.Equal(outputs[i], Write(w => ReputationRulesJson.Write(w, result)));
            Assert.Equal(outputs[i], JsonSerializer.Serialize(result, HostOptions));
        }
    }

    [Fact]
    public void Credit_reports_serialize_as_the_cli_writes_them()
    {
        // Golden/scoring-dev.in.jsonl is examples/scoring-dev.json's feedback, one per line; the CLI ran with --as-of 2026-06-30T23:59:59Z.
        var asOf = InstantPattern.ExtendedIso.Parse("2026-06-30T23:59:59Z").Value;
        var builder = FeedbackTally.CreateBuilder(asOf);
        foreach (var line in Lines(Golden("scoring-dev.in.jsonl")))
        {
            builder.Add(ReputationRulesJson.ReadFeedback(line));
        }

        var tally = builder.ToTally();
        var calculator = new CreditScoreCalculator();
        var perScheme = ScoringSchemes.All.Select(s => calculator.CalculateAll(tally, s)).ToArray();
        var written = Enumerable.Range(0, perScheme[0].Length).SelectMany(r => perScheme.Select(reports => reports[r])).ToArray();
        var outputs = Lines(Golden("scoring-dev.out.jsonl"));
        Assert.Equal(outputs.Length, written.Length);
        for (var i = 0; i < outputs.Length; i++)
        {
            Assert.Equal(outputs[i], JsonSerializer.Serialize(written[i], ReputationRulesJson.Options));
            Assert.Equal(outputs[i], Write(w => ReputationRulesJson.Write(w, written[i])));
            Assert.Equal(outputs[i], JsonSerializer.Serialize(written[i], HostOptions));
        }
    }

    [Fact]
    public void Reports_inside_a_hosts_own_types_use_the_wire_format_without_any_configuration()
    {
        // What an ASP.NET Core minimal API does with a returned object: reflection-based default options. The report used
        // to crash it (a ref-returning property) and its values came out as numbers and nested objects.
        var line = Lines(RepoPaths.Example("returns-dev.jsonl"))[0];
        var report = ReputationRulesJson.ReadReturnCheck(line).Evaluate(Engine);
        var json = JsonSerializer.Serialize(new Envelope(report, report.AmountDue, report.Case.BuyerMarket), ReflectionOptions);
        var expected = JsonSerializer.Serialize(report, ReputationRulesJson.Options);
        Assert.Equal("{\"Report\":" + expected + ",\"Due\":{\"amount\":\"19.90\",\"currency\":\"USD\"},\"Market\":\"US\"}", json);
    }

    [Fact]
    public void Rules_serialize_as_the_cli_writes_them()
    {
        var rule = RuleCatalog.BuiltIn.Rules[0];
        var json = JsonSerializer.Serialize(rule, ReputationRulesJson.Options);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(rule.Id.Value, document.RootElement.GetProperty("id").GetString());
        Assert.Equal(["id", "engine", "title", "defaultSeverity", "citations"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(json, Write(w => ReputationRulesJson.Write(w, rule)));
    }

    private static JsonSerializerOptions CreateHostOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.TypeInfoResolverChain.Insert(0, ReputationRulesJson.TypeInfoResolver);
        return options;
    }

    private sealed record Envelope(ReturnReport Report, Money Due, CountryCode Market);
}
