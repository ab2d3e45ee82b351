using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>Validation helpers shared by the return-case value objects; the throw is kept out of line.</summary>
internal static class ReturnValidation
{
    /// <summary>The earliest date a return case may use.</summary>
    public static readonly LocalDate MinDate = new(1970, 1, 1);

    /// <summary>The latest date a return case may use (leaves room for +12 months and working-day counts).</summary>
    public static readonly LocalDate MaxDate = new(2190, 12, 31);

    /// <summary>The largest amount a case may state (keeps every sum far from decimal overflow).</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    [DoesNotReturn]
    public static void Fail(string field, string problem) => throw new InvalidReturnCaseException(field, problem);

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static void Date(LocalDate date, string field)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            Fail(field, $"only ISO calendar dates are supported (got {date.Calendar.Id}).");
        }

        var year = date.Year;
        if (year < MinDate.Year || year > MaxDate.Year)
        {
            Fail(field, $"{Iso(date)} is outside the supported range {Iso(MinDate)}–{Iso(MaxDate)}.");
        }
    }

    public static void Money(Money money, string field)
    {
        if (money.Currency.Code.Length == 0)
        {
            Fail(field, "must have a currency (got default(Money)).");
        }

        if (money.IsNegative)
        {
            Fail(field, $"must not be negative (got {money}).");
        }

        if (money.Amount > MaxAmount)
        {
            Fail(field, $"must be at most {MaxAmount.ToString(CultureInfo.InvariantCulture)} (got {money}).");
        }
    }

    public static void SameCurrency(Money money, Currency expected, string field, string expectedField)
    {
        if (money.Currency != expected)
        {
            Fail(field, $"currency {money.Currency.Code} differs from {expectedField}'s currency {expected.Code}; a case uses one currency.");
        }
    }

    public static string Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(field, value is null ? "is required." : "must not be empty.");
        }

        return value;
    }
}
