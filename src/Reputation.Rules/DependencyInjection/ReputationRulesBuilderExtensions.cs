using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reputation.Rules.Calendars;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;

namespace Reputation.Rules;

/// <summary>Extension points on <see cref="IReputationRulesBuilder"/>: calendars, custom rules and profiles.</summary>
public static class ReputationRulesBuilderExtensions
{
    /// <summary>Adds (or replaces) the working-day calendar of <paramref name="market"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="market">The market; must equal the calendar's market.</param>
    /// <param name="calendar">The calendar, e.g. from <see cref="WorkingDayCalendarBuilder"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="market"/> differs from <c>calendar.Market</c>.</exception>
    public static IReputationRulesBuilder AddCalendar(this IReputationRulesBuilder builder, CountryCode market, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.Market != market)
        {
            throw new ArgumentException($"calendar: its market is {calendar.Market}, not {market}.", nameof(calendar));
        }

        builder.Services.AddSingleton(new CalendarRegistration(calendar));
        return builder;
    }

    /// <summary>
    /// Adds a custom return rule, resolved from the container (so it can take dependencies). It runs in the same pass
    /// as the built-in rules, after them, and appears in reports and in the registered <see cref="RuleCatalog"/>.
    /// </summary>
    /// <typeparam name="TRule">The rule type; its descriptor id must be unique.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IReputationRulesBuilder AddReturnRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IReputationRulesBuilder builder)
        where TRule : class, IReturnRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IReturnRule, TRule>());
        return builder;
    }

    /// <summary>Adds a marketplace profile that cases may name; a profile named like a built-in one replaces it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The builder.</returns>
    public static IReputationRulesBuilder AddMarketplaceProfile(this IReputationRulesBuilder builder, MarketplaceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(profile);
        builder.Services.AddSingleton(profile);
        return builder;
    }

    /// <summary>
    /// Adds a law profile made with <see cref="LawProfile.Create"/>: it becomes the law layer of the markets its
    /// <see cref="LawProfile.Definition"/> lists, replacing any built-in profile there. Profiles in
    /// <c>ReputationRules:Returns:Laws</c> apply after it (configuration wins for a market).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="profile">The profile; a built-in one (<see cref="LawProfile.Eu"/>, …) is rejected at start-up.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReputationRulesBuilder AddLawProfile(this IReputationRulesBuilder builder, LawProfile profile)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(profile);
        builder.Services.AddSingleton(profile);
        return builder;
    }

    /// <summary>
    /// Adds a custom review-solicitation rule, resolved from the container. It runs in the same pass as the built-in
    /// rules and appears in reports and in the registered <see cref="RuleCatalog"/>; profiles can set its severity.
    /// </summary>
    /// <typeparam name="TRule">The rule type; its descriptor id must be unique.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IReputationRulesBuilder AddSolicitationRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IReputationRulesBuilder builder)
        where TRule : class, ISolicitationRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISolicitationRule, TRule>());
        return builder;
    }

    /// <summary>
    /// Adds (or replaces) a review platform profile such as <c>google</c> or <c>trustpilot</c>, so messages can name it.
    /// The profile goes through the options, so it is validated with everything else.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The platform name (case-insensitive).</param>
    /// <param name="profile">The profile, e.g. <see cref="ReviewProfileOptions.BanAllIncentives"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static IReputationRulesBuilder AddReviewPlatformProfile(this IReputationRulesBuilder builder, string name, ReviewProfileOptions profile)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(profile);
        builder.Services.Configure<ReputationRulesOptions>(o => o.Reviews.Platforms[name] = profile);
        return builder;
    }
}
