using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Rules.AspNetCore.Diagnostics;
using Reputation.Rules.AspNetCore.Http;
using Reputation.Rules.Complaints;
using Reputation.Rules.Returns;
using Reputation.Rules.Reviews;
using Reputation.Rules.Scoring;

namespace Reputation.Rules;

/// <summary>
/// Maps the Reputation.Rules HTTP endpoints: the CLI's <c>returns check</c>, <c>reviews check</c> and <c>score</c>
/// over HTTP, answering exactly the CLI's JSON (docs/aspnetcore.md).
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddReputationRules();
/// var app = builder.Build();
/// app.MapReputationRules().RequireAuthorization();
/// </code>
/// </example>
public static class ReputationRulesEndpointRouteBuilderExtensions
{
    /// <summary>The default route prefix: <c>/reputation-rules</c>.</summary>
    public const string DefaultPrefix = "/reputation-rules";

    private static readonly string[] RequestTypes = ["application/json", RequestBodyReader.NdjsonContentType];

    /// <summary>
    /// Maps <c>POST {prefix}/returns/check</c>, <c>POST {prefix}/reviews/check</c> and
    /// <c>POST {prefix}/scores?scheme=all&amp;asOf=yyyy-MM-dd</c>. Each takes one JSON object (one CLI input line), a
    /// JSON array of them, or <c>application/x-ndjson</c>, and answers the CLI's output objects: one object for one
    /// object (scores: always an array), a JSON array for an array, NDJSON for NDJSON. Invalid input is a
    /// <c>400 application/problem+json</c> whose <c>errors</c> are keyed by JSON path (<c>[3].$.order.total</c>);
    /// a body over <see cref="AspNetCore.ReputationRulesHttpOptions.MaxRequestBodyBytes"/> is a <c>413</c>; another
    /// content type a <c>415</c>. The engines are those of <c>AddReputationRules</c>, so options and reloads apply.
    /// </summary>
    /// <param name="endpoints">The app or another endpoint route builder.</param>
    /// <param name="prefix">The route prefix (default <c>/reputation-rules</c>).</param>
    /// <returns>The group of the three endpoints, to add authorization, rate limiting, CORS or more metadata.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>services.AddReputationRules()</c> was not called, or the Reputation.Rules package is another version.</exception>
    public static RouteGroupBuilder MapReputationRules(this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        if (endpoints.ServiceProvider.GetService<ReputationRulesRuntime>() is null)
        {
            throw new InvalidOperationException(
                "MapReputationRules needs the engines: call builder.Services.AddReputationRules() before builder.Build().");
        }

        // The package uses internals of Reputation.Rules (the current options' guard, the reload events): same version only.
        var library = typeof(ReputationRulesRuntime).Assembly.GetName().Version;
        var package = typeof(ReputationRulesEndpointRouteBuilderExtensions).Assembly.GetName().Version;
        if (library != package)
        {
            throw new InvalidOperationException(
                $"Reputation.Rules.AspNetCore {package} needs Reputation.Rules {package} (found {library}): reference the same version of both packages.");
        }

        ReloadLogging.Attach(endpoints.ServiceProvider);
        var group = endpoints.MapGroup(prefix).WithTags("Reputation.Rules");

        group.MapPost("/returns/check", (Func<HttpContext, Task>)EndpointHandlers.ReturnsCheckAsync)
            .WithName("ReputationRules.ReturnsCheck")
            .WithSummary("Checks return cases against the seller's policy, the marketplace and the buyer market's law.")
            .WithDescription("Body: one `returns check` input object (docs/returns.md), a JSON array of them, or NDJSON. "
                + "Answers the CLI's output object for each: one object, a JSON array, or NDJSON. Invalid input: 400 with every problem by JSON path.")
            .Accepts<ReturnCheckRequest>(RequestTypes[0], RequestTypes[1])
            .Produces<ReturnReport>(StatusCodes.Status200OK, RequestTypes[0], RequestTypes[1])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/reviews/check", (Func<HttpContext, string?, Task>)EndpointHandlers.ReviewsCheckAsync)
            .WithName("ReputationRules.ReviewsCheck")
            .WithSummary("Checks review-solicitation messages or campaigns before they are sent: allow, warn or block.")
            .WithDescription("Body: one `reviews check` input object (docs/reviews.md), a JSON array of them, or NDJSON. Query: `suggest` "
                + "(true: add the compliant rewrite and lawful send time of each warned or blocked message, as `reviews check --suggest`). "
                + "Answers the CLI's output object for each: one object, a JSON array, or NDJSON. Invalid input: 400 with every problem by JSON path.")
            .Accepts<ReviewCheckRequest>(RequestTypes[0], RequestTypes[1])
            .Produces<ReviewCheckResult>(StatusCodes.Status200OK, RequestTypes[0], RequestTypes[1])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/feedback/analyze", (Func<HttpContext, Task>)EndpointHandlers.FeedbackAnalyzeAsync)
            .WithName("ReputationRules.FeedbackAnalyze")
            .WithSummary("Finds why buyers complain: causes with spans and deciding terms, and a reply draft the review guard allows.")
            .WithDescription("Body: one `feedback analyze` input object (docs/feedback.md), a JSON array of them, or NDJSON. "
                + "Answers the CLI's output object for each: one object, a JSON array, or NDJSON. Invalid input: 400 with every problem by JSON path.")
            .Accepts<CustomerReview>(RequestTypes[0], RequestTypes[1])
            .Produces<FeedbackAnalysis>(StatusCodes.Status200OK, RequestTypes[0], RequestTypes[1])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/scores", (Func<HttpContext, string?, string?, Task>)EndpointHandlers.ScoresAsync)
            .WithName("ReputationRules.Scores")
            .WithSummary("Credit scores from feedback: Taobao, eBay, eBay classic, AliExpress, Amazon and the CRS-1 composite.")
            .WithDescription("Body: one `score` input object (docs/scoring.md), a JSON array of them, or NDJSON. Query: `scheme` "
                + "(taobao, ebay, ebay-classic, aliexpress, amazon, composite or all; default all) and `asOf` (an instant, or a date meaning "
                + "23:59:59 UTC that day; default now). Answers the CLI's report objects, one per ratee and scheme: a JSON array, or NDJSON for NDJSON.")
            .Accepts<Feedback>(RequestTypes[0], RequestTypes[1])
            .Produces<CreditReport[]>(StatusCodes.Status200OK, RequestTypes[0], RequestTypes[1])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        return group;
    }
}
