using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Engine.Tests.Commands;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("help", "help", 0)]
    [InlineData("", "help", 4)]
    [InlineData("help", "", 4)]
    [InlineData("incdent", "incident", 1)]
    [InlineData("halp", "help", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("incdent lst", "incident list", 2)]
    [InlineData("whoiam", "whoami", 2)]
    public void Between_TwoWords_IsTheLevenshteinDistance(string left, string right, int expected)
    {
        int distance = EditDistance.Between(left, right);

        Assert.Equal(expected, distance);
    }

    [Theory]
    [InlineData("incident", "incdent")]
    [InlineData("assign", "resign")]
    public void Between_SwappedArguments_IsSymmetric(string left, string right)
    {
        int forward = EditDistance.Between(left, right);

        int backward = EditDistance.Between(right, left);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Between_IsCaseSensitive()
    {
        int distance = EditDistance.Between("Help", "help");

        Assert.Equal(1, distance);
    }

    [Fact]
    public void Between_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => EditDistance.Between(null!, "help"));
    }
}
