using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class PriorityMatrixTests
{
    [Theory]
    [InlineData(Impact.High, Urgency.High, Priority.P1)]
    [InlineData(Impact.High, Urgency.Medium, Priority.P2)]
    [InlineData(Impact.High, Urgency.Low, Priority.P3)]
    [InlineData(Impact.Medium, Urgency.High, Priority.P2)]
    [InlineData(Impact.Medium, Urgency.Medium, Priority.P3)]
    [InlineData(Impact.Medium, Urgency.Low, Priority.P4)]
    [InlineData(Impact.Low, Urgency.High, Priority.P3)]
    [InlineData(Impact.Low, Urgency.Medium, Priority.P4)]
    [InlineData(Impact.Low, Urgency.Low, Priority.P5)]
    public void Of_ImpactAndUrgency_ReturnsItilPriority(Impact impact, Urgency urgency, Priority expected)
    {
        Priority priority = PriorityMatrix.Of(impact, urgency);

        Assert.Equal(expected, priority);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Of_UndefinedImpact_ThrowsNamingImpact(int impact)
    {
        ArgumentOutOfRangeException exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => PriorityMatrix.Of((Impact)impact, Urgency.High));

        Assert.Equal("impact", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Of_UndefinedUrgency_ThrowsNamingUrgency(int urgency)
    {
        ArgumentOutOfRangeException exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => PriorityMatrix.Of(Impact.Low, (Urgency)urgency));

        Assert.Equal("urgency", exception.ParamName);
    }
}
