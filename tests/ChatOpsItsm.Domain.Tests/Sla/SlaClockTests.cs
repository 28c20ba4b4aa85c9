using ChatOpsItsm.Domain.Sla;
using Microsoft.Extensions.Time.Testing;

namespace ChatOpsItsm.Domain.Tests.Sla;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Target = TimeSpan.FromHours(4);

    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void StartAt_Instant_RunsUnpausedFromIt()
    {
        SlaClock clock = SlaClock.StartAt(Start);

        Assert.Equal(Start, clock.StartedAt);
        Assert.Equal(TimeSpan.Zero, clock.PausedFor);
        Assert.False(clock.IsPaused);
    }

    [Fact]
    public void DueAt_NeverPaused_IsStartPlusTarget()
    {
        SlaClock clock = SlaClock.StartAt(Start);
        _time.Advance(TimeSpan.FromHours(1));

        DateTimeOffset due = clock.DueAt(Target, _time.GetUtcNow());

        Assert.Equal(Start + Target, due);
    }

    [Fact]
    public void DueAt_WhilePaused_MovesOnWithNow()
    {
        _time.Advance(TimeSpan.FromMinutes(30));
        SlaClock clock = SlaClock.StartAt(Start).Pause(_time.GetUtcNow());

        _time.Advance(TimeSpan.FromMinutes(90));
        DateTimeOffset due = clock.DueAt(Target, _time.GetUtcNow());

        Assert.True(clock.IsPaused);
        Assert.Equal(Start + Target + TimeSpan.FromMinutes(90), due);
    }

    [Fact]
    public void DueAt_NowBeforePauseStarted_AddsNothingForTheCurrentPause()
    {
        SlaClock clock = SlaClock.StartAt(Start).Pause(Start + TimeSpan.FromHours(1));

        DateTimeOffset due = clock.DueAt(Target, Start + TimeSpan.FromMinutes(10));

        Assert.Equal(Start + Target, due);
    }

    [Fact]
    public void Resume_AfterPause_AddsExactlyThePausedTime()
    {
        _time.Advance(TimeSpan.FromMinutes(20));
        SlaClock paused = SlaClock.StartAt(Start).Pause(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(47));

        SlaClock resumed = paused.Resume(_time.GetUtcNow());

        Assert.False(resumed.IsPaused);
        Assert.Equal(TimeSpan.FromMinutes(47), resumed.PausedFor);
    }

    [Fact]
    public void DueAt_AfterResume_StaysPutAsTimeGoesOn()
    {
        SlaClock clock = SlaClock.StartAt(Start).Pause(Start).Resume(Start + TimeSpan.FromHours(2));
        _time.Advance(TimeSpan.FromDays(3));

        DateTimeOffset due = clock.DueAt(Target, _time.GetUtcNow());

        Assert.Equal(Start + Target + TimeSpan.FromHours(2), due);
    }

    [Fact]
    public void Resume_SeveralPauses_AddsThemUp()
    {
        SlaClock clock = SlaClock.StartAt(Start)
            .Pause(Start + TimeSpan.FromMinutes(10)).Resume(Start + TimeSpan.FromMinutes(25))
            .Pause(Start + TimeSpan.FromMinutes(60)).Resume(Start + TimeSpan.FromMinutes(100));

        Assert.Equal(TimeSpan.FromMinutes(15 + 40), clock.PausedFor);
    }

    [Fact]
    public void Pause_AlreadyPaused_KeepsFirstPauseStart()
    {
        SlaClock first = SlaClock.StartAt(Start).Pause(Start + TimeSpan.FromMinutes(5));

        SlaClock second = first.Pause(Start + TimeSpan.FromMinutes(50));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Resume_NotPaused_ChangesNothing()
    {
        SlaClock clock = SlaClock.StartAt(Start);

        SlaClock resumed = clock.Resume(Start + TimeSpan.FromHours(1));

        Assert.Equal(clock, resumed);
    }

    [Fact]
    public void Resume_BeforePauseStarted_AddsNoTime()
    {
        SlaClock paused = SlaClock.StartAt(Start).Pause(Start + TimeSpan.FromHours(1));

        SlaClock resumed = paused.Resume(Start + TimeSpan.FromMinutes(30));

        Assert.False(resumed.IsPaused);
        Assert.Equal(TimeSpan.Zero, resumed.PausedFor);
    }

    [Fact]
    public void Remaining_BeforeDue_IsPositive()
    {
        SlaClock clock = SlaClock.StartAt(Start);
        _time.Advance(TimeSpan.FromHours(1));

        TimeSpan remaining = clock.Remaining(Target, _time.GetUtcNow());

        Assert.Equal(TimeSpan.FromHours(3), remaining);
    }

    [Fact]
    public void Remaining_AtDue_IsZero()
    {
        SlaClock clock = SlaClock.StartAt(Start);
        _time.Advance(Target);

        TimeSpan remaining = clock.Remaining(Target, _time.GetUtcNow());

        Assert.Equal(TimeSpan.Zero, remaining);
    }

    [Fact]
    public void Remaining_AfterBreach_IsNegative()
    {
        SlaClock clock = SlaClock.StartAt(Start);
        _time.Advance(Target + TimeSpan.FromMinutes(25));

        TimeSpan remaining = clock.Remaining(Target, _time.GetUtcNow());

        Assert.Equal(TimeSpan.FromMinutes(-25), remaining);
    }

    [Fact]
    public void Remaining_WhilePaused_DoesNotShrink()
    {
        _time.Advance(TimeSpan.FromHours(1));
        SlaClock clock = SlaClock.StartAt(Start).Pause(_time.GetUtcNow());
        TimeSpan before = clock.Remaining(Target, _time.GetUtcNow());

        _time.Advance(TimeSpan.FromHours(10));
        TimeSpan after = clock.Remaining(Target, _time.GetUtcNow());

        Assert.Equal(TimeSpan.FromHours(3), before);
        Assert.Equal(before, after);
    }
}
