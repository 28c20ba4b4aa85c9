using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary><c>major link</c>: INC-1001 is the major incident; INC-1002 and INC-1003 are routine incidents.</summary>
public sealed class MajorLinkHandlerTests : IDisposable
{
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);
    private static readonly TicketId Inc1003 = new(TicketType.Incident, 1003);
    private static readonly TicketId Inc1004 = new(TicketType.Incident, 1004);
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Link_TwoIncidents_MarksEachPartOfItAndListsThem()
    {
        Incident major = _harness.HoldsMajor();
        Incident second = _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());
        Incident third = _harness.Holds(AnIncident().WithId(Inc1003).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major link INC-1001 INC-1002,INC-1003"));

        Assert.Equal([Inc1002, Inc1003], major.Major?.LinkedIncidents);
        Assert.Equal(major.Id, second.PartOf);
        Assert.Equal(major.Id, third.PartOf);
        Assert.Equal([AuditActions.Linked, AuditActions.Linked], major.PendingEvents.Select(e => e.Action));
        Assert.Equal(AuditActions.PartOfMajor, Assert.Single(second.PendingEvents).Action);
        Assert.Equal("Linked INC-1002, INC-1003 to **INC-1001**.", reply.Text);
    }

    [Fact]
    public async Task Link_SomeFail_LinksTheOthersAndGivesEachFailuresReason()
    {
        Incident major = _harness.HoldsMajor();
        _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());
        Incident elsewhere = _harness.Holds(AnIncident().WithId(Inc1003).WithEventsStored().Build());
        elsewhere.JoinMajor(Inc1004, AnActionContext().Build());
        elsewhere.MarkEventsStored();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major link INC-1001 INC-1003 INC-1009 INC-1002"));

        Assert.Equal([Inc1002], major.Major?.LinkedIncidents);
        Assert.Equal(Inc1004, elsewhere.PartOf);
        Assert.Empty(elsewhere.PendingEvents);
        Assert.Equal(
            "Linked INC-1002 to **INC-1001**.\n\nNot linked:\n"
            + "- INC-1003: INC-1003 is already part of the major incident INC-1004.\n"
            + "- INC-1009: I can't find INC-1009.",
            reply.Text);
    }

    [Fact]
    public async Task Link_AlreadyLinked_SaysSo()
    {
        Incident major = _harness.HoldsMajor();
        _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());
        await _harness.HandleAsync(Chat.Bob.Says("major link INC-1001 INC-1002"));
        major.MarkEventsStored();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major link INC-1001 INC-1002"));

        Assert.Equal("Not linked:\n- INC-1002: INC-1002 is already linked to INC-1001.", reply.Text);
        Assert.Empty(major.PendingEvents);
    }

    [Fact]
    public async Task Link_HalfDoneEarlier_ListsTheIncidentOnTheMajorIncident()
    {
        Incident major = _harness.HoldsMajor();
        Incident child = _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());
        child.JoinMajor(major.Id, AnActionContext().Build());
        child.MarkEventsStored();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major link INC-1001 INC-1002"));

        Assert.Equal([Inc1002], major.Major?.LinkedIncidents);
        Assert.Empty(child.PendingEvents);
        Assert.Equal("Linked INC-1002 to **INC-1001**.", reply.Text);
    }

    [Fact]
    public async Task Link_ByARequesterWithoutARole_ChangesNoIncident()
    {
        Incident major = _harness.HoldsMajor();
        Incident child = _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("major link INC-1001 INC-1002"));

        Assert.Equal("Only agents, on-call engineers and the major incident's role holders can do that.", reply.Text);
        Assert.Null(child.PartOf);
        Assert.Empty(major.Major!.LinkedIncidents);
        await _harness.AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("major link INC-1001", "Which incidents? Usage: `major link <id> <incidents>`")]
    [InlineData("major link INC-1001 PRB-1001", "`PRB-1001` is not an incident id such as INC-1001.")]
    [InlineData("major link INC-1009 INC-1002", "I can't find INC-1009.")]
    [InlineData("major link INC-1002 INC-1003", "INC-1002 is not a major incident: declare it first with `major declare INC-1002`.")]
    public async Task Link_BadInput_IsAClearRefusalAndSavesNothing(string typed, string expected)
    {
        _harness.HoldsMajor();
        _harness.Holds(AnIncident().WithId(Inc1002).WithEventsStored().Build());
        _harness.Holds(AnIncident().WithId(Inc1003).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(typed));

        Assert.Equal(expected, reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }
}
