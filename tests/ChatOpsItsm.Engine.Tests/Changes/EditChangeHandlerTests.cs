using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;
using static ChatOpsItsm.Engine.Tests.Changes.ChangeBuilder;

namespace ChatOpsItsm.Engine.Tests.Changes;

/// <summary>
/// <c>change edit</c> on Alice's draft CHG-1001 "Upgrade mail server" on email, planned 2026-01-06 22:00 to 23:00 UTC
/// (see <see cref="ChangeBuilder"/>).
/// </summary>
public sealed class EditChangeHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_TitleOnly_RevisesTheTitleAndKeepsTheRest()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change edit CHG-1001 title:\"Upgrade the mail servers\""));

        Change stored = _harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal("Upgrade the mail servers", stored.Title);
        Assert.Equal(new ChangeWindow(PlannedStart, PlannedStart.AddHours(1)), stored.PlannedWindow);
        Assert.Equal("Restore the snapshot", stored.RollbackPlan);
        Assert.Equal(ChangeState.Draft, stored.State);
        Assert.Equal("Revised **CHG-1001**: title. When it is ready: `change submit CHG-1001`.", reply.Text);
        Assert.Equal("CHG-1001 · Upgrade the mail servers", reply.Card!.Title);
        AuditEvent revised = Assert.Single(Assert.Single(_harness.WrittenChanges).PendingEvents);
        Assert.Equal(AuditActions.Revised, revised.Action);
        Assert.Equal([new FieldChange("title", "Upgrade mail server", "Upgrade the mail servers")], revised.Changes);
    }

    [Fact]
    public async Task HandleAsync_WindowOnly_MovesTheWindowReadAsChangeNewReadsIt()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change edit CHG-1001 start:2026-01-07T23:00+01:00 end:\"2026-01-07 23:30\""));

        Change stored = _harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal(new DateTimeOffset(2026, 1, 7, 22, 0, 0, TimeSpan.Zero), stored.PlannedWindow.Start);
        Assert.Equal(new DateTimeOffset(2026, 1, 7, 23, 30, 0, TimeSpan.Zero), stored.PlannedWindow.End);
        Assert.Equal("Upgrade mail server", stored.Title);
        Assert.Equal("Revised **CHG-1001**: start, end. When it is ready: `change submit CHG-1001`.", reply.Text);
        Assert.Equal("2026-01-07 22:00 UTC to 2026-01-07 23:30 UTC", reply.Card!.Facts.Single(f => f.Label == "Window").Value);
    }

    [Fact]
    public async Task HandleAsync_SeveralFieldsByAnAgent_RevisesThemAllInOneEvent()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(
            "change edit CHG-1001 risk:high service:vpn plan:\"Patch both nodes\" rollback:\"Fail over to the spare\""));

        Change stored = _harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal(ChangeRisk.High, stored.Risk);
        Assert.Equal("vpn", stored.Service);
        Assert.Equal("Patch both nodes", stored.ImplementationPlan);
        Assert.Equal("Fail over to the spare", stored.RollbackPlan);
        Assert.Equal(Impact.Medium, stored.Impact);
        Assert.Equal(ChangeType.Normal, stored.Type);
        Assert.Equal("Revised **CHG-1001**: risk, service, plan, rollback. When it is ready: `change submit CHG-1001`.", reply.Text);
        AuditEvent revised = Assert.Single(Assert.Single(_harness.WrittenChanges).PendingEvents);
        Assert.Equal(["risk", "service", "implementationPlan", "rollbackPlan"], revised.Changes.Select(c => c.Field));
    }

    [Theory]
    [InlineData("alice", "change edit CHG-1001 start:tomorrow",
        "I can't read the planned start `tomorrow`: write it as UTC unless an offset is given: 2026-12-01T22:00Z or \"2026-12-01 22:00\".")]
    [InlineData("alice", "change edit CHG-1001 end:2026-01-06T21:00Z",
        "The planned end (2026-01-06 21:00 UTC) must be after the planned start (2026-01-06 22:00 UTC).")]
    [InlineData("carol", "change edit CHG-1001 title:Mine", "Only the requester, agents and on-call engineers can do that.")]
    [InlineData("alice", "change edit CHG-1001 title:\"Upgrade mail server\" service:email", "CHG-1001 already says exactly that.")]
    [InlineData("alice", "change edit CHG-1001 type:standard template:\"Certificate renewal\"",
        "No standard change templates are configured (Itsm:Changes:StandardTemplates), so raise it as a normal change.")]
    [InlineData("alice", "change edit CHG-1001 risk:extreme", "The risk must be one of: high, medium, low.")]
    public async Task HandleAsync_RefusedOnADraft_SaysWhyAndSavesNothing(string person, string text, string expected)
    {
        _harness.HoldsChange(AChange().Build());
        ChangeSnapshot before = _harness.StoredChange(EngineHarness.FirstChangeId).ToSnapshot();

        Reply reply = await _harness.ReplyToAsync(Chat.Named(person).Says(text));

        Assert.Equal(expected, reply.Text);
        Assert.Equal(before, _harness.StoredChange(EngineHarness.FirstChangeId).ToSnapshot());
        Assert.Empty(_harness.WrittenChanges);
        Assert.Empty(_harness.Outbound);
    }

    [Fact]
    public async Task HandleAsync_NoField_AnswersWithTheUsageAndSavesNothing()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change edit CHG-1001"));

        Assert.Equal(
            "Which fields should change? Usage: `change edit <id> [title:] [type:] [risk:] [impact:] [service:] [start:] [end:] "
            + "[description:] [plan:] [rollback:] [template:]`",
            reply.Text);
        Assert.Empty(_harness.WrittenChanges);
    }

    [Fact]
    public async Task HandleAsync_SubmittedChange_IsRefusedByTheDomainAndSavesNothing()
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change edit CHG-1001 rollback:\"Restore the backup\""));

        Assert.Equal("CHG-1001 is in Authorize, so it can't be revised: cancel it and raise a new one.", reply.Text);
        Assert.Equal("Restore the snapshot", _harness.StoredChange(EngineHarness.FirstChangeId).RollbackPlan);
        Assert.Empty(_harness.WrittenChanges);
    }

    [Fact]
    public async Task HandleAsync_UnknownChange_IsNotFoundAndSavesNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change edit CHG-1002 title:\"Something else\""));

        Assert.Equal("I can't find CHG-1002.", reply.Text);
        Assert.Empty(_harness.WrittenChanges);
    }

    [Fact]
    public async Task HandleAsync_StandardWithAConfiguredTemplate_TakesTheTemplatesOwnName()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Changes.StandardTemplates.Add("Certificate renewal");
        using EngineHarness harness = new(options);
        harness.HoldsChange(AChange().Build());

        await harness.HandleAsync(Chat.Alice.Says("change edit CHG-1001 type:standard template:\"certificate RENEWAL\""));

        Change stored = harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal(ChangeType.Standard, stored.Type);
        Assert.Equal("Certificate renewal", stored.TemplateName);
    }

    [Fact]
    public async Task HandleAsync_StandardMadeNormal_DropsItsTemplate()
    {
        _harness.HoldsChange(AChange().OfType(ChangeType.Standard, "Certificate renewal").Build());

        await _harness.HandleAsync(Chat.Alice.Says("change edit CHG-1001 type:normal"));

        Change stored = _harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal(ChangeType.Normal, stored.Type);
        Assert.Null(stored.TemplateName);
    }
}
