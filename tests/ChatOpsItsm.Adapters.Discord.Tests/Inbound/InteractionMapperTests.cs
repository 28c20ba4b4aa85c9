using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

public sealed class InteractionMapperTests
{
    [Fact]
    public void ContextOf_GuildCommand_MemberUserGuildAndChannel()
    {
        InteractionContext context = ContextOf(InteractionFixtures.Interaction(InteractionFixtures.SlashCommandGuild))!;

        Assert.Equal("1300000000000000002", context.Id);
        Assert.Equal("tok_cmd", context.Token);
        Assert.Equal("discord:1600000000000000001", context.User.Identity.ToString());
        Assert.Equal("Dana", context.User.DisplayName);
        Assert.Equal("discord:1500000000000000001", context.Conversation.ToString());
        Assert.Equal("1400000000000000001", context.ChannelData[InteractionMapper.GuildKey]);
        Assert.Equal(BuilderDefaults.Instant, context.ReceivedAt);
    }

    [Fact]
    public void ContextOf_DirectMessage_TopLevelUserAndNoGuild()
    {
        InteractionContext context = ContextOf(InteractionFixtures.Interaction(InteractionFixtures.SlashCommandDirect))!;

        Assert.Equal("discord:1600000000000000001", context.User.Identity.ToString());
        Assert.Equal("discord:1500000000000000009", context.Conversation.ToString());
        Assert.Empty(context.ChannelData);
    }

    [Theory]
    [InlineData(InteractionFixtures.SlashCommandGuild, false)]
    [InlineData(InteractionFixtures.ButtonClick, false)]
    [InlineData(InteractionFixtures.TimelineCommand, false)]
    [InlineData(InteractionFixtures.SlashCommandDirect, true)]
    public void ContextOf_GuildOrNot_IsDirectOnlyWithoutAGuild(string fixture, bool expected)
    {
        InteractionContext context = ContextOf(InteractionFixtures.Interaction(fixture))!;

        Assert.Equal(expected, context.IsDirect);
    }

    [Fact]
    public void ContextOf_EmptyGuildId_IsDirect()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.SlashCommandGuild);
        node["guild_id"] = "";

        Assert.True(ContextOf(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)))!.IsDirect);
    }

    [Theory]
    [InlineData(InteractionFixtures.Autocomplete, "Dana (ops)")]
    [InlineData(InteractionFixtures.SlashCommandGuild, "Dana")]
    [InlineData(InteractionFixtures.ButtonClick, "cab.kim")]
    public void ContextOf_DisplayName_NicknameThenGlobalNameThenUserName(string fixture, string expected)
    {
        InteractionContext context = ContextOf(InteractionFixtures.Interaction(fixture))!;

        Assert.Equal(expected, context.User.DisplayName);
    }

    [Fact]
    public void ContextOf_NoChannelIdButAPartialChannel_ChannelFromIt()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.SlashCommandGuild);
        node.Remove("channel_id");

        InteractionContext context = ContextOf(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)))!;

        Assert.Equal("1500000000000000001", context.Conversation.ConversationId);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("token")]
    [InlineData("member")]
    [InlineData("channel")]
    public void ContextOf_Missing_Null(string field)
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.SlashCommandGuild);
        node.Remove(field);
        if (field == "channel")
        {
            node.Remove("channel_id");
        }

        InteractionContext? context = ContextOf(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)));

        Assert.Null(context);
    }

    private static InteractionContext? ContextOf(Protocol.JsonInteraction interaction) =>
        InteractionMapper.ContextOf(interaction, BuilderDefaults.Instant);
}
