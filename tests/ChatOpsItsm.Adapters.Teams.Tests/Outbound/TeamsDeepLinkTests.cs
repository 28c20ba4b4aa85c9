using ChatOpsItsm.Adapters.Teams.Outbound;

namespace ChatOpsItsm.Adapters.Teams.Tests.Outbound;

public sealed class TeamsDeepLinkTests
{
    [Fact]
    public void ToThread_ChannelThread_LinksToItsRootMessageWithTheChannelIdEscaped()
    {
        string? link = TeamsDeepLink.ToThread("19:ops@thread.tacv2;messageid=1700000000000");

        Assert.Equal(
            "https://teams.microsoft.com/l/message/19%3Aops%40thread.tacv2/1700000000000?parentMessageId=1700000000000&createdTime=1700000000000",
            link);
    }

    [Fact]
    public void ToThread_OlderSkypeChannel_IsLinkedToo() =>
        Assert.Equal(
            "https://teams.microsoft.com/l/message/19%3Aold%40thread.skype/1650000000000?parentMessageId=1650000000000&createdTime=1650000000000",
            TeamsDeepLink.ToThread("19:old@thread.skype;messageid=1650000000000"));

    [Fact]
    public void ToThread_ChannelIdWithReservedCharacters_CannotBreakOutOfThePath()
    {
        string? link = TeamsDeepLink.ToThread("19:a/b?c=d&e#f@thread.tacv2;messageid=1700000000000");

        Assert.Equal(
            "https://teams.microsoft.com/l/message/19%3Aa%2Fb%3Fc%3Dd%26e%23f%40thread.tacv2/1700000000000?parentMessageId=1700000000000&createdTime=1700000000000",
            link);
        Uri uri = new(link!);
        Assert.Equal("teams.microsoft.com", uri.Host);
        Assert.Equal("?parentMessageId=1700000000000&createdTime=1700000000000", uri.Query);
        Assert.Equal("", uri.Fragment);
        Assert.Equal(5, uri.Segments.Length);
    }

    [Theory]
    [InlineData("19:ops@thread.tacv2")]
    [InlineData("a:1personal-xyz")]
    [InlineData("19:chat@thread.v2")]
    [InlineData("19:ops@thread.tacv2;messageid=")]
    [InlineData("19:ops@thread.tacv2;messageid=17000abc")]
    [InlineData("19:ops@thread.tacv2;messageid=1700000000000&x=1")]
    [InlineData("19:ops@thread.tacv2;messageid=-1")]
    [InlineData("19:ops@thread.tacv2;messageid=１７")]
    [InlineData("19:ops@thread.tacv2;messageid=123456789012345678901")]
    [InlineData(";messageid=1700000000000")]
    [InlineData("29:user;messageid=1700000000000")]
    [InlineData("")]
    public void ToThread_NotAChannelThread_Null(string conversationId) =>
        Assert.Null(TeamsDeepLink.ToThread(conversationId));
}
