using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary><c>AddOpenApi()</c>/<c>MapOpenApi()</c> document the three endpoints.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_OpenAPI_document_lists_the_three_endpoints()
    {
        await using var server = await TestServer.StartAsync(
            b => b.Services.AddOpenApi(),
            app =>
            {
                app.MapOpenApi();
                app.MapReputationRules();
            });
        var text = await server.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = JsonDocument.Parse(text).RootElement.GetProperty("paths");
        var expected = new[]
        {
            ("/reputation-rules/returns/check", "ReputationRules.ReturnsCheck"),
            ("/reputation-rules/reviews/check", "ReputationRules.ReviewsCheck"),
            ("/reputation-rules/scores", "ReputationRules.Scores"),
            ("/reputation-rules/feedback/analyze", "ReputationRules.FeedbackAnalyze"),
        };
        foreach (var (path, operationId) in expected)
        {
            var post = paths.GetProperty(path).GetProperty("post");
            Assert.Equal(operationId, post.GetProperty("operationId").GetString());
            Assert.False(string.IsNullOrEmpty(post.GetProperty("summary").GetString()));
            var requestTypes = post.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Contains("application/json", requestTypes);
            Assert.Contains("application/x-ndjson", requestTypes);
            var responses = post.GetProperty("responses").EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(["200", "400", "413", "415"], responses.Order());
        }

        var parameters = paths.GetProperty("/reputation-rules/scores").GetProperty("post").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Equal(["asOf", "scheme"], parameters.Order());
    }
}
