using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>An amount the seller held back from a refund, and why (for example a restocking fee).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Deduction
{
    /// <summary>Creates a deduction.</summary>
    /// <param name="kind">What was deducted; must not be <c>default</c>.</param>
    /// <param name="amount">How much; not negative.</param>
    /// <exception cref="InvalidReturnCaseException">A field is invalid; <see cref="InvalidReturnCaseException.Field"/> names it.</exception>
    public Deduction(DeductionKind kind, Money amount)
    {
        if (kind.Name.Length == 0)
        {
            ReturnValidation.Fail("kind", "is required (got default(DeductionKind)).");
        }

        ReturnValidation.Money(amount, "amount");
        Kind = kind;
        Amount = amount;
    }

    /// <summary>What was deducted.</summary>
    public DeductionKind Kind { get; }

    /// <summary>How much was deducted.</summary>
    public Money Amount { get; }
}

/// <summary>One refund payment: when, how much, by which method, and what was deducted from it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Refund
{
    /// <summary>Creates a refund.</summary>
    /// <param name="on">The day the refund was made (initiated).</param>
    /// <param name="amount">The amount refunded; not negative.</param>
    /// <param name="method">The payment method used, e.g. <c>card</c> (compared with the order's ignoring case).</param>
    /// <param name="buyerAgreedToMethod">Whether the buyer expressly agreed to a method other than the original one.</param>
    /// <param name="deductions">What the seller deducted, in the refund's currency; null means none.</param>
    /// <exception cref="InvalidReturnCaseException">A field is invalid; <see cref="InvalidReturnCaseException.Field"/> names it.</exception>
    public Refund(LocalDate on, Money amount, string method, bool buyerAgreedToMethod = false, IEnumerable<Deduction>? deductions = null)
    {
        ReturnValidation.Date(on, "on");
        ReturnValidation.Money(amount, "amount");
        Method = ReturnValidation.Text(method, "method");
        var list = deductions is null ? ImmutableArray<Deduction>.Empty : ImmutableArray.CreateRange(deductions);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                ReturnValidation.Fail($"deductions[{i}]", "must not be null.");
            }

            ReturnValidation.SameCurrency(list[i].Amount, amount.Currency, $"deductions[{i}].amount", "the refund amount");
        }

        On = on;
        Amount = amount;
        BuyerAgreedToMethod = buyerAgreedToMethod;
        Deductions = list;
    }

    /// <summary>The day the refund was made.</summary>
    public LocalDate On { get; }

    /// <summary>The amount refunded.</summary>
    public Money Amount { get; }

    /// <summary>The payment method used.</summary>
    public string Method { get; }

    /// <summary>Whether the buyer expressly agreed to a different method.</summary>
    public bool BuyerAgreedToMethod { get; }

    /// <summary>What the seller deducted from this refund.</summary>
    public ImmutableArray<Deduction> Deductions { get; }
}

/// <summary>The seller's refusal of the return, with the reason it gave (reported, never decisive).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Refusal
{
    /// <summary>Creates a refusal.</summary>
    /// <param name="on">The day the seller refused.</param>
    /// <param name="reason">The reason the seller gave.</param>
    /// <exception cref="InvalidReturnCaseException">A field is invalid; <see cref="InvalidReturnCaseException.Field"/> names it.</exception>
    public Refusal(LocalDate on, RefusalReason reason)
    {
        ReturnValidation.Date(on, "on");
        if (reason is < RefusalReason.WindowExpired or > RefusalReason.Other)
        {
            ReturnValidation.Fail("reason", $"{(int)reason} is not a defined RefusalReason.");
        }

        On = on;
        Reason = reason;
    }

    /// <summary>The day the seller refused.</summary>
    public LocalDate On { get; }

    /// <summary>The reason the seller gave.</summary>
    public RefusalReason Reason { get; }
}
