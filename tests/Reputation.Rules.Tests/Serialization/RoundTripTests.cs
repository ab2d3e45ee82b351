using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;
using Reputation.Rules.Serialization;
using Reputation.Rules.Testing;
using Reputation.Rules.Tests.Scoring;
using Xunit;
using static Reputation.Rules.Tests.Serialization.WireTestKit;

namespace Reputation.Rules.Tests.Serialization;

/// <summary>
/// read(write(x)) == x for every wire type, and write(read(line)) for the example lines: the example lines carry
/// labels (<c>expect</c>) and spaces, so they round-trip to their canonical form, which then round-trips byte for
/// byte and means the same (the same report).
/// </summary>
public sealed class RoundTripTests
{
    private static readonly ReturnComplianceEngine Engine = ReturnComplianceEngine.CreateDefault();
    private static readonly SolicitationGuard Guard = new();

    public static TheoryData<string> ReturnLines() =>
        [.. RepoPaths.ExampleLines("returns-dev.jsonl").Concat(Lines(System.IO.Path.Combine(RepoPaths.Root, "tests", "Reputation.Rules.Cli.Tests", "Data", "returns-review-cases.jsonl")))
            .Where(l => ReputationRulesJson.TryReadReturnCheck(l, out _, out _))];

    public static TheoryData<string> ReviewLines() => [.. RepoPaths.ExampleLines("reviews-dev.jsonl").Concat(Campaigns)];

    public static TheoryData<string> FeedbackLines() => [.. Lines(Golden("scoring-dev.in.jsonl"))];

    private static readonly string[] Campaigns =
    [
        """{"id":7,"campaign":{"name":"spring","template":"Loved it? Leave 5 stars and get 10% off!","platform":"amazon","buyerMarket":"US","audience":{"minStars":4},"incentive":{"description":"10% off","condition":"positive"},"schedule":{"daysAfterDelivery":3,"reminders":2,"reminderIntervalDays":2,"sendAtLocalTime":"10:30"}}}""",
        """{"id":"c2","platform":"taobao","buyerMarket":"CN","campaign":{"template":"亲，满意的话请给个好评哦","audience":"satisfied buyers","incentive":"none"}}""",
        """{"id":1.5e3,"campaign":{"text":"Please review your order.","platform":"ebay","buyerMarket":"UK","audience":"everyone"}}""",
    ];

    [Theory]
    [MemberData(nameof(ReturnLines))]
    public void Return_check_lines_round_trip(string line)
    {
        var read = ReputationRulesJson.ReadReturnCheck(line);
        var canonical = Write(w => ReputationRulesJson.Write(w, read));
        var again = ReputationRulesJson.ReadReturnCheck(canonical);
        Assert.Equal(canonical, Write(w => ReputationRulesJson.Write(w, again)));
        Assert.Equal(canonical, JsonSerializer.Serialize(again, ReputationRulesJson.Options));
        Assert.Equal(canonical, JsonSerializer.Serialize(JsonSerializer.Deserialize<ReturnCheckRequest>(line, ReputationRulesJson.Options)!, ReputationRulesJson.Options));
        Assert.Equal(canonical, Write(w => ReputationRulesJson.Write(w, ReputationRulesJson.ReadReturnCheck(Encoding.UTF8.GetBytes(line)))));
        Assert.Equal(read.AsOf, again.AsOf);
        Assert.Equal(JsonSerializer.Serialize(read.Evaluate(Engine), ReputationRulesJson.Options), JsonSerializer.Serialize(again.Evaluate(Engine), ReputationRulesJson.Options));
    }

    [Theory]
    [MemberData(nameof(ReviewLines))]
    public void Review_check_lines_round_trip(string line)
    {
        var read = ReputationRulesJson.ReadReviewCheck(line);
        var canonical = Write(w => ReputationRulesJson.Write(w, read));
        var again = ReputationRulesJson.ReadReviewCheck(canonical);
        Assert.Equal(canonical, Write(w => ReputationRulesJson.Write(w, again)));
        Assert.Equal(canonical, JsonSerializer.Serialize(JsonSerializer.Deserialize<ReviewCheckRequest>(line, ReputationRulesJson.Options)!, ReputationRulesJson.Options));
        Assert.Equal(read.Id, again.Id);
        Assert.Equal(read.IdIsNumber, again.IdIsNumber);
        Assert.Equal(read.Text, again.Text);
        Assert.Equal(JsonSerializer.Serialize(read.Check(Guard), ReputationRulesJson.Options), JsonSerializer.Serialize(again.Check(Guard), ReputationRulesJson.Options));
    }

    [Theory]
    [MemberData(nameof(FeedbackLines))]
    public void Feedback_lines_round_trip(string line)
    {
        var read = ReputationRulesJson.ReadFeedback(line);
        var canonical = Write(w => ReputationRulesJson.Write(w, read));
        Assert.Equal(read, ReputationRulesJson.ReadFeedback(canonical));
        Assert.Equal(read, JsonSerializer.Deserialize<Feedback>(line, ReputationRulesJson.Options));
        Assert.Equal(canonical, JsonSerializer.Serialize(ReputationRulesJson.ReadFeedback(canonical), ReputationRulesJson.Options));
    }

    [Fact]
    public void A_canonical_line_is_written_back_byte_for_byte()
    {
        const string line = """{"ratee":"S1","rater":"B1","orderId":"O1","itemId":"A","stars":5,"at":"2026-01-05T12:00:00Z","auto":false,"removed":false,"dsr":{"description":5,"shipping":4}}""";
        Assert.Equal(line, Write(w => ReputationRulesJson.Write(w, ReputationRulesJson.ReadFeedback(line))));
        const string review = """{"id":42,"platform":"amazon","buyerMarket":"US","text":"请留下评价 — thanks!","sentAt":"2026-03-11T18:00:00Z","buyerTimeZone":"America/New_York","deliveredAt":"2026-03-05T16:00:00Z","existingReview":{"stars":4},"previousRequests":["2026-03-08T09:30:00Z"]}""";
        Assert.Equal(review, Write(w => ReputationRulesJson.Write(w, ReputationRulesJson.ReadReviewCheck(review))));
    }

    [Property(MaxTest = 300)]
    public Property Feedback_round_trips_for_random_feedback()
    {
        return Prop.ForAll(ScoringPropertyTests.FeedbackGen(Gen.Elements("B1", "买家2", "B 3")).ToArbitrary(), feedback =>
            ReputationRulesJson.ReadFeedback(Write(w => ReputationRulesJson.Write(w, feedback))) == feedback
            && JsonSerializer.Deserialize<Feedback>(JsonSerializer.Serialize(feedback, ReputationRulesJson.Options), ReputationRulesJson.Options) == feedback);
    }

    [Property(MaxTest = 300)]
    public Property Money_round_trips_in_every_currency()
    {
        var currencies = new[] { "EUR", "USD", "JPY", "CNY", "GBP", "KWD", "KRW", "BHD" }.Select(Currency.Parse).ToArray();
        var gen = from currency in Gen.Elements(currencies)
                  from units in Gen.Choose(-1_000_000, 1_000_000)
                  from extra in Gen.Choose(0, 999)
                  select new Money((units + (extra / 1000m)) * 1m, currency);
        return Prop.ForAll(gen.ToArbitrary(), money =>
            JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money, ReputationRulesJson.Options), ReputationRulesJson.Options) == money);
    }

    [Property(MaxTest = 300)]
    public Property Country_codes_round_trip() =>
        Prop.ForAll(Gen.Elements(CountryCode.All.ToArray()).ToArbitrary(), code =>
            JsonSerializer.Serialize(code, ReputationRulesJson.Options) == "\"" + code.Value + "\""
            && JsonSerializer.Deserialize<CountryCode>(JsonSerializer.Serialize(code, ReputationRulesJson.Options), ReputationRulesJson.Options) == code);

    [Property(MaxTest = 300)]
    public Property Dates_round_trip() =>
        Prop.ForAll(Gen.Choose(1, 3_000_000).ToArbitrary(), day =>
        {
            var date = new LocalDate(1, 1, 1).PlusDays(day);
            return JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(date, ReputationRulesJson.Options), ReputationRulesJson.Options) == date;
        });

    [Property(MaxTest = 300)]
    public Property Instants_round_trip() =>
        Prop.ForAll(Gen.Choose(-2_000_000_000, 2_000_000_000).ToArbitrary(), seconds =>
        {
            var instant = Instant.FromUnixTimeSeconds(seconds * 7L) + Duration.FromMilliseconds(seconds % 1000);
            return JsonSerializer.Deserialize<Instant>(JsonSerializer.Serialize(instant, ReputationRulesJson.Options), ReputationRulesJson.Options) == instant;
        });

    [Fact]
    public void Rule_ids_currencies_and_fixed_values_round_trip()
    {
        var options = ReputationRulesJson.Options;
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            Assert.Equal(rule.Id, JsonSerializer.Deserialize<RuleId>(JsonSerializer.Serialize(rule.Id, options), options));
        }

        Assert.Equal("\"EUR\"", JsonSerializer.Serialize(Currency.Eur, options));
        Assert.Equal(Currency.Cny, JsonSerializer.Deserialize<Currency>("\"CNY\"", options));
        Assert.Equal("\"2026-05-15\"", JsonSerializer.Serialize(new LocalDate(2026, 5, 15), options));
        Assert.Equal("\"2026-03-11T18:00:00Z\"", JsonSerializer.Serialize(Instant.FromUtc(2026, 3, 11, 18, 0), options));
        Assert.Equal("\"RET-LATE\"", JsonSerializer.Serialize(new RuleId("RET-LATE"), options));
    }
}
