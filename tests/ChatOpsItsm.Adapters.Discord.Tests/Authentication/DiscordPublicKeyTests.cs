using ChatOpsItsm.Adapters.Discord.Authentication;

namespace ChatOpsItsm.Adapters.Discord.Tests.Authentication;

public sealed class DiscordPublicKeyTests
{
    [Theory]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")]
    [InlineData("D75A980182B10AB7D54BFED3C964073A0EE172F3DAA62325AF021A68F707511A")]
    public void TryParse_PortalKeyInEitherCase_Parsed(string hex)
    {
        bool parsed = DiscordPublicKey.TryParse(hex, out var key);

        Assert.True(parsed);
        Assert.Equal(Convert.FromHexString(hex), key!.GetEncoded());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00")]
    [InlineData("g75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")]
    [InlineData(" d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f70751")]
    // 64 hex characters, but y ≥ p: not a point on the curve.
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void TryParse_NotAnEd25519PublicKey_False(string? hex)
    {
        bool parsed = DiscordPublicKey.TryParse(hex, out var key);

        Assert.False(parsed);
        Assert.Null(key);
    }
}
