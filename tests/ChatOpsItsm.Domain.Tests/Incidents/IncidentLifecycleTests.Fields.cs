using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed partial class IncidentLifecycleTests
{
    [Theory]
    [InlineData(HoldReason.AwaitingRequester)]
    [InlineData(HoldReason.AwaitingVendor)]
    [InlineData(HoldReason.AwaitingChange)]
    public void PutOnHold_InProgress_RecordsTheReason(HoldReason reason)
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();

        incident.PutOnHold(reason, "", Acting);

        Assert.Equal(reason, incident.HoldReason);
    }

    [Theory]
    [InlineData(IncidentOperation.Resume)]
    [InlineData(IncidentOperation.Resolve)]
    [InlineData(IncidentOperation.Cancel)]
    public void Operation_LeavingOnHold_ClearsTheHoldReason(IncidentOperation operation)
    {
        Incident incident = AnIncident().InState(IncidentState.OnHold).Build();

        Apply(incident, operation, Acting);

        Assert.Null(incident.HoldReason);
    }

    [Theory]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void Resolve_OpenWork_RecordsResolutionAndTime(IncidentState from)
    {
        Incident incident = AnIncident().InState(from).Build();

        incident.Resolve("  Replaced the fuser.\r\nTested a page. ", Acting);

        Assert.Equal("Replaced the fuser.\nTested a page.", incident.Resolution);
        Assert.Equal(Acting.At, incident.ResolvedAt);
    }

    [Fact]
    public void Close_Resolved_RecordsClosedAtAndKeepsResolution()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).Build();

        incident.Close(Acting);

        Assert.Equal(Acting.At, incident.ToSnapshot().ClosedAt);
        Assert.Equal("Replaced the fuser.", incident.Resolution);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void Cancel_OpenState_RecordsClosedAt(IncidentState from)
    {
        Incident incident = AnIncident().InState(from).Build();

        incident.Cancel(null, Acting);

        Assert.Equal(Acting.At, incident.ToSnapshot().ClosedAt);
    }

    [Fact]
    public void Reopen_Resolved_ForgetsResolutionAndCountsTheReopen()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).Build();

        incident.Reopen("The fuser failed again.", Acting);

        Assert.Null(incident.Resolution);
        Assert.Null(incident.ResolvedAt);
        Assert.Equal(1, incident.ToSnapshot().ReopenCount);
    }

    [Fact]
    public void Reopen_Twice_CountsBoth()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).Build();
        incident.Reopen("Again.", Acting);
        incident.Resolve("Fixed.", Acting);

        incident.Reopen("And again.", Acting);

        Assert.Equal(2, incident.ToSnapshot().ReopenCount);
    }

    [Fact]
    public void Reopen_Resolved_KeepsAssignee()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).Build();

        incident.Reopen("Not fixed.", Acting);

        Assert.Equal(BuilderDefaults.Agent, incident.Assignee);
        Assert.Equal(BuilderDefaults.AgentName, incident.AssigneeName);
    }

    [Fact]
    public void AddNote_AnyState_LeavesEveryFieldButUpdatedAtAndEventCount()
    {
        Incident incident = AnIncident().InState(IncidentState.OnHold).Build();
        IncidentSnapshot before = incident.ToSnapshot();

        incident.AddNote("Vendor called back.", Acting);

        Assert.Equal(before with { UpdatedAt = Acting.At, EventCount = before.EventCount + 1 }, incident.ToSnapshot());
    }
}
