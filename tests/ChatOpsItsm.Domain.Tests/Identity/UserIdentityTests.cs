using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Tests.Identity;

public sealed class UserIdentityTests
{
    [Theory]
    [InlineData("local:alice", "local", "alice")]
    [InlineData("discord:80351110224678912", "discord", "80351110224678912")]
    [InlineData("teams:29:1a2b3c-d4e5", "teams", "29:1a2b3c-d4e5")]
    [InlineData("teams:a:b:c", "teams", "a:b:c")]
    [InlineData("  local:alice  ", "local", "alice")]
    public void Parse_PlatformColonId_SplitsAtFirstColon(string text, string platform, string id)
    {
        UserIdentity identity = UserIdentity.Parse(text);

        Assert.Equal(platform, identity.Platform);
        Assert.Equal(id, identity.Id);
    }

    [Theory]
    [InlineData("LOCAL:alice", "local:alice")]
    [InlineData("Discord:123", "discord:123")]
    [InlineData("local:Alice", "local:Alice")]
    [InlineData("TEAMS:AbC-dEf", "teams:AbC-dEf")]
    public void Parse_MixedCase_LowerCasesPlatformAndKeepsId(string text, string expected)
    {
        UserIdentity identity = UserIdentity.Parse(text);

        Assert.Equal(expected, identity.ToString());
    }

    [Fact]
    public void Equality_IdsDifferingInCase_AreDifferentIdentities()
    {
        UserIdentity lower = UserIdentity.Parse("local:alice");
        UserIdentity upper = UserIdentity.Parse("LOCAL:Alice");

        Assert.NotEqual(lower, upper);
    }

    [Fact]
    public void Equality_PlatformsDifferingInCase_AreTheSameIdentity()
    {
        UserIdentity lower = UserIdentity.Parse("local:alice");
        UserIdentity upper = UserIdentity.Parse("LOCAL:alice");

        Assert.Equal(lower, upper);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("alice")]
    [InlineData(":alice")]
    [InlineData("local:")]
    [InlineData("local: ")]
    [InlineData("local:al ice")]
    [InlineData("local:al\tice")]
    [InlineData("local:al\nice")]
    [InlineData("local:al\u0000ice")]
    [InlineData("lo cal:alice")]
    [InlineData("lo-cal:alice")]
    [InlineData("lokål:alice")]
    [InlineData("local :alice")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        bool parsed = UserIdentity.TryParse(text, out UserIdentity identity);

        Assert.False(parsed);
        Assert.Equal(default, identity);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        bool parsed = UserIdentity.TryParse(null, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_ExactlyMaxLength_Accepted()
    {
        string text = "local:" + new string('a', UserIdentity.MaxLength - "local:".Length);

        bool parsed = UserIdentity.TryParse(text, out UserIdentity identity);

        Assert.True(parsed);
        Assert.Equal(text, identity.ToString());
    }

    [Fact]
    public void TryParse_OneOverMaxLength_ReturnsFalse()
    {
        string text = "local:" + new string('a', UserIdentity.MaxLength - "local:".Length + 1);

        bool parsed = UserIdentity.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionQuotingTheText()
    {
        FormatException exception = Assert.Throws<FormatException>(() => UserIdentity.Parse("alice"));

        Assert.Contains("'alice'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("local:alice")]
    [InlineData("teams:29:1a2b3c")]
    [InlineData("discord:80351110224678912")]
    public void ToString_ParsedIdentity_RoundTrips(string text)
    {
        UserIdentity identity = UserIdentity.Parse(text);

        Assert.Equal(identity, UserIdentity.Parse(identity.ToString()));
        Assert.Equal(text, identity.ToString());
    }

    [Fact]
    public void Constructor_PaddedMixedCasePlatform_TrimsAndLowerCases()
    {
        UserIdentity identity = new(" Local ", " alice ");

        Assert.Equal("local:alice", identity.ToString());
    }

    [Theory]
    [InlineData("", "alice")]
    [InlineData(" ", "alice")]
    [InlineData("local", "")]
    [InlineData("local", "  ")]
    public void Constructor_BlankPart_Throws(string platform, string id)
    {
        Assert.ThrowsAny<ArgumentException>(() => new UserIdentity(platform, id));
    }
}
