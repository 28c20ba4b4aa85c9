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
    public void ToMessage_TimelineLineInAWarRoomThread_ReachesTheEngineStartingWithTheMarker()
    {
        InboundMessage message = ActivityMapper.ToMessage(ActivityFixtures.Activity(ActivityFixtures.ChannelTimeline))!;

        Assert.Equal("!timeline the DB failover finished", message.Text);
        Assert.Equal("teams:19:ops@thread.tacv2;messageid=1700000000000", message.Conversation.ToString());
        Assert.False(message.IsDirect);
    }

    [Theory]
    [InlineData("<p><at>OpsBot</at> !timeline the DB failover finished</p>", "!timeline the DB failover finished")]
    [InlineData("<at>OpsBot</at>\n!timeline   paged the DBA", "!timeline paged the DBA")]
    [InlineData("!timeline <at>OpsBot</at> rollback started", "!timeline rollback started")]
    public void ToMessage_TimelineLineShapes_MentionRemovedAndMarkerFirst(string text, string expected)
    {
        JsonObject node = ActivityFixtures.Node(ActivityFixtures.ChannelTimeline);
        node["text"] = text;

        InboundMessage message = ActivityMapper.ToMessage(ActivityFixtures.Parse(ActivityFixtures.ToBytes(node)))!;

        Assert.Equal(expected, message.Text);
    }

    [Fact]
    public void ToMessage_TimelineMentioningAnotherUserOnly_KeepsTheBotsNameOutAndTheirsIn()
    {
        JsonObject node = ActivityFixtures.Node(ActivityFixtures.ChannelTimeline);
        node["text"] = "<at>OpsBot</at> !timeline <at>Ana Diaz</at> joined";
        node["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Ana Diaz</at>",
            ["mentioned"] = new JsonObject { ["id"] = "29:1user-a", ["name"] = "Ana Diaz" },
        });

        InboundMessage message = ActivityMapper.ToMessage(ActivityFixtures.Parse(ActivityFixtures.ToBytes(node)))!;

        Assert.Equal("!timeline Ana Diaz joined", message.Text);
    }

    [Theory]
    [InlineData("personal", true)]
    [InlineData("groupChat", true)]
    [InlineData("channel", false)]
    [InlineData("Channel", false)]
    [InlineData(null, true)]
    public void ToMessage_ConversationType_SaysWhetherItIsDirect(string? conversationType, bool expected)
    {
        JsonObject node = ActivityFixtures.Node(ActivityFixtures.ChannelMention);
        node["conversation"]!["conversationType"] = conversationType;

        InboundMessage message = ActivityMapper.ToMessage(ActivityFixtures.Parse(ActivityFixtures.ToBytes(node)))!;

        Assert.Equal(expected, message.IsDirect);
    }

    [Fact]
    public void ToMessage_PersonalChatFixture_IsDirect() =>
        Assert.True(ActivityMapper.ToMessage(ActivityFixtures.Activity(ActivityFixtures.PersonalMessage))!.IsDirect);

    [Theory]
    [InlineData("channel", false)]
    [InlineData("groupChat", true)]
    [InlineData("personal", true)]
    public void ToCardEvent_ClickOrForm_CarriesIsDirect(string conversationType, bool expected)
    {
        JsonObject node = ActivityFixtures.Node(ActivityFixtures.ActionSubmit);
        node["conversation"]!["conversationType"] = conversationType;
        JsonActivity click = ActivityFixtures.Parse(ActivityFixtures.ToBytes(node));
        node["value"]!["itsmForm"] = "1";
        JsonActivity form = ActivityFixtures.Parse(ActivityFixtures.ToBytes(node));

        InboundEvent? clicked = ActivityMapper.ToCardEvent(click, CardSubmission.From(click.Value, verb: null));
        InboundEvent? submitted = ActivityMapper.ToCardEvent(form, CardSubmission.From(form.Value, verb: null));

        Assert.Equal(expected, Assert.IsType<InboundCardAction>(clicked).IsDirect);
        Assert.Equal(expected, Assert.IsType<InboundFormSubmission>(submitted).IsDirect);
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
