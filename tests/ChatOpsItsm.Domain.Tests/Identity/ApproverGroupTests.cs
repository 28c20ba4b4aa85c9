using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Tests.Identity;

public sealed class ApproverGroupTests
{
    [Theory]
    [InlineData("cab", "cab")]
    [InlineData(" ECAB ", "ecab")]
    [InlineData("network-cab_2", "network-cab_2")]
    public void TryParse_ValidName_LowerCasedAndTrimmed(string text, string expected)
    {
        Assert.True(ApproverGroup.TryParse(text, out ApproverGroup group));
        Assert.Equal(expected, group.Name);
        Assert.Equal(expected, group.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("approver:cab")]
    [InlineData("c a b")]
    [InlineData("cab'")]
    [InlineData("12345678901234567890123456789012345678901")]
    public void TryParse_InvalidName_False(string? text)
    {
        Assert.False(ApproverGroup.TryParse(text, out _));
    }

    [Fact]
    public void Constructor_InvalidName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ApproverGroup("no spaces"));
    }

    [Fact]
    public void Equals_DifferentCase_Equal()
    {
        Assert.Equal(ApproverGroup.Cab, new ApproverGroup("CAB"));
    }
}
