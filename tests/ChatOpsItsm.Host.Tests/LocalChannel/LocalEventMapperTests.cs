using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Host.LocalChannel;
using ChatOpsItsm.Host.LocalChannel.Protocol;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>The local <c>dm:&lt;user&gt;</c> conversations (where the bot's direct messages land) are direct: no war room opens there.</summary>
public sealed class LocalEventMapperTests
{
    [Theory]
    [InlineData("dm:alice", true)]
    [InlineData("dm:", true)]
    [InlineData("general", false)]
    [InlineData("thread:general:0a1b2c3d", false)]
    [InlineData("DM:alice", false)]
    [InlineData("dm-alice", false)]
    [InlineData(" dm:alice", false)]
    [InlineData("oncall", false)]
    public void ToEvent_Text_IsDirectOnlyInADmConversation(string conversation, bool expected)
    {
        InboundEvent inbound = Map(new JsonLocalRequest { User = Alice(), Conversation = new JsonLocalConversation { Id = conversation }, Text = "help" });

        Assert.Equal(expected, Assert.IsType<InboundMessage>(inbound).IsDirect);
    }

    [Theory]
    [InlineData("dm:alice", true)]
    [InlineData("general", false)]
    public void ToEvent_CardClick_IsDirectOnlyInADmConversation(string conversation, bool expected)
    {
        JsonLocalRequest request = new()
        {
            User = Alice(),
            Conversation = new JsonLocalConversation { Id = conversation },
            Action = new JsonLocalAction { Id = "incident.show", Data = new Dictionary<string, string?> { ["id"] = "INC-1001" } },
        };

        Assert.Equal(expected, Assert.IsType<InboundCardAction>(Map(request)).IsDirect);
    }

    [Theory]
    [InlineData("dm:alice", true)]
    [InlineData("general", false)]
    public void ToEvent_FormSubmission_IsDirectOnlyInADmConversation(string conversation, bool expected)
    {
        JsonLocalRequest request = new()
        {
            User = Alice(),
            Conversation = new JsonLocalConversation { Id = conversation },
            Form = new JsonLocalForm { Id = "incident.report", Values = new Dictionary<string, string?> { ["title"] = "Mail down" } },
        };

        Assert.Equal(expected, Assert.IsType<InboundFormSubmission>(Map(request)).IsDirect);
    }

    [Fact]
    public void IsDirect_TheConversationTheBotSendsDirectMessagesTo_IsDirect() =>
        Assert.True(LocalEventMapper.IsDirect(LocalOutboundChannel.DirectConversation(new("local", "alice"))));

    private static JsonLocalUser Alice() => new() { Id = "alice" };

    private static InboundEvent Map(JsonLocalRequest request)
    {
        (InboundEvent? inbound, string? problem) = LocalEventMapper.ToEvent(request, () => "event-1");
        Assert.Null(problem);
        return inbound!;
    }
}
