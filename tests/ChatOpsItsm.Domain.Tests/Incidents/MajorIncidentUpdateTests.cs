using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class MajorIncidentUpdateTests
{
    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void PostStatusUpdate_OpenMajor_KeepsTextTimeAndCount(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        Accepted(incident, i => i.PostStatusUpdate("Failover started; writes paused.", AtMinutes(20)));

        MajorIncident major = incident.Major!;
        Assert.Equal(1, major.UpdateCount);
        Assert.Equal("Failover started; writes paused.", major.LastUpdate);
        Assert.Equal(Declared + TimeSpan.FromMinutes(20), major.LastUpdateAt);
        Assert.Equal(state, incident.State);
    }

    [Fact]
    public void PostStatusUpdate_Accepted_RecordsTheCountAndText()
    {
        Incident incident = AMajorIncident();

        incident.PostStatusUpdate("Failover started.", AtMinutes(20));

        AuditEvent update = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.StatusUpdate, update.Action);
        Assert.Equal("updates: 0 -> 1", Describe(update.Changes));
        Assert.Equal("Failover started.", update.Text);
    }

    [Fact]
    public void PostStatusUpdate_Second_CountsOnAndKeepsTheLatest()
    {
        Incident incident = AMajorIncident();
        incident.PostStatusUpdate("Failover started.", AtMinutes(20));

        incident.PostStatusUpdate("Failover done.", AtMinutes(40));

        Assert.Equal(2, incident.Major!.UpdateCount);
        Assert.Equal("Failover done.", incident.Major.LastUpdate);
        Assert.Equal(Declared + TimeSpan.FromMinutes(40), incident.Major.LastUpdateAt);
        Assert.Equal("updates: 1 -> 2", Describe(incident.PendingEvents[^1].Changes));
    }

    [Fact]
    public void PostStatusUpdate_TextAtLimit_AcceptedWhole()
    {
        Incident incident = AMajorIncident();
        string text = new('x', MajorLimits.UpdateMaxLength);

        Accepted(incident, i => i.PostStatusUpdate(text, AtMinutes(20)));

        Assert.Equal(text, incident.Major!.LastUpdate);
    }

    [Fact]
    public void PostStatusUpdate_TextOverLimit_RefusedNamingTheLimit()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.PostStatusUpdate(new string('x', 2_001), AtMinutes(20)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The update is 2001 characters long; the limit is 2000."), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    [InlineData("\u0000\u0007")]
    [InlineData(null)]
    public void PostStatusUpdate_Blank_RefusedAsRequired(string? text)
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.PostStatusUpdate(text!, AtMinutes(20)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The update is required."), error);
    }

    [Fact]
    public void PostStatusUpdate_LineBreaksAndControlCharacters_KeepsLinesDropsControls()
    {
        Incident incident = AMajorIncident();

        incident.PostStatusUpdate("  \u0007Failover\r\nstarted\rnow\u001b \t", AtMinutes(20));

        Assert.Equal("Failover\nstarted\nnow", incident.Major!.LastUpdate);
        Assert.Equal("Failover\nstarted\nnow", incident.PendingEvents[^1].Text);
    }

    [Theory]
    [InlineData("He said \"it's 100% down\" 🔥")]
    [InlineData("PartitionKey eq 'INC-1001' or true")]
    public void PostStatusUpdate_QuotesPercentEmojiOrFilterText_KeptVerbatim(string text)
    {
        Incident incident = AMajorIncident();

        incident.PostStatusUpdate(text, AtMinutes(20));

        Assert.Equal(text, incident.Major!.LastUpdate);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void PostStatusUpdate_MajorOver_Refused(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.PostStatusUpdate("Still here.", AtMinutes(20)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                $"INC-1001 is {IncidentStates.DisplayName(state)}, so the major incident is over and can't be given a status update."),
            error);
    }

    [Fact]
    public void PostStatusUpdate_RoutineIncident_RefusedPointingAtDeclare()
    {
        Incident incident = ARoutineIncident();

        DomainError error = Refused(incident, i => i.PostStatusUpdate("Failover started.", AtMinutes(20)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                "INC-1001 is not a major incident: declare it first with `major declare INC-1001`."),
            error);
    }

    [Fact]
    public void PostStatusUpdate_NullContext_Throws()
    {
        Incident incident = AMajorIncident();

        Assert.Throws<ArgumentNullException>(() => incident.PostStatusUpdate("x", null!));
    }
}
