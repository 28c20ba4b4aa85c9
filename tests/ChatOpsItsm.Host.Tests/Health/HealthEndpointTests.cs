using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Health;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.Storage.AzureTables;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Host.Tests.Health;

public sealed class HealthEndpointTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Healthz_StorageReachable_Is200Healthy()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.Equal("reachable", (string?)body["storage"]);
    }

    /// <remarks>
    /// The full host refuses to start without storage (see StartupStorageCheckTests), so this maps the same
    /// endpoint and probe on a bare application pointed at a closed port.
    /// </remarks>
    [Fact]
    public async Task Healthz_StorageOnAClosedPort_Is503Unreachable()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddOptions<TableStorageOptions>().Configure(options =>
        {
            options.ConnectionString = ClosedPort.ConnectionString();
            options.MaxRetries = 0;
        });
        builder.Services.AddAzureTableStorage();
        builder.Services.AddSingleton<HealthCheck>();
        await using WebApplication app = builder.Build();
        app.MapHealthEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);

        using HttpResponseMessage response = await app.GetTestClient().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("unhealthy", (string?)body["status"]);
        Assert.Equal("unreachable", (string?)body["storage"]);
    }
}
