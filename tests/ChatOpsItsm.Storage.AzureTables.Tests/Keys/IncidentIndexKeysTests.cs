using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Keys;

public sealed class IncidentIndexKeysTests
{
    [Fact]
    public void For_NewIncident_IsInOpenAllStateAndRequesterIndexes()
    {
        IncidentSnapshot incident = IncidentBuilder.AnIncident().WithPriority(Priority.P2).Build().ToSnapshot();

        IReadOnlyList<string> keys = IncidentIndexKeys.For(incident);

        Assert.Equal(
            ["ix|all|2|0000001001", "ix|state|New|2|0000001001", "ix|req|local:alice|9999998998", "ix|svc|PRINTING|9999998998", "ix|open|2|0000001001"],
            keys);
    }

    [Theory]
    [InlineData(IncidentState.InProgress, true, true)]
    [InlineData(IncidentState.OnHold, true, true)]
    [InlineData(IncidentState.Resolved, false, true)]
    [InlineData(IncidentState.Closed, false, false)]
    public void For_AssignedIncident_OpenAndAssigneeRowsFollowTheState(IncidentState state, bool open, bool assigned)
    {
        IncidentSnapshot incident = IncidentBuilder.AnIncident().InState(state).Build().ToSnapshot();

        IReadOnlyList<string> keys = IncidentIndexKeys.For(incident);

        Assert.Equal(open, keys.Any(key => key.StartsWith("ix|open|", StringComparison.Ordinal)));
        Assert.Equal(assigned, keys.Contains("ix|asg|local:bob|9999998998"));
        Assert.Contains($"ix|state|{state}|3|0000001001", keys);
    }

    [Fact]
    public void For_HostileRequester_KeyHoldsNoForbiddenCharacter()
    {
        UserIdentity hostile = new("local", "x'|/\\#?😀");
        IncidentSnapshot incident = IncidentBuilder.AnIncident().ReportedBy(hostile, "X").Build().ToSnapshot();

        string key = Assert.Single(IncidentIndexKeys.For(incident), key => key.StartsWith("ix|req|", StringComparison.Ordinal));

        Assert.Equal("ix|req|local:x~0027~007C~002F~005C~0023~003F~D83D~DE00|9999998998", key);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void For_AnyState_HasTheServiceRow(IncidentState state)
    {
        IncidentSnapshot incident = IncidentBuilder.AnIncident().WithService("Web Shop").InState(state).Build().ToSnapshot();

        Assert.Contains("ix|svc|WEB~0020SHOP|9999998998", IncidentIndexKeys.For(incident));
    }

    [Theory]
    [InlineData("mail", "MAIL")]
    [InlineData("  Mail ", "MAIL")]
    [InlineData("mail|x", "MAIL~007CX")]
    [InlineData("x'/\\#?😀", "X~0027~002F~005C~0023~003F~D83D~DE00")]
    public void Service_IsTrimmedUpperCasedAndEscaped(string service, string expected)
    {
        Assert.Equal(expected, IncidentIndexKeys.Service(service));
    }

    [Fact]
    public void Listing_OnService_EndsAtTheServiceSoALongerServiceIsNotIncluded()
    {
        KeyRange range = IncidentIndexKeys.Listing(new IncidentQuery(IncidentListKind.OnService, 10) { Service = "Mail" });

        Assert.Equal(new KeyRange("ix|svc|MAIL|", "ix|svc|MAIL}"), range);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Listing_OnServiceBlank_Throws(string service)
    {
        Assert.Throws<ArgumentException>(() => IncidentIndexKeys.Listing(new IncidentQuery(IncidentListKind.OnService, 10) { Service = service }));
    }

    [Fact]
    public void Listing_OpenWithPriority_IsThatPriorityPrefix()
    {
        KeyRange range = IncidentIndexKeys.Listing(new IncidentQuery(IncidentListKind.Open, 10) { Priority = Priority.P1 });

        Assert.Equal(new KeyRange("ix|open|1|", "ix|open|1}"), range);
    }

    [Fact]
    public void Listing_RequestedBy_EndsAtTheIdentitySoALongerIdentityIsNotIncluded()
    {
        KeyRange range = IncidentIndexKeys.Listing(new IncidentQuery(IncidentListKind.RequestedBy, 10) { Person = new UserIdentity("local", "al") });

        Assert.Equal(new KeyRange("ix|req|local:al|", "ix|req|local:al}"), range);
    }

    [Theory]
    [InlineData(IncidentListKind.InState)]
    [InlineData(IncidentListKind.RequestedBy)]
    [InlineData(IncidentListKind.AssignedTo)]
    [InlineData(IncidentListKind.OnService)]
    public void Listing_WithoutItsStateOrPersonOrService_Throws(IncidentListKind kind)
    {
        Assert.Throws<ArgumentException>(() => IncidentIndexKeys.Listing(new IncidentQuery(kind, 10)));
    }

    [Theory]
    [InlineData("ix|open|3|0000001001", true)]
    [InlineData("ix|req|local:alice|9999998998", true)]
    [InlineData("ix|req|local:alice|0000001001", false)]
    [InlineData("ix|open|3|0000001002", false)]
    [InlineData("ix|svc|PRINTING|9999998998", true)]
    [InlineData("ix|svc|PRINTING|0000001001", false)]
    [InlineData("ix|svc|PRINTING|9999998997", false)]
    [InlineData("t|0000001001", false)]
    [InlineData("seq", false)]
    public void BelongsTo_OnlyIndexRowsOfThatIncident(string rowKey, bool expected)
    {
        Assert.Equal(expected, IncidentIndexKeys.BelongsTo(rowKey, new TicketId(TicketType.Incident, 1001)));
    }
}
