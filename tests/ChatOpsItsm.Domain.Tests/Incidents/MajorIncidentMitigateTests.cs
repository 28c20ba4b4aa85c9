using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>Marking the impact mitigated: once, while the major incident runs (a resolve marks it when nobody did).</summary>
public sealed class MajorIncidentMitigateTests
{
    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void MarkMitigated_OpenMajor_RecordsWhenAndTheNote(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        Accepted(incident, i => i.MarkMitigated("Traffic moved to the standby.", AtMinutes(40)));

        Assert.Equal(Declared + TimeSpan.FromMinutes(40), incident.Major!.MitigatedAt);
        Assert.True(incident.Major.IsActive);
        Assert.Equal(state, incident.State);
        AuditEvent mitigated = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.Mitigated, mitigated.Action);
        Assert.Equal("mitigatedAt: null -> 2026-01-05 09:40:00 UTC", Describe(mitigated.Changes));
        Assert.Equal("Traffic moved to the standby.", mitigated.Text);
    }

    [Fact]
    public void MarkMitigated_Twice_RefusedAsUnchangedNamingTheFirst()
    {
        Incident incident = AMajorIncident();
        incident.MarkMitigated("Traffic moved.", AtMinutes(40));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.MarkMitigated("Moved again.", AtMinutes(50)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "INC-1001 was marked mitigated 2026-01-05 09:40:00 UTC."), error);
    }

    [Theory]
    [InlineData("", "The mitigation is required.")]
    [InlineData(" \t", "The mitigation is required.")]
    public void MarkMitigated_BlankNote_Refused(string text, string message)
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.MarkMitigated(text, AtMinutes(40)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, message), error);
    }

    [Fact]
    public void MarkMitigated_NoteOverLimit_Refused()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.MarkMitigated(new string('x', 2_001), AtMinutes(40)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The mitigation is 2001 characters long; the limit is 2000."), error);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void MarkMitigated_MajorOver_Refused(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.MarkMitigated("Traffic moved.", AtMinutes(40)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                $"INC-1001 is {IncidentStates.DisplayName(state)}, so the major incident is over and can't be marked mitigated."),
            error);
    }
}
