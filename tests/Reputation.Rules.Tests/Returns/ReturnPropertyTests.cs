using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reputation.Rules.Returns;
using Reputation.Rules.Testing;
using static Reputation.Rules.Tests.Returns.ReturnTestCases;

namespace Reputation.Rules.Tests.Returns;

using Money = global::Reputation.Rules.Money;

/// <summary>Laws of the engine over random valid cases (markets with and without law profiles and holiday data, 2025–2027).</summary>
public sealed class ReturnPropertyTests : IDisposable
{
    // Counts the cases that met each conditional property's premise; checked after the property's run (see PremiseTally).
    private readonly PremiseTally _premises = new();

    private static readonly string[] Buyers = ["DE", "FR", "IT", "GB", "CN", "KR", "BR", "RU", "JP", "AU", "US", "AE", "SA", "CA"];
    private static readonly string[] Sellers = ["CN", "DE", "US", "GB", "FR", "BR", "RU", "KR", "JP"];
    private static readonly string?[] Marketplaces = [null, null, "amazon", "ebay", "aliexpress"];
    private static readonly string[] Kinds =
    [
        "buyer-requested", "return-shipping", "restocking-fee", "express-delivery-premium", "diminished-value",
        "card-fee", "promotion-repricing", "lost-free-shipping", "unreturned-gift", "handling-fee",
    ];

    private static readonly LocalDate Origin = new(2025, 1, 1);

    /// <summary>A random case, the as-of date, a permutation of its refunds, and a refund index with a delay.</summary>
    internal sealed record Sample(ReturnCase Case, LocalDate AsOf, Refund[] Shuffled, int Index, int Delay)
    {
        public override string ToString() =>
            $"{Case.CaseId} buyer={Case.BuyerMarket} seller={Case.SellerMarket} mp={Case.Marketplace ?? "-"} asOf={AsOf} " +
            $"delivered={Case.Order.DeliveredOn} requested={Case.Return.RequestedOn} received={Case.Return.ReceivedOn} refunds={Case.Refunds.Length}";
    }

    private static Gen<Deduction> Deductions() =>
        from kind in Gen.Elements(Kinds)
        from cents in Gen.Choose(0, 2000)
        select new Deduction(new DeductionKind(kind), M(cents / 100m));

    private static Gen<Refund> Refunds(LocalDate delivered) =>
        from offset in Gen.Choose(0, 90)
        from cents in Gen.Choose(0, 120000)
        from method in Gen.Elements("card", "card", "paypal")
        from agreed in Gen.Elements(false, false, true)
        from count in Gen.Choose(0, 2)
        from deductions in Gen.ArrayOf(Deductions(), count)
        select new Refund(delivered.PlusDays(offset), M(cents / 100m), method, agreed, deductions);

    private static Gen<SellerPolicy?> Policies() =>
        Gen.OneOf(
            Gen.Constant<SellerPolicy?>(null),
            from window in Gen.Choose(0, 60)
            from refundDays in Gen.Choose(0, 10)
            from flags in Gen.Choose(0, 31)
            from percent in Gen.Choose(0, 20)
            select (SellerPolicy?)new SellerPolicy
            {
                ReturnWindowDays = window,
                RefundWithinWorkingDays = refundDays,
                WithdrawalInfoGiven = (flags & 1) == 0,
                BuyerPaysReturnInformed = (flags & 2) != 0,
                OffersCollection = (flags & 4) != 0,
                ReturnTermsDisplayed = (flags & 8) == 0,
                RestockingFeePercent = (flags & 16) != 0 ? percent : 0m,
            });

    private static Arbitrary<Sample> Samples()
    {
        var gen =
            from buyer in Gen.Elements(Buyers)
            from seller in Gen.Elements(Sellers)
            from marketplace in Gen.Elements(Marketplaces)
            from items in Gen.Choose(0, 100000)
            from delivery in Gen.Choose(0, 3000)
            from standard in Gen.Choose(0, 3000)
            from deliveredOffset in Gen.Choose(0, 700)
            from reason in Gen.Elements(ReturnReason.ChangeOfMind, ReturnReason.ChangeOfMind, ReturnReason.Faulty, ReturnReason.NotAsDescribed)
            from goods in Gen.Elements(GoodsCategory.Standard, GoodsCategory.Standard, GoodsCategory.CustomMade, GoodsCategory.Perishable, GoodsCategory.SealedHygieneOpened, GoodsCategory.SealedMediaOpened, GoodsCategory.DigitalStarted, GoodsCategory.Newspaper)
            from requestOffset in Gen.Choose(0, 60)
            from evidenceOffset in Gen.Choose(-1, 10)
            from receivedOffset in Gen.Choose(-1, 20)
            from refundCount in Gen.Choose(0, 4)
            from refusalOffset in Gen.Choose(-8, 10)
            from refusalReason in Gen.Elements(RefusalReason.WindowExpired, RefusalReason.NotReturnable, RefusalReason.NotIntact, RefusalReason.Other)
            from policy in Policies()
            from asOfOffset in Gen.Choose(0, 150)
            let delivered = Origin.PlusDays(deliveredOffset)
            let requested = delivered.PlusDays(requestOffset)
            from refunds in Gen.ArrayOf(Refunds(delivered), refundCount)
            from shuffled in Gen.Shuffle(refunds)
            from index in Gen.Choose(0, 3)
            from delay in Gen.Choose(1, 30)
            let returnCase = new ReturnCase(
                "P-" + deliveredOffset.ToString(CultureInfo.InvariantCulture),
                CountryCode.Parse(buyer),
                CountryCode.Parse(seller),
                new Order(M(items / 100m), M(delivery / 100m), "card", delivered, M(standard / 100m)),
                new ReturnRequest(
                    reason,
                    goods,
                    requested,
                    evidenceOffset < 0 ? null : requested.PlusDays(evidenceOffset),
                    receivedOffset < 0 ? null : requested.PlusDays(receivedOffset)),
                refunds,
                refusalOffset < 0 ? null : new Refusal(requested.PlusDays(refusalOffset), refusalReason),
                policy,
                marketplace)
            select new Sample(returnCase, delivered.PlusDays(asOfOffset), [.. shuffled], index, delay);
        return gen.ToArbitrary();
    }

    /// <summary>The sample's case with its <c>Index</c>-th refund (modulo the count) replaced by <paramref name="change"/>.</summary>
    private static ReturnCase WithRefundReplaced(Sample s, Func<Refund, Refund> change)
    {
        var refunds = s.Case.Refunds.ToArray();
        var i = s.Index % refunds.Length;
        refunds[i] = change(refunds[i]);
        return WithRefunds(s.Case, refunds);
    }

    private static ReturnCase WithRefunds(ReturnCase c, IEnumerable<Refund> refunds) =>
        new(c.CaseId, c.BuyerMarket, c.SellerMarket, c.Order, c.Return, refunds, c.Refusal, c.SellerPolicy, c.Marketplace);

    private static string Summary(ReturnReport r) =>
        string.Join(
            " | ",
            r.Verdict,
            r.RefundDueBy?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-",
            r.DeadlineCitation?.ToString() ?? "-",
            r.AmountDue,
            r.Refunded,
            r.RefusalValid?.ToString() ?? "-",
            string.Join(" ; ", r.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message} {f.Citation} [{string.Join(",", f.Evidence)}]")));

    [Property(MaxTest = 300)]
    public Property Random_valid_cases_never_throw_and_the_verdict_follows_the_findings() =>
        Prop.ForAll(Samples(), s =>
        {
            var report = Engine.Evaluate(s.Case, s.AsOf);
            var expected = report.Findings.Any(f => f.Severity == Severity.Violation) ? ReturnVerdict.Violation
                : report.Has("RET-DUE-SOON") ? ReturnVerdict.AtRisk
                : ReturnVerdict.Compliant;
            return report.Verdict == expected;
        });

    [Property(MaxTest = 300)]
    public Property Amount_due_is_between_zero_and_what_the_buyer_paid() =>
        Prop.ForAll(Samples(), s =>
        {
            var report = Engine.Evaluate(s.Case, s.AsOf);
            return !report.AmountDue.IsNegative && report.AmountDue <= s.Case.Order.TotalPaid;
        });

    [Property(MaxTest = 300)]
    public Property Evaluation_is_deterministic_and_independent_of_refund_order() =>
        Prop.ForAll(Samples(), s =>
        {
            var first = Summary(Engine.Evaluate(s.Case, s.AsOf));
            var again = Summary(Engine.Evaluate(s.Case, s.AsOf));
            var shuffled = Summary(Engine.Evaluate(WithRefunds(s.Case, s.Shuffled), s.AsOf));
            return first == again && first == shuffled;
        });

    [Property(MaxTest = 300)]
    public Property Refunding_later_never_turns_a_late_case_compliant() =>
        Prop.ForAll(Samples(), s =>
        {
            return _premises.When("the case has a refund", s.Case.Refunds.Length > 0, atLeast: 150, () =>
            {
                var before = Engine.Evaluate(s.Case, s.AsOf);
                var after = Engine.Evaluate(WithRefundReplaced(s, r => new Refund(r.On.PlusDays(s.Delay), r.Amount, r.Method, r.BuyerAgreedToMethod, r.Deductions)), s.AsOf);
                return !before.Has("RET-LATE") || (after.Has("RET-LATE") && after.Verdict == ReturnVerdict.Violation);
            });
        });

    [Property(MaxTest = 300)]
    public Property Raising_a_refund_to_the_amount_due_never_adds_a_partial_refund() =>
        Prop.ForAll(Samples(), s =>
        {
            return _premises.When("the case has a refund", s.Case.Refunds.Length > 0, atLeast: 150, () =>
            {
                var before = Engine.Evaluate(s.Case, s.AsOf);
                var after = Engine.Evaluate(WithRefundReplaced(s, r => new Refund(r.On, Money.Max(r.Amount, before.AmountDue), r.Method, r.BuyerAgreedToMethod, r.Deductions)), s.AsOf);
                return before.Has("RET-PARTIAL-REFUND") || !after.Has("RET-PARTIAL-REFUND");
            });
        });

    [Property(MaxTest = 300)]
    public Property A_full_refund_by_the_deadline_to_the_original_method_leaves_no_refund_violation() =>
        Prop.ForAll(Samples(), s =>
        {
            var before = Engine.Evaluate(s.Case, s.AsOf);
            var dueBy = before.RefundDueBy;
            return _premises.When("the refund deadline is on or before the as-of date", dueBy is { } passed && passed <= s.AsOf, atLeast: 60, () =>
            {
                var full = new Refund(LocalDate.Max(dueBy!.Value, s.Case.Order.DeliveredOn), s.Case.Order.TotalPaid, s.Case.Order.PaymentMethod);
                var after = Engine.Evaluate(WithRefunds(s.Case, [full]), s.AsOf);
                return !after.Has("RET-LATE") && !after.Has("RET-PARTIAL-REFUND") && !after.Has("RET-PAYMENT-METHOD") && !after.Has("RET-DUE-SOON");
            });
        });

    public void Dispose() => _premises.Verify();
}
