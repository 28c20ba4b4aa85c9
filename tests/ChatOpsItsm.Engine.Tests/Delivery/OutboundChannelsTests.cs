using ChatOpsItsm.Engine.Delivery;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Delivery;

public sealed class OutboundChannelsTests
{
    private readonly IOutboundChannel _local = Channel("local");
    private readonly IOutboundChannel _teams = Channel("teams");

    [Theory]
    [InlineData("local")]
    [InlineData("LOCAL")]
    public void For_RegisteredPlatform_ReturnsItsChannel(string platform)
    {
        OutboundChannels channels = new([_local, _teams]);

        IOutboundChannel channel = channels.For(platform);

        Assert.Same(_local, channel);
    }

    [Fact]
    public void For_UnknownPlatform_ThrowsNamingItAndTheRegisteredOnes()
    {
        OutboundChannels channels = new([_teams, _local]);

        InvalidOperationException failure = Assert.Throws<InvalidOperationException>(() => channels.For("discord"));

        Assert.Equal("No outbound channel serves the platform 'discord' (registered: local, teams).", failure.Message);
    }

    [Fact]
    public void For_NoChannelRegistered_SaysNone()
    {
        OutboundChannels channels = new([]);

        InvalidOperationException failure = Assert.Throws<InvalidOperationException>(() => channels.For("local"));

        Assert.Equal("No outbound channel serves the platform 'local' (registered: none).", failure.Message);
    }

    [Fact]
    public void Constructor_TwoChannelsForOnePlatform_Throws()
    {
        InvalidOperationException failure = Assert.Throws<InvalidOperationException>(() => new OutboundChannels([_local, Channel("local")]));

        Assert.Equal("Two outbound channels are registered for the platform 'local'.", failure.Message);
    }

    [Theory]
    [InlineData("teams", true)]
    [InlineData("discord", false)]
    public void Serves_Platform_SaysWhetherAChannelIsRegistered(string platform, bool expected)
    {
        OutboundChannels channels = new([_local, _teams]);

        bool serves = channels.Serves(platform);

        Assert.Equal(expected, serves);
    }

    private static IOutboundChannel Channel(string platform)
    {
        IOutboundChannel channel = Substitute.For<IOutboundChannel>();
        channel.Platform.Returns(platform);
        return channel;
    }
}
