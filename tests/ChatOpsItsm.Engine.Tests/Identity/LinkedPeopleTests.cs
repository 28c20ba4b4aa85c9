using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.NotificationWorkBuilder;

namespace ChatOpsItsm.Engine.Tests.Identity;

/// <summary>A linked identity is its person: roles, tickets and direct messages follow the link.</summary>
public sealed class LinkedPeopleTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task WhoAmI_LinkedIdentity_ListsEveryIdentityPrimaryFirstWithTheRolesOfThePerson()
    {
        _harness.Links.Links(Chat.Bob.Identity, LinkTestPeople.BobOnTeams.Identity);

        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("whoami"));

        Assert.Equal("You are **Bob (Teams)** (`local:bob` (primary), `teams:aad-bob`). Roles: requester, agent.", reply.Text);
    }

    [Fact]
    public async Task RolesAndGroups_ConfiguredForAnyIdentity_ApplyToThePerson()
    {
        _harness.Links.Links(Chat.Alice.Identity, Chat.Root.Identity);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("whoami"));

        Assert.Equal("You are **Alice** (`local:alice` (primary), `local:root`). Roles: requester, admin. Approver groups: cab.", reply.Text);
    }

    [Fact]
    public async Task IncidentListMine_FromALinkedIdentity_ListsThePrimaryIdentitysTickets()
    {
        _harness.Links.Links(Chat.Alice.Identity, LinkTestPeople.BobOnTeams.Identity);

        await _harness.HandleAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("incident list mine"));

        await _harness.Incidents.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Person == Chat.Alice.Identity), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Report_FromALinkedIdentity_NamesThePrimaryIdentityAsRequester()
    {
        _harness.Links.Links(Chat.Alice.Identity, LinkTestPeople.BobOnTeams.Identity);

        await _harness.HandleAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("incident report Printer jam service:printing impact:low urgency:low"));

        Assert.Equal(Chat.Alice.Identity, Assert.Single(_harness.Created).Requester);
    }

    [Fact]
    public async Task DirectMessage_PersonLastSeenOnALinkedIdentity_GoesToThatIdentity()
    {
        UserIdentity aliceOnTeams = new("teams", "aad-alice");
        _harness.Links.Links(Chat.Alice.Identity, aliceOnTeams);
        Seen(Chat.Alice.Identity, Chat.General, BuilderDefaults.Instant.AddHours(-2));
        Seen(aliceOnTeams, LinkTestPeople.TeamsChat, BuilderDefaults.Instant.AddMinutes(-5));
        NotificationWork work = ANotification().Build();

        await _harness.DeliverAsync(work);

        await _harness.TeamsChannel.Received(1).SendDirectAsync(aliceOnTeams, work.Message, work.WorkId, Arg.Any<CancellationToken>());
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().SendDirectAsync(default, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DirectMessage_PrimarySeenMoreRecently_StaysOnThePrimary()
    {
        UserIdentity aliceOnTeams = new("teams", "aad-alice");
        _harness.Links.Links(Chat.Alice.Identity, aliceOnTeams);
        Seen(Chat.Alice.Identity, Chat.General, BuilderDefaults.Instant.AddMinutes(-1));
        Seen(aliceOnTeams, LinkTestPeople.TeamsChat, BuilderDefaults.Instant.AddDays(-1));
        NotificationWork work = ANotification().Build();

        await _harness.DeliverAsync(work);

        await _harness.LocalChannel.Received(1).SendDirectAsync(Chat.Alice.Identity, work.Message, work.WorkId, Arg.Any<CancellationToken>());
    }

    private void Seen(UserIdentity identity, ConversationAddress where, DateTimeOffset at) =>
        _harness.References.FindPersonAsync(identity, Arg.Any<CancellationToken>())
            .Returns(new ConversationReference(where, identity, new Dictionary<string, string>(), at));
}
