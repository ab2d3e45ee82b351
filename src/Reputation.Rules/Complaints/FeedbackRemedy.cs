using System;
using System.Collections.Immutable;

namespace Reputation.Rules.Complaints;

/// <summary>
/// What a seller can do about a cause of complaints, with where the advice comes from. The built-in remedies are
/// listed with their sources in docs/feedback.md; options add or replace them per cause.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FeedbackRemedy
{
    /// <summary>Creates a remedy.</summary>
    /// <param name="cause">The cause it answers.</param>
    /// <param name="id">A short stable id, e.g. <c>measurement-table</c>.</param>
    /// <param name="text">What to do.</param>
    /// <param name="source">Where the advice comes from (a guide, a marketplace help page, a statute).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="text"/> is blank.</exception>
    public FeedbackRemedy(FeedbackCause cause, string id, string text, string? source = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("id: must not be blank.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("text: must not be blank.", nameof(text));
        }

        Cause = cause;
        Id = id;
        Text = text;
        Source = source ?? string.Empty;
    }

    /// <summary>The cause it answers.</summary>
    public FeedbackCause Cause { get; }

    /// <summary>A short stable id.</summary>
    public string Id { get; }

    /// <summary>What to do.</summary>
    public string Text { get; }

    /// <summary>Where the advice comes from; empty when not given.</summary>
    public string Source { get; }
}

/// <summary>The built-in remedies (sources: docs/sources/feedback-causes.md).</summary>
internal static class BuiltInRemedies
{
    private const string Guides = "Seller guides on negative feedback (docs/sources/feedback-causes.md §2)";

    private const string SizeCharts = "Amazon Seller Central, Size charts: body measurements per size in local units (docs/sources/feedback-causes.md §2.1)";

    public static ImmutableArray<FeedbackRemedy> All { get; } =
    [
        new(FeedbackCause.SizeFit, "measurement-table", "Publish a measurement table with body measurements (chest, waist, hips, foot length) and the item's own dimensions, in centimetres and inches, and say how it fits (runs small, true to size).", SizeCharts),
        new(FeedbackCause.SizeFit, "fit-photos", "Show the item worn or next to an object of known size, with the model's height and the size worn.", Guides),
        new(FeedbackCause.NotAsDescribed, "honest-photos", "Use unedited daylight photos that show the true colour, material close-ups and every variant; describe materials and features exactly as they are.", Guides),
        new(FeedbackCause.NotAsDescribed, "claims-check", "Check every claimed feature (waterproof, real leather, wireless) against the product before listing, and remove claims you cannot back.", "Directive 2005/29/EC (unfair commercial practices), Art. 6: misleading actions (docs/sources/feedback-causes.md §3)"),
        new(FeedbackCause.Quality, "batch-inspection", "Inspect or sample every batch before shipping (function test, seams, smell) and track defects per supplier.", Guides),
        new(FeedbackCause.Quality, "spare-parts", "Keep spare parts for common failures and replace quickly.", Guides),
        new(FeedbackCause.DamagedInTransit, "packaging", "Use packaging matched to the item (double box, bubble wrap, void fill, sealed bags for liquids) and drop-test fragile goods.", Guides),
        new(FeedbackCause.DamagedInTransit, "fragile-spares", "Send spare parts for fragile goods and replace damaged items without asking for them back.", Guides),
        new(FeedbackCause.WrongItem, "pick-check", "Check SKU, variant and quantity at packing (scan or second check) against a packing list that names every part and accessory.", Guides),
        new(FeedbackCause.ShippingDelay, "delivery-table", "Publish a delivery-time table per destination and shipping method on the product page.", Guides),
        new(FeedbackCause.ShippingDelay, "tracking-notices", "Send the tracking number and estimated arrival right after shipping, follow up every week on late and stalled parcels, and tell those buyers first.", "Amazon Seller Central: valid tracking and on-time delivery rates (docs/sources/feedback-causes.md §4)"),
        new(FeedbackCause.Communication, "reply-time", "Set a reply-time target (within 24 hours, every day), measure it, and answer each buyer personally.", Guides),
        new(FeedbackCause.ReturnRefund, "refund-on-time", "Refund in full, to the original means of payment, within the deadline after the return arrives (5 working days baseline, stricter where law or marketplace says so), and publish a simple return procedure.", "Return and refund law per market (docs/sources/feedback-causes.md §4)"),
        new(FeedbackCause.PriceValue, "value-clarity", "Show what the price includes (materials, accessories, warranty), and revisit the price where buyers say it is not worth it.", Guides),
    ];
}
