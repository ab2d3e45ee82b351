using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Reputation.Rules.Returns;

/// <summary>The built-in return rules, one small class each; they only read the <see cref="ReturnRuleContext"/>.</summary>
internal static class BuiltInReturnRules
{
    /// <summary>Every built-in rule, in catalog order (the order of <see cref="ReturnRuleDescriptors.All"/>).</summary>
    public static ImmutableArray<IReturnRule> All { get; } =
    [
        new PartialRefundRule(),
        new RefusedRule(),
        new LateRule(),
        new PaymentMethodRule(),
        new PolicyBelowLawRule(),
        new DueSoonRule(),
        new NoLawProfileRule(),
        new CalendarEstimateRule(),
    ];

    internal static string Iso(NodaTime.LocalDate date) => ReturnValidation.Iso(date);

    internal static string Amount(Money money) => money.FormatAmount();

    internal static string Text(Money money) => money.ToString();

    internal static string Layer(PolicyLayer layer) => ReturnWireNames.Of(layer);

    /// <summary><c>RET-PARTIAL-REFUND</c>.</summary>
    private sealed class PartialRefundRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.PartialRefund;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            // The issue's table: "at least one refund exists and refunds dated on or before asOf total less than the
            // amount due". A refund dated after asOf exists (so the case is not simply unrefunded) but does not count.
            if (context.RefundedInFull || context.Case.Refunds.IsEmpty)
            {
                return null;
            }

            var shortfall = context.AmountDue - context.Refunded;
            var evidence = new List<EvidenceItem>
            {
                new("amountDue", Amount(context.AmountDue)),
                new("refunded", Amount(context.Refunded)),
                new("shortfall", Amount(shortfall)),
            };
            var message = new StringBuilder($"Refunded {Text(context.Refunded)} of {Text(context.AmountDue)} due ({Text(shortfall)} short).");
            Citation? citation = null;
            foreach (var decision in context.PolicyRef.Deductions)
            {
                if (!decision.ExceedsAllowance)
                {
                    continue;
                }

                citation ??= decision.Citation;
                evidence.Add(new("deduction." + decision.Kind.Name, $"declared {Amount(decision.Declared)}, allowed {Amount(decision.Allowed)}"));
                message.Append(decision.IsForbidden
                    ? $" Deducting {decision.Kind} ({Text(decision.Declared)}) is not allowed ({decision.Citation})."
                    : $" {decision.Kind} is capped at {Text(decision.Allowed)} (declared {Text(decision.Declared)}; {decision.Citation}).");
            }

            citation ??= context.PolicyRef.LawApplies && context.PolicyRef.Law!.RefundCitation is { } lawCitation ? lawCitation : ReturnCitations.SellerFullRefund;
            return new Finding(Descriptor.Id, Descriptor.DefaultSeverity, message.ToString(), citation, [.. evidence]);
        }
    }

    /// <summary><c>RET-REFUSED</c>.</summary>
    private sealed class RefusedRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.Refused;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            if (context.Refusal is not { } refusal || context.RefusalValid != false)
            {
                return null;
            }

            var request = context.Case.Return;
            var window = context.PolicyRef.ReturnWindowEnds;
            var exempt = context.PolicyRef.GoodsExempt;
            var message =
                $"The refusal of {Iso(refusal.On)} ('{ReturnWireNames.Of(refusal.Reason)}') is not valid: the request of {Iso(request.RequestedOn)} " +
                $"was within the return window ending {Iso(window.Value)} ({window.Citation}), and {ReturnWireNames.Of(request.Goods)} goods " +
                $"returned as {ReturnWireNames.Of(request.Reason)} are not exempt ({exempt.Citation}).";
            return new Finding(
                Descriptor.Id,
                Descriptor.DefaultSeverity,
                message,
                window.Citation,
                [
                    new("refusalOn", Iso(refusal.On)),
                    new("refusalReason", ReturnWireNames.Of(refusal.Reason)),
                    new("requestedOn", Iso(request.RequestedOn)),
                    new("returnWindowEnds", Iso(window.Value)),
                    new("windowSetBy", Layer(window.Layer)),
                    new("goods", ReturnWireNames.Of(request.Goods)),
                    new("reason", ReturnWireNames.Of(request.Reason)),
                    new("exemptionDecidedBy", exempt.Citation.ToString()),
                ]);
        }
    }

    /// <summary><c>RET-LATE</c>.</summary>
    private sealed class LateRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.Late;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            if (context.PolicyRef.RefundDueBy is not { } due || context.AsOf <= due.Value || context.RefundedInFullByDeadline)
            {
                return null;
            }

            var message =
                $"A refund of {Text(context.AmountDue)} was due by {Iso(due.Value)} ({due.Citation}); by then {Text(context.RefundedByDeadline)} " +
                $"had been refunded, and {Text(context.Refunded)} by {Iso(context.AsOf)}.";
            return new Finding(
                Descriptor.Id,
                Descriptor.DefaultSeverity,
                message,
                due.Citation,
                [
                    new("refundDueBy", Iso(due.Value)),
                    new("deadlineSetBy", Layer(due.Layer)),
                    new("amountDue", Amount(context.AmountDue)),
                    new("refundedByDeadline", Amount(context.RefundedByDeadline)),
                    new("refunded", Amount(context.Refunded)),
                ]);
        }
    }

    /// <summary><c>RET-PAYMENT-METHOD</c>.</summary>
    private sealed class PaymentMethodRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.PaymentMethod;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            var original = context.Case.Order.PaymentMethod;
            SortedSet<string>? methods = null;
            var count = 0;
            var total = 0m;
            // Every refund of the case, whatever its date: the table's "a refund whose method differs".
            foreach (var refund in context.Case.Refunds)
            {
                if (refund.BuyerAgreedToMethod || string.Equals(refund.Method, original, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                methods ??= new SortedSet<string>(StringComparer.Ordinal);
                methods.Add(refund.Method);
                count++;
                total += refund.Amount.Amount;
            }

            if (methods is null)
            {
                return null;
            }

            var totalMoney = new Money(total, context.Case.Order.Currency);

            // Every case requires the original method (the seller layer always does); name the strictest layer.
            var required = context.PolicyRef.OriginalPaymentMethodRequired;

            var list = string.Join(", ", methods);
            var message =
                $"{count.ToString(CultureInfo.InvariantCulture)} refund(s) totalling {Text(totalMoney)} went to {list} instead of the original payment method " +
                $"'{original}' without the buyer's express agreement ({required.Citation}). The money still counts as refunded.";
            return new Finding(
                Descriptor.Id,
                Descriptor.DefaultSeverity,
                message,
                required.Citation,
                [
                    new("orderPaymentMethod", original),
                    new("refundMethods", list),
                    new("refundCount", count.ToString(CultureInfo.InvariantCulture)),
                    new("amount", Amount(totalMoney)),
                    new("requiredBy", Layer(required.Layer)),
                ]);
        }
    }

    /// <summary><c>RET-POLICY-BELOW-LAW</c>: (a) window below a minimum, (b) a forbidden restocking fee, (c) a slower refund promise than the marketplace's.</summary>
    private sealed class PolicyBelowLawRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.PolicyBelowLaw;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            ref readonly var policy = ref context.PolicyRef;
            var seller = policy.Seller;
            var law = policy.LawApplies ? policy.Law : null;
            var marketplace = policy.Marketplace;

            // (a) the seller's window is shorter than an applicable layer's minimum: report the largest minimum missed.
            int? minimum = null;
            Citation? minimumCitation = null;
            PolicyLayer minimumLayer = PolicyLayer.Law;
            if (law?.MinimumReturnWindowDays is { } lawMinimum && seller.ReturnWindowDays < lawMinimum)
            {
                minimum = lawMinimum;
                minimumCitation = law.WindowCitation;
            }

            if (marketplace?.MinimumReturnWindowDays is { } marketMinimum && seller.ReturnWindowDays < marketMinimum && (minimum is null || marketMinimum > minimum))
            {
                minimum = marketMinimum;
                minimumCitation = marketplace.WindowCitation;
                minimumLayer = PolicyLayer.Marketplace;
            }

            // (b) a declared restocking fee where the applicable law forbids it.
            var restockingForbidden = seller.RestockingFeePercent > 0m && law is { ForbidsRestockingFee: true };

            // (c) the seller's refund deadline for this case falls after the marketplace's.
            var slowerThanMarketplace = policy.SellerRefundDeadline is { } sellerDue && policy.MarketplaceRefundDeadline is { } marketDue && sellerDue > marketDue;

            if (minimum is null && !restockingForbidden && !slowerThanMarketplace)
            {
                return null;
            }

            var evidence = new List<EvidenceItem>();
            var parts = new List<string>();
            Citation? citation = null;
            if (minimum is { } m)
            {
                citation = minimumCitation;
                evidence.Add(new("returnWindowDays", seller.ReturnWindowDays.ToString(CultureInfo.InvariantCulture)));
                evidence.Add(new("minimumReturnWindowDays", m.ToString(CultureInfo.InvariantCulture)));
                evidence.Add(new("minimumSetBy", Layer(minimumLayer)));
                parts.Add($"the return window of {seller.ReturnWindowDays.ToString(CultureInfo.InvariantCulture)} days is shorter than the {m.ToString(CultureInfo.InvariantCulture)} days required ({minimumCitation})");
            }

            if (restockingForbidden)
            {
                var banCitation = law!.Kind switch
                {
                    LawProfile.LawKind.Eu => ReturnCitations.EuNoRestockingFee,
                    LawProfile.LawKind.Gb => ReturnCitations.GbNoRestockingFee,
                    _ => law.DeductionCitationFor(DeductionKind.RestockingFee),
                };
                citation ??= banCitation;
                evidence.Add(new("restockingFeePercent", seller.RestockingFeePercent.ToString(CultureInfo.InvariantCulture)));
                evidence.Add(new("restockingFeeForbiddenBy", law.Id));
                parts.Add($"a {seller.RestockingFeePercent.ToString(CultureInfo.InvariantCulture)}% restocking fee is declared but {law.Id} law forbids it ({banCitation})");
            }

            if (slowerThanMarketplace)
            {
                citation ??= marketplace!.Citation;
                evidence.Add(new("sellerRefundDeadline", Iso(policy.SellerRefundDeadline!.Value)));
                evidence.Add(new("marketplaceRefundDeadline", Iso(policy.MarketplaceRefundDeadline!.Value)));
                evidence.Add(new("refundWithinWorkingDays", seller.RefundWithinWorkingDays.ToString(CultureInfo.InvariantCulture)));
                parts.Add($"the seller's refund promise ({Iso(policy.SellerRefundDeadline.Value)}) is later than {marketplace!.DisplayName}'s ({Iso(policy.MarketplaceRefundDeadline.Value)}; {marketplace.Citation})");
            }

            var message = "The seller's policy is below what applies here: " + string.Join("; ", parts) + ".";
            return new Finding(Descriptor.Id, Descriptor.DefaultSeverity, message, citation, [.. evidence]);
        }
    }

    /// <summary><c>RET-DUE-SOON</c>.</summary>
    private sealed class DueSoonRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.DueSoon;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            if (context.WorkingDaysUntilDue is not { } left || left < 0 || left > context.DueSoonWorkingDays
                || context.RefundedInFull || context.PolicyRef.RefundDueBy is not { } due)
            {
                return null;
            }

            var outstanding = context.AmountDue - context.Refunded;
            var market = context.DueSoonCalendarMarket?.Value ?? context.Case.BuyerMarket.Value;
            var message =
                $"{Text(outstanding)} is still to be refunded by {Iso(due.Value)} ({due.Citation}): {left.ToString(CultureInfo.InvariantCulture)} " +
                $"working day(s) left on the {market} calendar.";
            return new Finding(
                Descriptor.Id,
                Descriptor.DefaultSeverity,
                message,
                due.Citation,
                [
                    new("refundDueBy", Iso(due.Value)),
                    new("deadlineSetBy", Layer(due.Layer)),
                    new("workingDaysLeft", left.ToString(CultureInfo.InvariantCulture)),
                    new("calendar", market),
                    new("outstanding", Amount(outstanding)),
                ]);
        }
    }

    /// <summary><c>RET-NO-LAW-PROFILE</c>.</summary>
    private sealed class NoLawProfileRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.NoLawProfile;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            if (context.PolicyRef.Law is not null)
            {
                return null;
            }

            var market = context.Case.BuyerMarket.Value;
            return new Finding(
                Descriptor.Id,
                Descriptor.DefaultSeverity,
                $"There is no law profile for the buyer market {market}: no statutory layer applies, so the seller and marketplace layers decide.",
                citation: null,
                [new("buyerMarket", market)]);
        }
    }

    /// <summary><c>RET-CALENDAR-ESTIMATE</c>.</summary>
    private sealed class CalendarEstimateRule : IReturnRule
    {
        public RuleDescriptor Descriptor => ReturnRuleDescriptors.CalendarEstimate;

        public Finding? Evaluate(in ReturnRuleContext context)
        {
            if (context.EstimatedCalendar is not { } first)
            {
                return null;
            }

            var markets = context.SecondEstimatedCalendar is { } second ? first.Value + ", " + second.Value : first.Value;
            return new Finding(
                Descriptor.Id,
                Descriptor.DefaultSeverity,
                $"Working days were counted on a Saturday–Sunday weekend without public holidays for {markets}: no holiday data covers the dates, so the deadline is an estimate.",
                citation: null,
                [new("markets", markets)]);
        }
    }
}
