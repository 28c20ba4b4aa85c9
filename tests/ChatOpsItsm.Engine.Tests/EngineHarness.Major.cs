using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests;

/// <summary>
/// The major-incident ports: the war rooms (no conversation is one until a test says so) and the burst offers (never
/// claimed until a test says so).
/// </summary>
internal sealed partial class EngineHarness
{
    /// <summary>The cadence of the major incidents <see cref="HoldsMajor"/> makes.</summary>
    public static readonly TimeSpan MajorCadence = TimeSpan.FromMinutes(30);

    public IWarRooms WarRooms { get; } = Substitute.For<IWarRooms>();

    public IBurstOffers BurstOffers { get; } = Substitute.For<IBurstOffers>();

    /// <summary>What the burst check after a report logs.</summary>
    public Microsoft.Extensions.Logging.Testing.FakeLogger<BurstDetector> BurstLogger { get; } = new();

    /// <summary>What <c>major show</c> and <c>major review</c> log.</summary>
    public Microsoft.Extensions.Logging.Testing.FakeLogger<ShowMajorHandler> ShowMajorLogger { get; } = new();

    /// <summary>
    /// Makes the incident store hold every incident it creates from now on, as storage would, so a command that creates
    /// one and then updates it (declare a title with <c>link:</c>) reads it back.
    /// </summary>
    public void KeepCreatedIncidents() =>
        Incidents.CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Incident incident = call.Arg<Func<TicketId, Incident>>()(FirstId);
                Created.Add(incident);
                Outbound.AddRange(call.Arg<Func<Incident, IReadOnlyList<OutboundWork>>>()(incident));
                return Holds(incident);
            });

    /// <summary>
    /// Holds a major incident: "Printer on fire" on printing, reported by Alice, declared with Bob in command and its war
    /// room under local:general, then taken to <paramref name="state"/>; its events are stored.
    /// </summary>
    public Incident HoldsMajor(IncidentState state = IncidentState.InProgress, TicketId? id = null) =>
        Holds(IncidentBuilder.AnIncident()
            .WithId(id ?? FirstId)
            .DeclaredMajor(MajorCadence)
            .InState(state)
            .WithEventsStored()
            .Build());

    /// <summary>
    /// Makes each read of <paramref name="incident"/> hand out a fresh copy of it as it stands now, as storage does, so a
    /// change re-applied after a conflict meets the record unchanged.
    /// </summary>
    public void HoldsCopiesOf(Incident incident)
    {
        IncidentSnapshot snapshot = incident.ToSnapshot();
        Incidents.GetAsync(incident.Id, Arg.Any<CancellationToken>())
            .Returns(_ => new StoredIncident(Incident.FromSnapshot(snapshot), StoredVersion));
    }

    /// <summary>Nothing was written to the incident store: no create, no save.</summary>
    public async Task AssertNothingWrittenAsync()
    {
        await Incidents.DidNotReceive().SaveAsync(
            Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        await Incidents.DidNotReceive().CreateAsync(
            Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    private void AddMajorPorts(ServiceCollection services)
    {
        services.AddSingleton(WarRooms);
        services.AddSingleton(BurstOffers);
        services.AddSingleton<Microsoft.Extensions.Logging.ILogger<BurstDetector>>(BurstLogger);
        services.AddSingleton<Microsoft.Extensions.Logging.ILogger<ShowMajorHandler>>(ShowMajorLogger);
    }
}
