using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Reputation.Rules.Scoring;

/// <summary>Computes credit reports from feedback under a <see cref="ScoringScheme"/> (mockable; see <see cref="CreditScoreCalculator"/>).</summary>
/// <remarks>Implementations are immutable and thread-safe; every result is a pure function of the input and the as-of instant.</remarks>
public interface ICreditScoreCalculator
{
    /// <summary>The scheme used by the overloads that take none.</summary>
    ScoringScheme DefaultScheme { get; }

    /// <summary>One ratee's report from a history (records of other ratees are ignored).</summary>
    /// <param name="history">The feedback, in any order.</param>
    /// <param name="ratee">The ratee to report on.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of instant: later records are excluded, windows and decay end here.</param>
    /// <returns>The report (an empty history gives the scheme's empty report).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratee"/> is blank, or <paramref name="history"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not defined, or <paramref name="asOf"/> is outside the years −9000 to 9000.</exception>
    CreditReport Calculate(IEnumerable<Feedback> history, string ratee, ScoringScheme scheme, Instant asOf);

    /// <summary>A report per ratee in a history, ratees in ordinal order.</summary>
    /// <param name="history">The feedback, in any order.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="asOf">The as-of instant.</param>
    /// <returns>The reports.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not defined, or <paramref name="asOf"/> is outside the years −9000 to 9000.</exception>
    ImmutableArray<CreditReport> CalculateAll(IEnumerable<Feedback> history, ScoringScheme scheme, Instant asOf);

    /// <summary>One ratee's report from a tally, as of <see cref="FeedbackTally.AsOf"/>.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="ratee">The ratee.</param>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratee"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not defined.</exception>
    CreditReport Calculate(FeedbackTally tally, string ratee, ScoringScheme scheme);

    /// <summary>A report per ratee in a tally, ratees in ordinal order.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The reports.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not defined.</exception>
    ImmutableArray<CreditReport> CalculateAll(FeedbackTally tally, ScoringScheme scheme);
}
