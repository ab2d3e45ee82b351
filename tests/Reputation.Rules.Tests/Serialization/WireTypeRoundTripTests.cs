using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Complaints;
using Reputation.Rules.Delivery;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Serialization;
using Xunit;

namespace Reputation.Rules.Tests.Serialization;

/// <summary>
/// Every public input type reads and writes through <see cref="ReputationRulesJson.Options"/> in the CLI's field names:
/// random values are written, read back and written again, byte for byte. Inputs read with path-keyed
/// <see cref="JsonInputException"/>s; outputs are written and refuse to be read with one.
/// </summary>
public sealed class WireTypeRoundTripTests
{
    private static readonly JsonSerializerOptions Options = ReputationRulesJson.Options;
    private static readonly string[] Markets = ["DE", "FR", "GB", "US", "CN", "JP", "KR", "BR", "AU"];
    private static readonly string[] Platforms = ["amazon", "ebay", "taobao", "aliexpress"];
    private static readonly string[] Zones = ["Europe/Berlin", "Asia/Shanghai", "America/New_York"];
    private static readonly string[] Texts =
    [
        "Please leave us an honest review.", "亲，满意的话请给个好评哦", "Thanks! \"Quoted\" & <tagged> 👍", "Line one\nline two\ttab", "",
    ];

    private static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>The types <see cref="ReputationRulesJson.Options"/> must know, readable or not.</summary>
    public static TheoryData<Type> WireTypes() =>
    [
        typeof(ReturnCheckRequest), typeof(ReturnCase), typeof(ReturnReport), typeof(ReviewCheckRequest), typeof(ReviewCheckResult),
        typeof(SolicitationMessage), typeof(SolicitationCampaign), typeof(SolicitationReport), typeof(Rules.Scoring.Feedback), typeof(Rules.Scoring.CreditReport),
        typeof(CustomerReview), typeof(FeedbackAnalysis), typeof(Shipment), typeof(ShipmentResult), typeof(WeeklyShipmentReport),
        typeof(DeliveryPromiseTable), typeof(Finding), typeof(RuleDescriptor), typeof(Citation), typeof(Money), typeof(CountryCode), typeof(Currency),
        typeof(RuleId), typeof(LocalDate), typeof(Instant),
    ];

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void Options_and_the_resolver_know_the_type(Type type)
    {
        Assert.NotNull(Options.GetTypeInfo(type));
        Assert.NotNull(ReputationRulesJson.TypeInfoResolver.GetTypeInfo(type, Options));
    }

    [Fact]
    public void Every_public_type_with_a_wire_converter_is_in_the_resolver()
    {
        var missing = typeof(RuleCatalog).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonConverterAttribute), false).Length > 0)
            .Where(t => ReputationRulesJson.TypeInfoResolver.GetTypeInfo(t, Options) is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(missing.Count == 0, "Not in the source-generated context: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(typeof(ReturnCase), """{"caseId":"C1","buyerMarket":"DE","sellerMarket":"CN","order":{"itemsTotal":{"amount":"x","currency":"EUR"}}}""", "$.order.itemsTotal.amount")]
    [InlineData(typeof(SolicitationMessage), """{"platform":"amazon","buyerMarket":"US","text":5}""", "$.text")]
    [InlineData(typeof(SolicitationMessage), """{"platform":"nowhere","buyerMarket":"US","text":"hi"}""", "$.platform")]
    [InlineData(typeof(SolicitationCampaign), """{"template":"Review us","platform":"amazon","buyerMarket":"US","audience":{"minStars":9}}""", "$.audience.minStars")]
    [InlineData(typeof(CustomerReview), """{"id":"r1","text":"ok","stars":7}""", "$.stars")]
    [InlineData(typeof(Shipment), """{"id":"S1","origin":"CN","destination":"DE","method":"std","orderedAt":"2026-01-02T00:00:00Z","shippedAt":"2026-01-01T00:00:00Z"}""", "$.shippedAt")]
    [InlineData(typeof(DeliveryPromiseTable), """{"promises":[{"origin":"CN","destination":"DE","method":"std","handlingDays":1,"transitMin":5,"transitMax":2}]}""", "$.promises[0].transitMax")]
    public void Bad_input_is_a_JsonInputException_with_the_path(Type type, string json, string path)
    {
        var ex = Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize(json, type, Options));
        Assert.Contains(ex.Problems, p => p.Path == path);
    }

    [Theory]
    [InlineData(typeof(ReturnReport))]
    [InlineData(typeof(Rules.Scoring.CreditReport))]
    [InlineData(typeof(ReviewCheckResult))]
    [InlineData(typeof(FeedbackAnalysis))]
    [InlineData(typeof(ShipmentResult))]
    [InlineData(typeof(WeeklyShipmentReport))]
    public void Output_only_types_refuse_to_be_read_with_a_JsonInputException(Type type)
    {
        var ex = Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize("{}", type, Options));
        Assert.Contains(ex.Problems, p => p.Path == "$");
    }

    [Property(MaxTest = 200)]
    public Property Return_cases_round_trip() => Prop.ForAll(ReturnCases().ToArbitrary(), RoundTrips);

    [Property(MaxTest = 200)]
    public Property Return_check_requests_round_trip()
    {
        var gen = from returnCase in ReturnCases()
                  from days in Gen.Choose(0, 400)
                  select new ReturnCheckRequest(returnCase, returnCase.Order.DeliveredOn.PlusDays(days));
        return Prop.ForAll(gen.ToArbitrary(), request =>
            RoundTrips(request) && JsonSerializer.Deserialize<ReturnCheckRequest>(JsonSerializer.Serialize(request, Options), Options)!.AsOf == request.AsOf);
    }

    [Property(MaxTest = 200)]
    public Property Review_check_requests_round_trip()
    {
        var ids = Gen.Elements<(string? Id, bool IsNumber)>((null, false), ("m1", false), ("评论-2", false), ("42", true), ("-7", true));
        var gen = Gen.OneOf(
            from message in Messages()
            from id in ids
            select new ReviewCheckRequest(message, id.Id) { IdIsNumber = id.IsNumber },
            from campaign in Campaigns()
            from id in ids
            select new ReviewCheckRequest(campaign, id.Id) { IdIsNumber = id.IsNumber });
        return Prop.ForAll(gen.ToArbitrary(), request =>
        {
            var back = JsonSerializer.Deserialize<ReviewCheckRequest>(JsonSerializer.Serialize(request, Options), Options)!;
            return RoundTrips(request) && back.Id == request.Id && back.IdIsNumber == request.IdIsNumber && back.Text == request.Text;
        });
    }

    [Property(MaxTest = 300)]
    public Property Rule_ids_round_trip()
    {
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var gen = from first in Gen.Choose(0, 25)
                  from parts in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, letters.Length - 1), 3), 2)
                  select new RuleId(letters[first] + string.Join("-", parts.Select(p => new string([.. p.Select(i => letters[i])]))));
        return Prop.ForAll(gen.ToArbitrary(), id =>
            JsonSerializer.Serialize(id, Options) == "\"" + id.Value + "\"" && JsonSerializer.Deserialize<RuleId>(JsonSerializer.Serialize(id, Options), Options) == id);
    }

    [Property(MaxTest = 100)]
    public Property Currencies_round_trip() =>
        Prop.ForAll(Gen.Elements("EUR", "USD", "JPY", "CNY", "GBP", "KWD", "KRW", "BHD", "CHF", "BRL").Select(Currency.Parse).ToArbitrary(), currency =>
            JsonSerializer.Deserialize<Currency>(JsonSerializer.Serialize(currency, Options), Options) == currency);

    [Property(MaxTest = 200)]
    public Property Solicitation_messages_round_trip() => Prop.ForAll(Messages().ToArbitrary(), message =>
    {
        var back = JsonSerializer.Deserialize<SolicitationMessage>(JsonSerializer.Serialize(message, Options), Options)!;
        return RoundTrips(message) && back.Text == message.Text && back.Platform == message.Platform && back.BuyerMarket == message.BuyerMarket
            && back.SentAt == message.SentAt && back.DeliveredAt == message.DeliveredAt && back.ExistingReviewStars == message.ExistingReviewStars
            && back.PreviousRequests.SequenceEqual(message.PreviousRequests) && back.BuyerTimeZone?.Id == message.BuyerTimeZone?.Id;
    });

    [Property(MaxTest = 200)]
    public Property Solicitation_campaigns_round_trip() => Prop.ForAll(Campaigns().ToArbitrary(), campaign =>
    {
        var back = JsonSerializer.Deserialize<SolicitationCampaign>(JsonSerializer.Serialize(campaign, Options), Options)!;
        return RoundTrips(campaign) && back.Template == campaign.Template && back.Name == campaign.Name
            && back.Incentive?.Condition == campaign.Incentive?.Condition && back.Schedule?.Reminders == campaign.Schedule?.Reminders
            && back.Audience.MinimumStars == campaign.Audience.MinimumStars;
    });

    [Property(MaxTest = 200)]
    public Property Customer_reviews_round_trip() => Prop.ForAll(Reviews().ToArbitrary(), review =>
        RoundTrips(review) && JsonSerializer.Deserialize<CustomerReview>(JsonSerializer.Serialize(review, Options), Options) == review);

    [Property(MaxTest = 200)]
    public Property Shipments_round_trip() => Prop.ForAll(Shipments().ToArbitrary(), shipment =>
    {
        var back = JsonSerializer.Deserialize<Shipment>(JsonSerializer.Serialize(shipment, Options), Options)!;
        return RoundTrips(shipment) && back.Id == shipment.Id && back.Events.SequenceEqual(shipment.Events) && back.Promise == shipment.Promise;
    });

    [Property(MaxTest = 200)]
    public Property Promise_tables_round_trip() => Prop.ForAll(PromiseTables().ToArbitrary(), table =>
        RoundTrips(table) && JsonSerializer.Deserialize<DeliveryPromiseTable>(JsonSerializer.Serialize(table, Options), Options)!.Entries.SequenceEqual(table.Entries));

    [Fact]
    public void Every_built_in_rule_reads_back_as_it_was()
    {
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            Assert.True(RoundTrips(rule), rule.Id.Value);
            var back = JsonSerializer.Deserialize<RuleDescriptor>(JsonSerializer.Serialize(rule, Options), Options)!;
            Assert.Equal((rule.Id, rule.Engine, rule.Title, rule.DefaultSeverity), (back.Id, back.Engine, back.Title, back.DefaultSeverity));
            Assert.Equal(rule.Citations, back.Citations);
        }
    }

    [Fact]
    public void The_findings_of_real_return_reports_read_back_byte_for_byte()
    {
        var engine = ReturnComplianceEngine.CreateDefault();
        var findings = Reputation.Rules.Testing.RepoPaths.ExampleLines("returns-dev.jsonl")
            .Where(line => ReputationRulesJson.TryReadReturnCheck(line, out _, out _))
            .SelectMany(line => ReputationRulesJson.ReadReturnCheck(line).Evaluate(engine).Findings)
            .ToList();
        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            Assert.True(RoundTrips(finding), JsonSerializer.Serialize(finding, Options));
            var back = JsonSerializer.Deserialize<Finding>(JsonSerializer.Serialize(finding, Options), Options)!;
            Assert.Equal(finding.Citation?.ToString(), back.Citation?.ToString());
            Assert.Equal(finding.Evidence, back.Evidence);
        }
    }

    [Fact]
    public void The_reports_of_real_review_checks_read_back_byte_for_byte()
    {
        var guard = new SolicitationGuard();
        var reports = Reputation.Rules.Testing.RepoPaths.ExampleLines("reviews-dev.jsonl")
            .Select(line => ReputationRulesJson.ReadReviewCheck(line).Check(guard).Report)
            .ToList();
        Assert.Contains(reports, r => r.Decision == SolicitationDecision.Block);
        foreach (var report in reports)
        {
            Assert.True(RoundTrips(report), JsonSerializer.Serialize(report, Options));
            var back = JsonSerializer.Deserialize<SolicitationReport>(JsonSerializer.Serialize(report, Options), Options)!;
            Assert.Equal(report.Decision, back.Decision);
            Assert.Equal(report.Findings.Select(f => (f.RuleId, f.Message)), back.Findings.Select(f => (f.RuleId, f.Message)));
            Assert.Equal(report.Findings.SelectMany(f => f.Spans), back.Findings.SelectMany(f => f.Spans));
        }
    }

    [Property(MaxTest = 200)]
    public Property Solicitation_reports_round_trip() => Prop.ForAll(SolicitationReports().ToArbitrary(), RoundTrips);

    [Theory]
    [InlineData("""{"decision":"allow","platform":"amazon","law":"US","findings":[{"ruleId":"REV-X","severity":"block","message":"m","citation":null,"spans":[]}]}""", "$.decision")]
    [InlineData("""{"decision":"block","platform":"amazon","law":"US","findings":[{"ruleId":"REV-X","severity":"block","message":"m","spans":[{"start":-1,"length":2}]}]}""", "$.findings[0].spans[0]")]
    [InlineData("""{"decision":"maybe","platform":"amazon","law":"US","findings":[]}""", "$.decision")]
    public void A_bad_solicitation_report_names_the_path(string json, string path)
    {
        var ex = Assert.Throws<JsonInputException>(() => JsonSerializer.Deserialize<SolicitationReport>(json, Options));
        Assert.Equal(path, ex.Problems.Single().Path);
    }

    [Property(MaxTest = 200)]
    public Property Citations_round_trip() => Prop.ForAll(Citations().ToArbitrary(), citation =>
        RoundTrips(citation) && JsonSerializer.Deserialize<Citation>(JsonSerializer.Serialize(citation, Options), Options) == citation);

    [Property(MaxTest = 200)]
    public Property Rule_descriptors_round_trip() => Prop.ForAll(Rules().ToArbitrary(), RoundTrips);

    [Property(MaxTest = 200)]
    public Property Findings_round_trip() => Prop.ForAll(Findings().ToArbitrary(), finding =>
    {
        var back = JsonSerializer.Deserialize<Finding>(JsonSerializer.Serialize(finding, Options), Options)!;
        return RoundTrips(finding) && back.RuleId == finding.RuleId && back.Severity == finding.Severity && back.Message == finding.Message
            && back.Evidence.SequenceEqual(finding.Evidence) && back.Citation?.ToString() == finding.Citation?.ToString();
    });

    private static Gen<SolicitationReport> SolicitationReports() =>
        from platform in Gen.Elements(Platforms)
        from law in Gen.Elements("US", "EU", "CN")
        from count in Gen.Choose(0, 3)
        from findings in Gen.ArrayOf(
            from finding in Findings()
            from spanCount in Gen.Choose(0, 2)
            from spans in Gen.ArrayOf(from start in Gen.Choose(0, 200) from length in Gen.Choose(0, 40) select new TextSpan(start, length), spanCount)
            select new Finding(finding.RuleId, finding.Severity, finding.Message, finding.Citation, spans: [.. spans]),
            count)
        select new SolicitationReport(platform, law, [.. findings]);

    private static Gen<Citation> Citations() =>
        from authority in Gen.Elements("EU Directive 2011/83/EU", "《消费者权益保护法》", "Amazon Seller Central")
        from reference in Gen.Elements("", "Art. 13(1)", "第二十五条")
        from url in OrNull(Gen.Elements("https://eur-lex.europa.eu/eli/dir/2011/83/oj", "https://example.com/a b?x=1&y=é"))
        select new Citation(authority, reference, url is null ? null : new Uri(url));

    private static Gen<Severity> Severities() => Gen.Elements(Severity.Info, Severity.Warning, Severity.Violation);

    private static Gen<RuleDescriptor> Rules() =>
        from id in Gen.Elements("RET-LATE", "ACME-CUSTOM", "REV-INCENTIVE")
        from engine in Gen.Elements("returns", "reviews", "custom")
        from title in Gen.Elements("Refund later than the deadline", "自定义规则 \"quoted\"")
        from severity in Severities()
        from count in Gen.Choose(0, 3)
        from citations in Gen.ArrayOf(Citations(), count)
        select new RuleDescriptor(new RuleId(id), engine, title, severity, [.. citations]);

    private static Gen<Finding> Findings() =>
        from id in Gen.Elements("RET-LATE", "ACME-CUSTOM")
        from severity in Severities()
        from message in Gen.Elements(Texts.Where(t => t.Length > 0).ToArray())
        from citation in OrNull(Citations())
        from count in Gen.Choose(0, 3)
        from evidence in Gen.ArrayOf(
            from key in Gen.Elements("refundDueBy", "amount", "证据")
            from value in Gen.Elements("", "2026-05-15", "12.34 EUR", "深圳")
            select new EvidenceItem(key, value),
            count)
        select new Finding(new RuleId(id), severity, message, citation, [.. evidence]);

    /// <summary>One valid document per readable type, as the options write it (from the examples where there are some).</summary>
    private static readonly Lazy<(Type Type, string Json)[]> Samples = new(() =>
    {
        var guard = new SolicitationGuard();
        var returnLine = Reputation.Rules.Testing.RepoPaths.ExampleLines("returns-dev.jsonl").First(l => ReputationRulesJson.TryReadReturnCheck(l, out _, out _));
        var reviewLines = Reputation.Rules.Testing.RepoPaths.ExampleLines("reviews-dev.jsonl").ToArray();
        var shipment = System.IO.File.ReadLines(Reputation.Rules.Testing.RepoPaths.Example("shipments-sample.jsonl")).First();
        var table = System.IO.File.ReadAllText(Reputation.Rules.Testing.RepoPaths.Example("promises-sample.json"));
        var rule = RuleCatalog.BuiltIn.Rules.FirstOrDefault(r => r.Citations.Any(c => c.Url is not null)) ?? RuleCatalog.BuiltIn.Rules.First(r => !r.Citations.IsEmpty);
        var engine = ReturnComplianceEngine.CreateDefault();
        var finding = Reputation.Rules.Testing.RepoPaths.ExampleLines("returns-dev.jsonl")
            .Where(l => ReputationRulesJson.TryReadReturnCheck(l, out _, out _))
            .SelectMany(l => ReputationRulesJson.ReadReturnCheck(l).Evaluate(engine).Findings)
            .First(f => f.Citation is not null && !f.Evidence.IsEmpty);
        var blocked = reviewLines.Select(l => ReputationRulesJson.ReadReviewCheck(l).Check(guard).Report).First(r => r.Decision == SolicitationDecision.Block);
        var campaign = new SolicitationCampaign("Loved it? Leave 5 stars!", "amazon", CountryCode.Parse("US"))
        {
            Audience = new CampaignAudience { MinimumStars = 4 },
            Incentive = new CampaignIncentive("10% off", IncentiveCondition.PositiveReview),
            Schedule = new CampaignSchedule { SendAfterDelivery = Duration.FromDays(3), Reminders = 2, ReminderInterval = Duration.FromDays(2) },
        };
        return
        [
            (typeof(ReturnCase), JsonSerializer.Serialize(ReputationRulesJson.ReadReturnCheck(returnLine).Case, Options)),
            (typeof(SolicitationMessage), JsonSerializer.Serialize(ReputationRulesJson.ReadReviewCheck(reviewLines[0]).Message, Options)),
            (typeof(SolicitationCampaign), JsonSerializer.Serialize(campaign, Options)),
            (typeof(SolicitationReport), JsonSerializer.Serialize(blocked, Options)),
            (typeof(CustomerReview), """{"id":"r1","text":"Runs two sizes small","stars":2,"sku":"DRESS-01","at":"2026-03-10T08:00:00Z","market":"US","platform":"amazon"}"""),
            (typeof(Shipment), JsonSerializer.Serialize(ReputationRulesJson.ReadShipment(shipment), Options)),
            (typeof(DeliveryPromiseTable), JsonSerializer.Serialize(ReputationRulesJson.ReadPromiseTable(table), Options)),
            (typeof(RuleDescriptor), JsonSerializer.Serialize(rule, Options)),
            (typeof(Citation), JsonSerializer.Serialize(rule.Citations[0], Options)),
            (typeof(Finding), JsonSerializer.Serialize(finding, Options)),
        ];
    });

    [Property(MaxTest = 2000)]
    public Property Any_mutation_of_a_valid_document_is_read_or_refused_with_a_json_exception()
    {
        var gen = from sample in Gen.Elements(Samples.Value)
                  from position in Gen.Choose(0, 1000)
                  from cut in Gen.Choose(0, 12)
                  from insert in Gen.Elements("", "\\ud800", "\\u0000", "1e400", "\"", "{", "]", ",", "null", "-", "9999999999", "\\", "\"x\":[", "é", "😀", "[]", "{}", "-1")
                  select (sample, position, cut, insert);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var json = t.sample.Json;
            var at = t.position % (json.Length + 1);
            var mutated = json[..at] + t.insert + json[Math.Min(json.Length, at + t.cut)..];
            try
            {
                JsonSerializer.Deserialize(mutated, t.sample.Type, Options);
            }
            catch (JsonInputException ex)
            {
                return ex.Problems.Length > 0 && ex.Problems.All(p => p.Path.StartsWith('$'));
            }
            catch (JsonException)
            {
                // A syntax error or a depth bomb: System.Text.Json's own JsonException (docs/serialization.md, "Bad input").
                return true;
            }

            return true;
        });
    }

    [Fact]
    public void Every_sample_reads_and_writes_back_byte_for_byte()
    {
        foreach (var (type, json) in Samples.Value)
        {
            var value = JsonSerializer.Deserialize(json, type, Options);
            var written = JsonSerializer.Serialize(value, type, Options);
            Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize(written, type, Options), type, Options));
        }
    }

    /// <summary>write → read → write is byte-identical, and the explicit reader reads what the options wrote.</summary>
    private static bool RoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Options);
        var back = JsonSerializer.Deserialize<T>(json, Options);
        return back is not null && JsonSerializer.Serialize(back, Options) == json;
    }

    private static Gen<CountryCode> MarketGen() => Gen.Elements(Markets).Select(CountryCode.Parse);

    private static Gen<Instant> Instants() => Gen.Choose(0, 3 * 365 * 24 * 60).Select(m => Start + Duration.FromMinutes(m));

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static Gen<T?> OrNone<T>(Gen<T> gen)
        where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    private static Money Eur(int cents) => new(cents / 100m, Currency.Eur);

    private static Gen<ReturnCase> ReturnCases() =>
        from buyer in MarketGen()
        from seller in MarketGen()
        from marketplace in OrNull(Gen.Elements("amazon", "ebay"))
        from items in Gen.Choose(0, 100_000)
        from delivery in Gen.Choose(0, 3_000)
        from day in Gen.Choose(0, 700)
        from reason in Gen.Elements(Enum.GetValues<ReturnReason>())
        from goods in Gen.Elements(Enum.GetValues<GoodsCategory>())
        from requested in Gen.Choose(0, 60)
        from received in OrNone(Gen.Choose(0, 20))
        from refundCount in Gen.Choose(0, 3)
        from refundCents in Gen.ArrayOf(Gen.Choose(0, 100_000), refundCount)
        from deduction in Gen.Choose(0, 500)
        from refused in Gen.Elements(false, true)
        from policy in OrNull(Gen.Choose(0, 60).Select(days => new SellerPolicy { ReturnWindowDays = days, RestockingFeePercent = days % 3 == 0 ? 10m : 0m }))
        let delivered = new LocalDate(2025, 1, 1).PlusDays(day)
        let requestedOn = delivered.PlusDays(requested)
        select new ReturnCase(
            "R-" + day,
            buyer,
            seller,
            new Order(Eur(items), Eur(delivery), "card", delivered, Eur(delivery / 2)),
            new ReturnRequest(reason, goods, requestedOn, null, received is { } r ? requestedOn.PlusDays(r) : null),
            refundCents.Select((c, i) => new Refund(requestedOn.PlusDays(i + 1), Eur(c), "card", i % 2 == 0, i == 0 ? [new Deduction(new DeductionKind("return-shipping"), Eur(deduction))] : [])).ToList(),
            refused ? new Refusal(requestedOn.PlusDays(5), RefusalReason.Other) : null,
            policy,
            marketplace);

    private static Gen<SolicitationMessage> Messages() =>
        from text in Gen.Elements(Texts)
        from platform in Gen.Elements(Platforms)
        from market in MarketGen()
        from sent in OrNone(Instants())
        from delivered in OrNone(Instants())
        from zone in OrNull(Gen.Elements(Zones))
        from stars in OrNone(Gen.Choose(1, 5))
        from count in Gen.Choose(0, 3)
        from previous in Gen.ArrayOf(Instants(), count)
        select new SolicitationMessage(text, platform, market)
        {
            SentAt = sent,
            DeliveredAt = delivered,
            BuyerTimeZone = zone is null ? null : DateTimeZoneProviders.Tzdb[zone],
            ExistingReviewStars = stars,
            PreviousRequests = [.. previous],
        };

    private static Gen<SolicitationCampaign> Campaigns() =>
        from text in Gen.Elements(Texts)
        from platform in Gen.Elements(Platforms)
        from market in MarketGen()
        from name in OrNull(Gen.Elements("spring", "春季"))
        from audience in Gen.OneOf(
            Gen.Constant(CampaignAudience.Everyone),
            from stars in OrNone(Gen.Choose(1, 5))
            from satisfied in Gen.Elements(false, true)
            from description in OrNull(Gen.Elements("happy buyers", "满意的买家"))
            select new CampaignAudience { MinimumStars = stars, SatisfiedOnly = satisfied, ExcludesComplaints = !satisfied, Description = description })
        from incentive in OrNull(
            from what in Gen.Elements("10% off", "a gift")
            from condition in Gen.Elements(Enum.GetValues<IncentiveCondition>())
            select new CampaignIncentive(what, condition))
        from schedule in OrNull(
            from hours in Gen.Choose(-48, 500)
            from reminders in Gen.Choose(0, 5)
            from interval in Gen.Choose(0, 240)
            from at in OrNone(Gen.Choose(0, 24 * 60 - 1).Select(m => new LocalTime(m / 60, m % 60)))
            select new CampaignSchedule { SendAfterDelivery = Duration.FromHours(hours), Reminders = reminders, ReminderInterval = Duration.FromHours(interval), SendAtLocalTime = at })
        select new SolicitationCampaign(text, platform, market) { Name = name, Audience = audience, Incentive = incentive, Schedule = schedule };

    private static Gen<CustomerReview> Reviews() =>
        from id in Gen.Elements("r1", "42", "评价-7")
        from text in Gen.Elements(Texts.Where(t => t.Length > 0).ToArray()) // the contract requires a text (docs/serialization.md)
        from stars in OrNone(Gen.Choose(1, 5))
        from dispute in Gen.Elements(false, true)
        from sku in OrNull(Gen.Elements("DRESS-01", "鞋-2"))
        from at in OrNone(Instants())
        from market in OrNone(MarketGen())
        from language in OrNull(Gen.Elements("en", "zh"))
        from platform in OrNull(Gen.Elements(Platforms))
        select new CustomerReview(id, text) { Stars = stars, IsDispute = dispute, Sku = sku, At = at, Market = market, Language = language, Platform = platform };

    private static Gen<DeliveryPromise> Promises() =>
        from handling in Gen.Choose(0, 5)
        from min in Gen.Choose(0, 25)
        from extra in Gen.Choose(0, 20)
        from unit in Gen.Elements(TransitUnit.Working, TransitUnit.Calendar)
        from cutoff in Gen.Elements<int?>(null, 0, 12, 23)
        select new DeliveryPromise(handling, min, min + extra, unit, cutoff);

    private static Gen<Shipment> Shipments() =>
        from id in Gen.Elements("S1", "运单-2")
        from orderId in OrNull(Gen.Elements("O1", "O-2"))
        from origin in MarketGen()
        from destination in MarketGen()
        from method in Gen.Elements("standard", "express")
        from ordered in Instants()
        from shipDelay in Gen.Choose(0, 5 * 24 * 60)
        from promise in OrNull(Promises())
        from count in Gen.Choose(0, 4)
        from events in Gen.ArrayOf(
            from minutes in Gen.Choose(0, 20 * 24 * 60)
            from status in Gen.Elements(Enum.GetValues<TrackingStatus>())
            from location in OrNull(Gen.Elements("Leipzig", "深圳"))
            select new TrackingEvent(ordered + Duration.FromMinutes(minutes), status, location),
            count)
        from platform in OrNull(Gen.Elements(Platforms))
        from zone in OrNull(Gen.Elements(Zones))
        from tracking in OrNull(Gen.Elements("1Z999", "LX123456789CN"))
        select new Shipment(id, origin, destination, method, ordered, ordered + Duration.FromMinutes(shipDelay), events)
        {
            OrderId = orderId,
            Promise = promise,
            Platform = platform,
            BuyerTimeZone = zone is null ? null : DateTimeZoneProviders.Tzdb[zone],
            TrackingNumber = tracking,
        };

    private static Gen<DeliveryPromiseTable> PromiseTables() =>
        from count in Gen.Choose(0, 4)
        from promises in Gen.ArrayOf(Promises(), count)
        select new DeliveryPromiseTable(promises.Select((p, i) => new DeliveryPromiseEntry(CountryCode.Parse(Markets[i]), CountryCode.Parse("DE"), "standard", p)));
}
