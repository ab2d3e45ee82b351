using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Reputation.Rules.Scoring;

namespace Reputation.Rules.Tests.Scoring;

/// <summary>Short-hand for building feedback in tests.</summary>
internal static class ScoringData
{
    public static readonly CreditScoreCalculator Calculator = new();

    public static Instant At(string text)
    {
        if (text.Length == 10)
        {
            return LocalDatePattern.Iso.Parse(text).Value.At(new LocalTime(12, 0)).InUtc().ToInstant();
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success ? offset.Value.ToInstant() : InstantPattern.ExtendedIso.Parse(text).Value;
    }

    public static Feedback F(
        string rater,
        int stars,
        string at,
        string? order = null,
        string? item = null,
        bool auto = false,
        bool removed = false,
        DetailedRatings? dsr = null,
        string ratee = "S1") =>
        new(ratee, rater, stars, At(at), order, item, auto, removed, dsr);

    public static CreditReport Report(ScoringScheme scheme, string asOf, params Feedback[] history) =>
        Calculator.Calculate(history, "S1", scheme, At(asOf));

    public static CreditReport Report(ScoringScheme scheme, string asOf, IEnumerable<Feedback> history) =>
        Calculator.Calculate(history.ToArray(), "S1", scheme, At(asOf));

    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
