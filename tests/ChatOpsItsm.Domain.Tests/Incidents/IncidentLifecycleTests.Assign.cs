using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed partial class IncidentLifecycleTests
{
    [Theory]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void Assign_CurrentAssignee_RefusedAsUnchangedAndChangesNothing(IncidentState from)
    {
        Incident incident = AnIncident().InState(from).Build();
        IncidentSnapshot before = incident.ToSnapshot();
        int eventCount = incident.PendingEvents.Count;

        DomainResult result = incident.Assign(BuilderDefaults.Agent, "Robert", Acting);

        Assert.Equal(
            new DomainError(DomainErrorCodes.Unchanged, "INC-1001 is already assigned to Bob."),
            result.Error);
        Assert.Equal(before, incident.ToSnapshot());
        Assert.Equal(eventCount, incident.PendingEvents.Count);
    }

    [Fact]
    public void Assign_New_RecordsAssigneeAndName()
    {
        Incident incident = AnIncident().Build();

        incident.Assign(Carol, "Carol", Acting);

        Assert.Equal(Carol, incident.Assignee);
        Assert.Equal("Carol", incident.AssigneeName);
    }

    [Theory]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void Assign_SomeoneElse_ChangesHandsAndKeepsState(IncidentState from)
    {
        Incident incident = AnIncident().InState(from).Build();

        DomainResult result = incident.Assign(Carol, "Carol", Acting);

        Assert.True(result.Succeeded);
        Assert.Equal(from, incident.State);
        Assert.Equal(Carol, incident.Assignee);
        Assert.Equal("Carol", incident.AssigneeName);
    }

    [Fact]
    public void Assign_New_SetsRespondedAtToTheActionTime()
    {
        Incident incident = AnIncident().Build();

        incident.Assign(BuilderDefaults.Agent, "Bob", Acting);

        Assert.Equal(Acting.At, incident.RespondedAt);
    }

    [Fact]
    public void Assign_Reassign_KeepsFirstRespondedAt()
    {
        DateTimeOffset firstResponse = BuilderDefaults.Instant + TimeSpan.FromMinutes(5);
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithStepsEvery(TimeSpan.FromMinutes(5)).Build();

        incident.Assign(Carol, "Carol", Acting);

        Assert.Equal(firstResponse, incident.RespondedAt);
    }

    [Fact]
    public void Assign_AfterReopen_KeepsFirstRespondedAt()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).Build();
        incident.Reopen("Not fixed.", Acting);

        incident.Assign(Carol, "Carol", AnActionContext().At(Acting.At + TimeSpan.FromHours(1)).Build());

        Assert.Equal(BuilderDefaults.Instant, incident.RespondedAt);
    }

    [Fact]
    public void Assign_New_DoesNotRespondBeforeAssignment()
    {
        Incident incident = AnIncident().Build();

        incident.AddNote("Anyone?", Acting);

        Assert.Null(incident.RespondedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Assign_BlankName_UsesTheIdentityId(string name)
    {
        Incident incident = AnIncident().Build();

        incident.Assign(new UserIdentity("teams", "29:carol"), name, Acting);

        Assert.Equal("29:carol", incident.AssigneeName);
    }

    [Fact]
    public void Assign_NameOnSeveralLines_StoredOnOneLine()
    {
        Incident incident = AnIncident().Build();

        incident.Assign(Carol, " Carol\nSmith\t(ops) ", Acting);

        Assert.Equal("Carol Smith (ops)", incident.AssigneeName);
    }

    [Fact]
    public void Assign_NameOfOnlyControlCharacters_UsesTheIdentityId()
    {
        Incident incident = AnIncident().Build();

        incident.Assign(Carol, "\u0007\u0000", Acting);

        Assert.Equal("carol", incident.AssigneeName);
    }

    [Theory]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void Assign_FinalState_DoesNotSuggestReopening(IncidentState from)
    {
        Incident incident = AnIncident().InState(from).Build();

        DomainResult result = incident.Assign(Carol, "Carol", Acting);

        Assert.DoesNotContain("reopen", result.Error!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Assign_Resolved_HintSaysReopenFirst()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).Build();

        DomainResult result = incident.Assign(Carol, "Carol", Acting);

        Assert.Equal("INC-1001 is Resolved, so it can't be assigned: reopen it first.", result.Error!.Message);
    }

    [Fact]
    public void Assign_NullContext_Throws()
    {
        Incident incident = AnIncident().Build();

        Assert.Throws<ArgumentNullException>(() => incident.Assign(Carol, "Carol", null!));
    }
}
