using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;
using Reputation.Rules.Serialization;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Tests.Calendars;

/// <summary>Calendars as data: years added or replaced from a data document, new markets, and every bad input a problem with its path.</summary>
public sealed class CalendarDataTests : IDisposable
{
    // Counts the cases that met each conditional property's premise; checked after the property's run (see PremiseTally).
    private readonly PremiseTally _premises = new();

    private static readonly CountryCode Cn = CountryCode.Parse("CN");

    /// <summary>A made-up 2027 schedule in China's shape (not the official one): only the mechanics are tested.</summary>
    private const string Cn2027 = """
        {
          "calendars": [
            {
              "market": "CN",
              "years": [
                {
                  "year": 2027,
                  "source": "test schedule",
                  "retrieved": "2026-12-01",
                  "holidays": ["2027-01-01..2027-01-03 元旦", "2027-02-06..2027-02-12 春节", "2027-10-01..2027-10-07 国庆节"],
                  "makeUpWorkingDays": ["2027-02-20 补班（春节）", "2027-10-09"]
                }
              ]
            }
          ]
        }
        """;

    private static CalendarProvider Load(string json) => CalendarProvider.BuiltIn.WithData(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static JsonInputException Bad(string json) => Assert.Throws<JsonInputException>(() => Load(json));

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void A_next_year_schedule_extends_the_built_in_calendar()
    {
        var cn = Load(Cn2027).GetCalendar(Cn);
        Assert.Equal(2025, cn.FirstCoveredYear);
        Assert.Equal(2027, cn.LastCoveredYear);
        Assert.Equal(D("2027-12-31"), cn.DataEndsOn);
        Assert.Equal(DayKind.PublicHoliday, cn.GetDayKind(D("2027-02-08")));
        Assert.Equal("春节", cn.GetHolidayName(D("2027-02-08")));
        Assert.Equal(DayKind.MakeUpWorkingDay, cn.GetDayKind(D("2027-02-20")));
        Assert.Equal("make-up working day", cn.MakeUpWorkingDays[D("2027-10-09")]);

        // Friday 2027-02-05 + 1 working day: the Spring Festival break runs to Friday 02-12, so Monday 02-15.
        Assert.Equal(D("2027-02-15"), cn.AddWorkingDays(D("2027-02-05"), 1));

        // Across the year end: 2026-12-31 (Thursday) + 1 is Monday 2027-01-04 (01-01..01-03 off).
        Assert.Equal(D("2027-01-04"), cn.AddWorkingDays(D("2026-12-31"), 1));

        // 2026 is untouched; every year says where it comes from.
        Assert.Equal(CalendarProvider.BuiltIn.GetCalendar(Cn).Holidays.Where(kv => kv.Key.Year == 2026), cn.Holidays.Where(kv => kv.Key.Year == 2026));
        Assert.Equal([2025, 2026, 2027], cn.YearSources.Keys);
        Assert.Equal("test schedule (retrieved 2026-12-01)", cn.YearSources[2027]);
    }

    [Fact]
    public void A_year_in_the_data_replaces_the_same_year_entirely()
    {
        var cn = Load("""
            {"calendars":[{"market":"CN","years":[{"year":2026,"source":"corrected","holidays":["2026-01-01 元旦"]}]}]}
            """).GetCalendar(Cn);
        Assert.Equal(["2026-01-01"], cn.Holidays.Keys.Where(d => d.Year == 2026).Select(d => d.ToString("uuuu-MM-dd", null)));
        Assert.DoesNotContain(cn.MakeUpWorkingDays.Keys, d => d.Year == 2026);
        Assert.Equal(CalendarProvider.BuiltIn.GetCalendar(Cn).Holidays.Where(kv => kv.Key.Year == 2025), cn.Holidays.Where(kv => kv.Key.Year == 2025));
        Assert.Equal(DayKind.WorkingDay, cn.GetDayKind(D("2026-10-08")));
    }

    [Fact]
    public void A_market_without_a_calendar_gets_one_from_data_with_its_own_weekends()
    {
        var provider = Load("""
            {
              "calendars": [
                {
                  "market": "EG",
                  "name": "Egypt (test data)",
                  "source": "test",
                  "weekends": [{ "days": ["Friday", "Saturday"] }],
                  "years": [{ "year": 2027, "source": "test", "holidays": ["2027-01-07 Coptic Christmas"] }]
                }
              ]
            }
            """);
        var eg = provider.GetCalendar(CountryCode.Parse("EG"));
        Assert.True(provider.HasHolidayData(CountryCode.Parse("EG")));
        Assert.Contains(CountryCode.Parse("EG"), provider.Markets);
        Assert.Equal("Egypt (test data)", eg.Name);
        Assert.Equal(DayKind.Weekend, eg.GetDayKind(D("2027-01-08"))); // Friday
        Assert.Equal(DayKind.WorkingDay, eg.GetDayKind(D("2027-01-10"))); // Sunday
        Assert.Equal(DayKind.PublicHoliday, eg.GetDayKind(D("2027-01-07")));
        Assert.Throws<CalendarCoverageException>(() => eg.IsWorkingDay(D("2028-01-03")));
    }

    [Fact]
    public void Weekend_rules_from_data_replace_the_old_ones_and_can_change_on_a_date()
    {
        var ae = Load("""
            {"calendars":[{"market":"AE","weekends":[{"days":["Friday","Saturday"]},{"from":"2027-01-01","days":["Sunday"]}],
              "years":[{"year":2027,"source":"test","holidays":[]}]}]}
            """).GetCalendar(CountryCode.Parse("AE"));
        Assert.Equal(2, ae.WeekendRules.Length);
        Assert.Equal(DayKind.Weekend, ae.GetDayKind(D("2026-12-04"))); // a Friday before the change
        Assert.Equal(DayKind.WorkingDay, ae.GetDayKind(D("2027-01-08"))); // a Friday after
        Assert.Equal(DayKind.Weekend, ae.GetDayKind(D("2027-01-10"))); // a Sunday after
    }

    [Fact]
    public void Data_files_apply_in_order_and_the_provider_is_unchanged()
    {
        var before = CalendarProvider.BuiltIn;
        var after = before.WithData(new MemoryStream(Encoding.UTF8.GetBytes(Cn2027)))
            .WithData(new MemoryStream(Encoding.UTF8.GetBytes("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"second","holidays":[]}]}]}""")));
        Assert.Equal(2026, before.GetCalendar(Cn).LastCoveredYear);
        Assert.DoesNotContain(after.GetCalendar(Cn).Holidays.Keys, d => d.Year == 2027);
        Assert.Equal("second", after.GetCalendar(Cn).YearSources[2027]);
    }

    [Fact]
    public void With_years_in_code_equals_the_same_data_as_json()
    {
        var year = new CalendarYear(
            2027,
            new Dictionary<LocalDate, string> { [D("2027-01-01")] = "元旦" },
            new Dictionary<LocalDate, string> { [D("2027-02-20")] = "补班" },
            "code");
        var fromCode = CalendarProvider.BuiltIn.WithYears(Cn, year).GetCalendar(Cn);
        var fromJson = Load("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"code","holidays":["2027-01-01 元旦"],"makeUpWorkingDays":["2027-02-20 补班"]}]}]}""").GetCalendar(Cn);
        Assert.Equal(fromCode.Holidays.ToArray(), fromJson.Holidays.ToArray());
        Assert.Equal(fromCode.MakeUpWorkingDays.ToArray(), fromJson.MakeUpWorkingDays.ToArray());
        Assert.Equal(fromCode.YearSources.ToArray(), fromJson.YearSources.ToArray());
    }

    [Fact]
    public void The_returns_engine_counts_refund_deadlines_on_the_added_year_exactly()
    {
        var engine = new ReturnComplianceEngine(new ReturnsOptions(), Load(Cn2027));
        var returnCase = new ReturnCase(
            caseId: "R-2027",
            buyerMarket: Cn,
            sellerMarket: Cn,
            order: new Order(new Rules.Money(100m, "CNY"), new Rules.Money(0m, "CNY"), "alipay", D("2027-01-20")),
            @return: new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard,
                requestedOn: D("2027-01-25"), evidenceOfSendingOn: D("2027-01-26"), receivedOn: D("2027-02-04")),
            refunds: [],
            sellerPolicy: new SellerPolicy { RefundWithinWorkingDays = 5 });
        var report = engine.Evaluate(returnCase, D("2027-02-05"));

        // Received Thursday 02-04: the seller's 5 working days are 02-05 (Fri), then after the break 02-15..02-18, so
        // Thursday 02-18; no estimate finding, because 2027 is covered.
        Assert.DoesNotContain(report.Findings, f => f.RuleId.Value == "RET-CALENDAR-ESTIMATE");
        // The PRC law's 7 calendar days from receipt (02-11) is stricter than the seller's 5 working days (02-18).
        Assert.Equal(D("2027-02-11"), report.RefundDueBy);
        Assert.Equal(PolicyLayer.Law, report.DeadlineSetBy);

        var withoutData = ReturnComplianceEngine.CreateDefault().Evaluate(returnCase, D("2027-02-05"));
        Assert.Contains(withoutData.Findings, f => f.RuleId.Value == "RET-CALENDAR-ESTIMATE");
    }

    [Fact]
    public void Every_built_in_data_year_names_its_source_and_retrieval_date()
    {
        foreach (var market in new[] { "CN", "KR", "AE", "SA" })
        {
            var calendar = CalendarProvider.BuiltIn.GetCalendar(CountryCode.Parse(market));
            Assert.Equal(Enumerable.Range(calendar.FirstCoveredYear!.Value, calendar.LastCoveredYear!.Value - calendar.FirstCoveredYear.Value + 1), calendar.YearSources.Keys);
            Assert.All(calendar.YearSources.Values, s => Assert.Contains("(retrieved 20", s, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2028,"source":"x","holidays":[]}]}]}""", "$.calendars[0]", "no data for 2027")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","makeUpWorkingDays":["2027-03-03"]}]}]}""", "$.calendars[0]", "is a Wednesday, which is already a working day")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":["2027-02-20"],"makeUpWorkingDays":["2027-02-20"]}]}]}""", "$.calendars[0].years[0]", "both a holiday and a make-up working day")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":["2028-01-01"]}]}]}""", "$.calendars[0].years[0]", "is not in 2027")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":["2027-02-30"]}]}]}""", "$.calendars[0].years[0].holidays[0]", "is not a date")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":["2027-02-12..2027-02-06 春节"]}]}]}""", "$.calendars[0].years[0].holidays[0]", "must run forwards")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":[20270101]}]}]}""", "$.calendars[0].years[0].holidays[0]", "must be a string, not a number")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":["2027-01-01 \ud800"]}]}]}""", "$.calendars[0].years[0].holidays[0]", "lone UTF-16 surrogate")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":["2027-01-01\u0000"]}]}]}""", "$.calendars[0].years[0].holidays[0]", "NUL")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holiday":[]}]}]}""", "$.calendars[0].years[0].holiday", "unknown property")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":1e400,"source":"x"}]}]}""", "$.calendars[0].years[0].year", "a whole year between 1970 and 2199")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027}]}]}""", "$.calendars[0].years[0].source", "required")]
    [InlineData("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"a"},{"year":2027,"source":"b"}]}]}""", "$.calendars[0].years[1].year", "listed twice")]
    [InlineData("""{"calendars":[{"market":"CN","years":[]},{"market":"cn","years":[]}]}""", "$.calendars[1].market", "already described")]
    [InlineData("""{"calendars":[{"market":"China","years":[]}]}""", "$.calendars[0].market", "not an ISO 3166-1 alpha-2")]
    [InlineData("""{"calendars":[{"market":"EG","weekends":[{"days":["Fri"]}],"years":[]}]}""", "$.calendars[0].weekends[0].days[0]", "not a day of the week")]
    [InlineData("""{"calendar":[]}""", "$.calendars", "required")]
    [InlineData("""[]""", "$", "must be an object")]
    [InlineData("""{"calendars":[""", "$", "not valid JSON")]
    [InlineData("""{"\ud800":1,"calendars":[]}""", "$", "lone UTF-16 surrogate")]
    public void Bad_data_is_a_problem_with_its_path_and_nothing_is_applied(string json, string path, string message)
    {
        var ex = Bad(json);
        Assert.Contains(ex.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var ex = Bad("""{"calendars":[{"market":"CN","years":[{"year":2027,"source":"x","holidays":["bad","2027-13-01","2027-01-01"],"extra":1}]}]}""");
        Assert.Equal(
            ["$.calendars[0].years[0].extra", "$.calendars[0].years[0].holidays[0]", "$.calendars[0].years[0].holidays[1]"],
            ex.Problems.Select(p => p.Path).ToArray());
        Assert.StartsWith("3 problems: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_bombs_and_huge_documents_are_problems_not_crashes()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        Assert.Equal("$", Bad(deep).Problems.Single().Path);

        var huge = new MemoryStream(new byte[CalendarData.MaxBytes + 1]);
        var ex = Assert.Throws<JsonInputException>(() => CalendarProvider.BuiltIn.WithData(huge));
        Assert.Contains("16 MiB", ex.Message, StringComparison.Ordinal);

        var longName = Bad($$"""{"calendars":[{"market":"CN","name":"{{new string('x', 10_000)}}","years":[]}]}""");
        Assert.Contains("at most 4096", longName.Problems.Single().Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round trip: any year of random days off and make-up days for a new market, written as data entries (single
    /// days and ranges) and read back, gives exactly those days; and reading is deterministic.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Random_years_round_trip_through_the_data_format()
    {
        var gen =
            from year in Gen.Choose(1971, 2198)
            from offsets in Gen.ListOf(Gen.Choose(0, 364))
            from weekendOffsets in Gen.ListOf(Gen.Choose(0, 364))
            select (year, offsets.Distinct().ToArray(), weekendOffsets.Distinct().ToArray());
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (year, offsets, makeUpOffsets) = c;
            var start = new LocalDate(year, 1, 1);
            var holidays = offsets.Select(o => start.PlusDays(o)).ToHashSet();
            var makeUps = makeUpOffsets.Select(o => start.PlusDays(o))
                .Where(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && !holidays.Contains(d)).ToHashSet();
            var json = $$"""
                {"calendars":[{"market":"MU","years":[{"year":{{year}},"source":"random",
                  "holidays":[{{string.Join(",", Entries(holidays))}}],
                  "makeUpWorkingDays":[{{string.Join(",", makeUps.Order().Select(d => $"\"{d:uuuu-MM-dd} m\""))}}]}]}]}
                """;
            var zz = Load(json).GetCalendar(CountryCode.Parse("MU"));
            var again = Load(json).GetCalendar(CountryCode.Parse("MU"));
            return _premises.Cover(
                "the year has make-up days",
                makeUps.Count > 0,
                atLeast: 50,
                holidays.Order().SequenceEqual(zz.Holidays.Keys)
                    && makeUps.Order().SequenceEqual(zz.MakeUpWorkingDays.Keys)
                    && zz.Holidays.Values.All(n => n == "h")
                    && zz.Holidays.SequenceEqual(again.Holidays));
        });
    }

    /// <summary>Consecutive days become one range entry; others single-day entries; all named "h".</summary>
    private static IEnumerable<string> Entries(HashSet<LocalDate> days)
    {
        var ordered = days.Order().ToList();
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j + 1 < ordered.Count && ordered[j + 1] == ordered[j].PlusDays(1))
            {
                j++;
            }

            yield return j == i ? $"\"{ordered[i]:uuuu-MM-dd} h\"" : $"\"{ordered[i]:uuuu-MM-dd}..{ordered[j]:uuuu-MM-dd} h\"";
            i = j + 1;
        }
    }

    public void Dispose() => _premises.Verify();
}

/// <summary>The returns report says when a case's market's holiday data ends within 60 days (a notice, not a finding).</summary>
public sealed class CalendarDataEndsInReportsTests
{
    private static readonly CountryCode Cn = CountryCode.Parse("CN");
    private static readonly CountryCode De = CountryCode.Parse("DE");

    private static ReturnReport Check(CountryCode buyer, CountryCode seller, LocalDate asOf, CalendarProvider? calendars = null)
    {
        var engine = new ReturnComplianceEngine(new ReturnsOptions(), calendars ?? CalendarProvider.BuiltIn);
        var returnCase = new ReturnCase(
            "R", buyer, seller,
            new Order(new Rules.Money(10m, "EUR"), new Rules.Money(0m, "EUR"), "card", new LocalDate(2026, 9, 1)),
            new ReturnRequest(ReturnReason.ChangeOfMind, GoodsCategory.Standard, new LocalDate(2026, 9, 2)),
            []);
        return engine.Evaluate(returnCase, asOf);
    }

    [Theory]
    [InlineData("2026-10-31", false)] // 61 days before the end
    [InlineData("2026-11-01", true)]  // exactly 60 days before
    [InlineData("2026-12-31", true)]
    [InlineData("2027-03-01", true)]  // already ended
    public void A_cn_seller_is_named_from_60_days_before_its_data_ends(string asOf, bool named)
    {
        var report = Check(De, Cn, NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);
        if (named)
        {
            Assert.Equal([new CalendarDataEnding(Cn, new LocalDate(2026, 12, 31))], report.CalendarDataEnds.ToArray());
        }
        else
        {
            Assert.Empty(report.CalendarDataEnds);
        }

        Assert.DoesNotContain(report.Findings, f => f.RuleId.Value.Contains("DATA-END", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule_based_markets_are_never_named_and_added_data_silences_the_notice()
    {
        Assert.Empty(Check(De, De, new LocalDate(2026, 12, 1)).CalendarDataEnds);
        Assert.Single(Check(Cn, Cn, new LocalDate(2026, 12, 1)).CalendarDataEnds);
        var withNextYear = CalendarProvider.BuiltIn.WithYears(Cn, new CalendarYear(2027, [], [], "test"));
        Assert.Empty(Check(Cn, Cn, new LocalDate(2026, 12, 1), withNextYear).CalendarDataEnds);
    }

    [Fact]
    public void The_wire_format_writes_the_notice_only_when_there_is_one()
    {
        var quiet = ReputationRulesJson.Options;
        var soon = System.Text.Json.JsonSerializer.Serialize(Check(De, Cn, new LocalDate(2026, 12, 1)), quiet);
        var early = System.Text.Json.JsonSerializer.Serialize(Check(De, Cn, new LocalDate(2026, 6, 1)), quiet);
        Assert.EndsWith("\"calendarDataEnds\":[{\"market\":\"CN\",\"endsOn\":\"2026-12-31\"}]}", soon, StringComparison.Ordinal);
        Assert.DoesNotContain("calendarDataEnds", early, StringComparison.Ordinal);
    }
}
