using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Engine.Tests.Delivery;

/// <summary>The interaction token is a bearer credential: printing the work never shows it.</summary>
public sealed class InteractionReplyWorkTests
{
    private const string Token = "aW50ZXJhY3Rpb246OTg3NjU0MzIx.SECRET-PART";

    private static readonly InteractionReplyWork Work = new(
        "discord:1187331154541367336:reply",
        BuilderDefaults.Instant,
        new ConversationAddress("discord", "998877"),
        Token,
        BuilderDefaults.Instant + TimeSpan.FromMinutes(15),
        [Reply.Say("Reported **INC-1001** (P3)."), Reply.Say("Second.")],
        InteractionReplyMode.UpdateSourceMessage);

    [Fact]
    public void ToString_Always_NamesTheWorkConversationAndReplyCountButNotTheToken()
    {
        string text = Work.ToString();

        Assert.Equal("InteractionReplyWork { WorkId = discord:1187331154541367336:reply, Conversation = discord:998877, Replies = 2 }", text);
        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_AsTheBaseTypeOrInterpolated_NeverContainsTheToken()
    {
        OutboundWork asBase = Work;

        Assert.DoesNotContain(Token, asBase.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, $"{asBase}", StringComparison.Ordinal);
        Assert.DoesNotContain(Token, string.Join(", ", new OutboundWork[] { Work }), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_CopyWithAnotherToken_NeverContainsEitherToken()
    {
        InteractionReplyWork copy = Work with { InteractionToken = "another-SECRET-token" };

        Assert.DoesNotContain("SECRET", copy.ToString(), StringComparison.Ordinal);
    }
}
