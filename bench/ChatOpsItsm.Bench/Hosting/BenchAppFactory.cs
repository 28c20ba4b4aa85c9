using System.Net;
using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ChatOpsItsm.Bench.Hosting;

/// <summary>
/// The real host (its own <c>Program</c>, services and middleware) on Kestrel at a free loopback port, in the
/// Development environment, pointed at the bench's storage. The bench reaches it only through real HTTP. With a
/// <see cref="DeliveryRecorder"/>, every registered outbound channel is wrapped in a
/// <see cref="RecordingOutboundChannel"/>.
/// </summary>
internal sealed class BenchAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The agent every command runs as: <c>local:bench-agent</c>, agent role.</summary>
    public const string AgentId = "bench-agent";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _contentRoot;
    private readonly DeliveryRecorder? _recorder;

    /// <summary>Settings the host reads while it registers its services (before app configuration is layered on).</summary>
    private static readonly string[] BuildTimeSettings = ["Teams:Enabled", "Discord:Enabled"];

    /// <summary>Replaces services after the host registered its own (the Teams fakes, say).</summary>
    public Action<IServiceCollection>? ReplaceServices { get; init; }

    /// <param name="repositoryRoot">The checkout; the host's content root (wwwroot, appsettings) is <c>src/ChatOpsItsm.Host</c> in it.</param>
    /// <param name="storageConnectionString">Where the host keeps its tables and its queue.</param>
    /// <param name="tablePrefix">A prefix no other run uses, so every run starts from empty tables.</param>
    /// <param name="settings">The host's mode (<see cref="HostSettings"/>): queue, workers, routes.</param>
    /// <param name="recorder">Told of every notice handed to a channel; null leaves the channels alone.</param>
    public BenchAppFactory(
        string repositoryRoot,
        string storageConnectionString,
        string tablePrefix,
        IReadOnlyDictionary<string, string?> settings,
        DeliveryRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _contentRoot = Path.Combine(repositoryRoot, "src", "ChatOpsItsm.Host");
        _recorder = recorder;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Itsm:Roles:agent:0"] = "local:" + AgentId,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach ((string key, string? value) in settings)
        {
            _settings[key] = value;
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the host (tables are created by its own start-up check) and returns its base address.</summary>
    public Uri Start()
    {
        StartServer();
        IServerAddressesFeature addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        // The factory looks for its manifest in the working directory; `dotnet run` from the repository root has none.
        builder.UseContentRoot(_contentRoot);
        foreach (string key in BuildTimeSettings)
        {
            if (_settings.TryGetValue(key, out string? value) && value is not null)
            {
                builder.UseSetting(key, value);
            }
        }

        // Added last, so these win over appsettings*.json and the environment.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        // Warnings and errors only, whatever categories the host's appsettings raise: console output costs CPU. On
        // stderr with the bench's progress, so that stdout holds the tables alone.
        builder.ConfigureServices(services =>
        {
            services.PostConfigure<LoggerFilterOptions>(filter =>
            {
                filter.Rules.Clear();
                filter.MinLevel = LogLevel.Warning;
            });
            services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        builder.ConfigureTestServices(services =>
        {
            // Configuration merges lists by index: routes the appsettings list beyond the bench's own are dropped.
            int routes = HostSettings.OnCallRoutes(_settings).Count;
            services.PostConfigure<ItsmOptions>(itsm =>
            {
                while (itsm.Routes.OnCall.Count > routes)
                {
                    itsm.Routes.OnCall.RemoveAt(itsm.Routes.OnCall.Count - 1);
                }
            });
            if (_recorder is { } recorder)
            {
                WrapChannels(services, recorder);
            }

            ReplaceServices?.Invoke(services);
        });
    }

    private static void WrapChannels(IServiceCollection services, DeliveryRecorder recorder)
    {
        ServiceDescriptor[] channels = [.. services.Where(descriptor => descriptor.ServiceType == typeof(IOutboundChannel))];
        foreach (ServiceDescriptor channel in channels)
        {
            services.Remove(channel);
            services.Add(new ServiceDescriptor(
                typeof(IOutboundChannel), provider => new RecordingOutboundChannel(Create(provider, channel), recorder), channel.Lifetime));
        }
    }

    private static IOutboundChannel Create(IServiceProvider provider, ServiceDescriptor channel) =>
        channel.ImplementationInstance as IOutboundChannel
            ?? channel.ImplementationFactory?.Invoke(provider) as IOutboundChannel
            ?? (IOutboundChannel)ActivatorUtilities.CreateInstance(
                provider, channel.ImplementationType ?? throw new InvalidOperationException("An outbound channel has no implementation."));
}
