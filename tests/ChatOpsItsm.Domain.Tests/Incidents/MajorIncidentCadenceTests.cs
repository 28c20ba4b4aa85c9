using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>
/// When the next status update is due, and the reminders that claim it: declared at 09:00 with a 30-minute cadence, so
/// the first update is due at 09:30.
/// </summary>
public sealed class MajorIncidentCadenceTests
{
    [Fact]
    public void NextUpdateDueAt_JustDeclared_OneCadenceAfterTheDeclaration()
    {
        Incident incident = AMajorIncident();

        Assert.Equal(Declared + Cadence, incident.Major!.NextUpdateDueAt);
    }

    [Fact]
    public void NextUpdateDueAt_AfterAnUpdate_OneCadenceAfterTheUpdate()
    {
        Incident incident = AMajorIncident();

        incident.PostStatusUpdate("Failover started.", AtMinutes(20));

        Assert.Equal(Declared + TimeSpan.FromMinutes(50), incident.Major!.NextUpdateDueAt);
        Assert.Equal(Declared + TimeSpan.FromMinutes(20), incident.Major.CadenceFrom);
    }

    [Fact]
    public void RecordCadenceReminder_BeforeDue_RefusedAsUnchangedNamingTheDueTime()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.RecordCadenceReminder("Bob", At(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1))));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "INC-1001's next status update is due 2026-01-05 09:30:00 UTC."), error);
    }

    [Theory]
    [InlineData(30, 60)]
    [InlineData(45, 75)]
    [InlineData(300, 330)]
    public void RecordCadenceReminder_AtOrAfterDue_CountsItAndMovesTheDueTimeOneCadenceOn(int minutes, int nextDue)
    {
        Incident incident = AMajorIncident();

        Accepted(incident, i => i.RecordCadenceReminder("Bob", AtMinutes(minutes)));

        MajorIncident major = incident.Major!;
        Assert.Equal(1, major.RemindersSent);
        Assert.Equal(Declared + TimeSpan.FromMinutes(minutes), major.LastReminderAt);
        Assert.Equal(Declared + TimeSpan.FromMinutes(nextDue), major.NextUpdateDueAt);
    }

    [Fact]
    public void RecordCadenceReminder_Accepted_RecordsTheCountAndWhoWasReminded()
    {
        Incident incident = AMajorIncident();

        incident.RecordCadenceReminder("Bob,\n Carol", AtMinutes(30));

        AuditEvent reminder = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.CadenceReminder, reminder.Action);
        Assert.Equal("reminders: 0 -> 1", Describe(reminder.Changes));
        Assert.Equal("Bob, Carol", reminder.Text);
    }

    [Fact]
    public void RecordCadenceReminder_SecondClaimAtTheSameInstant_RefusedAsUnchanged()
    {
        Incident incident = AMajorIncident();
        incident.RecordCadenceReminder("Bob", AtMinutes(30));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.RecordCadenceReminder("Bob", AtMinutes(30)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "INC-1001's next status update is due 2026-01-05 10:00:00 UTC."), error);
    }

    [Fact]
    public void RecordCadenceReminder_EveryMinuteForTwoHours_OneReminderPerInterval()
    {
        Incident incident = AMajorIncident();

        List<int> accepted = [.. Enumerable.Range(0, 121).Where(minute => incident.RecordCadenceReminder("Bob", AtMinutes(minute)).Succeeded)];

        Assert.Equal([30, 60, 90, 120], accepted);
        Assert.Equal(4, incident.Major!.RemindersSent);
        Assert.Equal([AuditActions.CadenceReminder], incident.PendingEvents.Select(e => e.Action).Distinct());
        Assert.Equal(4, incident.PendingEvents.Count);
    }

    [Fact]
    public void PostStatusUpdate_AfterReminders_ResetsTheCountAndTheClock()
    {
        Incident incident = AMajorIncident();
        incident.RecordCadenceReminder("Bob", AtMinutes(30));
        incident.RecordCadenceReminder("Bob", AtMinutes(60));

        incident.PostStatusUpdate("Failover started.", AtMinutes(70));

        MajorIncident major = incident.Major!;
        Assert.Equal(0, major.RemindersSent);
        Assert.Null(major.LastReminderAt);
        Assert.Equal(Declared + TimeSpan.FromMinutes(100), major.NextUpdateDueAt);
        Assert.False(incident.RecordCadenceReminder("Bob", AtMinutes(99)).Succeeded);
        Assert.True(incident.RecordCadenceReminder("Bob", AtMinutes(100)).Succeeded);
        Assert.Equal("reminders: 0 -> 1", Describe(incident.PendingEvents[^1].Changes));
    }

    [Fact]
    public void SnoozeCadence_PastTheDueTime_HoldsRemindersUntilThen()
    {
        Incident incident = AMajorIncident();
        incident.RecordCadenceReminder("Bob", AtMinutes(30));

        Accepted(incident, i => i.SnoozeCadence(TimeSpan.FromHours(1), AtMinutes(35)));

        Assert.Equal(Declared + TimeSpan.FromMinutes(95), incident.Major!.SnoozedUntil);
        Assert.Equal(Declared + TimeSpan.FromMinutes(95), incident.Major.NextUpdateDueAt);
        Assert.False(incident.RecordCadenceReminder("Bob", AtMinutes(94)).Succeeded);
        Assert.True(incident.RecordCadenceReminder("Bob", AtMinutes(95)).Succeeded);
        Assert.Equal(Declared + TimeSpan.FromMinutes(125), incident.Major.NextUpdateDueAt);
    }

    [Fact]
    public void SnoozeCadence_EndingBeforeTheDueTime_LeavesTheDueTime()
    {
        Incident incident = AMajorIncident();

        incident.SnoozeCadence(TimeSpan.FromMinutes(10), AtMinutes(5));

        Assert.Equal(Declared + Cadence, incident.Major!.NextUpdateDueAt);
    }

    [Fact]
    public void SnoozeCadence_Accepted_RecordsOldAndNewSnoozeEnd()
    {
        Incident incident = AMajorIncident();
        incident.SnoozeCadence(TimeSpan.FromHours(1), AtMinutes(30));

        incident.SnoozeCadence(TimeSpan.FromHours(2), AtMinutes(40));

        AuditEvent first = incident.PendingEvents[0];
        AuditEvent second = incident.PendingEvents[1];
        Assert.Equal(AuditActions.Snoozed, second.Action);
        Assert.Equal("snoozedUntil: null -> 2026-01-05 10:30:00 UTC", Describe(first.Changes));
        Assert.Equal("snoozedUntil: 2026-01-05 10:30:00 UTC -> 2026-01-05 11:40:00 UTC", Describe(second.Changes));
        Assert.Null(second.Text);
    }

    [Fact]
    public void SnoozeCadence_FourHours_Accepted()
    {
        Incident incident = AMajorIncident();

        Accepted(incident, i => i.SnoozeCadence(MajorLimits.MaxSnooze, AtMinutes(30)));

        Assert.Equal(Declared + TimeSpan.FromMinutes(270), incident.Major!.NextUpdateDueAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(4 * 3600 + 1)]
    [InlineData(24 * 3600)]
    public void SnoozeCadence_NotPositiveOrOverFourHours_RefusedAsValidation(int seconds)
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.SnoozeCadence(TimeSpan.FromSeconds(seconds), AtMinutes(30)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "A reminder can be snoozed for up to 4 hours."), error);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(90)]
    public void SnoozeCadence_NotPastTheCurrentSnooze_RefusedAsUnchanged(int minutes)
    {
        Incident incident = AMajorIncident();
        incident.SnoozeCadence(TimeSpan.FromHours(2), AtMinutes(0));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.SnoozeCadence(TimeSpan.FromMinutes(minutes), AtMinutes(30)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "INC-1001's reminders are already snoozed until 2026-01-05 11:00:00 UTC."), error);
    }

    [Fact]
    public void PostStatusUpdate_WhileSnoozed_ClearsTheSnooze()
    {
        Incident incident = AMajorIncident();
        incident.SnoozeCadence(TimeSpan.FromHours(4), AtMinutes(30));

        incident.PostStatusUpdate("Failover done.", AtMinutes(40));

        Assert.Null(incident.Major!.SnoozedUntil);
        Assert.Equal(Declared + TimeSpan.FromMinutes(70), incident.Major.NextUpdateDueAt);
    }

    [Fact]
    public void Cadence_UpdateReminderSnoozeAndUpdate_DueTimesFollowEachStep()
    {
        Incident incident = AMajorIncident();
        List<DateTimeOffset?> due = [];
        void Step(Func<Incident, DomainResult> act)
        {
            Accepted(incident, act);
            due.Add(incident.Major!.NextUpdateDueAt);
        }

        Step(i => i.PostStatusUpdate("Looking.", AtMinutes(10)));
        Step(i => i.RecordCadenceReminder("Bob", AtMinutes(41)));
        Step(i => i.SnoozeCadence(TimeSpan.FromHours(1), AtMinutes(50)));
        Step(i => i.RecordCadenceReminder("Bob", AtMinutes(110)));
        Step(i => i.RecordCadenceReminder("Bob", AtMinutes(140)));
        Step(i => i.PostStatusUpdate("Fixed, watching.", AtMinutes(150)));

        Assert.Equal([40, 71, 110, 140, 170, 180], due.Select(at => (int)(at!.Value - Declared).TotalMinutes));
        Assert.Equal(0, incident.Major!.RemindersSent);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void NextUpdateDueAt_MajorOver_Null(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        Assert.Null(incident.Major!.NextUpdateDueAt);
        Assert.False(incident.Major.IsActive);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void RecordCadenceReminder_MajorOver_RefusedHoweverLate(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.RecordCadenceReminder("Bob", AtMinutes(600)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                $"INC-1001 is {IncidentStates.DisplayName(state)}, so the major incident is over and can't be reminded."),
            error);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void SnoozeCadence_MajorOver_Refused(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.SnoozeCadence(TimeSpan.FromHours(1), AtMinutes(30)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                $"INC-1001 is {IncidentStates.DisplayName(state)}, so the major incident is over and can't be snoozed."),
            error);
    }

    [Fact]
    public void CadenceOperations_RoutineIncident_Refused()
    {
        Incident incident = ARoutineIncident();

        Assert.Equal(DomainErrorCodes.InvalidTransition, Refused(incident, i => i.RecordCadenceReminder("Bob", AtMinutes(600))).Code);
        Assert.Equal(DomainErrorCodes.InvalidTransition, Refused(incident, i => i.SnoozeCadence(TimeSpan.FromHours(1), AtMinutes(30))).Code);
    }
}
