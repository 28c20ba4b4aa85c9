using System.Net;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.Configuration;

namespace ChatOpsItsm.Host.Tests.Configuration;

/// <summary><c>appsettings.example.json</c> is the documented configuration: it must bind, validate and run.</summary>
public sealed class ExampleSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ExampleSettings_WithLocalStorage_StartTheHostAndApply()
    {
        Dictionary<string, string?> settings = ExampleSettings();
        settings.Remove("Storage:ConnectionString");
        settings.Remove("Storage:TablePrefix");
        settings.Remove("Delivery:QueueName");
        settings.Remove("Urls");
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), settings, "Production");
        LocalChatClient chat = new(host.CreateClient());

        using HttpResponseMessage health = await host.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        LocalChatResponse whoami = await chat.SayAsync("admin", "whoami");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("Roles: requester, admin", whoami.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleSettings_EverySection_IsDocumentedInTheReadme()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "README.md"));

        IEnumerable<string> keys = ExampleSettings().Keys
            .Where(key => !key.StartsWith("Logging", StringComparison.Ordinal))
            .Select(key => string.Join(':', key.Split(':').TakeWhile(part => !int.TryParse(part, out _))))
            // Keys per role, priority, service, approver group and change type are documented by their pattern.
            .Where(key => !key.StartsWith("Itsm:Roles:", StringComparison.Ordinal)
                && !key.StartsWith("Itsm:Sla:", StringComparison.Ordinal)
                && !key.StartsWith("Itsm:Major:Cadence:", StringComparison.Ordinal)
                && !key.StartsWith("Itsm:Routes:Approvers:", StringComparison.Ordinal)
                && !key.StartsWith("Itsm:Changes:Policies:", StringComparison.Ordinal)
                && !key.StartsWith("Itsm:Managers:", StringComparison.Ordinal)
                && !key.StartsWith("Itsm:Routes:Fulfillment:", StringComparison.Ordinal)
                && !key.StartsWith("Itsm:Services:", StringComparison.Ordinal))
            .Distinct();

        Assert.All(keys, key => Assert.Contains($"`{key}`", readme, StringComparison.Ordinal));
        Assert.All(
            ["`Itsm:Roles:<group>`", "`Itsm:Routes:Approvers:<group>`", "`Itsm:Changes:Policies:normal`",
                "`Itsm:Managers:<identity>`", "`Itsm:Routes:Fulfillment:<group>`", "`Itsm:Catalog:<n>:Fields`", "`Itsm:Major:Cadence:<P1..P5>`"],
            pattern => Assert.Contains(pattern, readme, StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> ExampleSettings()
    {
        IConfigurationRoot example = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Find(), "appsettings.example.json"), optional: false, reloadOnChange: false)
            .Build();
        return example.AsEnumerable().Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value);
    }
}
