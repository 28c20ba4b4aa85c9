using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary><c>major role</c> on INC-1001, a major incident In Progress with Bob in command.</summary>
public sealed class MajorRoleHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("major role INC-1001 comms @carol", MajorRole.Communications, "local:carol", "carol is now communications lead of **INC-1001**.")]
    [InlineData("major role INC-1001 scribe me", MajorRole.Scribe, "local:olga", "Olga is now scribe of **INC-1001**.")]
    [InlineData("major role INC-1001 commander @root", MajorRole.Commander, "local:root", "root is now incident commander of **INC-1001**.")]
    [InlineData("major role INC-1001 Scribe local:erin", MajorRole.Scribe, "local:erin", "erin is now scribe of **INC-1001**.")]
    public async Task Role_ByAWorker_GivesItAndSavesOnce(string typed, MajorRole role, string expectedHolder, string expectedReply)
    {
        Incident incident = _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says(typed));

        Assert.Equal(expectedHolder, incident.Major?.Holder(role)?.Identity.ToString());
        Assert.Equal(AuditActions.RoleAssigned, Assert.Single(incident.PendingEvents).Action);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        Assert.Equal(expectedReply, reply.Text);
    }

    [Fact]
    public async Task Role_ButtonData_GivesTheRoleToTheClicker()
    {
        Incident incident = _harness.HoldsMajor();

        await _harness.HandleAsync(Chat.Bob.Clicks("major.role", ("id", "INC-1001"), ("role", "scribe"), ("person", "me")));

        Assert.Equal(Chat.Bob.Identity, incident.Major?.Scribe?.Identity);
    }

    [Fact]
    public async Task Role_ByARoleHolderWhoIsARequester_IsRefused()
    {
        Incident incident = _harness.HoldsMajor();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Chat.Carol.Identity, "Carol"), AnActionContext().Build());
        incident.MarkEventsStored();

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("major role INC-1001 scribe @dave"));

        Assert.Equal("Only agents and on-call engineers can give major incident roles.", reply.Text);
        Assert.Null(incident.Major?.Scribe);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Role_AlreadyHeld_IsTheDomainsRefusal()
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major role INC-1001 commander me"));

        Assert.Equal("Bob is already incident commander of INC-1001.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("major role INC-1001 boss @carol", "The role must be one of: commander, comms, scribe.")]
    [InlineData("major role INC-1001 scribe", "Who gets the role: me or @name? Usage: `major role <id> <role> <person>`")]
    [InlineData("major role INC-1001", "Which role: commander, comms, scribe? Usage: `major role <id> <role> <person>`")]
    [InlineData("major role INC-1001 scribe \"two words\"", "`two words` is not a person: write me, @name or platform:id.")]
    [InlineData("major role INC-1009 scribe me", "I can't find INC-1009.")]
    public async Task Role_BadInput_IsAClearRefusalAndSavesNothing(string typed, string expected)
    {
        _harness.HoldsMajor();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(typed));

        Assert.Equal(expected, reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Role_OnAResolvedMajorIncident_IsRefusedAsOver()
    {
        _harness.HoldsMajor(IncidentState.Resolved);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("major role INC-1001 scribe me"));

        Assert.Equal("INC-1001 is Resolved, so the major incident is over and can't be given a role.", reply.Text);
        await _harness.AssertNothingWrittenAsync();
    }
}
