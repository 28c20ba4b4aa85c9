using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

public sealed class TimelineMessageTests
{
    private const string Target = "1900000000000000011";

    [Fact]
    public void From_SomeoneElsesMessageInAThread_TimelineLineCreditedToTheAuthorInThatThread()
    {
        InteractionContext context = Context(InteractionFixtures.Interaction(InteractionFixtures.TimelineCommand));

        InboundMessage line = TimelineMessage.From(context, context.Interaction.Data!)!;

        Assert.Equal("!timeline (Sam) DB failover finished, replicas catching up", line.Text);
        Assert.Equal(new ConversationAddress("discord", "1950000000000000001"), line.Conversation);
        Assert.Equal("discord:1600000000000000001", line.User.Identity.ToString());
        Assert.Equal("1300000000000000010", line.EventId);
        Assert.Equal("1400000000000000001", line.ChannelData[InteractionMapper.GuildKey]);
        Assert.False(line.IsDirect);
    }

    [Fact]
    public void From_TheInvokersOwnMessage_NoCredit()
    {
        JsonObject node = WithTarget(m => m["author"] = new JsonObject { ["id"] = "1600000000000000001", ["username"] = "dana.ops" });

        Assert.Equal("!timeline DB failover finished, replicas catching up", Text(node));
    }

    [Fact]
    public void From_AuthorWithoutGlobalName_CreditedByUserName()
    {
        JsonObject node = WithTarget(m => m["author"] = new JsonObject { ["id"] = "1600000000000000004", ["username"] = "sam" });

        Assert.Equal("!timeline (sam) DB failover finished, replicas catching up", Text(node));
    }

    [Fact]
    public void From_ContentWithSurroundingSpaceAndLines_TrimmedButLinesKept()
    {
        JsonObject node = WithTarget(m => m["content"] = "  step 1 done\nstep 2 running  ");

        Assert.Equal("!timeline (Sam) step 1 done\nstep 2 running", Text(node));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void From_NoTextButEmbeds_TheEmbedsTitles(string? content)
    {
        JsonObject node = WithTarget(m =>
        {
            m["content"] = content;
            m["author"] = new JsonObject { ["id"] = "1100000000000000001", ["username"] = "ChatOps ITSM", ["bot"] = true };
            m["embeds"] = new JsonArray(
                new JsonObject { ["type"] = "rich", ["title"] = "INC-1001 · Checkout API returns 502" },
                new JsonObject { ["type"] = "rich", ["description"] = "no title here" },
                new JsonObject { ["type"] = "rich", ["title"] = " Status update 3 " });
        });

        Assert.Equal("!timeline (ChatOps ITSM) INC-1001 · Checkout API returns 502; Status update 3", Text(node));
    }

    [Fact]
    public void From_NoTextAndNoEmbedTitles_SaysNoText()
    {
        JsonObject node = WithTarget(m =>
        {
            m["content"] = "";
            m["embeds"] = new JsonArray(new JsonObject { ["type"] = "image" });
        });

        Assert.Equal("!timeline (Sam) (no text)", Text(node));
    }

    [Fact]
    public void From_LongMessage_CutToTheEngineLimitWithAnEllipsis()
    {
        JsonObject node = WithTarget(m => m["content"] = new string('x', 5000));

        string text = Text(node);

        Assert.Equal(2000, text.Length);
        Assert.StartsWith("!timeline (Sam) xxx", text, StringComparison.Ordinal);
        Assert.EndsWith("x…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void From_LongMessageEndingInAnEmojiAtTheCut_KeepsThePairWhole()
    {
        string prefix = "!timeline (Sam) ";
        JsonObject node = WithTarget(m => m["content"] = new string('x', 1998 - prefix.Length) + "🔥🔥🔥");

        string text = Text(node);

        Assert.True(text.Length <= 2000);
        Assert.False(char.IsHighSurrogate(text[^2]), "the cut split a surrogate pair");
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void From_TargetNotResolved_Null()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.TimelineCommand);
        node["data"]!["target_id"] = "1900000000000000000";
        InteractionContext context = Context(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)));

        Assert.Null(TimelineMessage.From(context, context.Interaction.Data!));
    }

    [Fact]
    public void From_NoResolvedMessagesAtAll_Null()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.TimelineCommand);
        node["data"]!.AsObject().Remove("resolved");
        InteractionContext context = Context(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)));

        Assert.Null(TimelineMessage.From(context, context.Interaction.Data!));
    }

    [Fact]
    public void From_InTheBotsDm_IsDirect()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.TimelineCommand);
        node.Remove("guild_id");
        node["user"] = node["member"]!["user"]!.DeepClone();
        node.Remove("member");
        InteractionContext context = Context(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)));

        InboundMessage line = TimelineMessage.From(context, context.Interaction.Data!)!;

        Assert.True(line.IsDirect);
        Assert.StartsWith("!timeline ", line.Text, StringComparison.Ordinal);
    }

    private static JsonObject WithTarget(Action<JsonObject> change)
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.TimelineCommand);
        change(node["data"]!["resolved"]!["messages"]![Target]!.AsObject());
        return node;
    }

    private static string Text(JsonObject node)
    {
        InteractionContext context = Context(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)));
        return TimelineMessage.From(context, context.Interaction.Data!)!.Text;
    }

    private static InteractionContext Context(JsonInteraction interaction) => InteractionMapper.ContextOf(interaction, BuilderDefaults.Instant)!;
}
