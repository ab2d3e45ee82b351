using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Reputation.Rules.Calendars;

namespace Reputation.Rules.Returns;

/// <summary>
/// The return-policy compliance engine. For each case it combines the seller layer, the marketplace layer and the
/// buyer market's law layer (strictest for the buyer wins, and the deciding layer is named), counts deadlines on real
/// working-day calendars, and runs the built-in rules and any custom <see cref="IReturnRule"/>s in one pass.
/// </summary>
/// <remarks>
/// <para>
/// Build it once (from <see cref="ReturnsOptions"/>, an <see cref="ICalendarProvider"/>, optional custom rules and
/// extra marketplace profiles) and share it: it is immutable and thread-safe. A compliant case allocates only its
/// report; the cost is linear in the number of refunds.
/// </para>
/// <para>
/// Markets without holiday data and dates outside a calendar's coverage are counted on the calendar's weekend rules
/// alone (<see cref="WorkingDayCalendar.WithWeekendOnlyOutsideCoverage"/>) and reported with the <c>Info</c> finding
/// <c>RET-CALENDAR-ESTIMATE</c>, never an error.
/// </para>
/// </remarks>
public sealed class ReturnComplianceEngine : IReturnComplianceEngine
{
    private readonly SellerPolicy _defaultSellerPolicy;
    private readonly int _dueSoonWorkingDays;
    private readonly int _faultyGoodsMinimumWindowDays;
    private readonly MarketEntry[] _markets;
    private readonly FrozenDictionary<string, MarketplaceProfile> _marketplaces;
    private readonly ImmutableArray<IReturnRule> _rules;
    private readonly RuleEvaluator[] _evaluators;
    private readonly string _knownMarketplaces;

    /// <summary>Creates an engine.</summary>
    /// <param name="options">The options; copied, so later changes do not affect the engine.</param>
    /// <param name="calendars">The working-day calendars of the markets (for example <see cref="CalendarProvider.BuiltIn"/>).</param>
    /// <param name="customRules">Rules to run after the built-in ones, in this order; their ids must be unique and not built-in.</param>
    /// <param name="marketplaces">Marketplace profiles in addition to the built-in ones; a profile named like a built-in one replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The options, rules or profiles are invalid (the message lists every problem), or the calendar provider returned
    /// no calendar for a market.
    /// </exception>
    public ReturnComplianceEngine(
        ReturnsOptions options,
        ICalendarProvider calendars,
        IEnumerable<IReturnRule>? customRules = null,
        IEnumerable<MarketplaceProfile>? marketplaces = null)
        : this(options, calendars, customRules, marketplaces, laws: null)
    {
    }

    /// <summary>Creates an engine with law profiles in addition to (or replacing) the built-in ones.</summary>
    /// <param name="options">The options; copied, so later changes do not affect the engine. Its <see cref="ReturnsOptions.Laws"/> apply after <paramref name="laws"/>.</param>
    /// <param name="calendars">The working-day calendars of the markets (for example <see cref="CalendarProvider.BuiltIn"/>).</param>
    /// <param name="customRules">Rules to run after the built-in ones, in this order; their ids must be unique and not built-in.</param>
    /// <param name="marketplaces">Marketplace profiles in addition to the built-in ones; a profile named like a built-in one replaces it.</param>
    /// <param name="laws">
    /// Law profiles made with <see cref="LawProfile.Create"/>: each governs the markets of its
    /// <see cref="LawProfile.Definition"/>, replacing the built-in profile there; a later one wins for a market.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The options, rules or profiles are invalid (the message lists every problem), or the calendar provider returned
    /// no calendar for a market.
    /// </exception>
    public ReturnComplianceEngine(
        ReturnsOptions options,
        ICalendarProvider calendars,
        IEnumerable<IReturnRule>? customRules,
        IEnumerable<MarketplaceProfile>? marketplaces,
        IEnumerable<LawProfile>? laws)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendars);
        var problems = options.Validate().ToList();
        var custom = customRules?.ToList() ?? [];
        var extra = marketplaces?.ToList() ?? [];
        var customLaws = new Dictionary<CountryCode, LawProfile>();
        var lawList = laws?.ToList() ?? [];
        for (var i = 0; i < lawList.Count; i++)
        {
            if (lawList[i] is null)
            {
                problems.Add($"laws[{i}]: must not be null.");
            }
            else if (lawList[i].Definition is not { } definition)
            {
                problems.Add($"laws[{i}]: '{lawList[i].Id}' is a built-in profile; pass profiles made with LawProfile.Create.");
            }
            else
            {
                foreach (var market in definition.Markets)
                {
                    customLaws[market] = lawList[i];
                }
            }
        }

        if (problems.Count == 0)
        {
            foreach (var (marketText, lawOptions) in options.Laws)
            {
                var market = CountryCode.Parse(marketText);
                customLaws[market] = LawProfile.Create(lawOptions.ToDefinition(market));
            }
        }
        var ids = new HashSet<RuleId>(ReturnRuleDescriptors.All.Select(d => d.Id));
        for (var i = 0; i < custom.Count; i++)
        {
            if (custom[i] is null)
            {
                problems.Add($"customRules[{i}]: must not be null.");
            }
            else if (custom[i].Descriptor is null)
            {
                problems.Add($"customRules[{i}].Descriptor: must not be null.");
            }
            else if (!ids.Add(custom[i].Descriptor.Id))
            {
                problems.Add($"customRules[{i}].Descriptor.Id: '{custom[i].Descriptor.Id}' is already used by another return rule.");
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < extra.Count; i++)
        {
            if (extra[i] is null)
            {
                problems.Add($"marketplaces[{i}]: must not be null.");
            }
            else if (!names.Add(extra[i].Name))
            {
                problems.Add($"marketplaces[{i}].Name: '{extra[i].Name}' appears more than once.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The returns engine configuration is invalid: " + string.Join(" ", problems), nameof(options));
        }

        _defaultSellerPolicy = options.DefaultSellerPolicy.ToSellerPolicy();
        _dueSoonWorkingDays = options.DueSoonWorkingDays;
        _faultyGoodsMinimumWindowDays = options.FaultyGoodsMinimumWindowDays;
        var profiles = new Dictionary<string, MarketplaceProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in MarketplaceProfile.BuiltIn.Concat(extra))
        {
            profiles[profile.Name] = profile;
        }

        _marketplaces = profiles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Marketplaces = [.. _marketplaces.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];
        _knownMarketplaces = string.Join(", ", Marketplaces.Select(p => p.Name));
        _rules = [.. BuiltInReturnRules.All, .. custom];

        // Each rule's Evaluate bound once: a direct call per rule instead of an interface dispatch per rule and case.
        _evaluators = [.. _rules.Select(r => (RuleEvaluator)r.Evaluate)];
        Rules = [.. _rules.Select(r => r.Descriptor)];

        // Every market's lenient calendar view and law profile, resolved once so that evaluation never allocates a
        // view and finds both with one array index.
        _markets = new MarketEntry[26 * 26];
        foreach (var market in CountryCode.All)
        {
            var calendar = calendars.GetCalendar(market)
                ?? throw new ArgumentException($"calendars: the provider returned no calendar for {market}.", nameof(calendars));
            var law = customLaws.TryGetValue(market, out var customLaw) ? customLaw : LawProfile.ForMarket(market);
            _markets[MarketIndex(market)] = new MarketEntry(calendar.WithWeekendOnlyOutsideCoverage(), law);
        }
    }

    /// <inheritdoc />
    public SellerPolicy DefaultSellerPolicy => _defaultSellerPolicy;

    /// <inheritdoc />
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <inheritdoc />
    public ImmutableArray<MarketplaceProfile> Marketplaces { get; }

    /// <summary>An engine with the default options, the built-in calendars, no custom rules and the built-in marketplaces.</summary>
    /// <returns>A new engine.</returns>
    public static ReturnComplianceEngine CreateDefault() => new(new ReturnsOptions(), CalendarProvider.BuiltIn);

    /// <inheritdoc />
    public ImmutableArray<string> Validate(ReturnCase returnCase, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(returnCase);
        var problems = ImmutableArray.CreateBuilder<string>();
        try
        {
            ReturnValidation.Date(asOf, "asOf");
        }
        catch (InvalidReturnCaseException ex)
        {
            problems.Add(ex.Message);
        }

        if (returnCase.Marketplace is { } name && !_marketplaces.ContainsKey(name))
        {
            problems.Add($"marketplace: '{name}' is not a known marketplace (known: {_knownMarketplaces}).");
        }

        return problems.ToImmutable();
    }

    /// <inheritdoc />
    public ReturnReport Evaluate(ReturnCase returnCase, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(returnCase);
        ReturnValidation.Date(asOf, "asOf");
        MarketplaceProfile? marketplace = null;
        if (returnCase.Marketplace is { } name && !_marketplaces.TryGetValue(name, out marketplace))
        {
            ReturnValidation.Fail("marketplace", $"'{name}' is not a known marketplace (known: {_knownMarketplaces}).");
        }

        var order = returnCase.Order;
        var request = returnCase.Return;
        var seller = returnCase.SellerPolicy ?? _defaultSellerPolicy;
        var buyerMarket = _markets[MarketIndex(returnCase.BuyerMarket)];
        var sellerMarket = _markets[MarketIndex(returnCase.SellerMarket)];
        var law = buyerMarket.Law;
        var lawApplies = EffectivePolicy.Applies(law, request.Reason);
        var buyerEstimated = false;
        var sellerEstimated = false;

        // Facts dated after asOf have not happened yet.
        LocalDate? requested = request.RequestedOn <= asOf ? request.RequestedOn : null;
        LocalDate? received = request.ReceivedOn is { } r && r <= asOf ? r : null;
        LocalDate? evidence = request.EvidenceOfSendingOn is { } e && e <= asOf ? e : null;
        var refusal = returnCase.Refusal is { } f && f.On <= asOf ? f : null;

        // Return window (longest wins) and exemption; they decide whether a refusal is valid.
        // The window's last day is a deadline (the buyer's): a law window rolled forward on a calendar without holiday
        // data for its dates is an estimate and reported as one, whether or not a refusal depends on it.
        var window = Window(order.DeliveredOn, request.Reason, seller, law, lawApplies, marketplace, buyerMarket, ref buyerEstimated);
        bool? refusalValid = null;
        if (refusal is not null)
        {
            refusalValid = request.RequestedOn > window.Value || EffectivePolicy.Exemption(seller, law, request.Reason, request.Goods).Value;
        }

        // Refund deadlines per layer; the earliest that exists is in force (ties: law, marketplace, seller).
        LocalDate? sellerDeadline = received is { } sr ? AddWorkingDays(sellerMarket, sr, seller.RefundWithinWorkingDays, ref sellerEstimated) : null;
        LocalDate? marketDeadline = marketplace?.RefundWithinWorkingDays is { } marketDays && received is { } mr
            ? AddWorkingDays(buyerMarket, mr, marketDays, ref buyerEstimated)
            : null;
        PolicySetting<LocalDate>? lawDeadline = null;
        var lawDue = default(LocalDate);
        Citation? lawCitation = null;
        if (lawApplies && LawDeadline(law!, seller, requested, received, evidence, buyerMarket, ref buyerEstimated, out lawDue, out lawCitation))
        {
            lawDeadline = new PolicySetting<LocalDate>(lawDue, PolicyLayer.Law, lawCitation!);
        }

        PolicySetting<LocalDate>? due = null;
        if (refusalValid != true)
        {
            var hasDue = lawDeadline is not null;
            var dueDate = lawDue;
            var dueLayer = PolicyLayer.Law;
            var dueCitation = lawCitation;
            if (marketDeadline is { } md && (!hasDue || md < dueDate))
            {
                (hasDue, dueDate, dueLayer, dueCitation) = (true, md, PolicyLayer.Marketplace, marketplace!.Citation);
            }

            if (sellerDeadline is { } sd && (!hasDue || sd < dueDate))
            {
                (hasDue, dueDate, dueLayer, dueCitation) = (true, sd, PolicyLayer.Seller, ReturnCitations.SellerRefund);
            }

            if (hasDue)
            {
                due = new PolicySetting<LocalDate>(dueDate, dueLayer, dueCitation!);
            }
        }

        // Deductions declared on refunds made by asOf, kept only if no layer forbids them, then capped.
        var currency = order.Currency;
        var deductions = DecideDeductions(returnCase, asOf, seller, law, lawApplies, marketplace, out var allowedTotal);
        var amountDue = 0m;
        if (refusalValid != true)
        {
            amountDue = order.ItemsTotal.Amount + order.DeliveryPaid.Amount;
            if (allowedTotal != 0m)
            {
                amountDue -= allowedTotal;
            }

            amountDue = RoundToMinorUnits(amountDue, currency.MinorUnits);
            if (amountDue < 0m)
            {
                amountDue = 0m;
            }
        }

        var refunded = 0m;
        var refundedByDeadline = 0m;
        var countsByDeadline = due is not null;
        var deadline = due.GetValueOrDefault().Value;
        var counted = 0;
        var countedByDeadline = 0;
        foreach (var refund in returnCase.Refunds)
        {
            if (refund.On > asOf)
            {
                continue;
            }

            var amount = refund.Amount.Amount;
            refunded = counted++ == 0 ? amount : refunded + amount;
            if (countsByDeadline && refund.On <= deadline)
            {
                refundedByDeadline = countedByDeadline++ == 0 ? amount : refundedByDeadline + amount;
            }
        }

        var refundedInFull = refunded >= amountDue;

        // Working days left until the deadline, on the deciding layer's calendar (the buyer market's for calendar-day layers).
        int? workingDaysLeft = null;
        CountryCode? dueSoonMarket = null;
        if (!refundedInFull && due is { } dueSetting && asOf <= dueSetting.Value)
        {
            if (dueSetting.Layer == PolicyLayer.Seller)
            {
                workingDaysLeft = WorkingDaysBetween(sellerMarket, asOf, dueSetting.Value, ref sellerEstimated);
                dueSoonMarket = returnCase.SellerMarket;
            }
            else
            {
                workingDaysLeft = WorkingDaysBetween(buyerMarket, asOf, dueSetting.Value, ref buyerEstimated);
                dueSoonMarket = returnCase.BuyerMarket;
            }
        }

        var report = new ReturnReport(
            returnCase,
            asOf,
            amountDue,
            refunded,
            refusalValid,
            new EffectivePolicy(
                seller,
                law,
                request,
                marketplace,
                window,
                due,
                lawDeadline,
                marketDeadline,
                sellerDeadline,
                deductions));

        CountryCode? estimated = null;
        CountryCode? secondEstimated = null;
        if (sellerEstimated)
        {
            estimated = returnCase.SellerMarket;
        }

        if (buyerEstimated)
        {
            if (estimated is null)
            {
                estimated = returnCase.BuyerMarket;
            }
            else if (estimated.Value != returnCase.BuyerMarket)
            {
                secondEstimated = returnCase.BuyerMarket;
            }
        }

        var context = new ReturnRuleContext(
            report,
            refundedInFull,
            refundedByDeadline,
            refusal,
            workingDaysLeft,
            _dueSoonWorkingDays,
            dueSoonMarket,
            estimated,
            secondEstimated);

        Finding[]? buffer = null;
        var count = 0;
        var verdict = ReturnVerdict.Compliant;
        foreach (var evaluate in _evaluators)
        {
            if (evaluate(in context) is not { } finding)
            {
                continue;
            }

            buffer ??= new Finding[_evaluators.Length];
            buffer[count++] = finding;
            if (finding.Severity == Severity.Violation)
            {
                verdict = ReturnVerdict.Violation;
            }
            else if (verdict == ReturnVerdict.Compliant && finding.RuleId == ReturnRuleDescriptors.DueSoon.Id)
            {
                verdict = ReturnVerdict.AtRisk;
            }
        }

        report.Complete(
            verdict,
            buffer is null ? ImmutableArray<Finding>.Empty : ImmutableArray.Create(buffer, 0, count),
            DataEnding(returnCase, buyerMarket, sellerMarket, asOf));
        return report;
    }

    /// <summary>
    /// The case's markets whose holiday data ends within <see cref="CalendarDataEnding.NoticeDays"/> days after
    /// <paramref name="asOf"/> (or ended before it); empty, without allocating, in the usual case.
    /// </summary>
    private static ImmutableArray<CalendarDataEnding> DataEnding(ReturnCase returnCase, MarketEntry buyer, MarketEntry seller, LocalDate asOf)
    {
        var buyerEnds = EndsSoon(buyer, asOf);
        var sellerEnds = returnCase.SellerMarket != returnCase.BuyerMarket && EndsSoon(seller, asOf);
        return (buyerEnds, sellerEnds) switch
        {
            (false, false) => ImmutableArray<CalendarDataEnding>.Empty,
            (true, false) => [new CalendarDataEnding(returnCase.BuyerMarket, buyer.DataEndsOn!.Value)],
            (false, true) => [new CalendarDataEnding(returnCase.SellerMarket, seller.DataEndsOn!.Value)],
            _ => [new CalendarDataEnding(returnCase.BuyerMarket, buyer.DataEndsOn!.Value), new CalendarDataEnding(returnCase.SellerMarket, seller.DataEndsOn!.Value)],
        };
    }

    private static bool EndsSoon(MarketEntry market, LocalDate asOf) =>
        market.DataEndsOn is { } ends && asOf.PlusDays(CalendarDataEnding.NoticeDays) >= ends;

    /// <summary>The slot of a market in the 26×26 table of two-letter codes (codes are validated upper-case ASCII).</summary>
    private static int MarketIndex(CountryCode market)
    {
        var code = market.Value;
        return ((code[0] - 'A') * 26) + (code[1] - 'A');
    }

    /// <summary>Rounds half away from zero to the currency's minor units, skipping the work when there is nothing to round.</summary>
    private static decimal RoundToMinorUnits(decimal value, int minorUnits) =>
        value.Scale <= minorUnits ? value : Math.Round(value, minorUnits, MidpointRounding.AwayFromZero);

    private static LocalDate AddWorkingDays(MarketEntry market, LocalDate start, int days, ref bool estimated)
    {
        var result = market.Calendar.AddWorkingDays(start, days);
        estimated |= !market.Covers(start, result);
        return result;
    }

    private static int WorkingDaysBetween(MarketEntry market, LocalDate start, LocalDate end, ref bool estimated)
    {
        estimated |= !market.Covers(start, end);
        return market.Calendar.WorkingDaysBetween(start, end);
    }

    private static LocalDate RollForward(MarketEntry market, LocalDate date, ref bool estimated)
    {
        var result = market.Calendar.NextWorkingDayOnOrAfter(date);
        estimated |= !market.Covers(date, result);
        return result;
    }

    private static LocalDate Earliest(LocalDate? a, LocalDate? b) =>
        a is { } x && b is { } y ? (x <= y ? x : y) : (a ?? b)!.Value;

    /// <summary>
    /// EU Art. 13(3) and its kin: the refund may wait until the goods or evidence of sending arrive — the deadline moves to
    /// that day if later; false while neither has arrived.
    /// </summary>
    private static bool WithholdUntilGoodsOrEvidence(ref LocalDate due, LocalDate? received, LocalDate? evidence)
    {
        if (received is null && evidence is null)
        {
            return false;
        }

        var withheldUntil = Earliest(received, evidence);
        if (withheldUntil > due)
        {
            due = withheldUntil;
        }

        return true;
    }

    /// <summary>The law layer's refund deadline; false when its start event has not happened (see returns-law.md §0.2).</summary>
    private static bool LawDeadline(
        LawProfile law,
        SellerPolicy seller,
        LocalDate? requested,
        LocalDate? received,
        LocalDate? evidence,
        MarketEntry buyerMarket,
        ref bool buyerEstimated,
        out LocalDate due,
        out Citation? citation)
    {
        citation = law.RefundCitation;
        due = default;
        switch (law.Kind)
        {
            case LawProfile.LawKind.Eu:
                // Art. 13(1): 14 days after the trader is informed; Art. 13(3): unless it offered collection it may
                // withhold until it has the goods back or evidence of sending, whichever is earlier.
                if (requested is not { } informed)
                {
                    return false;
                }

                due = informed.PlusDays(14);
                if (seller.OffersCollection)
                {
                    return true;
                }

                return WithholdUntilGoodsOrEvidence(ref due, received, evidence);

            case LawProfile.LawKind.Gb:
                // reg. 34(5): 14 days after the earlier of receipt and evidence of sending; reg. 34(6): with collection
                // offered, 14 days after the trader is informed.
                if (seller.OffersCollection)
                {
                    citation = ReturnCitations.GbCollectionRefund;
                    if (requested is not { } told)
                    {
                        return false;
                    }

                    due = told.PlusDays(14);
                    return true;
                }

                if (received is null && evidence is null)
                {
                    return false;
                }

                due = Earliest(received, evidence).PlusDays(14);
                return true;

            case LawProfile.LawKind.Cn:
                if (received is not { } cnReceived)
                {
                    return false;
                }

                due = cnReceived.PlusDays(7);
                return true;

            case LawProfile.LawKind.Kr:
                if (received is not { } krReceived)
                {
                    return false;
                }

                due = AddWorkingDays(buyerMarket, krReceived, 3, ref buyerEstimated);
                return true;

            case LawProfile.LawKind.Ru:
                if (requested is not { } claimed)
                {
                    return false;
                }

                due = claimed.PlusDays(10);
                return true;

            case LawProfile.LawKind.Br:
                // "de imediato", modelled as 1 calendar day after the request (an interpretation; docs/returns.md).
                if (requested is not { } withdrawn)
                {
                    return false;
                }

                due = withdrawn.PlusDays(1);
                return true;

            case LawProfile.LawKind.Custom:
                return CustomLawDeadline(law.Definition!.RefundClock, seller, requested, received, evidence, buyerMarket, ref buyerEstimated, out due);

            default:
                return false;
        }
    }

    /// <summary>A custom profile's refund deadline from its declared clock; false without a clock or before its start event.</summary>
    private static bool CustomLawDeadline(
        LawRefundClock? clock,
        SellerPolicy seller,
        LocalDate? requested,
        LocalDate? received,
        LocalDate? evidence,
        MarketEntry buyerMarket,
        ref bool buyerEstimated,
        out LocalDate due)
    {
        due = default;
        if (clock is null)
        {
            return false;
        }

        LocalDate? start = clock.Start switch
        {
            LawRefundClockStart.ReturnRequested => requested,
            LawRefundClockStart.GoodsReceived => received,
            _ => received is null && evidence is null ? null : Earliest(received, evidence),
        };
        if (start is not { } from)
        {
            return false;
        }

        due = clock.Counting == LawDayCounting.Working
            ? AddWorkingDays(buyerMarket, from, clock.Days, ref buyerEstimated)
            : from.PlusDays(clock.Days);

        // As EU Art. 13(3): unless collection is offered, the refund may wait for the goods or evidence of sending.
        return !clock.MayWithholdUntilGoodsOrEvidence || seller.OffersCollection || WithholdUntilGoodsOrEvidence(ref due, received, evidence);
    }

    /// <summary>The effective return window: the latest last day of any layer (ties: law, buyer protection, marketplace, seller).</summary>
    private PolicySetting<LocalDate> Window(
        LocalDate delivered,
        ReturnReason reason,
        SellerPolicy seller,
        LawProfile? law,
        bool lawApplies,
        MarketplaceProfile? marketplace,
        MarketEntry buyerMarket,
        ref bool estimated)
    {
        var best = default(LocalDate);
        Citation? citation = null;
        var hasBest = lawApplies && LawWindow(law!, delivered, reason, seller, buyerMarket, ref estimated, out best, out citation);
        var layer = PolicyLayer.Law;
        if (reason != ReturnReason.ChangeOfMind)
        {
            var faulty = delivered.PlusDays(_faultyGoodsMinimumWindowDays);
            if (!hasBest || faulty > best)
            {
                (hasBest, best, layer, citation) = (true, faulty, PolicyLayer.BuyerProtection, ReturnCitations.FaultyGoodsWindow);
            }
        }

        if (marketplace?.MinimumReturnWindowDays is { } marketDays)
        {
            var market = delivered.PlusDays(marketDays);
            if (!hasBest || market > best)
            {
                (hasBest, best, layer, citation) = (true, market, PolicyLayer.Marketplace, marketplace.WindowCitation);
            }
        }

        var own = delivered.PlusDays(seller.ReturnWindowDays);
        if (!hasBest || own > best)
        {
            (best, layer, citation) = (own, PolicyLayer.Seller, ReturnCitations.SellerWindow);
        }

        return new PolicySetting<LocalDate>(best, layer, citation!);
    }

    /// <summary>The law layer's window; false when it sets none (returns-law.md §0.1 counting rules).</summary>
    private static bool LawWindow(
        LawProfile law,
        LocalDate delivered,
        ReturnReason reason,
        SellerPolicy seller,
        MarketEntry buyerMarket,
        ref bool estimated,
        out LocalDate lastDay,
        out Citation? citation)
    {
        citation = law.WindowCitation;
        switch (law.Kind)
        {
            case LawProfile.LawKind.Eu:
                // Art. 9(2)(b), rolled forward by Reg. 1182/71 Art. 3(4); Art. 10(1): +12 months from the end of the
                // initial period without the information (also rolled forward: the buyer-protective reading).
                lastDay = RollForward(buyerMarket, delivered.PlusDays(14), ref estimated);
                if (!seller.WithdrawalInfoGiven)
                {
                    lastDay = RollForward(buyerMarket, lastDay.PlusMonths(12), ref estimated);
                    citation = ReturnCitations.EuExtendedWindow;
                }

                return true;

            case LawProfile.LawKind.Gb:
                // reg. 30 (no roll-forward), reg. 31 (+12 months); faulty goods: CRA 2015 s. 22(3), 30 days.
                lastDay = delivered.PlusDays(14);
                if (!seller.WithdrawalInfoGiven)
                {
                    lastDay = lastDay.PlusMonths(12);
                    citation = ReturnCitations.GbExtendedWindow;
                }

                var faulty = delivered.PlusDays(30);
                if (reason != ReturnReason.ChangeOfMind && faulty > lastDay)
                {
                    lastDay = faulty;
                    citation = ReturnCitations.GbFaultyWindow;
                }

                return true;

            case LawProfile.LawKind.Cn:
            case LawProfile.LawKind.Kr:
            case LawProfile.LawKind.Br:
                lastDay = RollForward(buyerMarket, delivered.PlusDays(7), ref estimated);
                return true;

            case LawProfile.LawKind.Ru:
                if (seller.WithdrawalInfoGiven)
                {
                    lastDay = RollForward(buyerMarket, delivered.PlusDays(7), ref estimated);
                }
                else
                {
                    lastDay = RollForward(buyerMarket, delivered.PlusMonths(3), ref estimated);
                    citation = ReturnCitations.RuExtendedWindow;
                }

                return true;

            case LawProfile.LawKind.Jp:
                // 8 days counted from and including the delivery day, only when no return terms were displayed.
                lastDay = delivered.PlusDays(7);
                return !seller.ReturnTermsDisplayed;

            case LawProfile.LawKind.Custom:
                if (law.Definition!.ReturnWindow is not { } declared)
                {
                    lastDay = default;
                    return false;
                }

                lastDay = declared.Counting == LawDayCounting.Working
                    ? AddWorkingDays(buyerMarket, delivered, declared.Days, ref estimated)
                    : delivered.PlusDays(declared.Days);
                if (declared.RollsForwardToWorkingDay)
                {
                    lastDay = RollForward(buyerMarket, lastDay, ref estimated);
                }

                return true;

            default:
                lastDay = default;
                return false;
        }
    }

    /// <summary>One decision per declared kind (in kind order), and the total allowed; allocates only when something was declared.</summary>
    private static ImmutableArray<DeductionDecision> DecideDeductions(
        ReturnCase returnCase,
        LocalDate asOf,
        SellerPolicy seller,
        LawProfile? law,
        bool lawApplies,
        MarketplaceProfile? marketplace,
        out decimal allowedTotal)
    {
        allowedTotal = 0m;
        var declaredCount = 0;
        foreach (var refund in returnCase.Refunds)
        {
            if (refund.On <= asOf)
            {
                declaredCount += refund.Deductions.Length;
            }
        }

        if (declaredCount == 0)
        {
            return ImmutableArray<DeductionDecision>.Empty;
        }

        var kinds = new DeductionKind[declaredCount];
        var totals = new Money[declaredCount];
        var distinct = 0;
        foreach (var refund in returnCase.Refunds)
        {
            if (refund.On > asOf)
            {
                continue;
            }

            foreach (var deduction in refund.Deductions)
            {
                var at = Array.IndexOf(kinds, deduction.Kind, 0, distinct);
                if (at < 0)
                {
                    kinds[distinct] = deduction.Kind;
                    totals[distinct++] = deduction.Amount;
                }
                else
                {
                    totals[at] += deduction.Amount;
                }
            }
        }

        var decisions = new DeductionDecision[distinct];
        for (var i = 0; i < distinct; i++)
        {
            decisions[i] = Decide(kinds[i], totals[i], returnCase, seller, law, lawApplies, marketplace);
            allowedTotal += decisions[i].Allowed.Amount;
        }

        Array.Sort(decisions, static (a, b) => a.Kind.CompareTo(b.Kind));
        return ImmutableArray.Create(decisions);
    }

    /// <summary>The first layer that forbids the kind decides (law, buyer protection, marketplace, seller); otherwise caps apply.</summary>
    private static DeductionDecision Decide(
        DeductionKind kind,
        Money declared,
        ReturnCase returnCase,
        SellerPolicy seller,
        LawProfile? law,
        bool lawApplies,
        MarketplaceProfile? marketplace)
    {
        var order = returnCase.Order;
        var reason = returnCase.Return.Reason;
        var zero = Money.Zero(order.Currency);
        var lawRule = lawApplies ? law!.CheckDeduction(kind, reason, seller) : LawDeductionRule.NotRegulated;
        if (lawRule == LawDeductionRule.Forbidden)
        {
            var citation = kind == DeductionKind.RestockingFee && law!.Kind == LawProfile.LawKind.Eu ? ReturnCitations.EuNoRestockingFee
                : kind == DeductionKind.RestockingFee && law!.Kind == LawProfile.LawKind.Gb ? ReturnCitations.GbNoRestockingFee
                : law!.DeductionCitationFor(kind);
            return new(kind, declared, zero, PolicyLayer.Law, citation);
        }

        var decision = DecideBelowLaw(kind, declared, lawRule, order, reason, seller, law, marketplace, zero);
        if (lawRule == LawDeductionRule.Capped && law!.DeductionCapPercent(kind) is { } capPercent)
        {
            // A custom profile's cap (percent of the items total, exact; only the amount due is rounded).
            var lawCap = order.ItemsTotal * (capPercent / 100m);
            if (decision.Allowed > lawCap)
            {
                decision = new(kind, declared, lawCap, PolicyLayer.Law, law.DeductionCitationFor(kind));
            }
        }

        return decision;
    }

    /// <summary>The buyer-protection, marketplace and seller layers' decision on a kind the law does not forbid.</summary>
    private static DeductionDecision DecideBelowLaw(
        DeductionKind kind,
        Money declared,
        LawDeductionRule lawRule,
        Order order,
        ReturnReason reason,
        SellerPolicy seller,
        LawProfile? law,
        MarketplaceProfile? marketplace,
        Money zero)
    {
        if (reason != ReturnReason.ChangeOfMind && kind == DeductionKind.ReturnShipping)
        {
            return new(kind, declared, zero, PolicyLayer.BuyerProtection, ReturnCitations.FaultyGoodsReturnCost);
        }

        if (marketplace is not null && marketplace.Forbids(kind))
        {
            return new(kind, declared, zero, PolicyLayer.Marketplace, marketplace.Citation);
        }

        if (kind == DeductionKind.ReturnShipping && !seller.BuyerPaysReturnInformed)
        {
            return new(kind, declared, zero, PolicyLayer.Seller, ReturnCitations.SellerDeductions);
        }

        if (kind == DeductionKind.RestockingFee)
        {
            // The cap is exact (percent × itemsTotal); only the amount due is rounded, once, at the end. Rounding the cap
            // first would round a half-cent cap up and so take half a cent more from the buyer.
            var cap = order.ItemsTotal * (seller.RestockingFeePercent / 100m);
            return new(kind, declared, Money.Min(declared, cap), PolicyLayer.Seller, ReturnCitations.SellerDeductions);
        }

        var byLaw = lawRule is LawDeductionRule.Allowed or LawDeductionRule.Capped;
        var layer = byLaw ? PolicyLayer.Law : PolicyLayer.Seller;
        var allowedBy = byLaw ? law!.DeductionCitationFor(kind) : ReturnCitations.SellerDeductions;
        if (kind == DeductionKind.ExpressDeliveryPremium)
        {
            var premium = Money.Max(zero, order.DeliveryPaid - order.StandardDeliveryCost);
            return new(kind, declared, Money.Min(declared, premium), layer, allowedBy);
        }

        return new(kind, declared, declared, layer, allowedBy);
    }

    /// <summary>What the engine knows about one market: its lenient calendar view, its holiday coverage and its law profile.</summary>
    private sealed class MarketEntry(WorkingDayCalendar calendar, LawProfile? law)
    {
        private readonly int _firstYear = calendar.FirstCoveredYear ?? int.MaxValue;
        private readonly int _lastYear = calendar.LastCoveredYear ?? int.MinValue;

        public WorkingDayCalendar Calendar { get; } = calendar;

        public LawProfile? Law { get; } = law;

        /// <summary>The last day of holiday data, or null for a market without any.</summary>
        public LocalDate? DataEndsOn { get; } = calendar.DataEndsOn;

        /// <summary>Whether holiday data covers both dates (the calendar's years are contiguous).</summary>
        public bool Covers(LocalDate a, LocalDate b)
        {
            int y1 = a.Year, y2 = b.Year;
            return y1 >= _firstYear && y1 <= _lastYear && y2 >= _firstYear && y2 <= _lastYear;
        }
    }

    /// <summary>A rule's <see cref="IReturnRule.Evaluate"/>, bound to its instance.</summary>
    private delegate Finding? RuleEvaluator(in ReturnRuleContext context);
}
