using NodaTime.Testing;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Rules.Returns;
using Reputation.Rules.Serialization;
using Reputation.Rules.Testing;
using Xunit;

namespace Reputation.Rules.AspNetCore.Tests;

/// <summary>docs/aspnetcore.md's own minimal API binding the library's types: the CLI's JSON too, and a 400 for bad input.</summary>
public sealed class OwnEndpointTests
{
    [Fact]
    public async Task A_minimal_API_binding_library_types_answers_the_CLI_json()
    {
        await using var server = await TestServer.StartAsync(
            b => b.Services.ConfigureHttpJsonOptions(o =>
            {
                o.SerializerOptions.TypeInfoResolverChain.Insert(0, ReputationRulesJson.TypeInfoResolver);
                o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            }),
            app => app.MapPost("/my/returns", (ReturnCheckRequest request, IReturnComplianceEngine engine) => request.Evaluate(engine)));
        foreach (var line in File.ReadLines(RepoPaths.Example("returns-dev.jsonl")).Take(3))
        {
            var cli = CliRunner.Run("returns check", line, new FakeClock(TestServer.Now));
            var reply = await server.Client.PostJsonAsync("/my/returns", line);
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal(cli.Out.TrimEnd('\n'), reply.Body);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.PostJsonAsync("/my/returns", "{\"caseId\":5}")).Status);
    }

    [Fact]
    public async Task Mapping_without_AddReputationRules_says_what_is_missing()
    {
        var builder = WebApplication.CreateBuilder();
        await using var app = builder.Build();
        var ex = Assert.Throws<System.InvalidOperationException>(() => app.MapReputationRules());
        Assert.Contains("AddReputationRules", ex.Message, System.StringComparison.Ordinal);
    }
}
