using ChatOpsItsm.Adapters.Teams.Authentication;
using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.OutboundAuth;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// The Bot Framework around a host with <c>Teams:Enabled</c>: the <see cref="LocalOpenIdIssuer"/> behind the signing-key
/// client, and the <see cref="FakeConnector"/> behind the connector and token clients. Pass <see cref="Settings"/> and
/// <see cref="Plug"/> to an <see cref="ItsmHostFactory"/>.
/// </summary>
public sealed class TeamsFakes : IDisposable
{
    public LocalOpenIdIssuer Issuer { get; } = new(TimeProvider.System);

    public FakeConnector Connector { get; } = new();

    /// <summary>
    /// Teams on as the issuer's bot (its app id and metadata URL), <see cref="TeamsUser.Bob"/> an agent, and the fast
    /// delivery settings on a queue of the caller's.
    /// </summary>
    public static Dictionary<string, string?> Settings(string queueName)
    {
        Dictionary<string, string?> settings = DeliverySettings.Fast(queueName);
        settings["Teams:Enabled"] = "true";
        settings["Teams:AppId"] = LocalOpenIdIssuer.AppId;
        settings["Teams:AppPassword"] = "secret";
        settings["Teams:OpenIdMetadataUrl"] = LocalOpenIdIssuer.MetadataUrl;
        settings["Itsm:Roles:agent:0"] = TeamsUser.Bob.Identity;
        return settings;
    }

    /// <summary>For <see cref="ItsmHostFactory.ReplaceServices"/>: every Teams HTTP client ends in a fake.</summary>
    public void Plug(IServiceCollection services)
    {
        services.AddHttpClient(BotFrameworkSigningKeys.HttpClientName).ConfigurePrimaryHttpMessageHandler(Issuer.CreateHandler);
        services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector);
        services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
    }

    /// <summary>A host on tables of its own with <paramref name="settings"/> (usually <see cref="Settings"/>) and the fakes plugged in.</summary>
    public ItsmHostFactory Host(AzuriteFixture azurite, Dictionary<string, string?> settings) =>
        new(azurite, azurite.UniqueName("h"), settings) { ReplaceServices = Plug };

    public void Dispose()
    {
        Issuer.Dispose();
        Connector.Dispose();
    }
}
