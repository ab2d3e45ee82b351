using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.Returns;

namespace Reputation.Rules.Tests.Returns;

using Money = global::Reputation.Rules.Money;

/// <summary>Builds return cases with readable defaults: a DE buyer and seller, 100.00 EUR paid by card, delivered 2026-03-02.</summary>
internal static class ReturnTestCases
{
    public static ReturnComplianceEngine Engine { get; } = ReturnComplianceEngine.CreateDefault();

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    public static Money M(decimal amount, string currency = "EUR") => new(amount, currency);

    public static ReturnCase Make(
        string buyer = "DE",
        string seller = "DE",
        string? marketplace = null,
        decimal items = 100m,
        decimal delivery = 0m,
        decimal? standardDelivery = null,
        string currency = "EUR",
        string method = "card",
        string delivered = "2026-03-02",
        ReturnReason reason = ReturnReason.ChangeOfMind,
        GoodsCategory goods = GoodsCategory.Standard,
        string requested = "2026-03-05",
        string? evidence = null,
        string? received = null,
        IEnumerable<Refund>? refunds = null,
        Refusal? refusal = null,
        SellerPolicy? policy = null,
        string caseId = "T-1") =>
        new(
            caseId,
            CountryCode.Parse(buyer),
            CountryCode.Parse(seller),
            new Order(M(items, currency), M(delivery, currency), method, D(delivered), standardDelivery is { } s ? M(s, currency) : null),
            new ReturnRequest(reason, goods, D(requested), evidence is null ? null : D(evidence), received is null ? null : D(received)),
            refunds,
            refusal,
            policy,
            marketplace);

    public static Refund Refund(string on, decimal amount, string currency = "EUR", string method = "card", bool agreed = false, params (string Kind, decimal Amount)[] deductions) =>
        new(D(on), M(amount, currency), method, agreed, deductions.Select(d => new Deduction(new DeductionKind(d.Kind), M(d.Amount, currency))));

    public static Refusal Refusal(string on, RefusalReason reason = RefusalReason.NotReturnable) => new(D(on), reason);

    public static ReturnReport Eval(ReturnCase returnCase, string asOf) => Engine.Evaluate(returnCase, D(asOf));

    public static string[] Ids(ReturnReport report) => [.. report.Findings.Select(f => f.RuleId.Value)];
}
