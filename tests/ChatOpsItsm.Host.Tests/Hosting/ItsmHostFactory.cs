using System.Net;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// The real host (<see cref="Program"/>) against the test Azurite, with its own tables (<c>Storage:TablePrefix</c>)
/// and queue (<c>Delivery:QueueName</c>, the prefix unless a test names one) and in-memory settings: bob is an
/// agent, the services are email and vpn. Two factories on the same prefix
/// are two instances of the bot sharing one storage account; disposing one and starting another is a restart.
/// Logs go to a <c>FakeLogCollector</c> (<c>Services.GetFakeLogCollector()</c>).
/// </summary>
public sealed class ItsmHostFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// Settings the host reads from <c>builder.Configuration</c> while it registers its services, before the factory's
    /// app configuration is applied (it is added when the host is built): these go in as host settings as well.
    /// </summary>
    private static readonly string[] BuildTimeSettings = ["Teams:Enabled", "Discord:Enabled"];

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public ItsmHostFactory(
        AzuriteFixture azurite, string tablePrefix, IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        ArgumentNullException.ThrowIfNull(azurite);
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,

            // Instances on the same tables share one queue; other tests' workers never see it.
            ["Delivery:QueueName"] = tablePrefix.ToLowerInvariant(),
            ["Itsm:Roles:agent:0"] = "local:bob",
            ["Itsm:Services:0:Name"] = "email",
            ["Itsm:Services:0:Keywords:0"] = "outlook",
            ["Itsm:Services:1:Name"] = "vpn",
            ["Itsm:Services:1:Keywords:0"] = "tunnel",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>
    /// The address the in-memory server reports as the caller's (TestServer has no network); loopback unless
    /// changed. Null leaves it alone, as a real Kestrel server must.
    /// </summary>
    public IPAddress? RemoteAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Replaces services after the host registered its own (an engine port's substitute, say).</summary>
    public Action<IServiceCollection>? ReplaceServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);
        foreach (string key in BuildTimeSettings)
        {
            if (_settings.TryGetValue(key, out string? value) && value is not null)
            {
                builder.UseSetting(key, value);
            }
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.ClearProviders().AddFakeLogging());
        builder.ConfigureTestServices(services =>
        {
            if (RemoteAddress is { } address)
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(address));
            }

            ReplaceServices?.Invoke(services);
        });
    }
}
