using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using Xunit;

namespace Reputation.Rules.Orleans.Tests;

/// <summary>A 2-silo in-process cluster with memory grain storage, shared by the tests of the collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int ShardCount = 4;

    public TestCluster Cluster { get; private set; } = null!;

    public ReputationRulesScoringClient Scoring => Cluster.Client.ServiceProvider.GetRequiredService<ReputationRulesScoringClient>();

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder
                .AddMemoryGrainStorage(ReputationRulesOrleansOptions.DefaultStorageName)
                .AddReputationRulesScoring(o => o.ShardCount = ShardCount);
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddReputationRulesScoring(o => o.ShardCount = ShardCount);
    }
}

[CollectionDefinition(nameof(ClusterGroup))]
public sealed class ClusterGroup : ICollectionFixture<ClusterFixture>;
