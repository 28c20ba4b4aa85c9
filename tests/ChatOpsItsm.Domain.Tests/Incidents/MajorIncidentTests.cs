using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>
/// What the <c>MajorIncident*Tests</c> classes share: a major incident declared at <see cref="BuilderDefaults.Instant"/>
/// with local:bob in command and a <see cref="Cadence"/> of 30 minutes, people who are neither its requester nor its
/// commander, and the check that a refusal changed nothing.
/// </summary>
internal static class MajorIncidentTests
{
    public static readonly TimeSpan Cadence = TimeSpan.FromMinutes(30);

    public static readonly UserIdentity Carol = new("local", "carol");

    public static readonly UserIdentity Dave = new("discord", "80351110224678912");

    public static readonly TicketId Other = new(TicketType.Incident, 1002);

    /// <summary>When the builder declared it: the cadence clock counts from here.</summary>
    public static DateTimeOffset Declared => BuilderDefaults.Instant;

    /// <summary>
    /// A major incident in <paramref name="state"/>, its building events already stored. Declaring assigns a New
    /// incident to its commander, so a New one is <see cref="AMajorIncidentStoredNew"/>.
    /// </summary>
    public static Incident AMajorIncident(IncidentState state = IncidentState.InProgress) =>
        state == IncidentState.New
            ? AMajorIncidentStoredNew()
            : AnIncident().InState(state).DeclaredMajor(Cadence).WithEventsStored().Build();

    /// <summary>
    /// A major incident stored New and unassigned, its response not met, as a declaration made before declaring assigned
    /// the commander left it: the reported incident with only the declaration added.
    /// </summary>
    public static Incident AMajorIncidentStoredNew()
    {
        IncidentSnapshot reported = ARoutineIncident(IncidentState.New).ToSnapshot();
        MajorIncident major = AnIncident().InState(IncidentState.InProgress).DeclaredMajor(Cadence).Build().Major!;
        return Incident.FromSnapshot(reported with { Major = major, UpdatedAt = Declared, EventCount = reported.EventCount + 1 });
    }

    /// <summary>A routine incident in <paramref name="state"/>, its building events already stored.</summary>
    public static Incident ARoutineIncident(IncidentState state = IncidentState.InProgress) =>
        AnIncident().InState(state).WithEventsStored().Build();

    /// <summary>Dave acting from Discord, <paramref name="after"/> the declaration.</summary>
    public static ActionContext At(TimeSpan after) => AnActionContext()
        .By(Dave, "Dave")
        .InChannel("discord:1234567890")
        .At(Declared + after)
        .Build();

    public static ActionContext AtMinutes(int minutes) => At(TimeSpan.FromMinutes(minutes));

    /// <summary>Runs <paramref name="act"/>, checks it was refused and left the record and its pending events as they were.</summary>
    public static DomainError Refused(Incident incident, Func<Incident, DomainResult> act)
    {
        IncidentSnapshot before = incident.ToSnapshot();
        List<AuditEvent> eventsBefore = [.. incident.PendingEvents];

        DomainResult result = act(incident);

        Assert.False(result.Succeeded, "The operation was expected to be refused.");
        Assert.Equal(before, incident.ToSnapshot());
        Assert.Equal(eventsBefore, incident.PendingEvents);
        return result.Error!;
    }

    /// <summary>Runs <paramref name="act"/> and checks it succeeded.</summary>
    public static void Accepted(Incident incident, Func<Incident, DomainResult> act)
    {
        DomainResult result = act(incident);

        Assert.True(result.Succeeded, result.Error?.Message);
    }

    public static string Describe(IReadOnlyList<FieldChange> changes) =>
        string.Join("; ", changes.Select(change => $"{change.Field}: {change.OldValue ?? "null"} -> {change.NewValue ?? "null"}"));
}
