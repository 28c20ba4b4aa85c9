using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed partial class IncidentTests
{
    [Theory]
    [InlineData(Impact.High, Urgency.High, 15, 4 * 60)]
    [InlineData(Impact.Medium, Urgency.High, 60, 8 * 60)]
    [InlineData(Impact.Low, Urgency.High, 4 * 60, 24 * 60)]
    [InlineData(Impact.Low, Urgency.Medium, 8 * 60, 72 * 60)]
    [InlineData(Impact.Low, Urgency.Low, 24 * 60, 120 * 60)]
    public void DueAt_EachPriorityUnderDefaultPolicy_IsCreatedPlusTarget(
        Impact impact, Urgency urgency, int responseMinutes, int resolutionMinutes)
    {
        Incident incident = AnIncident().WithImpact(impact).WithUrgency(urgency).Build();

        DateTimeOffset responseDue = incident.ResponseDueAt(BuilderDefaults.Instant);
        DateTimeOffset resolutionDue = incident.ResolutionDueAt(BuilderDefaults.Instant);

        Assert.Equal(incident.CreatedAt + TimeSpan.FromMinutes(responseMinutes), responseDue);
        Assert.Equal(incident.CreatedAt + TimeSpan.FromMinutes(resolutionMinutes), resolutionDue);
    }

    [Theory]
    [InlineData(Priority.P1)]
    [InlineData(Priority.P2)]
    [InlineData(Priority.P3)]
    [InlineData(Priority.P4)]
    [InlineData(Priority.P5)]
    public void Report_AnyPriority_KeepsThePolicyTargetForIt(Priority priority)
    {
        Incident incident = AnIncident().WithPriority(priority).Build();

        SlaTarget target = incident.SlaTarget;

        Assert.Equal(priority, incident.Priority);
        Assert.Equal(SlaPolicy.Default.For(priority), target);
    }

    [Fact]
    public void Report_CustomPolicy_DueTimesFollowItsTargets()
    {
        SlaPolicy policy = SlaPolicy.Default.With(new Dictionary<Priority, SlaTarget>
        {
            [Priority.P3] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)),
        });

        Incident incident = AnIncident().WithPriority(Priority.P3).WithSlaPolicy(policy).Build();

        Assert.Equal(BuilderDefaults.Instant + TimeSpan.FromMinutes(30), incident.ResponseDueAt(BuilderDefaults.Instant));
        Assert.Equal(BuilderDefaults.Instant + TimeSpan.FromHours(2), incident.ResolutionDueAt(BuilderDefaults.Instant));
    }

    [Fact]
    public void DueAt_ClockRunning_DoesNotDependOnNow()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();

        DateTimeOffset early = incident.ResolutionDueAt(BuilderDefaults.Instant);
        DateTimeOffset late = incident.ResolutionDueAt(BuilderDefaults.Instant + TimeSpan.FromDays(10));

        Assert.Equal(early, late);
    }
}
