using System.Collections.Generic;
using NodaTime;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;

namespace Reputation.Rules.Benchmarks;

/// <summary>
/// The few steps of the returns checks that neither anchor engine can write as a plain expression — nullable-date
/// arithmetic and the working-day calendar — as static functions the rules call on every evaluation (RulesEngine
/// registers this type in <c>ReSettings.CustomTypes</c>; NRules calls it from its conditions and actions). They do the
/// same work as the matching lines of <see cref="ReturnsBenchmarks.HandWritten"/>, nothing is precomputed per case.
/// </summary>
public static class ReturnsAnchorFunctions
{
    /// <summary>The date if it is known by <paramref name="asOf"/>, else null (facts dated later are ignored).</summary>
    /// <param name="date">A date of the case, if any.</param>
    /// <param name="asOf">The date the case is judged as of.</param>
    /// <returns>The date or null.</returns>
    public static LocalDate? KnownBy(LocalDate? date, LocalDate asOf) => date is { } d && d <= asOf ? d : null;

    /// <summary>
    /// The EU deadline: 14 days after the buyer informed the seller if the seller collects, else the later of that and
    /// the earlier of receipt and evidence of sending; null outside the EU, before the request or with neither.
    /// </summary>
    /// <param name="eu">Whether the buyer's market is an EU member.</param>
    /// <param name="requestedOn">When the buyer asked to withdraw.</param>
    /// <param name="asOf">The date the case is judged as of.</param>
    /// <param name="offersCollection">Whether the seller collects the goods.</param>
    /// <param name="received">When the seller got the goods back, if known by <paramref name="asOf"/>.</param>
    /// <param name="evidence">When the buyer proved sending, if known by <paramref name="asOf"/>.</param>
    /// <returns>The EU deadline or null.</returns>
    public static LocalDate? EuRefundDue(bool eu, LocalDate requestedOn, LocalDate asOf, bool offersCollection, LocalDate? received, LocalDate? evidence)
    {
        if (!eu || requestedOn > asOf)
        {
            return null;
        }

        var fourteen = requestedOn.PlusDays(14);
        if (offersCollection)
        {
            return fourteen;
        }

        if (received is null && evidence is null)
        {
            return null;
        }

        var withheld = received is { } a && evidence is { } b ? (a < b ? a : b) : (received ?? evidence)!.Value;
        return withheld > fourteen ? withheld : fourteen;
    }

    /// <summary>The seller's deadline: <paramref name="workingDays"/> working days after receipt on the calendar, or null before receipt.</summary>
    /// <param name="calendar">The buyer market's calendar.</param>
    /// <param name="received">When the seller got the goods back, if known.</param>
    /// <param name="workingDays">The seller's promise in working days.</param>
    /// <returns>The seller's deadline or null.</returns>
    public static LocalDate? SellerRefundDue(WorkingDayCalendar calendar, LocalDate? received, int workingDays) =>
        received is { } back ? calendar.AddWorkingDays(back, workingDays) : null;

    /// <summary>The deadline in force: the earlier of the two, or none after a valid refusal.</summary>
    /// <param name="refusalValid">Whether a valid refusal was made.</param>
    /// <param name="euDue">The EU deadline, if any.</param>
    /// <param name="sellerDue">The seller's deadline, if any.</param>
    /// <returns>The deadline or null.</returns>
    public static LocalDate? RefundDue(bool refusalValid, LocalDate? euDue, LocalDate? sellerDue) =>
        refusalValid ? null : euDue is { } eu && sellerDue is { } seller ? (seller < eu ? seller : eu) : euDue ?? sellerDue;

    /// <summary>Whether <paramref name="date"/> is after <paramref name="deadline"/> (false without a deadline).</summary>
    /// <param name="date">A date.</param>
    /// <param name="deadline">A deadline, if any.</param>
    /// <returns>Whether the date is past the deadline.</returns>
    public static bool IsAfter(LocalDate date, LocalDate? deadline) => deadline is { } d && date > d;

    /// <summary>Whether <paramref name="date"/> is on or before <paramref name="deadline"/> (false without a deadline).</summary>
    /// <param name="date">A date.</param>
    /// <param name="deadline">A deadline, if any.</param>
    /// <returns>Whether the date is not past the deadline.</returns>
    public static bool IsOnOrBefore(LocalDate date, LocalDate? deadline) => deadline is { } d && date <= d;

    /// <summary>Working days from <paramref name="from"/> to <paramref name="deadline"/> on the calendar (<see cref="int.MaxValue"/> without a deadline).</summary>
    /// <param name="calendar">The buyer market's calendar.</param>
    /// <param name="from">The first date.</param>
    /// <param name="deadline">The deadline, if any.</param>
    /// <returns>The number of working days.</returns>
    public static int WorkingDaysUntil(WorkingDayCalendar calendar, LocalDate from, LocalDate? deadline) =>
        deadline is { } d ? calendar.WorkingDaysBetween(from, d) : int.MaxValue;

    /// <summary>Whether the calendar has holiday data for both dates (true when <paramref name="to"/> is null).</summary>
    /// <param name="calendar">The buyer market's calendar.</param>
    /// <param name="from">The first date, if any (null: nothing to check).</param>
    /// <param name="to">The second date, if any (null: nothing to check).</param>
    /// <returns>Whether both dates are covered.</returns>
    public static bool IsCovered(WorkingDayCalendar calendar, LocalDate? from, LocalDate? to) =>
        from is not { } a || to is not { } b || calendar.IsCovered(a, b);

    /// <summary>
    /// The case's refunds as a sequence: Dynamic LINQ (under RulesEngine) cannot call <c>Enumerable.Where</c> on the
    /// <see cref="System.Collections.Immutable.ImmutableArray{T}"/> struct itself, so the expressions start from this.
    /// </summary>
    /// <param name="returnCase">The case.</param>
    /// <returns>The refunds.</returns>
    public static IEnumerable<Refund> RefundsOf(ReturnCase returnCase) => returnCase.Refunds;

    /// <summary>A refund's deductions as a sequence (same reason as <see cref="RefundsOf"/>).</summary>
    /// <param name="refund">The refund.</param>
    /// <returns>The deductions.</returns>
    public static IEnumerable<Deduction> DeductionsOf(Refund refund) => refund.Deductions;
}
