using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Reputation.Rules.AspNetCore.Tests;

internal sealed record Reply(HttpStatusCode Status, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The <c>errors</c> of a validation problem.</summary>
    public JsonElement Errors => Json.GetProperty("errors");

    public override string ToString() => $"{(int)Status} {ContentType}: {Body}";
}

internal static class Http
{
    public const string Returns = "/reputation-rules/returns/check";
    public const string Reviews = "/reputation-rules/reviews/check";
    public const string Scores = "/reputation-rules/scores";
    public const string Feedback = "/reputation-rules/feedback/analyze";

    public static Task<Reply> PostJsonAsync(this HttpClient client, string path, string body) => client.PostAsync(path, body, "application/json");

    public static Task<Reply> PostNdjsonAsync(this HttpClient client, string path, string body) => client.PostAsync(path, body, "application/x-ndjson");

    public static async Task<Reply> PostAsync(this HttpClient client, string path, string body, string? contentType)
    {
        using var content = new StringContent(body, new UTF8Encoding(false));
        content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await client.SendAsync(path, content);
    }

    public static async Task<Reply> PostBytesAsync(this HttpClient client, string path, byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return await client.SendAsync(path, content);
    }

    private static async Task<Reply> SendAsync(this HttpClient client, string path, HttpContent content)
    {
        var token = Xunit.TestContext.Current.CancellationToken;
        using var response = await client.PostAsync(path, content, token);
        var text = await response.Content.ReadAsStringAsync(token);
        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }
}
