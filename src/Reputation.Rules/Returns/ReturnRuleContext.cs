using NodaTime;

namespace Reputation.Rules.Returns;

/// <summary>
/// What every return rule sees: the case, the as-of date, the effective policy and the amounts the engine derived.
/// Facts dated after <see cref="AsOf"/> (receipt, evidence, refusal) are treated as not having happened, and refunds dated
/// after it count towards no total; <see cref="Case"/> still lists every refund.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe; it reads the report being built without copying it.</remarks>
public readonly struct ReturnRuleContext
{
    private readonly ReturnReport _report;
    private readonly decimal _refundedByDeadline;
    private readonly bool _refundedInFull;

    internal ReturnRuleContext(
        ReturnReport report,
        bool refundedInFull,
        decimal refundedByDeadline,
        Refusal? refusal,
        int? workingDaysUntilDue,
        int dueSoonWorkingDays,
        CountryCode? dueSoonCalendarMarket,
        CountryCode? estimatedCalendar,
        CountryCode? secondEstimatedCalendar)
    {
        _report = report;
        _refundedByDeadline = refundedByDeadline;
        _refundedInFull = refundedInFull;
        Refusal = refusal;
        WorkingDaysUntilDue = workingDaysUntilDue;
        DueSoonWorkingDays = dueSoonWorkingDays;
        DueSoonCalendarMarket = dueSoonCalendarMarket;
        EstimatedCalendar = estimatedCalendar;
        SecondEstimatedCalendar = secondEstimatedCalendar;
    }

    /// <summary>The case.</summary>
    public ReturnCase Case => _report.Case;

    /// <summary>The date the case is judged as of.</summary>
    public LocalDate AsOf => _report.AsOf;

    /// <summary>The effective policy (layers combined, strictest wins).</summary>
    public EffectivePolicy Policy => _report.Policy;

    /// <summary>The effective policy by reference (hot-path access for the built-in rules: no copy).</summary>
    internal ref readonly EffectivePolicy PolicyRef => ref _report.PolicyRef;

    /// <summary>The amount the seller must refund (see <see cref="ReturnReport.AmountDue"/>).</summary>
    public Money AmountDue => _report.AmountDue;

    /// <summary>The total of refunds dated on or before <see cref="AsOf"/>.</summary>
    public Money Refunded => _report.Refunded;

    /// <summary>The total of refunds dated on or before the refund deadline (and <see cref="AsOf"/>); zero without a deadline.</summary>
    public Money RefundedByDeadline => new(_refundedByDeadline, _report.Case.Order.Currency);

    /// <summary>Whether the refunds made by the deadline cover the amount due.</summary>
    public bool RefundedInFullByDeadline => _refundedByDeadline >= _report.AmountDueValue;

    /// <summary>The refusal dated on or before <see cref="AsOf"/>, or null.</summary>
    public Refusal? Refusal { get; }

    /// <summary>Whether <see cref="Refusal"/> is valid (request after the window, or exempt goods); null without a refusal.</summary>
    public bool? RefusalValid => _report.RefusalValid;

    /// <summary>
    /// Working days in (as-of, deadline] on the deciding layer's calendar, when a deadline exists, it is not past and
    /// the refund is incomplete; otherwise null.
    /// </summary>
    public int? WorkingDaysUntilDue { get; }

    /// <summary>The <c>RET-DUE-SOON</c> threshold from <see cref="ReturnsOptions.DueSoonWorkingDays"/>.</summary>
    public int DueSoonWorkingDays { get; }

    /// <summary>The market whose calendar counted <see cref="WorkingDaysUntilDue"/>, or null.</summary>
    public CountryCode? DueSoonCalendarMarket { get; }

    /// <summary>A market whose calendar counted a relevant date without holiday data (weekends only), or null.</summary>
    public CountryCode? EstimatedCalendar { get; }

    /// <summary>A second such market (the seller's and the buyer's can both be estimated), or null.</summary>
    public CountryCode? SecondEstimatedCalendar { get; }

    /// <summary>Whether the refunds made by the as-of date cover the amount due.</summary>
    public bool RefundedInFull => _refundedInFull;
}
