using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;
using CB = ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Engine.Tests.Changes;

/// <summary>Issue 6 §3: an incident on a service shortly after a change there names the change, and the change counts its incidents.</summary>
public sealed class ChangeCorrelationTests : IDisposable
{
    private const string Report = "incident report Mail is down service:email impact:high urgency:high";
    private static readonly TicketId Chg1004 = new(TicketType.Change, 1004);
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);
    private static readonly TicketId Inc1003 = new(TicketType.Incident, 1003);
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static ChangeSummary Implemented(TicketId id, string service, DateTimeOffset startedAt) =>
        new(id, "Patch DB cluster", ChangeType.Normal, ChangeRisk.Medium, service, ChangeState.Implementing,
            new ChangeWindow(startedAt, startedAt.AddHours(2)), BuilderDefaults.Requester, BuilderDefaults.RequesterName, startedAt)
        { StartedAt = startedAt };

    private DateTimeOffset HoursAgo(double hours) => _harness.Time.GetUtcNow().AddHours(-hours);

    [Fact]
    public async Task Report_WithinTheWindowAfterAChange_NamesItOnTheCardWithALinkButton()
    {
        _harness.ChangeListing.Add(Implemented(Chg1004, "Email", HoursAgo(3)));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(Report));

        Assert.Contains("Possibly caused by **CHG-1004** · Patch DB cluster, implemented 3 h ago", reply.Card!.Body, StringComparison.Ordinal);
        CardButton link = Assert.Single(reply.Card.Buttons, b => b.ActionId == "change.link");
        Assert.Equal(("CHG-1004", "INC-1001"), (link.Data["id"], link.Data["incident"]));
        await _harness.Changes.Received(1).ListAsync(
            Arg.Is<ChangeQuery>(q => q.Kind == ChangeListKind.ImplementedOnService && q.Service == "email" && q.Since == HoursAgo(24)),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Report_ByARequester_NamesTheChangeWithoutTheLinkButton()
    {
        _harness.ChangeListing.Add(Implemented(Chg1004, "email", HoursAgo(3)));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(Report));

        Assert.Contains("Possibly caused by **CHG-1004**", reply.Card!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Card.Buttons, b => b.ActionId == "change.link");
    }

    [Fact]
    public async Task Report_WithinTheWindow_NamesTheChangeInTheOnCallNotice()
    {
        _harness.ChangeListing.Add(Implemented(Chg1004, "email", HoursAgo(3)));

        await _harness.HandleAsync(Chat.Alice.Says(Report));

        List<NotificationWork> onCall = [.. _harness.Outbound.OfType<NotificationWork>().Where(w => w.WorkId.Contains(":oncall:", StringComparison.Ordinal))];
        Assert.NotEmpty(onCall);
        Assert.All(onCall, w =>
        {
            Assert.Contains("Possibly caused by **CHG-1004** · Patch DB cluster, implemented 3 h ago", w.Message.Text, StringComparison.Ordinal);
            Assert.Contains(w.Message.Card!.Buttons, b => b.ActionId == "change.link");
        });
    }

    [Theory]
    [InlineData("email", 25)]
    [InlineData("web", 3)]
    public async Task Report_OutsideTheWindowOrOnAnotherService_NamesNoChange(string service, double hoursAgo)
    {
        _harness.ChangeListing.Add(Implemented(Chg1004, service, HoursAgo(hoursAgo)));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(Report));

        Assert.DoesNotContain("Possibly caused by", reply.Card!.Body ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Card.Buttons, b => b.ActionId == "change.link");
        Assert.DoesNotContain(_harness.Outbound.OfType<NotificationWork>(), w => w.Message.Text!.Contains("Possibly caused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_ChangeStoreUnavailable_StillReports()
    {
        _harness.Changes.ListAsync(Arg.Any<ChangeQuery>(), Arg.Any<CancellationToken>()).ThrowsAsync(new StorageUnavailableException("down"));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(Report));

        Assert.StartsWith("Reported **INC-1001**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowIncident_ChangeWithinTheWindowBeforeTheReport_NamesItButNotOneStartedLater()
    {
        _harness.Holds(AnIncident().WithService("Email").Build());
        _harness.Time.Advance(TimeSpan.FromHours(5));
        _harness.ChangeListing.Add(Implemented(new TicketId(TicketType.Change, 1005), "email", HoursAgo(1)));
        _harness.ChangeListing.Add(Implemented(Chg1004, "email", HoursAgo(8)));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident show INC-1001"));

        Assert.Contains("Possibly caused by **CHG-1004** · Patch DB cluster, implemented 8 h ago", reply.Card!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("CHG-1005", reply.Card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkButton_ClickedByAnAgent_LinksTheIncident()
    {
        Change change = _harness.HoldsChange(CB.AChange().InState(ChangeState.Implementing).WithEventsStored().Build());
        _harness.Holds(AnIncident().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks("change.link", ("id", change.Id.ToString()), ("incident", "INC-1001")));

        Assert.Equal($"Linked INC-1001 to **{change.Id}**; it links 1 incident(s).", reply.Text);
        Assert.Equal([BuilderDefaults.IncidentId], _harness.StoredChange(change.Id).LinkedIncidents);
    }

    [Fact]
    public async Task Unlink_Linked_Unlinks()
    {
        Change change = _harness.HoldsChange(Linked(BuilderDefaults.IncidentId));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says($"change unlink {change.Id} INC-1001"));

        Assert.Equal($"Unlinked INC-1001 from **{change.Id}**; it links 0 incident(s).", reply.Text);
        Assert.Empty(_harness.StoredChange(change.Id).LinkedIncidents);
    }

    [Theory]
    [InlineData("alice", "change link {0} INC-1001", "Only agents")]
    [InlineData("bob", "change link {0} INC-1002", "I can't find INC-1002.")]
    [InlineData("bob", "change link {0} CHG-1001", "CHG-1001 is not an incident; incident ids look like INC-1001.")]
    [InlineData("bob", "change unlink {0} INC-1001", "INC-1001 is not linked to {0}.")]
    public async Task LinkOrUnlink_Refused_SaysWhyAndChangesNothing(string user, string command, string expected)
    {
        Change change = _harness.HoldsChange(CB.AChange().InState(ChangeState.Implementing).WithEventsStored().Build());
        _harness.Holds(AnIncident().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Named(user).Says(string.Format(null, command, change.Id)));

        Assert.StartsWith(string.Format(null, expected, change.Id), reply.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.StoredChange(change.Id).LinkedIncidents);
    }

    [Fact]
    public async Task Show_AtTheThreshold_FlagsTheIncidentsDrawn()
    {
        Change change = _harness.HoldsChange(Linked(BuilderDefaults.IncidentId, Inc1002, Inc1003));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says($"change show {change.Id}"));

        Assert.Contains("⚠ Drew 3 incidents: INC-1001, INC-1002, INC-1003", reply.Card!.Body, StringComparison.Ordinal);
        Assert.Contains(reply.Card.Facts, f => f.Label == "Incidents" && f.Value == "INC-1001, INC-1002, INC-1003");
    }

    [Fact]
    public async Task Show_BelowTheThreshold_ListsTheIncidentWithoutAFlag()
    {
        Change change = _harness.HoldsChange(Linked(BuilderDefaults.IncidentId));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says($"change show {change.Id}"));

        Assert.DoesNotContain("⚠ Drew", reply.Card!.Body ?? "", StringComparison.Ordinal);
        Assert.Contains(reply.Card.Facts, f => f.Label == "Incidents" && f.Value == "INC-1001");
    }

    [Fact]
    public async Task Complete_IntoReviewAtTheThreshold_FlagsTheCard()
    {
        Change change = _harness.HoldsChange(Linked(BuilderDefaults.IncidentId, Inc1002));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says($"change complete {change.Id}"));

        Assert.Equal(ChangeState.Review, _harness.StoredChange(change.Id).State);
        Assert.Contains("⚠ Drew 2 incidents: INC-1001, INC-1002", reply.Card!.Body, StringComparison.Ordinal);
    }

    private static Change Linked(params TicketId[] incidents)
    {
        Change change = CB.AChange().InState(ChangeState.Implementing).Build();
        foreach (TicketId incident in incidents)
        {
            change.LinkIncident(incident, ActionContextBuilder.AnActionContext().Build());
        }

        return change;
    }
}
