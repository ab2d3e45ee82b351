using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Reputation.Rules.Delivery;
using Xunit;

namespace Reputation.Rules.Tests.DependencyInjection;

public sealed class DeliveryRegistrationTests
{
    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddReputationRules(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static Shipment Shipment() =>
        new("s1", CountryCode.Parse("CN"), CountryCode.Parse("DE"), "standard", Instant.FromUtc(2026, 3, 2, 9, 0), Instant.FromUtc(2026, 3, 3, 10, 0),
            [new TrackingEvent(Instant.FromUtc(2026, 3, 4, 2, 0), TrackingStatus.InTransit)]);

    [Fact]
    public void Thresholds_and_the_promise_table_come_from_configuration()
    {
        using var sp = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Delivery:Methods:standard:StalledDays"] = "10",
            ["Delivery:Promises:0:Origin"] = "CN",
            ["Delivery:Promises:0:Destination"] = "DE",
            ["Delivery:Promises:0:Method"] = "standard",
            ["Delivery:Promises:0:HandlingDays"] = "1",
            ["Delivery:Promises:0:TransitMin"] = "10",
            ["Delivery:Promises:0:TransitMax"] = "20",
            ["Delivery:Promises:0:TransitUnit"] = "Working",
        }).Build());
        var engine = sp.GetRequiredService<IDeliveryEngine>();
        var result = engine.Classify(Shipment(), Instant.FromUtc(2026, 3, 10, 12, 0));
        Assert.Equal(ShipmentState.OnTrack, result.State); // 6.4 days since the scan: not stalled under 10
        Assert.Equal(new LocalDate(2026, 3, 31), result.Estimate.Latest);
        Assert.Same(engine, sp.GetRequiredService<IDeliveryEngine>());
    }

    [Fact]
    public void Invalid_delivery_options_are_listed_with_their_paths()
    {
        using var sp = Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Delivery:Methods:postal:StalledDays"] = "0",
            ["Delivery:MinValidTrackingRate"] = "1.5",
            ["Delivery:Promises:0:Origin"] = "CN",
            ["Delivery:Promises:0:Destination"] = "DE",
            ["Delivery:Promises:0:Method"] = "standard",
            ["Delivery:Promises:0:TransitMin"] = "5",
            ["Delivery:Promises:0:TransitMax"] = "1",
        }).Build());
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IDeliveryEngine>().Classify(Shipment(), Instant.FromUtc(2026, 3, 10, 12, 0)));
        var all = string.Join("\n", ex.Failures);
        Assert.Contains("Delivery.Methods.postal.StalledDays", all, System.StringComparison.Ordinal);
        Assert.Contains("Delivery.MinValidTrackingRate", all, System.StringComparison.Ordinal);
        Assert.Contains("Delivery.Promises[0].TransitMax", all, System.StringComparison.Ordinal);
    }
}
