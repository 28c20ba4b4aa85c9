using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Brief §3: Discord voids the interaction unless the first answer arrives within 3 s. With storage slower than the
/// adapter's wait (<c>Discord:DeferAfter</c>, 2 s by default), the host acknowledges with a deferral (5) in time and
/// the answer follows through the delivery queue, replacing the "thinking…" message through the interaction webhook.
/// </summary>
public sealed class DiscordDeferralTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly TimeSpan StorageDelay = TimeSpan.FromSeconds(2.5);

    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task IncidentReport_StorageSlowerThanTwoSeconds_DefersWithinThreeSecondsThenEditsTheOriginal()
    {
        Dictionary<string, string?> settings = _discord.Settings(azurite.UniqueName("q"));
        settings.Remove("Discord:DeferAfter");
        await using ItsmHostFactory host = _discord.Host(azurite, settings, SlowIncidentCreation);
        DiscordInteractionsClient discord = _discord.Client(host);
        JsonObject report = DiscordInteractions.Report();
        await discord.SendAsync(DiscordInteractions.Ping());

        Stopwatch watch = Stopwatch.StartNew();
        DiscordAnswer answer = await discord.PostAsync(report);
        TimeSpan answeredAfter = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answeredAfter < TimeSpan.FromSeconds(3), $"answered after {answeredAfter}");
        Assert.Equal("""{"type":5}""", answer.Body);
        string original = $"/webhooks/{DiscordFakes.ApplicationId}/{(string)report["token"]!}/messages/@original";
        FakeDiscordCall edit = await _discord.Api.WaitForCallAsync(
            call => call.Method == "PATCH" && call.Path == original, Eventually.Limit, TestContext.Current.CancellationToken);
        Assert.Null(edit.Authorization);
        Assert.Contains("INC-1001", edit.Body, StringComparison.Ordinal);
        Assert.Equal(DiscordInteractions.Person(DiscordInteractions.Requester),
            (string?)(await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001"))["requester"]!["id"]);
    }

    public void Dispose() => _discord.Dispose();

    /// <summary>Wraps the engine's incident store (as the host registered it) so that creating an incident takes <see cref="StorageDelay"/> longer.</summary>
    private static void SlowIncidentCreation(IServiceCollection services)
    {
        ServiceDescriptor registered = services.Last(descriptor => descriptor.ServiceType == typeof(IIncidentStore));
        services.Remove(registered);
        services.AddSingleton<IIncidentStore>(provider => new SlowIncidentStore(
            (IIncidentStore)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)),
            StorageDelay));
    }

    private sealed class SlowIncidentStore(IIncidentStore inner, TimeSpan delay) : IIncidentStore
    {
        public async Task<Incident> CreateAsync(
            Func<TicketId, Incident> build, Func<Incident, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, TimeProvider.System, cancellationToken);
            return await inner.CreateAsync(build, outbound, cancellationToken);
        }

        public Task<StoredIncident?> GetAsync(TicketId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

        public Task<IncidentWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
            inner.GetWithHistoryAsync(id, cancellationToken);

        public Task<SaveOutcome> SaveAsync(Incident incident, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken) =>
            inner.SaveAsync(incident, version, outbound, cancellationToken);

        public Task<IncidentPage> ListAsync(IncidentQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);
    }
}
