using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests;

public sealed class EngineServiceCollectionExtensionsTests
{
    [Fact]
    public void SlaPolicyFrom_NoOverrides_IsTheDefaultPolicy()
    {
        SlaPolicy policy = EngineServiceCollectionExtensions.SlaPolicyFrom(new ItsmOptions());

        Assert.All(Enum.GetValues<Priority>(), p => Assert.Equal(SlaPolicy.Default.For(p), policy.For(p)));
    }

    [Fact]
    public void SlaPolicyFrom_Overrides_ReplaceOnlyThosePriorities()
    {
        ItsmOptions options = new()
        {
            Sla = new Dictionary<string, SlaTargetOptions>
            {
                ["P1"] = new() { Response = TimeSpan.FromMinutes(5), Resolution = TimeSpan.FromHours(2) },
                ["p4"] = new() { Response = TimeSpan.FromHours(12), Resolution = TimeSpan.FromDays(5) },
            },
        };

        SlaPolicy policy = EngineServiceCollectionExtensions.SlaPolicyFrom(options);

        Assert.Equal(new SlaTarget(TimeSpan.FromMinutes(5), TimeSpan.FromHours(2)), policy.For(Priority.P1));
        Assert.Equal(new SlaTarget(TimeSpan.FromHours(12), TimeSpan.FromDays(5)), policy.For(Priority.P4));
        Assert.Equal(SlaPolicy.Default.For(Priority.P2), policy.For(Priority.P2));
        Assert.Equal(SlaPolicy.Default.For(Priority.P3), policy.For(Priority.P3));
        Assert.Equal(SlaPolicy.Default.For(Priority.P5), policy.For(Priority.P5));
    }

    [Fact]
    public void AddConversationEngine_WithoutATimeProvider_RegistersTheSystemClock()
    {
        ServiceCollection services = new();

        services.AddConversationEngine();

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddConversationEngine_RegistersTheOptionsValidator()
    {
        ServiceCollection services = new();

        services.AddConversationEngine();

        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<ItsmOptions>)
            && d.ImplementationType == typeof(ItsmOptionsValidator));
    }

    [Fact]
    public void AddConversationEngine_ClockRegisteredFirst_KeepsThatClockAndResolvesTheEngine()
    {
        FakeTimeProvider clock = new();
        ServiceCollection services = new();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Options.Create(new ItsmOptions()));
        AddPorts(services);

        services.AddConversationEngine();

        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
        Assert.NotNull(provider.GetRequiredService<ConversationEngine>());
    }

    [Fact]
    public void AddConversationEngine_PortsRegistered_ResolvesTheDeliveryProcessorAsTheDeliveryHandler()
    {
        ServiceCollection services = new();
        services.AddSingleton(Options.Create(new ItsmOptions()));
        AddPorts(services);

        services.AddConversationEngine();

        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Assert.IsType<DeliveryProcessor>(provider.GetRequiredService<IDeliveryHandler>());
    }

    [Fact]
    public void AddConversationEngine_NoOutboundChannel_StillResolvesTheDeliveryHandler()
    {
        ServiceCollection services = new();
        services.AddSingleton(Options.Create(new ItsmOptions()));
        AddPorts(services, withChannel: false);

        services.AddConversationEngine();

        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Assert.Empty(provider.GetRequiredService<OutboundChannels>().Platforms);
        Assert.NotNull(provider.GetRequiredService<IDeliveryHandler>());
    }

    [Fact]
    public async Task AddConversationEngine_SlaOverridesInOptions_ReachNewIncidents()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Sla["P3"] = new SlaTargetOptions { Response = TimeSpan.FromMinutes(30), Resolution = TimeSpan.FromHours(6) };
        using EngineHarness harness = new(options);

        await harness.HandleAsync(Chat.Alice.Says("incident report Printer jam service:printing"));

        Assert.Equal(TimeSpan.FromMinutes(30), Assert.Single(harness.Created).SlaTarget.Response);
    }

    /// <summary>The ports storage and the host register: every one the engine's services need.</summary>
    private static void AddPorts(ServiceCollection services, bool withChannel = true)
    {
        services.AddSingleton(Substitute.For<IIncidentStore>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Changes.IChangeStore>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Problems.IProblemStore>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Releases.IReleaseStore>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Requests.IRequestStore>());
        services.AddSingleton(Substitute.For<IDialogStore>());
        services.AddSingleton(Substitute.For<IInboundLedger>());
        services.AddSingleton(Substitute.For<IConversationReferences>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Identity.IIdentityLinks>());
        services.AddSingleton(Substitute.For<IWorkScheduler>());
        services.AddSingleton(Substitute.For<INotificationPreferences>());
        services.AddSingleton(Substitute.For<IDeliveryLedger>());
        services.AddSingleton(Substitute.For<IFailedDeliveries>());
        services.AddSingleton<ILogger<ConversationEngine>>(NullLogger<ConversationEngine>.Instance);
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.MajorIncidents.IWarRooms>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.MajorIncidents.IBurstOffers>());
        services.AddSingleton<ILogger<ChatOpsItsm.Engine.MajorIncidents.BurstDetector>>(NullLogger<ChatOpsItsm.Engine.MajorIncidents.BurstDetector>.Instance);
        services.AddSingleton<ILogger<ChatOpsItsm.Engine.MajorIncidents.ShowMajorHandler>>(NullLogger<ChatOpsItsm.Engine.MajorIncidents.ShowMajorHandler>.Instance);
        if (withChannel)
        {
            IOutboundChannel local = Substitute.For<IOutboundChannel>();
            local.Platform.Returns("local");
            services.AddSingleton(local);
        }
    }
}
