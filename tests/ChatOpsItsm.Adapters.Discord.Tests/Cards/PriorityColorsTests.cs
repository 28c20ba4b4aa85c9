using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed class PriorityColorsTests
{
    [Theory]
    [InlineData("P1", 15158332)]
    [InlineData("P2 (impact high, urgency medium)", 15105570)]
    [InlineData("p3", 15844367)]
    [InlineData(" P4", 3447003)]
    [InlineData("P5", 9807270)]
    public void Of_PriorityFact_GivesItsColour(string value, int expected) =>
        Assert.Equal(expected, PriorityColors.Of([new("State", "New"), new("priority", value)]));

    [Theory]
    [InlineData("P6")]
    [InlineData("P0")]
    [InlineData("P12")]
    [InlineData("high")]
    [InlineData("")]
    [InlineData("P")]
    public void Of_NotAPriority_GivesNoColour(string value) =>
        Assert.Null(PriorityColors.Of([new("Priority", value)]));

    [Fact]
    public void Of_NoPriorityFact_GivesNoColour() =>
        Assert.Null(PriorityColors.Of([new CardFact("Impact", "P1")]));
}
