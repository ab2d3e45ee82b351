using System;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Reputation.Rules.Reviews;

/// <summary>
/// One request to check a review solicitation: what one line of the <c>reviews check</c> wire format carries, a
/// message or a campaign with the caller's optional id (a string, or a number echoed as written).
/// </summary>
/// <remarks>This type is immutable and thread-safe. Read and write it with <see cref="Serialization.ReputationRulesJson"/>.</remarks>
[JsonConverter(typeof(Serialization.ReviewCheckRequestJsonConverter))]
public sealed partial class ReviewCheckRequest
{
    private readonly bool _idIsNumber;

    /// <summary>Creates a request to check one message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="id">The caller's id of the message, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ReviewCheckRequest(SolicitationMessage message, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Id = id;
    }

    /// <summary>Creates a request to check one campaign.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="id">The caller's id of the campaign, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is null.</exception>
    public ReviewCheckRequest(SolicitationCampaign campaign, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        Campaign = campaign;
        Id = id;
    }

    /// <summary>The caller's id, echoed in the report; null when none was given. A numeric id is its JSON number text.</summary>
    public string? Id { get; }

    /// <summary>Whether <see cref="Id"/> is a JSON number (written without quotes), such as <c>42</c>.</summary>
    /// <exception cref="ArgumentException">Set to true while <see cref="Id"/> is not a JSON number.</exception>
    public bool IdIsNumber
    {
        get => _idIsNumber;
        init
        {
            if (value && (Id is null || !JsonNumber().IsMatch(Id)))
            {
                throw new ArgumentException("IdIsNumber: the id is not a JSON number such as 42.", nameof(IdIsNumber));
            }

            _idIsNumber = value;
        }
    }

    /// <summary>The message to check, or null for a campaign.</summary>
    public SolicitationMessage? Message { get; }

    /// <summary>The campaign to check, or null for a message.</summary>
    public SolicitationCampaign? Campaign { get; }

    /// <summary>The text checked: the message text or the campaign template (finding spans index into it).</summary>
    public string Text => Message?.Text ?? Campaign!.Template;

    /// <summary>Checks the message or campaign with a guard.</summary>
    /// <param name="guard">The guard.</param>
    /// <returns>The result: this request and the guard's report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public ReviewCheckResult Check(ISolicitationGuard guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return new ReviewCheckResult(this, Message is { } message ? guard.Check(message) : guard.Check(Campaign!));
    }

    /// <summary>
    /// Checks the message or campaign and, when the guard warns or blocks, adds its suggestion
    /// (<see cref="ISolicitationGuard.Suggest(SolicitationMessage)"/>); a campaign gets no text, only the reason.
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <returns>The result with <see cref="ReviewCheckResult.Suggestion"/> set when the decision is not allow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guard"/> is null.</exception>
    public ReviewCheckResult CheckAndSuggest(ISolicitationGuard guard)
    {
        var result = Check(guard);
        if (result.Decision == SolicitationDecision.Allow)
        {
            return result;
        }

        var suggestion = Message is { } message
            ? guard.Suggest(message)
            : SolicitationSuggestion.None("Suggestions are made for single messages; change the campaign's template, audience, incentive or schedule as the findings say.");
        return new ReviewCheckResult(this, result.Report) { Suggestion = suggestion };
    }

    /// <inheritdoc />
    public override string ToString() => (Id ?? "(no id)") + (Message is null ? ": campaign" : ": message");

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}

/// <summary>The result of checking a <see cref="ReviewCheckRequest"/>: the request (its id and text) and the guard's report.</summary>
/// <remarks>This type is immutable and thread-safe. It is one output line of the <c>reviews check</c> wire format.</remarks>
[JsonConverter(typeof(Serialization.ReviewCheckResultJsonConverter))]
public sealed class ReviewCheckResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="request">The request checked.</param>
    /// <param name="report">The guard's report on it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReviewCheckResult(ReviewCheckRequest request, SolicitationReport report)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        Request = request;
        Report = report;
    }

    /// <summary>The request checked.</summary>
    public ReviewCheckRequest Request { get; }

    /// <summary>The guard's report.</summary>
    public SolicitationReport Report { get; }

    /// <summary>
    /// The guard's suggestion when one was asked for (<see cref="ReviewCheckRequest.CheckAndSuggest(ISolicitationGuard)"/>)
    /// and the decision is not allow; null otherwise. Written as <c>suggestion</c> (and <c>suggestionReason</c>).
    /// </summary>
    public SolicitationSuggestion? Suggestion { get; init; }

    /// <summary>The decision: <see cref="SolicitationReport.Decision"/>.</summary>
    public SolicitationDecision Decision => Report.Decision;

    /// <inheritdoc />
    public override string ToString() => (Request.Id ?? "(no id)") + ": " + Report;
}
