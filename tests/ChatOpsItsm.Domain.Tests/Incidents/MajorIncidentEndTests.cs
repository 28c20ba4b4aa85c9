using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>Resolving, canceling and reopening a major incident: what ends its cadence and what restarts it.</summary>
public sealed class MajorIncidentEndTests
{
    [Theory]
    [InlineData(IncidentState.InProgress, "state: In Progress -> Resolved")]
    [InlineData(IncidentState.OnHold, "state: On Hold -> Resolved; holdReason: AwaitingVendor -> null")]
    public void ResolveMajor_Worked_ResolvesWithTheSummaryInOneEvent(IncidentState state, string changes)
    {
        Incident incident = AMajorIncident(state);

        Accepted(incident, i => i.ResolveMajor("Replica promoted; primary rebuilt.", AtMinutes(90)));

        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal("Replica promoted; primary rebuilt.", incident.Resolution);
        Assert.Equal("Replica promoted; primary rebuilt.", incident.Major!.Summary);
        Assert.Equal(BuilderDefaults.Agent, incident.Assignee);
        AuditEvent resolved = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.Resolved, resolved.Action);
        Assert.Equal(changes, Describe(resolved.Changes));
        Assert.Equal("Replica promoted; primary rebuilt.", resolved.Text);
    }

    [Fact]
    public void ResolveMajor_Accepted_EndsItAndItsCadence()
    {
        Incident incident = AMajorIncident();

        incident.ResolveMajor("Replica promoted.", AtMinutes(90));

        MajorIncident major = incident.Major!;
        Assert.Equal(Declared + TimeSpan.FromMinutes(90), major.EndedAt);
        Assert.Equal(Declared + TimeSpan.FromMinutes(90), incident.ResolvedAt);
        Assert.False(major.IsActive);
        Assert.Null(major.NextUpdateDueAt);
    }

    /// <summary>Declaring assigns the commander now, but a major incident stored New before that rule can still be resolved.</summary>
    [Fact]
    public void ResolveMajor_FromNew_CommanderTakesItFirstThenItIsResolved()
    {
        Incident incident = AMajorIncident(IncidentState.New);
        incident.AssignMajorRole(MajorRole.Commander, new RoleHolder(Carol, "Carol"), AtMinutes(5));
        incident.MarkEventsStored();
        int eventCount = incident.ToSnapshot().EventCount;

        Accepted(incident, i => i.ResolveMajor("Replica promoted.", AtMinutes(90)));

        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal(Carol, incident.Assignee);
        Assert.Equal("Carol", incident.AssigneeName);
        Assert.Equal(Declared + TimeSpan.FromMinutes(90), incident.RespondedAt);
        Assert.Equal("Replica promoted.", incident.Major!.Summary);
        Assert.Collection(
            incident.PendingEvents,
            assigned =>
            {
                Assert.Equal(AuditActions.Assigned, assigned.Action);
                Assert.Equal(eventCount + 1, assigned.Sequence);
                Assert.Equal("assignee: null -> local:carol; state: New -> In Progress", Describe(assigned.Changes));
                Assert.Equal(Dave, assigned.Actor);
            },
            resolved =>
            {
                Assert.Equal(AuditActions.Resolved, resolved.Action);
                Assert.Equal(eventCount + 2, resolved.Sequence);
                Assert.Equal("state: In Progress -> Resolved", Describe(resolved.Changes));
                Assert.Equal("Replica promoted.", resolved.Text);
            });
    }

    [Fact]
    public void ResolveMajor_SummaryAtLimitFromNew_AcceptedWhole()
    {
        Incident incident = AMajorIncident(IncidentState.New);
        string summary = new('x', MajorLimits.SummaryMaxLength);

        Accepted(incident, i => i.ResolveMajor(summary, AtMinutes(90)));

        Assert.Equal(summary, incident.Major!.Summary);
        Assert.Equal(summary, incident.Resolution);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    public void ResolveMajor_SummaryOverLimit_RefusedWithoutTakingIt(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.ResolveMajor(new string('x', 4_001), AtMinutes(90)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The summary is 4001 characters long; the limit is 4000."), error);
        Assert.Equal(state, incident.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n")]
    public void ResolveMajor_BlankSummaryFromNew_RefusedAndStillNewAndUnassigned(string summary)
    {
        Incident incident = AMajorIncident(IncidentState.New);

        DomainError error = Refused(incident, i => i.ResolveMajor(summary, AtMinutes(90)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The summary is required."), error);
        Assert.Null(incident.Assignee);
    }

    [Fact]
    public void ResolveMajor_SummaryWithControlCharacters_StoredNormalised()
    {
        Incident incident = AMajorIncident();

        incident.ResolveMajor("  Promoted\u0000 the replica\r\nRebuilt db-01\u0007  ", AtMinutes(90));

        Assert.Equal("Promoted the replica\nRebuilt db-01", incident.Major!.Summary);
        Assert.Equal("Promoted the replica\nRebuilt db-01", incident.Resolution);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void ResolveMajor_MajorOver_Refused(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.ResolveMajor("Again.", AtMinutes(90)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                $"INC-1001 is {IncidentStates.DisplayName(state)}, so the major incident is over and can't be resolved."),
            error);
    }

    [Fact]
    public void Resolve_NotMitigated_MitigatedWhenResolved()
    {
        Incident incident = AMajorIncident();

        incident.Resolve("Replica promoted.", AtMinutes(90));

        Assert.Equal(Declared + TimeSpan.FromMinutes(90), incident.Major!.MitigatedAt);
        Assert.Equal(Declared + TimeSpan.FromMinutes(90), incident.Major.EndedAt);
        Assert.Null(incident.Major.Summary);
    }

    [Fact]
    public void ResolveMajor_AlreadyMitigated_KeepsTheMitigationTime()
    {
        Incident incident = AMajorIncident();
        incident.MarkMitigated("Traffic moved.", AtMinutes(40));

        incident.ResolveMajor("Replica promoted.", AtMinutes(90));

        Assert.Equal(Declared + TimeSpan.FromMinutes(40), incident.Major!.MitigatedAt);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void Cancel_OpenMajor_EndsItWithoutMitigation(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        Accepted(incident, i => i.Cancel("Declared by mistake.", AtMinutes(15)));

        Assert.Equal(IncidentState.Canceled, incident.State);
        Assert.Equal(Declared + TimeSpan.FromMinutes(15), incident.Major!.EndedAt);
        Assert.Null(incident.Major.NextUpdateDueAt);
        Assert.Null(incident.Major.MitigatedAt);
        Assert.False(incident.PostStatusUpdate("Still there?", AtMinutes(16)).Succeeded);
    }

    [Fact]
    public void Close_ResolvedMajor_KeepsTheResolveAsTheEnd()
    {
        Incident incident = AMajorIncident();
        incident.ResolveMajor("Replica promoted.", AtMinutes(90));

        incident.Close(AtMinutes(200));

        Assert.Equal(Declared + TimeSpan.FromMinutes(90), incident.Major!.EndedAt);
        Assert.Equal("Replica promoted.", incident.Major.Summary);
    }

    [Fact]
    public void Reopen_ResolvedMajor_RestartsTheCadenceFromTheReopen()
    {
        Incident incident = AMajorIncident();
        Accepted(incident, i => i.PostStatusUpdate("Failover done.", AtMinutes(10)));
        Accepted(incident, i => i.SnoozeCadence(TimeSpan.FromHours(2), AtMinutes(20)));
        Accepted(incident, i => i.RecordCadenceReminder("Bob", AtMinutes(140)));
        Accepted(incident, i => i.ResolveMajor("Replica promoted.", AtMinutes(180)));
        Assert.Equal(Declared + TimeSpan.FromMinutes(140), incident.Major!.SnoozedUntil);
        Assert.Equal(1, incident.Major.RemindersSent);

        Accepted(incident, i => i.Reopen("Writes failing again.", AtMinutes(240)));

        MajorIncident major = incident.Major!;
        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.True(major.IsActive);
        Assert.Null(major.EndedAt);
        Assert.Null(major.Summary);
        Assert.Equal(Declared + TimeSpan.FromMinutes(240), major.CadenceFrom);
        Assert.Equal(0, major.RemindersSent);
        Assert.Null(major.LastReminderAt);
        Assert.Null(major.SnoozedUntil);
        Assert.Equal(Declared + TimeSpan.FromMinutes(270), major.NextUpdateDueAt);
        Assert.Equal(1, major.UpdateCount);
        Assert.Equal("Failover done.", major.LastUpdate);
    }

    [Fact]
    public void Reopen_ResolvedMajor_LetsItBeRunAgain()
    {
        Incident incident = AMajorIncident(IncidentState.Resolved);
        incident.Reopen("Writes failing again.", AtMinutes(60));
        incident.MarkEventsStored();

        Accepted(incident, i => i.PostStatusUpdate("Looking again.", AtMinutes(70)));
        Accepted(incident, i => i.RecordCadenceReminder("Bob", AtMinutes(100)));
        Accepted(incident, i => i.ResolveMajor("Fixed for real.", AtMinutes(120)));

        Assert.Equal(
            [AuditActions.StatusUpdate, AuditActions.CadenceReminder, AuditActions.Resolved],
            incident.PendingEvents.Select(e => e.Action));
        Assert.Equal("Fixed for real.", incident.Major!.Summary);
        Assert.Equal(Declared + TimeSpan.FromMinutes(120), incident.Major.EndedAt);
    }

    /// <summary>
    /// Regression: the resolve had marked it mitigated, and that survived the reopen, so with the impact back
    /// <c>major mitigate</c> was refused as "already mitigated" and the second resolve kept the first one's time.
    /// </summary>
    [Fact]
    public void Reopen_MitigatedMajor_ImpactIsBackSoItCanBeMitigatedAgain()
    {
        Incident incident = AMajorIncident();
        incident.ResolveMajor("Replica promoted.", AtMinutes(90));
        incident.Reopen("Writes failing again.", AtMinutes(120));

        Assert.Null(incident.Major!.MitigatedAt);
        Accepted(incident, i => i.MarkMitigated("Read-only mode on.", AtMinutes(130)));
        Assert.Equal(Declared + TimeSpan.FromMinutes(130), incident.Major!.MitigatedAt);
    }

    [Fact]
    public void Reopen_ResolvedAgainWithoutMitigation_MitigatedAtTheSecondResolve()
    {
        Incident incident = AMajorIncident();
        incident.ResolveMajor("Replica promoted.", AtMinutes(90));
        incident.Reopen("Writes failing again.", AtMinutes(120));

        incident.ResolveMajor("Primary replaced.", AtMinutes(200));

        Assert.Equal(Declared + TimeSpan.FromMinutes(200), incident.Major!.MitigatedAt);
    }

    [Fact]
    public void LifecycleOperations_RoutineIncident_NeverMakeItMajor()
    {
        Incident incident = ARoutineIncident();

        incident.Resolve("Fixed.", AtMinutes(10));
        incident.Reopen("Not fixed.", AtMinutes(20));
        incident.Cancel("Duplicate.", AtMinutes(30));

        Assert.Null(incident.Major);
    }
}
