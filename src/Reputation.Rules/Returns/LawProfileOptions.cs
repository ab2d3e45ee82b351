using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Reputation.Rules.Returns;

/// <summary>
/// One market's law profile in configuration (<c>ReputationRules:Returns:Laws:XX</c>): it adds a law layer for market
/// XX or replaces the built-in one. Mirrors <see cref="LawProfileDefinition"/> with settable properties for binding.
/// </summary>
/// <remarks>Not thread-safe while being configured; the engine copies it into an immutable <see cref="LawProfile"/>.</remarks>
public sealed class LawProfileOptions
{
    /// <summary>A readable name with the main statute (required).</summary>
    public string? Name { get; set; }

    /// <summary>Whether the profile governs change-of-mind returns (false: faulty and not-as-described returns only).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool AppliesToChangeOfMind { get; set; } = true;

    /// <summary>The statutory return window; null when the law sets none.</summary>
    public LawReturnWindowOptions? ReturnWindow { get; set; }

    /// <summary>The statutory refund clock; null when the law sets none.</summary>
    public LawRefundClockOptions? RefundClock { get; set; }

    /// <summary>What the law says per deduction kind (<c>restocking-fee</c>, <c>return-shipping</c>, …); unlisted kinds are forbidden.</summary>
    /// <value>The default value is empty.</value>
    public Dictionary<string, LawDeductionOptions> Deductions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rule on deductions (required).</summary>
    public LawCitationOptions? DeductionCitation { get; set; }

    /// <summary>The exempt goods categories by wire name (<c>custom-made</c>, <c>perishable</c>, …) or enum name.</summary>
    /// <value>The default value is empty.</value>
    public List<string> ExemptGoods { get; set; } = [];

    /// <summary>The rule on exempt goods (required).</summary>
    public LawCitationOptions? ExemptionCitation { get; set; }

    /// <summary>Whether the refund must go to the original payment method.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool RequiresOriginalPaymentMethod { get; set; }

    /// <summary>The rule on the payment method; required when <see cref="RequiresOriginalPaymentMethod"/> is true.</summary>
    public LawCitationOptions? PaymentMethodCitation { get; set; }

    /// <summary>Every problem, each as <c>Path.Field: what is wrong</c>; empty when valid.</summary>
    /// <param name="path">The path of this profile, e.g. <c>Laws.AE</c>.</param>
    /// <returns>The problems.</returns>
    public IEnumerable<string> Validate(string path)
    {
        var problems = new List<string>();
        _ = TryBuild(path, null, problems);
        return problems;
    }

    /// <summary>The immutable description these options give for <paramref name="market"/>.</summary>
    /// <param name="market">The market the profile governs; also its id.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every problem).</exception>
    public LawProfileDefinition ToDefinition(CountryCode market)
    {
        var problems = new List<string>();
        var definition = TryBuild("Laws." + market.Value, market, problems);
        if (definition is null || problems.Count > 0)
        {
            throw new ArgumentException("The law profile options are invalid: " + string.Join(" ", problems), nameof(market));
        }

        return definition;
    }

    private static void Defined<TEnum>(TEnum value, string path, List<string> problems)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add($"{path}: '{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    private LawProfileDefinition? TryBuild(string path, CountryCode? market, List<string> problems)
    {
        var start = problems.Count;
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add($"{path}.Name: is required.");
        }

        LawReturnWindow? window = null;
        if (ReturnWindow is { } w)
        {
            if (w.Days is < 1 or > SellerPolicy.MaxReturnWindowDays)
            {
                problems.Add($"{path}.ReturnWindow.Days: must be between 1 and 3650 (got {w.Days.ToString(CultureInfo.InvariantCulture)}).");
            }

            Defined(w.Counting, $"{path}.ReturnWindow.Counting", problems);
            var citation = w.Citation.Read($"{path}.ReturnWindow.Citation", problems);
            if (citation is not null)
            {
                window = new LawReturnWindow(w.Days, w.Counting, w.RollsForwardToWorkingDay, citation);
            }
        }

        LawRefundClock? clock = null;
        if (RefundClock is { } c)
        {
            if (c.Days is < 0 or > SellerPolicy.MaxRefundWithinWorkingDays)
            {
                problems.Add($"{path}.RefundClock.Days: must be between 0 and 365 (got {c.Days.ToString(CultureInfo.InvariantCulture)}).");
            }

            Defined(c.Counting, $"{path}.RefundClock.Counting", problems);
            Defined(c.Start, $"{path}.RefundClock.Start", problems);
            var citation = c.Citation.Read($"{path}.RefundClock.Citation", problems);
            if (citation is not null)
            {
                clock = new LawRefundClock(c.Days, c.Counting, c.Start, c.MayWithholdUntilGoodsOrEvidence, citation);
            }
        }

        var deductions = ImmutableDictionary.CreateBuilder<DeductionKind, LawDeductionTerm>();
        foreach (var (name, term) in Deductions ?? [])
        {
            var termPath = $"{path}.Deductions.{name}";
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 64)
            {
                problems.Add($"{termPath}: '{name}' is not a deduction kind (1–64 characters, such as restocking-fee).");
                continue;
            }

            if (term is null)
            {
                problems.Add($"{termPath}: must not be null.");
                continue;
            }

            var kind = new DeductionKind(name);
            if (kind == DeductionKind.BuyerRequested)
            {
                problems.Add($"{termPath}: buyer-requested deductions are always allowed and cannot be configured.");
                continue;
            }

            if (!Enum.IsDefined(term.Rule))
            {
                Defined(term.Rule, $"{termPath}.Rule", problems);
            }
            else if (term.Rule == LawDeductionRule.Capped && term.CapPercentOfItemsTotal is null)
            {
                problems.Add($"{termPath}.CapPercentOfItemsTotal: is required when Rule is Capped.");
            }
            else if (term.CapPercentOfItemsTotal is { } cap && (cap < 0m || cap > 100m))
            {
                problems.Add($"{termPath}.CapPercentOfItemsTotal: must be between 0 and 100 (got {cap.ToString(CultureInfo.InvariantCulture)}).");
            }
            else if (term.Rule != LawDeductionRule.Capped && term.CapPercentOfItemsTotal is not null)
            {
                problems.Add($"{termPath}.CapPercentOfItemsTotal: only a Capped rule has a cap (Rule is {term.Rule}).");
            }

            var citation = term.Citation is null ? null : term.Citation.Read($"{termPath}.Citation", problems);
            if (!deductions.TryAdd(kind, new LawDeductionTerm(term.Rule, term.CapPercentOfItemsTotal, citation)))
            {
                problems.Add($"{termPath}: '{kind.Name}' is listed more than once.");
            }
        }

        var deductionCitation = DeductionCitation.Read($"{path}.DeductionCitation", problems);
        var exempt = ImmutableArray.CreateBuilder<GoodsCategory>();
        var goodsList = ExemptGoods ?? [];
        for (var i = 0; i < goodsList.Count; i++)
        {
            var text = goodsList[i]?.Trim() ?? string.Empty;
            if (!ReturnWireNames.TryParse(text, out GoodsCategory goods)
                && !(Enum.TryParse(text, ignoreCase: true, out goods) && Enum.IsDefined(goods) && !int.TryParse(text, out _)))
            {
                problems.Add($"{path}.ExemptGoods[{i.ToString(CultureInfo.InvariantCulture)}]: '{text}' is not one of {ReturnWireNames.ListOf<GoodsCategory>()}.");
            }
            else if (goods == GoodsCategory.Standard)
            {
                problems.Add($"{path}.ExemptGoods[{i.ToString(CultureInfo.InvariantCulture)}]: standard goods cannot be exempt (set AppliesToChangeOfMind to false for a law without a change-of-mind right).");
            }
            else if (!exempt.Contains(goods))
            {
                exempt.Add(goods);
            }
        }

        var exemptionCitation = ExemptionCitation.Read($"{path}.ExemptionCitation", problems);
        Citation? paymentCitation = null;
        if (RequiresOriginalPaymentMethod || PaymentMethodCitation is not null)
        {
            paymentCitation = PaymentMethodCitation.Read($"{path}.PaymentMethodCitation", problems, " (RequiresOriginalPaymentMethod is true)");
        }

        if (problems.Count > start || market is not { } m || deductionCitation is null || exemptionCitation is null)
        {
            return null;
        }

        return new LawProfileDefinition
        {
            Id = m.Value,
            Name = Name!.Trim(),
            Markets = [m],
            AppliesToChangeOfMind = AppliesToChangeOfMind,
            ReturnWindow = window,
            RefundClock = clock,
            Deductions = deductions.ToImmutable(),
            DeductionCitation = deductionCitation,
            ExemptGoods = exempt.ToImmutable(),
            ExemptionCitation = exemptionCitation,
            RequiresOriginalPaymentMethod = RequiresOriginalPaymentMethod,
            PaymentMethodCitation = paymentCitation,
        };
    }
}

/// <summary>A law's return window in configuration (see <see cref="LawReturnWindow"/>).</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class LawReturnWindowOptions
{
    /// <summary>Days after delivery (1–3650).</summary>
    public int Days { get; set; }

    /// <summary>How the days are counted.</summary>
    /// <value>The default value is <see cref="LawDayCounting.Calendar"/>.</value>
    public LawDayCounting Counting { get; set; } = LawDayCounting.Calendar;

    /// <summary>Whether a last day that is not a working day moves to the next working day of the buyer market.</summary>
    /// <value>The default value is <see langword="true"/> (the later day: the buyer-protective reading).</value>
    public bool RollsForwardToWorkingDay { get; set; } = true;

    /// <summary>The rule that sets the window (required).</summary>
    public LawCitationOptions? Citation { get; set; }
}

/// <summary>A law's refund clock in configuration (see <see cref="LawRefundClock"/>).</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class LawRefundClockOptions
{
    /// <summary>Days after the start event (0–365).</summary>
    public int Days { get; set; }

    /// <summary>How the days are counted.</summary>
    /// <value>The default value is <see cref="LawDayCounting.Calendar"/>.</value>
    public LawDayCounting Counting { get; set; } = LawDayCounting.Calendar;

    /// <summary>The event that starts the clock.</summary>
    /// <value>The default value is <see cref="LawRefundClockStart.ReturnRequested"/> (the earliest event: the buyer-protective reading).</value>
    public LawRefundClockStart Start { get; set; } = LawRefundClockStart.ReturnRequested;

    /// <summary>Whether the seller may withhold the refund until the goods or evidence of sending arrive (unless it offered collection).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool MayWithholdUntilGoodsOrEvidence { get; set; }

    /// <summary>The rule that sets the clock (required).</summary>
    public LawCitationOptions? Citation { get; set; }
}

/// <summary>What a law says about one deduction kind, in configuration (see <see cref="LawDeductionTerm"/>).</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class LawDeductionOptions
{
    /// <summary>Allowed, forbidden, capped or not regulated.</summary>
    /// <value>The default value is <see cref="LawDeductionRule.Forbidden"/>.</value>
    public LawDeductionRule Rule { get; set; } = LawDeductionRule.Forbidden;

    /// <summary>For <see cref="LawDeductionRule.Capped"/>: the cap as a percent of the items total (0–100).</summary>
    public decimal? CapPercentOfItemsTotal { get; set; }

    /// <summary>The rule on this kind; null uses the profile's <see cref="LawProfileOptions.DeductionCitation"/>.</summary>
    public LawCitationOptions? Citation { get; set; }
}

/// <summary>A citation in configuration (see <see cref="Rules.Citation"/>).</summary>
/// <remarks>Not thread-safe while being configured.</remarks>
public sealed class LawCitationOptions
{
    /// <summary>The law, regulation or policy (required).</summary>
    public string? Authority { get; set; }

    /// <summary>The article, section or clause; may be empty.</summary>
    public string? Reference { get; set; }

    /// <summary>An optional absolute URL of the text.</summary>
    public string? Url { get; set; }
}

/// <summary>Reading <see cref="LawCitationOptions"/> into a <see cref="Citation"/>.</summary>
internal static class LawCitationOptionsExtensions
{
    public static Citation? Read(this LawCitationOptions? options, string path, List<string> problems, string why = "")
    {
        if (options is null)
        {
            problems.Add($"{path}: is required{why}.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            problems.Add($"{path}.Authority: is required.");
            return null;
        }

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(options.Url) && !Uri.TryCreate(options.Url, UriKind.Absolute, out url))
        {
            problems.Add($"{path}.Url: '{options.Url}' is not an absolute URL.");
            return null;
        }

        return new Citation(options.Authority.Trim(), options.Reference?.Trim() ?? string.Empty, url);
    }
}
