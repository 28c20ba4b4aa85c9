using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Adapters.Teams.Tests.Fixtures;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Adapters.Teams.Tests.Inbound;

public sealed class ActivityMapperTests
{
    [Fact]
    public void ToMessage_PersonalChatMessage_KeysThePersonOnTheirEntraObjectId()
    {
        JsonActivity activity = ActivityFixtures.Activity(ActivityFixtures.PersonalMessage);

        InboundMessage message = Assert.IsType<InboundMessage>(ActivityMapper.ToMessage(activity));

        Assert.Equal("1700000000001", message.EventId);
        Assert.Equal("teams:11111111-1111-1111-1111-111111111111", message.User.Identity.ToString());
        Assert.Equal("Ana Diaz", message.User.DisplayName);
        Assert.Equal(new ConversationAddress("teams", "a:1personal-xyz"), message.Conversation);
        Assert.Equal("new incident VPN down", message.Text);
    }

    [Fact]
    public void ToMessage_PersonalChatMessage_KeepsTheConversationReference()
    {
        InboundMessage message = ActivityMapper.ToMessage(ActivityFixtures.Activity(ActivityFixtures.PersonalMessage))!;

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
                ["tenantId"] = "22222222-2222-2222-2222-222222222222",
                ["conversationType"] = "personal",
                ["botId"] = "28:00000000-0000-0000-0000-0000000000b0",
                ["userId"] = "29:1user-a",
                ["activityId"] = "1700000000001",
            },
            message.ChannelData);
    }

    [Fact]
    public void ToMessage_ChannelMessageMentioningTheBot_StripsTheMentionAndKeepsTeamAndChannel()
    {
        InboundMessage message = ActivityMapper.ToMessage(ActivityFixtures.Activity(ActivityFixtures.ChannelMention))!;

        Assert.Equal("ack INC-1001", message.Text);
        Assert.Equal("teams:19:ops@thread.tacv2;messageid=1699999999999", message.Conversation.ToString());
        Assert.Equal("19:team@thread.tacv2", message.ChannelData["teamId"]);
        Assert.Equal("19:ops@thread.tacv2", message.ChannelData["channelId"]);
        Assert.Equal("channel", message.ChannelData["conversationType"]);
    }

    [Fact]
    public void ToMessage_NoEntraObjectId_FallsBackToTheTeamsUserId()
    {
        JsonActivity activity = ActivityFixtures.Activity(ActivityFixtures.PersonalMessage);
        activity.From!.AadObjectId = null;

        InboundMessage message = ActivityMapper.ToMessage(activity)!;

        Assert.Equal("teams:29:1user-a", message.User.Identity.ToString());
    }

    [Fact]
    public void ToMessage_NoSender_IsNull()
    {
        JsonActivity activity = ActivityFixtures.Activity(ActivityFixtures.PersonalMessage);
        activity.From = null;

        Assert.Null(ActivityMapper.ToMessage(activity));
    }

    [Fact]
    public void ToCardEvent_ActionSubmit_ReadsTheActionIdAndTheDataWithoutReservedFields()
    {
        JsonActivity activity = ActivityFixtures.Activity(ActivityFixtures.ActionSubmit);

        InboundEvent? inbound = ActivityMapper.ToCardEvent(activity, CardSubmission.From(activity.Value, verb: null));

        InboundCardAction click = Assert.IsType<InboundCardAction>(inbound);
        Assert.Equal("incident.ack", click.ActionId);
        Assert.Equal(new Dictionary<string, string> { ["ticket"] = "INC-1001", ["rev"] = "7", ["comment"] = "on it" }, click.Data);
        Assert.Equal("teams:44444444-4444-4444-4444-444444444444", click.User.Identity.ToString());
        Assert.Equal("19:cab@thread.tacv2", click.ChannelData["channelId"]);
    }

    [Fact]
    public void ToCardEvent_SubmitFromAFormCard_IsAFormSubmission()
    {
        JsonObject node = ActivityFixtures.Node(ActivityFixtures.ActionSubmit);
        node["value"]!["itsmForm"] = "1";
        JsonActivity activity = ActivityFixtures.Parse(ActivityFixtures.ToBytes(node));

        InboundEvent? inbound = ActivityMapper.ToCardEvent(activity, CardSubmission.From(activity.Value, verb: null));

        InboundFormSubmission form = Assert.IsType<InboundFormSubmission>(inbound);
        Assert.Equal("incident.ack", form.FormId);
        Assert.False(form.Values.ContainsKey("itsmForm"));
    }

    [Fact]
    public void CardSubmission_NoActionId_IsNull()
    {
        JsonActivity activity = ActivityFixtures.Parse("""{"value":{"comment":"hi"}}"""u8.ToArray());

        Assert.Null(CardSubmission.From(activity.Value, verb: null));
    }

    [Fact]
    public void CardSubmission_BriefsFallbackShapeWithVerb_ReadsTheVerbAsTheActionId()
    {
        JsonActivity activity = ActivityFixtures.Parse("""{"value":{"verb":"chg.vote","chg":"CHG-1042","decision":"approve"}}"""u8.ToArray());

        CardSubmission submission = CardSubmission.From(activity.Value, verb: null)!;

        Assert.Equal("chg.vote", submission.ActionId);
        Assert.Equal(new Dictionary<string, string> { ["chg"] = "CHG-1042", ["decision"] = "approve" }, submission.Values);
    }
}
