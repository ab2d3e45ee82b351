using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using Reputation.Rules.Utility;

namespace Reputation.Rules.Reviews;

/// <summary>
/// A message a seller is about to send to a buyer, with the context the guard needs: where it goes (platform, buyer
/// market), when (<see cref="SentAt"/>, in the buyer's <see cref="BuyerTimeZone"/>), and the order's history (delivery,
/// an existing review, earlier review requests).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(Serialization.SolicitationMessageJsonConverter))]
public sealed class SolicitationMessage
{
    private readonly int? _existingReviewStars;
    private readonly ImmutableArray<Instant> _previousRequests = ImmutableArray<Instant>.Empty;

    /// <summary>Creates a message.</summary>
    /// <param name="text">The message text exactly as it will be sent (any language; may be empty).</param>
    /// <param name="platform">The platform profile name, e.g. <c>amazon</c>, <c>taobao</c>, <c>own-site</c>.</param>
    /// <param name="buyerMarket">The buyer's market; selects the law profile.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="platform"/> is blank or <paramref name="buyerMarket"/> is default.</exception>
    public SolicitationMessage(string text, string platform, CountryCode buyerMarket)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Platform = Preconditions.NotNullOrWhiteSpace(platform, nameof(platform)).Trim();
        if (buyerMarket.Value.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(buyerMarket), "must not be default(CountryCode).");
        }

        BuyerMarket = buyerMarket;
    }

    /// <summary>The message text.</summary>
    public string Text { get; }

    /// <summary>The platform profile name.</summary>
    public string Platform { get; }

    /// <summary>The buyer's market.</summary>
    public CountryCode BuyerMarket { get; }

    /// <summary>When the message is sent; null means "now" by the guard's clock.</summary>
    public Instant? SentAt { get; init; }

    /// <summary>The buyer's time zone (IANA, from NodaTime's TZDB); null means no quiet-hours check.</summary>
    public DateTimeZone? BuyerTimeZone { get; init; }

    /// <summary>When the order was delivered; null means unknown (no timing check).</summary>
    public Instant? DeliveredAt { get; init; }

    /// <summary>The stars (1–5) of the buyer's existing review of this order, if any (context: 3 or fewer is negative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–5.</exception>
    public int? ExistingReviewStars
    {
        get => _existingReviewStars;
        init
        {
            if (value is < 1 or > 5)
            {
                Preconditions.ThrowOutOfRange(nameof(ExistingReviewStars), value, "must be from 1 to 5 stars.");
            }

            _existingReviewStars = value;
        }
    }

    /// <summary>Earlier review requests for the same order (any order; default means none).</summary>
    public ImmutableArray<Instant> PreviousRequests
    {
        get => _previousRequests;
        init => _previousRequests = value.IsDefault ? ImmutableArray<Instant>.Empty : value;
    }
}
