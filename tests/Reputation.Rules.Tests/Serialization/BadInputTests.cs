using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;
using Reputation.Rules.Serialization;
using Xunit;

namespace Reputation.Rules.Tests.Serialization;

/// <summary>
/// Untrusted input never throws anything but <see cref="JsonInputException"/>, and its problem names the path:
/// lone surrogates, NUL characters, overflowing numbers, depth bombs, oversize strings and wrong types.
/// </summary>
public sealed class BadInputTests
{
    private const string ReturnLine = """{"caseId":"D1","asOf":"2026-05-15","buyerMarket":"US","sellerMarket":"CN","order":{"itemsTotal":{"amount":"19.90","currency":"USD"},"deliveryPaid":{"amount":"0","currency":"USD"},"paymentMethod":"paypal","deliveredOn":"2026-04-20"},"return":{"reason":"change-of-mind","goods":"standard","requestedOn":"2026-04-22"}}""";
    private const string ReviewLine = """{"id":"d01","platform":"amazon","buyerMarket":"US","text":"Please leave a review.","sentAt":"2026-03-11T18:00:00Z"}""";
    private const string FeedbackLine = """{"ratee":"S1","rater":"B1","orderId":"O1","stars":5,"at":"2026-01-05"}""";

    public enum Kind
    {
        Return,
        Review,
        Feedback,
    }

    public static TheoryData<Kind, string, string> Cases()
    {
        var depthBomb = new string('[', 10_000) + new string(']', 10_000);
        var huge = new string('X', 200_000);
        return new()
        {
            { Kind.Return, ReturnLine.Replace("\"D1\"", "\"\\ud800\"", StringComparison.Ordinal), "$.caseId" },
            { Kind.Return, ReturnLine.Replace("\"2026-05-15\"", "\"2026-05-15\\u0000 junk\"", StringComparison.Ordinal), "$.asOf" },
            { Kind.Return, ReturnLine.Replace("\"19.90\"", "1e400", StringComparison.Ordinal), "$.order.itemsTotal.amount" },
            { Kind.Return, ReturnLine.Replace("\"19.90\"", "\"99999999999999999999999999999999999\"", StringComparison.Ordinal), "$.order.itemsTotal.amount" },
            { Kind.Return, ReturnLine.Replace("\"USD\"", "\"" + huge + "\"", StringComparison.Ordinal), "$.order.itemsTotal.currency" },
            { Kind.Return, ReturnLine.Replace("\"D1\"", "1", StringComparison.Ordinal), "$.caseId" },
            { Kind.Return, ReturnLine.Replace("\"US\"", "[\"US\"]", StringComparison.Ordinal), "$.buyerMarket" },
            { Kind.Return, ReturnLine.Replace("\"change-of-mind\"", "\"bored\"", StringComparison.Ordinal), "$.return.reason" },
            { Kind.Return, ReturnLine.Replace("\"2026-04-20\"", "\"-0001-01-01\"", StringComparison.Ordinal), "$.order.deliveredOn" },
            { Kind.Return, depthBomb, "$" },
            { Kind.Return, "[1,2]", "$" },
            { Kind.Return, "{\"caseId\":", "$" },
            { Kind.Return, "{} trailing", "$" },
            { Kind.Review, ReviewLine.Replace("\"Please", "\"\\udc00Please", StringComparison.Ordinal), "$.text" },
            { Kind.Review, ReviewLine.Replace("\"d01\"", "true", StringComparison.Ordinal), "$.id" },
            { Kind.Review, ReviewLine.Replace("\"Please leave a review.\"", "5", StringComparison.Ordinal), "$.text" },
            { Kind.Review, ReviewLine.Replace("\"amazon\"", "\"myspace\"", StringComparison.Ordinal), "$.platform" },
            { Kind.Review, ReviewLine.Replace("\"2026-03-11T18:00:00Z\"", "\"2026-03-11T18:00:00Z\\u0000\"", StringComparison.Ordinal), "$.sentAt" },
            { Kind.Review, ReviewLine.Replace("}", ",\"campaign\":{\"template\":\"hi\",\"schedule\":{\"daysAfterDelivery\":1e400}}}", StringComparison.Ordinal), "$.campaign.schedule.daysAfterDelivery" },
            { Kind.Review, depthBomb, "$" },
            { Kind.Feedback, FeedbackLine.Replace("\"stars\":5", "\"stars\":\"5\"", StringComparison.Ordinal), "$.stars" },
            { Kind.Feedback, FeedbackLine.Replace("\"stars\":5", "\"stars\":1e400", StringComparison.Ordinal), "$.stars" },
            { Kind.Feedback, FeedbackLine.Replace("\"S1\"", "\"\\ud800\"", StringComparison.Ordinal), "$.ratee" },
            { Kind.Feedback, FeedbackLine.Replace("\"2026-01-05\"", "\"2026-01-05\\u0000\"", StringComparison.Ordinal), "$.at" },
            { Kind.Feedback, FeedbackLine.Replace("}", ",\"dsr\":{}}", StringComparison.Ordinal), "$.dsr" },
            { Kind.Feedback, depthBomb, "$" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_a_json_input_exception_with_the_path(Kind kind, string json, string path)
    {
        var ex = Assert.Throws<JsonInputException>(() => Read(kind, json));
        Assert.Equal(path, ex.Problems.Single().Path);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 400, ex.Message);

        var utf8 = Assert.Throws<JsonInputException>(() => ReadUtf8(kind, Encoding.UTF8.GetBytes(json)));
        Assert.Equal(path, utf8.Problems.Single().Path);

        Assert.False(TryRead(kind, json, out var problems));
        Assert.Equal(path, problems.Single().Path);

        // Through JsonSerializer: a syntax error or a depth bomb is the serializer's own JsonException; every other problem is ours, with its path.
        var serializer = Assert.ThrowsAny<JsonException>(() => Deserialize(kind, json));
        if (path != "$")
        {
            Assert.Equal(path, Assert.IsType<JsonInputException>(serializer).Problems.Single().Path);
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_an_input_problem()
    {
        var bytes = Encoding.UTF8.GetBytes(FeedbackLine);
        bytes[12] = 0xFF;
        var ex = Assert.Throws<JsonInputException>(() => ReputationRulesJson.ReadFeedback(bytes));
        Assert.Equal("$", ex.Problems.Single().Path);
    }

    [Fact]
    public void Outputs_are_not_read()
    {
        Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<ReturnReport>("{}", ReputationRulesJson.Options));
        Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<CreditReport>("{}", ReputationRulesJson.Options));
        Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<ReviewCheckResult>("{}", ReputationRulesJson.Options));
    }

    [Fact]
    public void A_finding_without_its_fields_is_refused_with_their_paths()
    {
        var ex = Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<Finding>("{}", ReputationRulesJson.Options));
        Assert.Equal("$.ruleId", ex.Problems.Single().Path);
        ex = Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<Finding>("""{"ruleId":"RET-LATE","severity":"block","message":"m"}""", ReputationRulesJson.Options));
        Assert.Equal("$.severity", ex.Problems.Single().Path);
        ex = Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<Citation>("""{"authority":"EU","url":"not/absolute"}""", ReputationRulesJson.Options));
        Assert.Equal("$.url", ex.Problems.Single().Path);
        ex = Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<RuleDescriptor>("""{"id":"RET-X","engine":"returns","title":"t","defaultSeverity":"info","citations":[{"authority":" "}]}""", ReputationRulesJson.Options));
        Assert.Equal("$.citations[0]", ex.Problems.Single().Path);
    }

    [Property(MaxTest = 2000)]
    public Property Any_mutation_of_a_valid_line_is_read_or_refused_with_a_json_input_exception()
    {
        var gen = from kind in FsCheck.Fluent.Gen.Elements(Kind.Return, Kind.Review, Kind.Feedback)
                  from position in FsCheck.Fluent.Gen.Choose(0, 1000)
                  from cut in FsCheck.Fluent.Gen.Choose(0, 12)
                  from insert in FsCheck.Fluent.Gen.Elements("", "\\ud800", "\\u0000", "1e400", "\"", "{", "]", ",", "null", "-", "9999999999", "\\", "\"x\":[", "é", "😀")
                  select (kind, position, cut, insert);
        return FsCheck.Fluent.Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var line = t.kind switch { Kind.Return => ReturnLine, Kind.Review => ReviewLine, _ => FeedbackLine };
            var at = t.position % (line.Length + 1);
            var mutated = line[..at] + t.insert + line[Math.Min(line.Length, at + t.cut)..];
            try
            {
                Read(t.kind, mutated);
                ReadUtf8(t.kind, Encoding.UTF8.GetBytes(mutated));
            }
            catch (JsonInputException ex)
            {
                return ex.Problems.Length > 0 && ex.Problems.All(p => p.Path.StartsWith('$'));
            }

            return true;
        });
    }

    private static object Read(Kind kind, string json) => kind switch
    {
        Kind.Return => ReputationRulesJson.ReadReturnCheck(json),
        Kind.Review => ReputationRulesJson.ReadReviewCheck(json),
        _ => ReputationRulesJson.ReadFeedback(json),
    };

    private static object ReadUtf8(Kind kind, byte[] utf8) => kind switch
    {
        Kind.Return => ReputationRulesJson.ReadReturnCheck(utf8),
        Kind.Review => ReputationRulesJson.ReadReviewCheck(utf8),
        _ => ReputationRulesJson.ReadFeedback(utf8),
    };

    private static bool TryRead(Kind kind, string json, out System.Collections.Immutable.ImmutableArray<JsonInputProblem> problems) => kind switch
    {
        Kind.Return => ReputationRulesJson.TryReadReturnCheck(json, out _, out problems),
        Kind.Review => ReputationRulesJson.TryReadReviewCheck(json, out _, out problems),
        _ => ReputationRulesJson.TryReadFeedback(json, out _, out problems),
    };

    private static object? Deserialize(Kind kind, string json) => kind switch
    {
        Kind.Return => JsonSerializer.Deserialize<ReturnCheckRequest>(json, ReputationRulesJson.Options),
        Kind.Review => JsonSerializer.Deserialize<ReviewCheckRequest>(json, ReputationRulesJson.Options),
        _ => JsonSerializer.Deserialize<Feedback>(json, ReputationRulesJson.Options),
    };
}
