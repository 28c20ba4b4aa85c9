using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Sla;

namespace ChatOpsItsm.Domain.Tests.Sla;

public sealed class SlaPolicyTests
{
    [Theory]
    [InlineData(Priority.P1, 15, 4 * 60)]
    [InlineData(Priority.P2, 60, 8 * 60)]
    [InlineData(Priority.P3, 4 * 60, 24 * 60)]
    [InlineData(Priority.P4, 8 * 60, 72 * 60)]
    [InlineData(Priority.P5, 24 * 60, 120 * 60)]
    public void Default_EachPriority_HoldsSpecTargets(Priority priority, int responseMinutes, int resolutionMinutes)
    {
        SlaTarget target = SlaPolicy.Default.For(priority);

        Assert.Equal(TimeSpan.FromMinutes(responseMinutes), target.Response);
        Assert.Equal(TimeSpan.FromMinutes(resolutionMinutes), target.Resolution);
    }

    [Fact]
    public void With_OneOverride_ReplacesOnlyThatPriority()
    {
        SlaTarget faster = new(TimeSpan.FromMinutes(5), TimeSpan.FromHours(2));

        SlaPolicy policy = SlaPolicy.Default.With(new Dictionary<Priority, SlaTarget> { [Priority.P1] = faster });

        Assert.Equal(faster, policy.For(Priority.P1));
        Assert.All(
            [Priority.P2, Priority.P3, Priority.P4, Priority.P5],
            priority => Assert.Equal(SlaPolicy.Default.For(priority), policy.For(priority)));
    }

    [Fact]
    public void With_Override_LeavesOriginalPolicyUnchanged()
    {
        SlaTarget original = SlaPolicy.Default.For(Priority.P5);

        _ = SlaPolicy.Default.With(new Dictionary<Priority, SlaTarget>
        {
            [Priority.P5] = new(TimeSpan.FromHours(48), TimeSpan.FromHours(240)),
        });

        Assert.Equal(original, SlaPolicy.Default.For(Priority.P5));
    }

    [Fact]
    public void With_NoOverrides_KeepsEveryTarget()
    {
        SlaPolicy policy = SlaPolicy.Default.With(new Dictionary<Priority, SlaTarget>());

        Assert.All(Enum.GetValues<Priority>(), priority => Assert.Equal(SlaPolicy.Default.For(priority), policy.For(priority)));
    }

    [Fact]
    public void With_ResponseEqualToResolution_Accepted()
    {
        SlaTarget target = new(TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        SlaPolicy policy = SlaPolicy.Default.With(new Dictionary<Priority, SlaTarget> { [Priority.P2] = target });

        Assert.Equal(target, policy.For(Priority.P2));
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(-5, 60)]
    [InlineData(30, 29)]
    [InlineData(30, 0)]
    [InlineData(30, -30)]
    public void With_InvalidTarget_ThrowsNamingPriority(int responseMinutes, int resolutionMinutes)
    {
        SlaTarget target = new(TimeSpan.FromMinutes(responseMinutes), TimeSpan.FromMinutes(resolutionMinutes));

        ArgumentException exception = Assert.Throws<ArgumentException>(
            () => SlaPolicy.Default.With(new Dictionary<Priority, SlaTarget> { [Priority.P3] = target }));

        Assert.Contains("P3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingPriority_ThrowsNamingIt()
    {
        Dictionary<Priority, SlaTarget> targets = AllTargets();
        targets.Remove(Priority.P4);

        ArgumentException exception = Assert.Throws<ArgumentException>(() => new SlaPolicy(targets));

        Assert.Contains("P4", exception.Message, StringComparison.Ordinal);
        Assert.Equal("targets", exception.ParamName);
    }

    [Fact]
    public void Constructor_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SlaPolicy(new Dictionary<Priority, SlaTarget>()));
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new SlaPolicy(null!));
    }

    [Fact]
    public void With_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SlaPolicy.Default.With(null!));
    }

    [Fact]
    public void Constructor_CompleteTargets_ServesEach()
    {
        Dictionary<Priority, SlaTarget> targets = AllTargets();

        SlaPolicy policy = new(targets);

        Assert.All(Enum.GetValues<Priority>(), priority => Assert.Equal(targets[priority], policy.For(priority)));
    }

    [Fact]
    public void Constructor_NullTarget_ThrowsArgumentException()
    {
        Dictionary<Priority, SlaTarget> targets = AllTargets();
        targets[Priority.P1] = null!;

        Assert.ThrowsAny<ArgumentException>(() => new SlaPolicy(targets));
    }

    [Fact]
    public void Constructor_CallerChangesDictionaryAfterwards_KeepsValidatedTargets()
    {
        Dictionary<Priority, SlaTarget> targets = AllTargets();
        SlaTarget validated = targets[Priority.P1];
        SlaPolicy policy = new(targets);

        targets[Priority.P1] = new SlaTarget(TimeSpan.Zero, TimeSpan.FromMinutes(-1));

        Assert.Equal(validated, policy.For(Priority.P1));
    }

    private static Dictionary<Priority, SlaTarget> AllTargets() =>
        Enum.GetValues<Priority>().ToDictionary(
            priority => priority,
            priority => new SlaTarget(TimeSpan.FromHours((int)priority), TimeSpan.FromHours(10 * (int)priority)));
}
