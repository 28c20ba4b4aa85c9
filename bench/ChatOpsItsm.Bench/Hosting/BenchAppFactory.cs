using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Bench.Hosting;

/// <summary>
/// The real host (its own <c>Program</c>, services and middleware) on Kestrel at a free loopback port, in the
/// Development environment, pointed at the bench's storage. The bench reaches it only through real HTTP.
/// </summary>
internal sealed class BenchAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The agent every command runs as: <c>local:bench-agent</c>, agent role.</summary>
    public const string AgentId = "bench-agent";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _contentRoot;

    /// <param name="repositoryRoot">The checkout; the host's content root (wwwroot, appsettings) is <c>src/ChatOpsItsm.Host</c> in it.</param>
    /// <param name="storageConnectionString">Where the host keeps its tables.</param>
    /// <param name="tablePrefix">A prefix no other run uses, so every run starts from empty tables.</param>
    public BenchAppFactory(string repositoryRoot, string storageConnectionString, string tablePrefix)
    {
        _contentRoot = Path.Combine(repositoryRoot, "src", "ChatOpsItsm.Host");
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Itsm:Roles:agent:0"] = "local:" + AgentId,
            ["Logging:LogLevel:Default"] = "Warning",
        };
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
        // Added last, so these win over appsettings*.json and the environment.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        // Warnings and errors only, whatever categories the host's appsettings raise: console output costs CPU.
        builder.ConfigureServices(services => services.PostConfigure<LoggerFilterOptions>(filter =>
        {
            filter.Rules.Clear();
            filter.MinLevel = LogLevel.Warning;
        }));
    }
}
