using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Reputation.Rules.Scoring;
using Xunit;

namespace Reputation.Rules.Orleans.Tests;

/// <summary>
/// A silo stopped and restarted mid-stream loses nothing that was acknowledged: the grains it hosted come back on the
/// other silo from storage that outlives silos (here: bytes in the test process, as a database would keep them).
/// </summary>
public sealed class SiloRestartTests
{
    [Fact]
    public async Task A_silo_stopped_and_restarted_mid_stream_loses_nothing_acknowledged()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        await using var cluster = builder.Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        var scoring = cluster.Client.ServiceProvider.GetRequiredService<ReputationRulesScoringClient>();

        var prefix = "K-" + Guid.NewGuid().ToString("N")[..8] + "-";
        var history = Histories.Rename(Gen.Sample(Histories.FeedbackGen, 300, new Rnd(20261203UL), 10), prefix);
        Assert.Equal(300, history.Length);
        var batches = history.Chunk(10).ToArray();
        for (var i = 0; i < batches.Length; i++)
        {
            await scoring.AddAsync(batches[i]);
            if (i == batches.Length / 3)
            {
                await cluster.StopSiloAsync(cluster.SecondarySilos[0], TestContext.Current.CancellationToken);
            }
            else if (i == 2 * batches.Length / 3)
            {
                await cluster.StartAdditionalSiloAsync();
            }
        }

        var calculator = new CreditScoreCalculator();
        foreach (var ratee in new[] { prefix + "S1", prefix + "S2" })
        {
            var reports = await scoring.GetReportsAsync(ratee, Histories.Schemes, Histories.AsOf);
            Assert.Equal(Histories.Schemes.Select(s => calculator.Calculate(history, ratee, s, Histories.AsOf)), reports);
        }

        await cluster.StopAllSilosAsync(TestContext.Current.CancellationToken);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddGrainStorage(
                ReputationRulesOrleansOptions.DefaultStorageName,
                (services, _) => new ProcessGrainStorage(services.GetRequiredService<Serializer>()));
            siloBuilder.AddReputationRulesScoring(o => o.ShardCount = ClusterFixture.ShardCount);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddReputationRulesScoring(o => o.ShardCount = ClusterFixture.ShardCount);
    }

    /// <summary>Grain storage outside every silo: serialized bytes per grain in a static dictionary, with etags.</summary>
    private sealed class ProcessGrainStorage(Serializer serializer) : IGrainStorage
    {
        private static readonly ConcurrentDictionary<string, (string ETag, byte[] Bytes)> Store = new(StringComparer.Ordinal);

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (Store.TryGetValue(Key(stateName, grainId), out var stored))
            {
                grainState.State = serializer.Deserialize<T>(stored.Bytes);
                grainState.ETag = stored.ETag;
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var etag = Guid.NewGuid().ToString("N");
            var key = Key(stateName, grainId);
            var bytes = serializer.SerializeToArray(grainState.State);
            if (Store.TryGetValue(key, out var stored) && stored.ETag != grainState.ETag)
            {
                throw new InconsistentStateException("ETag mismatch.", stored.ETag, grainState.ETag);
            }

            Store[key] = (etag, bytes);
            grainState.ETag = etag;
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            Store.TryRemove(Key(stateName, grainId), out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }

        private static string Key(string stateName, GrainId grainId) => stateName + "|" + grainId;
    }
}
