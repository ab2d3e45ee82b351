using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.Cli.Tests.Fuzzing;

/// <summary>
/// FsCheck generators over the wire format: lines with the right shape whose values range over the whole domain and
/// past it (years 1–9999, extreme amounts and counts, unknown codes, every platform and market, odd text), run in
/// batches through each command. Properties: no line is an internal error, one output line per input line (in order),
/// and the exit code is 2 exactly when some line was invalid. Complements <see cref="FuzzTests"/>, whose mutations
/// mostly break the shape; these mostly keep it, so they reach the engines.
/// </summary>
public sealed class WireFormatPropertyTests(ITestOutputHelper output) : IDisposable
{
    // What the batches of this instance's property produced, reported and checked in Dispose.
    private readonly Stats _stats = new();
    private string? _command;

    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 12, 0));

    private static readonly string[] Markets = ["FR", "DE", "CN", "US", "GB", "KR", "BR", "RU", "JP", "AU", "AE", "SA", "IN", "XX", "fr", "", "UK", "EU"];
    private static readonly string[] Currencies = ["EUR", "CNY", "USD", "JPY", "KRW", "GBP", "BHD", "XXX", "eur", ""];
    private static readonly string[] Amounts = ["\"0\"", "\"45.00\"", "\"-1\"", "\"0.001\"", "\"79228162514264337593543950335\"", "12.5", "0", "1e27", "\"1e5\"", "-0.01", "\"9999999999999.99\""];
    private static readonly string[] Reasons = ["change-of-mind", "faulty", "not-as-described", "broken", ""];
    private static readonly string[] Goods = ["standard", "custom-made", "perishable", "sealed-hygiene-opened", "sealed-media-opened", "digital-started", "newspaper", "other"];
    private static readonly string[] RefusalReasons = ["other", "outside-window", "used", "exempt-goods", "no-proof", "xyz"];
    private static readonly string[] Marketplaces = ["null", "\"amazon\"", "\"ebay\"", "\"aliexpress\"", "\"etsy\"", "null", "\"amazon\"", "\"ebay\"", "\"aliexpress\"", "\"\""];
    private static readonly string[] Platforms = ["amazon", "aliexpress", "ebay", "own-site", "taobao", "AMAZON", "google", ""];
    private static readonly string[] Zones = ["America/New_York", "Asia/Shanghai", "Europe/Berlin", "Pacific/Kiritimati", "Etc/GMT+12", "UTC", "Mars/Base", ""];
    private static readonly string[] Names = ["S1", "S2", "店铺", "s1", " S1", "a\\\"b", "\\ud83d\\ude00", "x"];
    private static readonly int[] Counts = [-1, 0, 1, 2, 5, 14, 30, 365, 3650, 3651, 100_000, int.MaxValue, int.MinValue];

    private static readonly string[] Phrases =
    [
        "Please leave a review", "5-star review", "refund $5", "好评返现", "五星好评", "delete your negative review", "change your feedback",
        "only if you are satisfied", "Thanks for your order!", "给个好评", "gift card", "free sample", "😀👍", "\u0301\u0301", "\u202eevil", "  ",
        "https://example.com/review?stars=5", "亲", "If you had a problem, contact us first", "", "Ünïcödé", "🇩🇪", "\\u0000", "\\ud83d\\ude00", "\\t",
    ];

    [Property(MaxTest = 150)]
    public Property Returns_check_survives_well_formed_cases_over_the_whole_domain()
    {
        _command = "returns check";
        return Prop.ForAll(Batch(ReturnCase()).ToArbitrary(), lines => Holds("returns check", lines, _stats));
    }

    [Property(MaxTest = 150)]
    public Property Reviews_check_survives_well_formed_messages_and_campaigns_over_the_whole_domain()
    {
        _command = "reviews check";
        return Prop.ForAll(Batch(Gen.OneOf(Message(), Campaign())).ToArbitrary(), lines => Holds("reviews check", lines, _stats));
    }

    [Property(MaxTest = 100)]
    public Property Reviews_check_with_suggestions_survives_well_formed_messages_and_campaigns_over_the_whole_domain()
    {
        _command = "reviews check --suggest";
        return Prop.ForAll(Batch(Gen.OneOf(Message(), Campaign())).ToArbitrary(), lines => Holds("reviews check --suggest", lines, _stats));
    }

    [Property(MaxTest = 150)]
    public Property Score_survives_well_formed_feedback_over_the_whole_domain()
    {
        _command = "score";
        return Prop.ForAll(Batch(Feedback()).ToArbitrary(), lines => HoldsForScore(lines, _stats));
    }

    /// <summary>
    /// After FsCheck has run all the cases of the one property this instance ran (xunit disposes the test class then,
    /// and an exception here fails that test): the counts over all its batches, and the check that the generators
    /// reach the engines. This is the same pattern as <see cref="PremiseTally"/>, with line counts instead of cases.
    /// </summary>
    public void Dispose()
    {
        if (_command is not null)
        {
            Report(_command, _stats);
        }
    }

    /// <summary>Prints the counts and checks that the generators reach the engines (a good share of lines are valid).</summary>
    private void Report(string command, Stats stats)
    {
        output.WriteLine($"{command}: {stats.Lines} generated lines, {stats.Errors} error lines ({stats.Unevaluated} 'could not be evaluated')");
        foreach (var (kind, count) in stats.Kinds.OrderByDescending(k => k.Value).Take(8))
        {
            output.WriteLine($"  {count,5}  {kind}");
        }

        Assert.True(stats.Lines - stats.Errors >= stats.Lines / 5, $"{command}: only {stats.Lines - stats.Errors} of {stats.Lines} lines were valid");
    }

    private static Gen<string[]> Batch(Gen<string> line) => Gen.Choose(1, 60).SelectMany(n => Gen.ArrayOf(line, n));

    private static bool Holds(string command, string[] lines, Stats stats)
    {
        stats.Lines += lines.Length;
        var result = Run(command, lines);
        var outputs = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var anyError = false;
        for (var i = 0; i < outputs.Length; i++)
        {
            using var document = JsonDocument.Parse(outputs[i]);
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                anyError = true;
                stats.Errors++;
                var message = error.GetString()!;
                stats.Unevaluated += message.Contains("could not be evaluated", StringComparison.Ordinal) ? 1 : 0;
                stats.Count(message);
                if (document.RootElement.GetProperty("line").GetInt32() != i + 1 || message.Contains("internal error", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"line {i + 1}: {lines[i]} -> {outputs[i]}");
                }
            }
        }

        return result.Error.Length == 0 && outputs.Length == lines.Length && result.ExitCode == (anyError ? 2 : 0);
    }

    private static bool HoldsForScore(string[] lines, Stats stats)
    {
        stats.Lines += lines.Length;
        var result = Run("score --as-of 2026-06-30", lines);
        var outputs = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = 0;
        foreach (var output in outputs)
        {
            using var document = JsonDocument.Parse(output);
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                errors++;
                stats.Errors++;
                stats.Count(error.GetString()!);
                if (error.GetString()!.Contains("internal error", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(output);
                }
            }
        }

        return result.Error.Length == 0 && errors <= lines.Length && result.ExitCode == (errors > 0 ? 2 : 0);
    }

    private static CliResult Run(string command, string[] lines)
    {
        using var reader = new StringReader(string.Join('\n', lines) + "\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(command.Split(' '), reader, stdout, stderr, Clock);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    private static Gen<string> Pick(string[] values) => Gen.Elements(values);

    private static Gen<string> Quoted(string[] values) => Gen.Elements(values).Select(v => "\"" + v + "\"");

    /// <summary>A date: mostly near 2026, sometimes anywhere in years 1–9999, rarely not a date.</summary>
    private static Gen<string> Date() => Gen.Frequency(
        (8, Gen.Choose(0, 900).Select(d => new LocalDate(2025, 6, 1).PlusDays(d))),
        (2, Gen.Choose(1, 9999).SelectMany(y => Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, 28).Select(d => new LocalDate(y, m, d))))))
        .Select(d => "\"" + d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "\"")
        .Or(Pick(["\"2026-02-29\"", "\"9999-12-31\"", "\"0001-01-01\"", "null", "\"\""]), 1, 20);

    /// <summary>An instant: mostly near 2026, sometimes at the ends of the range or with extreme offsets.</summary>
    private static Gen<string> When() => Gen.Frequency(
        (8, Gen.Choose(-2_000_000, 2_000_000).Select(m => NodaTime.Instant.FromUtc(2026, 3, 1, 0, 0) + Duration.FromMinutes(m * 3L))
            .Select(i => "\"" + i.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\"")),
        (1, Pick(["\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00+18:00\"", "\"9999-12-31T23:59:59-18:00\"", "\"2026-03-11T18:00:00+08:00\"", "\"2026-03-11\"", "null"])));

    private static Gen<string> Money() => Pick(Amounts).SelectMany(a => Quoted(Currencies).Select(c => "{\"amount\":" + a + ",\"currency\":" + c + "}"));

    private static Gen<string> Count() => Gen.Elements(Counts).Select(c => c.ToString(CultureInfo.InvariantCulture));

    private static Gen<string> Bool() => Pick(["true", "false", "null"]);

    private static Gen<string> Text() => Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Pick(Phrases), n)).Select(p => "\"" + string.Join(" ", p) + "\"");

    private static Gen<string> Object(params (string Name, Gen<string> Value, int PercentPresent)[] fields) =>
        fields.Aggregate(
            Gen.Constant(string.Empty),
            (acc, field) => acc.SelectMany(text => Gen.Choose(1, 100).SelectMany(roll => roll <= field.PercentPresent
                ? field.Value.Select(v => text + (text.Length == 0 ? string.Empty : ",") + "\"" + field.Name + "\":" + v)
                : Gen.Constant(text))))
        .Select(body => "{" + body + "}");

    /// <summary>Mostly a valid value, now and then one from the whole domain or past it.</summary>
    private static Gen<string> Mostly(Gen<string> valid, Gen<string> any) => Gen.Frequency((12, valid), (1, any));

    /// <summary>
    /// A return case on a coherent timeline (delivered, requested, sent, received, refunded, as of), anchored mostly near
    /// 2026 and sometimes anywhere in years 1–9999, in one currency; each field now and then takes any value instead.
    /// </summary>
    private static Gen<string> ReturnCase() =>
        from anchor in Gen.Frequency((8, Gen.Choose(0, 700).Select(d => new LocalDate(2025, 1, 1).PlusDays(d))), (1, Gen.Choose(1, 9998).Select(y => new LocalDate(y, 1, 1))))
        from gaps in Gen.ArrayOf(Gen.Choose(0, 40), 5)
        from currency in Mostly(Quoted(["EUR", "CNY", "USD", "JPY", "KRW", "GBP"]), Quoted(Currencies))
        from market in Quoted(["FR", "DE", "CN", "US", "GB", "KR", "BR", "RU", "JP", "AU", "AE", "SA", "IN"])
        from seller in Mostly(Gen.Constant(market), Quoted(Markets))
        from body in Object(
            ("caseId", Mostly(Quoted(["R-1", "R-2", "店铺-1"]), Quoted(Names)), 99),
            ("asOf", Mostly(Day(anchor, gaps.Sum() + 5), Date()), 99),
            ("buyerMarket", Mostly(Gen.Constant(market), Quoted(Markets)), 99),
            ("sellerMarket", Gen.Constant(seller), 99),
            ("marketplace", Pick(Marketplaces), 50),
            ("order", Object(
                ("itemsTotal", Mostly(Amount(currency), Money()), 99),
                ("deliveryPaid", Mostly(Amount(currency), Money()), 99),
                ("standardDeliveryCost", Mostly(Amount(currency), Money()), 30),
                ("paymentMethod", Gen.Frequency((40, Quoted(["card", "paypal", "alipay"])), (1, Quoted(["", " "]))), 99),
                ("deliveredOn", Mostly(Day(anchor, 0), Date()), 99)), 99),
            ("sellerPolicy", Object(
                ("returnWindowDays", Mostly(Pick(["14", "30", "60"]), Count()), 50),
                ("refundWithinWorkingDays", Mostly(Pick(["3", "5", "10"]), Count()), 50),
                ("withdrawalInfoGiven", Bool(), 30),
                ("buyerPaysReturnInformed", Bool(), 30),
                ("offersCollection", Bool(), 30),
                ("restockingFeePercent", Mostly(Pick(["0", "10", "\"12.5\""]), Pick(["100", "101", "-5"])), 30),
                ("returnTermsDisplayed", Bool(), 30)), 40),
            ("return", Object(
                ("reason", Mostly(Quoted(["change-of-mind", "faulty", "not-as-described"]), Quoted(Reasons)), 99),
                ("goods", Mostly(Quoted(["standard"]), Quoted(Goods)), 99),
                ("requestedOn", Mostly(Day(anchor, gaps[0]), Date()), 99),
                ("evidenceOfSendingOn", Mostly(Day(anchor, gaps[0] + gaps[1]), Date()), 50),
                ("receivedOn", Mostly(Day(anchor, gaps[0] + gaps[1] + gaps[2]), Date()), 60)), 99),
            ("refunds", Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Object(
                ("on", Mostly(Day(anchor, gaps[0] + gaps[1] + gaps[2] + gaps[3]), Date()), 99),
                ("amount", Mostly(Amount(currency), Money()), 99),
                ("method", Mostly(Quoted(["card", "paypal", "alipay"]), Quoted(["store-credit", ""])), 99),
                ("buyerAgreedToMethod", Bool(), 40),
                ("deductions", Gen.Choose(0, 1).SelectMany(k => Gen.ArrayOf(Object(("kind", Quoted(["restocking", "shipping", "damage"]), 99), ("amount", Mostly(Amount(currency), Money()), 99)), k)).Select(d => "[" + string.Join(",", d) + "]"), 30)), n))
                .Select(r => "[" + string.Join(",", r) + "]"), 70),
            ("refusal", Object(("on", Mostly(Day(anchor, gaps[0] + 1), Date()), 99), ("reason", Quoted(RefusalReasons), 80)), 10))
        select body;

    /// <summary>The date <paramref name="days"/> after <paramref name="anchor"/> (null-safe at the end of year 9999).</summary>
    private static Gen<string> Day(LocalDate anchor, int days) =>
        Gen.Constant("\"" + (anchor.Year >= 9999 ? anchor : anchor.PlusDays(days)).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "\"");

    private static Gen<string> Amount(string currency) =>
        Pick(["\"0\"", "\"45.00\"", "\"5\"", "12.5", "\"199.99\"", "\"0.01\""]).Select(a => "{\"amount\":" + a + ",\"currency\":" + currency + "}");

    private static Gen<string> Message() => Object(
        ("id", Gen.OneOf(Quoted(Names), Pick(["1", "-7", "1e400", "null"])), 90), ("platform", Mostly(Quoted(["amazon", "aliexpress", "ebay", "own-site", "taobao"]), Quoted(Platforms)), 97), ("buyerMarket", Mostly(Quoted(["US", "GB", "DE", "CN", "FR", "UK", "EU"]), Quoted(Markets)), 97),
        ("text", Text(), 97), ("sentAt", When(), 70), ("buyerTimeZone", Mostly(Quoted(["America/New_York", "Asia/Shanghai", "Europe/Berlin", "Pacific/Kiritimati", "Etc/GMT+12", "UTC"]), Quoted(Zones)), 40), ("deliveredAt", When(), 60),
        ("existingReview", Gen.Choose(-1, 7).Select(s => "{\"stars\":" + s.ToString(CultureInfo.InvariantCulture) + "}"), 20),
        ("previousRequests", Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(When(), n)).Select(a => "[" + string.Join(",", a) + "]"), 30));

    private static Gen<string> Campaign()
    {
        var days = Pick(["0", "7", "-3650", "3650", "3650.5", "-0.0001", "1e-28", "30", "365"]);
        var schedule = Object(
            ("daysAfterDelivery", days, 50), ("hoursAfterDelivery", days, 20), ("reminders", Pick(["0", "1", "3", "1000", "1001", "-1"]), 60),
            ("reminderIntervalDays", days, 40), ("reminderIntervalHours", days, 20), ("sendAtLocalTime", Quoted(["10:00", "23:59", "24:00", "09:30:00", "noon", ""]), 40));
        var audience = Gen.OneOf(
            Quoted(["all", "everyone", "happy buyers", "4-5 star buyers", "满意的买家", "", "none"]),
            Object(("minStars", Gen.Choose(-1, 7).Select(s => s.ToString(CultureInfo.InvariantCulture)), 50), ("minSatisfactionScore", Pick(["8", "-1", "1e28", "0.5"]), 30), ("satisfiedOnly", Bool(), 30), ("excludesComplaints", Bool(), 30), ("description", Text(), 30)));
        var incentive = Gen.OneOf(
            Quoted(["none", "10% off", "好评返现5元", ""]),
            Pick(["false", "true", "null"]),
            Object(("description", Text(), 80), ("condition", Quoted(["any-review", "positive-review", "changed-or-removed-review", "follow-up-review", "5-star", "x"]), 70)));
        var campaign = Object(
            ("name", Quoted(Names), 30), ("platform", Mostly(Quoted(["amazon", "aliexpress", "ebay", "own-site", "taobao"]), Quoted(Platforms)), 97), ("buyerMarket", Mostly(Quoted(["US", "GB", "DE", "CN", "FR", "UK", "EU"]), Quoted(Markets)), 97), ("template", Text(), 97), ("text", Text(), 10),
            ("audience", audience, 60), ("incentive", incentive, 50), ("schedule", schedule, 60));
        return Object(("id", Quoted(Names), 90), ("platform", Quoted(Platforms), 10), ("campaign", campaign, 100));
    }

    private static Gen<string> Feedback()
    {
        var rating = Mostly(Gen.Choose(1, 5).Select(s => s.ToString(CultureInfo.InvariantCulture)), Pick(["0", "6", "-1", "4.5", "\"5\"", "1e9"]));
        return Object(
            ("ratee", Mostly(Quoted(["S1", "S2", "店铺"]), Quoted(Names)), 99), ("rater", Mostly(Quoted(["B1", "B2", "买家", "B3"]), Quoted(["", " ", "\\u0000"])), 99),
            ("orderId", Mostly(Quoted(["O1", "O2", "O3"]), Quoted(["", " "])), 60), ("itemId", Quoted(["A", "B"]), 40),
            ("stars", rating, 99), ("at", Gen.OneOf(When(), Date()), 99), ("auto", Bool(), 30), ("removed", Bool(), 30),
            ("dsr", Object(("description", rating, 60), ("service", rating, 60), ("shipping", rating, 60)), 30));
    }

    private sealed class Stats
    {
        public int Lines { get; set; }

        public int Errors { get; set; }

        public int Unevaluated { get; set; }

        /// <summary>Error lines by the message up to its first quote or digit (the field and the kind of problem).</summary>
        public Dictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

        public void Count(string message)
        {
            var end = message.IndexOfAny(['\'', '"', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
            var kind = end < 0 ? message : message[..end];
            Kinds[kind] = Kinds.GetValueOrDefault(kind) + 1;
        }
    }
}

/// <summary>Small generator helpers.</summary>
internal static class GenExtensions
{
    /// <summary>Mostly <paramref name="gen"/>, sometimes <paramref name="other"/> (weights <paramref name="otherWeight"/> : <paramref name="genWeight"/>).</summary>
    public static Gen<T> Or<T>(this Gen<T> gen, Gen<T> other, int otherWeight, int genWeight) => Gen.Frequency((genWeight, gen), (otherWeight, other));
}
