using System;
using System.Text.Json.Serialization;
using NodaTime;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Reviews;

/// <summary>
/// A review-request campaign, checked before launch: the template every buyer receives, who receives it
/// (<see cref="Audience"/>), what they are offered (<see cref="Incentive"/>) and when (<see cref="Schedule"/>). The
/// template is read like a message; the audience, incentive and schedule are checked structurally (an audience
/// filtered by satisfaction is gating; an incentive is an incentive whatever the template says; the schedule's sends
/// are checked against the request limits, the delivery window and quiet hours).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.SolicitationCampaignJsonConverter))]
public sealed class SolicitationCampaign
{
    /// <summary>Creates a campaign.</summary>
    /// <param name="template">The message template (placeholders such as <c>{name}</c> may stay in).</param>
    /// <param name="platform">The platform profile name.</param>
    /// <param name="buyerMarket">The buyers' market; selects the law profile.</param>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="platform"/> is blank or <paramref name="buyerMarket"/> is default.</exception>
    public SolicitationCampaign(string template, string platform, CountryCode buyerMarket)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        Platform = Preconditions.NotNullOrWhiteSpace(platform, nameof(platform)).Trim();
        if (buyerMarket.Value.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(buyerMarket), "must not be default(CountryCode).");
        }

        BuyerMarket = buyerMarket;
    }

    /// <summary>The message template.</summary>
    public string Template { get; }

    /// <summary>The platform profile name.</summary>
    public string Platform { get; }

    /// <summary>The buyers' market.</summary>
    public CountryCode BuyerMarket { get; }

    /// <summary>An optional name, for reports.</summary>
    public string? Name { get; init; }

    /// <summary>Who receives the campaign.</summary>
    /// <value>The default value is <see cref="CampaignAudience.Everyone"/>.</value>
    public CampaignAudience Audience { get; init; } = CampaignAudience.Everyone;

    /// <summary>What recipients are offered for a review, if anything.</summary>
    public CampaignIncentive? Incentive { get; init; }

    /// <summary>When requests are sent, relative to delivery; null means no timing checks.</summary>
    public CampaignSchedule? Schedule { get; init; }
}

/// <summary>
/// Who receives a review campaign. Any filter on satisfaction — a minimum earlier rating or survey score, "satisfied
/// customers only", or leaving out buyers with a complaint or return — is review gating (Amazon E8SYAZUBGVFBHCH, FTC
/// marketer guide, CMA208, Trustpilot). Neutral filters (every buyer, every third buyer, delivered orders) are fine.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CampaignAudience
{
    private readonly int? _minimumStars;

    /// <summary>Every buyer, no filter.</summary>
    public static CampaignAudience Everyone { get; } = new();

    /// <summary>Only buyers whose earlier rating, survey or feedback score is at least this many stars (1–5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–5.</exception>
    public int? MinimumStars
    {
        get => _minimumStars;
        init
        {
            if (value is < 1 or > 5)
            {
                Preconditions.ThrowOutOfRange(nameof(MinimumStars), value, "must be from 1 to 5 stars.");
            }

            _minimumStars = value;
        }
    }

    /// <summary>Only buyers whose satisfaction score (CSAT, NPS…) is at least this value.</summary>
    public decimal? MinimumSatisfactionScore { get; init; }

    /// <summary>Only buyers known (or believed) to be satisfied.</summary>
    public bool SatisfiedOnly { get; init; }

    /// <summary>Buyers with a complaint, dispute or return are left out.</summary>
    public bool ExcludesComplaints { get; init; }

    /// <summary>A free-text description of the audience, e.g. <c>every delivered order</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the audience is filtered by satisfaction (which is gating).</summary>
    public bool IsFilteredBySatisfaction => MinimumStars is not null || MinimumSatisfactionScore is not null || SatisfiedOnly || ExcludesComplaints;
}

/// <summary>What the review in a campaign's incentive is conditioned on.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public enum IncentiveCondition
{
    /// <summary>Not stated: inferred from the incentive's description and the template.</summary>
    Unspecified = 0,

    /// <summary>Any review, whatever its rating (a neutral incentive).</summary>
    AnyReview = 1,

    /// <summary>A positive or 5-star review (or a photo review with a good rating).</summary>
    PositiveReview = 2,

    /// <summary>Changing or removing an existing review.</summary>
    ChangedOrRemovedReview = 3,

    /// <summary>An additional or follow-up review (追评, photos), whatever its rating.</summary>
    FollowUpReview = 4,
}

/// <summary>A benefit a campaign offers for a review.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CampaignIncentive
{
    /// <summary>Creates an incentive.</summary>
    /// <param name="description">What is offered, e.g. <c>10% off the next order</c> or <c>好评返现5元</c>.</param>
    /// <param name="condition">What the review must be; <see cref="IncentiveCondition.Unspecified"/> infers it.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank or <paramref name="condition"/> is undefined.</exception>
    public CampaignIncentive(string description, IncentiveCondition condition = IncentiveCondition.Unspecified)
    {
        Description = Preconditions.NotNullOrWhiteSpace(description, nameof(description));
        if (!Enum.IsDefined(condition))
        {
            Preconditions.ThrowArgument(nameof(condition), $"{(int)condition} is not a defined IncentiveCondition.");
        }

        Condition = condition;
    }

    /// <summary>What is offered.</summary>
    public string Description { get; }

    /// <summary>What the review must be.</summary>
    public IncentiveCondition Condition { get; }
}

/// <summary>
/// When a campaign sends its requests: the first <see cref="SendAfterDelivery"/> after delivery (negative: before
/// delivery), then <see cref="Reminders"/> reminders <see cref="ReminderInterval"/> apart, each at
/// <see cref="SendAtLocalTime"/> in the buyer's time zone when given.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CampaignSchedule
{
    private readonly int _reminders;
    private readonly Duration _reminderInterval;

    /// <summary>Delay from delivery to the first request (negative means before delivery).</summary>
    public Duration SendAfterDelivery { get; init; }

    /// <summary>How many reminders follow the first request (0 or more).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Reminders
    {
        get => _reminders;
        init
        {
            if (value < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(Reminders), value, "must be 0 or more.");
            }

            _reminders = value;
        }
    }

    /// <summary>Time between two requests (must be positive when there are reminders).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Duration ReminderInterval
    {
        get => _reminderInterval;
        init
        {
            if (value < Duration.Zero)
            {
                Preconditions.ThrowOutOfRange(nameof(ReminderInterval), value, "must not be negative.");
            }

            _reminderInterval = value;
        }
    }

    /// <summary>The buyer-local time of day at which requests go out; null means unknown (no quiet-hours check).</summary>
    public LocalTime? SendAtLocalTime { get; init; }
}
