using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Adapters.Teams.Protocol;

namespace ChatOpsItsm.Adapters.Teams.Tests.Inbound;

public sealed class MessageTextTests
{
    private const string BotId = "28:bot";

    [Theory]
    [InlineData("<at>OpsBot</at> ack INC-1001", "<at>OpsBot</at>", "OpsBot", "ack INC-1001")]
    [InlineData("<at>OpsBot</at> ack INC-1001", "<at>@OpsBot</at>", "OpsBot", "ack INC-1001")]
    [InlineData("<at>Service Desk</at>&nbsp;help", "<at>Service Desk</at>", "Service Desk", "help")]
    [InlineData("<p><at>OpsBot</at>  incident   list</p>", "<at>OpsBot</at>", "OpsBot", "incident list")]
    [InlineData("incident list <at>OpsBot</at>", "<at>OpsBot</at>", "OpsBot", "incident list")]
    [InlineData("<at>OpsBot</at>", "<at>OpsBot</at>", "OpsBot", "")]
    [InlineData("note INC-1 R&amp;D &lt;ok&gt;", null, null, "note INC-1 R&D <ok>")]
    public void Of_BotMentioned_StripsTheMentionAndNormalises(string text, string? entityText, string? name, string expected)
    {
        JsonActivity activity = Activity(text, entityText is null ? [] : [Mention(BotId, entityText, name)]);

        Assert.Equal(expected, MessageText.Of(activity));
    }

    [Fact]
    public void Of_SomeoneElseMentioned_KeepsTheirName()
    {
        JsonActivity activity = Activity(
            "<at>OpsBot</at> incident assign INC-1001 <at>Ben Ode</at>",
            [Mention(BotId, "<at>OpsBot</at>", "OpsBot"), Mention("29:ben", "<at>Ben Ode</at>", "Ben Ode")]);

        Assert.Equal("incident assign INC-1001 Ben Ode", MessageText.Of(activity));
    }

    [Fact]
    public void Of_MentionNamedLikeTheBotButAnotherId_IsKept()
    {
        JsonActivity activity = Activity("<at>OpsBot</at> hello", [Mention("29:impostor", "<at>OpsBot</at>", "OpsBot")]);

        Assert.Equal("OpsBot hello", MessageText.Of(activity));
    }

    private static JsonActivity Activity(string text, JsonEntity[] entities) => new()
    {
        Text = text,
        Recipient = new JsonChannelAccount { Id = BotId },
        Entities = entities,
    };

    private static JsonEntity Mention(string id, string text, string? name) => new()
    {
        Type = "mention",
        Text = text,
        Mentioned = new JsonChannelAccount { Id = id, Name = name },
    };
}
