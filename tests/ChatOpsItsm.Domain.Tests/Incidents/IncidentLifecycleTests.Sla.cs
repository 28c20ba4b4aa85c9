using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Time.Testing;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed partial class IncidentLifecycleTests
{
    /// <summary>The default incident is P3: respond within 4 h, resolve within 24 h.</summary>
    private static readonly DateTimeOffset P3ResponseDue = BuilderDefaults.Instant + TimeSpan.FromHours(4);
    private static readonly DateTimeOffset P3ResolutionDue = BuilderDefaults.Instant + TimeSpan.FromHours(24);

    private readonly FakeTimeProvider _time = new(BuilderDefaults.Instant);

    [Fact]
    public void PutOnHold_AwaitingRequesterThenResume_MovesDueTimesByExactlyThePausedTime()
    {
        Incident incident = AnIncident().ReportedAt(_time.GetUtcNow()).Build();
        _time.Advance(TimeSpan.FromMinutes(10));
        incident.Assign(BuilderDefaults.Agent, "Bob", Now());
        _time.Advance(TimeSpan.FromMinutes(20));

        incident.PutOnHold(HoldReason.AwaitingRequester, "Which printer?", Now());
        _time.Advance(TimeSpan.FromMinutes(185));
        incident.Resume(Now());
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(P3ResponseDue + TimeSpan.FromMinutes(185), incident.ResponseDueAt(_time.GetUtcNow()));
        Assert.Equal(P3ResolutionDue + TimeSpan.FromMinutes(185), incident.ResolutionDueAt(_time.GetUtcNow()));
    }

    [Fact]
    public void PutOnHold_AwaitingRequester_DueTimesMoveOnWhileOnHold()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).ReportedAt(_time.GetUtcNow()).Build();
        _time.Advance(TimeSpan.FromHours(1));

        incident.PutOnHold(HoldReason.AwaitingRequester, "", Now());
        _time.Advance(TimeSpan.FromHours(30));

        Assert.True(incident.SlaClock.IsPaused);
        Assert.Equal(P3ResolutionDue + TimeSpan.FromHours(30), incident.ResolutionDueAt(_time.GetUtcNow()));
        Assert.Equal(TimeSpan.FromHours(23), incident.SlaClock.Remaining(incident.SlaTarget.Resolution, _time.GetUtcNow()));
    }

    [Theory]
    [InlineData(HoldReason.AwaitingVendor)]
    [InlineData(HoldReason.AwaitingChange)]
    public void PutOnHold_NotAwaitingRequester_LeavesClockRunning(HoldReason reason)
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).ReportedAt(_time.GetUtcNow()).Build();
        _time.Advance(TimeSpan.FromHours(1));

        incident.PutOnHold(reason, "", Now());
        _time.Advance(TimeSpan.FromHours(5));
        incident.Resume(Now());

        Assert.False(incident.SlaClock.IsPaused);
        Assert.Equal(TimeSpan.Zero, incident.SlaClock.PausedFor);
        Assert.Equal(P3ResolutionDue, incident.ResolutionDueAt(_time.GetUtcNow()));
    }

    [Theory]
    [InlineData(IncidentOperation.Resolve)]
    [InlineData(IncidentOperation.Cancel)]
    public void Operation_FromHoldAwaitingRequester_EndsThePause(IncidentOperation operation)
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).ReportedAt(_time.GetUtcNow()).Build();
        _time.Advance(TimeSpan.FromHours(1));
        incident.PutOnHold(HoldReason.AwaitingRequester, "", Now());
        _time.Advance(TimeSpan.FromHours(2));

        Apply(incident, operation, Now());
        _time.Advance(TimeSpan.FromDays(2));

        Assert.False(incident.SlaClock.IsPaused);
        Assert.Equal(TimeSpan.FromHours(2), incident.SlaClock.PausedFor);
        Assert.Equal(P3ResolutionDue + TimeSpan.FromHours(2), incident.ResolutionDueAt(_time.GetUtcNow()));
    }

    [Fact]
    public void PutOnHold_AwaitingRequesterTwice_AddsBothPauses()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).ReportedAt(_time.GetUtcNow()).Build();

        Pause(incident, after: TimeSpan.FromMinutes(30), lasting: TimeSpan.FromMinutes(45));
        Pause(incident, after: TimeSpan.FromHours(2), lasting: TimeSpan.FromMinutes(75));

        Assert.Equal(TimeSpan.FromMinutes(120), incident.SlaClock.PausedFor);
        Assert.Equal(P3ResponseDue + TimeSpan.FromMinutes(120), incident.ResponseDueAt(_time.GetUtcNow()));
    }

    [Fact]
    public void Assign_WhileOnHoldAwaitingRequester_KeepsClockPaused()
    {
        Incident incident = AnIncident().InState(IncidentState.OnHold).WithHoldReason(HoldReason.AwaitingRequester)
            .ReportedAt(_time.GetUtcNow()).Build();
        _time.Advance(TimeSpan.FromHours(1));

        incident.Assign(Carol, "Carol", Now());
        _time.Advance(TimeSpan.FromHours(1));

        Assert.True(incident.SlaClock.IsPaused);
        Assert.Equal(P3ResponseDue + TimeSpan.FromHours(2), incident.ResponseDueAt(_time.GetUtcNow()));
    }

    [Fact]
    public void Remaining_PastTheResponseTarget_IsNegative()
    {
        Incident incident = AnIncident().WithPriority(Priority.P1).ReportedAt(_time.GetUtcNow()).Build();

        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(TimeSpan.FromMinutes(-5), incident.SlaClock.Remaining(incident.SlaTarget.Response, _time.GetUtcNow()));
        Assert.True(incident.ResponseDueAt(_time.GetUtcNow()) < _time.GetUtcNow());
    }

    [Fact]
    public void Remaining_PastTheResolutionTargetDespiteAPause_IsNegativeByTheUnpausedOverrun()
    {
        Incident incident = AnIncident().WithPriority(Priority.P1).InState(IncidentState.InProgress)
            .ReportedAt(_time.GetUtcNow()).Build();
        Pause(incident, after: TimeSpan.FromHours(1), lasting: TimeSpan.FromHours(1));

        _time.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(30));

        Assert.Equal(TimeSpan.FromMinutes(-30), incident.SlaClock.Remaining(incident.SlaTarget.Resolution, _time.GetUtcNow()));
    }

    private ActionContext Now() => AnActionContext().At(_time.GetUtcNow()).Build();

    /// <summary>Waits <paramref name="after"/>, holds awaiting the requester for <paramref name="lasting"/>, then resumes.</summary>
    private void Pause(Incident incident, TimeSpan after, TimeSpan lasting)
    {
        _time.Advance(after);
        Assert.True(incident.PutOnHold(HoldReason.AwaitingRequester, "", Now()).Succeeded);
        _time.Advance(lasting);
        Assert.True(incident.Resume(Now()).Succeeded);
    }
}
