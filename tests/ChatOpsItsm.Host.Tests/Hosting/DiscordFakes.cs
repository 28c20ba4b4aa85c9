using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// Discord around a host with <c>Discord:Enabled</c>: the <see cref="InteractionSigner"/> whose public key the host
/// trusts, and the <see cref="FakeDiscordApi"/> behind the adapter's REST client. Pass <see cref="Settings"/> and
/// <see cref="Plug"/> to an <see cref="ItsmHostFactory"/>, or let <see cref="Host"/> do both.
/// </summary>
public sealed class DiscordFakes : IDisposable
{
    public const string ApplicationId = "1100000000000000001";
    public const string BotToken = "fake-bot-token.host-tests";

    /// <summary>The guild channel the on-call route points at (<c>Itsm:Routes:OnCall:0</c>).</summary>
    public const string OnCallChannelId = "1500000000000000077";

    public InteractionSigner Signer { get; } = new();

    /// <summary>Answers bot routes only with <c>Authorization: Bot </c><see cref="BotToken"/>, as Discord does.</summary>
    public FakeDiscordApi Api { get; } = new() { BotToken = BotToken, BotUserId = ApplicationId };

    /// <summary>
    /// Discord on as the fixtures' application, trusting <see cref="Signer"/>, with the fake's base URL;
    /// <see cref="DiscordInteractions.Agent"/> an agent; on-call notices to <see cref="OnCallChannelId"/>; the fast
    /// delivery settings on a queue of the caller's. The engine gets the adapter's longest inline wait (2.5 s), so a
    /// slow machine does not turn an inline answer into a deferral; tests of the deferral set their own.
    /// </summary>
    public Dictionary<string, string?> Settings(string queueName)
    {
        Dictionary<string, string?> settings = DeliverySettings.Fast(queueName);
        settings["Discord:Enabled"] = "true";
        settings["Discord:ApplicationId"] = ApplicationId;
        settings["Discord:PublicKey"] = Signer.PublicKeyHex;
        settings["Discord:BotToken"] = BotToken;
        settings["Discord:ApiBaseUrl"] = FakeDiscordApi.BaseUrl;
        settings["Discord:DeferAfter"] = "00:00:02.500";
        settings["Itsm:Roles:agent:0"] = DiscordInteractions.Person(DiscordInteractions.Agent);
        settings["Itsm:Routes:OnCall:0"] = "discord:" + OnCallChannelId;
        return settings;
    }

    /// <summary>For <see cref="ItsmHostFactory.ReplaceServices"/>: the adapter's REST client ends in the fake.</summary>
    public void Plug(IServiceCollection services) =>
        services.AddHttpClient(DiscordRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Api);

    /// <summary>
    /// A host on tables of its own with <paramref name="settings"/> (usually <see cref="Settings"/>), the fake plugged
    /// in, then <paramref name="replaceServices"/> (a slowed store, say).
    /// </summary>
    public ItsmHostFactory Host(AzuriteFixture azurite, Dictionary<string, string?> settings, Action<IServiceCollection>? replaceServices = null) =>
        new(azurite, azurite.UniqueName("h"), settings)
        {
            ReplaceServices = services =>
            {
                Plug(services);
                replaceServices?.Invoke(services);
            },
        };

    /// <summary>A client that signs with <see cref="Signer"/>.</summary>
    public DiscordInteractionsClient Client(ItsmHostFactory host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new DiscordInteractionsClient(host.CreateClient(), Signer);
    }

    public void Dispose() => Api.Dispose();
}
