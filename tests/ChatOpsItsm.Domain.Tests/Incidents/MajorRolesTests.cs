using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class MajorRolesTests
{
    [Theory]
    [InlineData("commander", MajorRole.Commander)]
    [InlineData("Commander", MajorRole.Commander)]
    [InlineData("IC", MajorRole.Commander)]
    [InlineData("incident-commander", MajorRole.Commander)]
    [InlineData("comms", MajorRole.Communications)]
    [InlineData("COMMUNICATIONS", MajorRole.Communications)]
    [InlineData("communications-lead", MajorRole.Communications)]
    [InlineData("scribe", MajorRole.Scribe)]
    [InlineData("  Scribe\t", MajorRole.Scribe)]
    public void TryParse_KnownWordInAnyCase_ReadsTheRole(string text, MajorRole expected)
    {
        bool parsed = MajorRoles.TryParse(text, out MajorRole role);

        Assert.True(parsed);
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("lead")]
    [InlineData("comm")]
    [InlineData("incident commander")]
    [InlineData("Scribe'); DROP TABLE")]
    [InlineData("0")]
    public void TryParse_AnythingElse_False(string? text)
    {
        bool parsed = MajorRoles.TryParse(text, out MajorRole role);

        Assert.False(parsed);
        Assert.Equal(default, role);
    }

    [Fact]
    public void Keywords_InHelpOrder_EachParsesBackToItsRole()
    {
        Assert.Equal(["commander", "comms", "scribe"], MajorRoles.Keywords);
        Assert.Equal(
            [MajorRole.Commander, MajorRole.Communications, MajorRole.Scribe],
            MajorRoles.Keywords.Select(keyword => MajorRoles.TryParse(keyword, out MajorRole role) ? role : (MajorRole)(-1)));
    }

    [Theory]
    [InlineData(MajorRole.Commander, "commander")]
    [InlineData(MajorRole.Communications, "comms")]
    [InlineData(MajorRole.Scribe, "scribe")]
    [InlineData((MajorRole)9, "9")]
    public void Keyword_EachRole_TheWordTypedAndStored(MajorRole role, string expected)
    {
        Assert.Equal(expected, MajorRoles.Keyword(role));
    }

    [Theory]
    [InlineData(MajorRole.Commander, "Incident commander")]
    [InlineData(MajorRole.Communications, "Communications lead")]
    [InlineData(MajorRole.Scribe, "Scribe")]
    [InlineData((MajorRole)9, "9")]
    public void DisplayName_EachRole_TheNameTheBoardShows(MajorRole role, string expected)
    {
        Assert.Equal(expected, MajorRoles.DisplayName(role));
    }

    [Fact]
    public void Keyword_EveryRole_ParsesBack()
    {
        foreach (MajorRole role in Enum.GetValues<MajorRole>())
        {
            Assert.True(MajorRoles.TryParse(MajorRoles.Keyword(role), out MajorRole parsed));
            Assert.Equal(role, parsed);
        }
    }
}
