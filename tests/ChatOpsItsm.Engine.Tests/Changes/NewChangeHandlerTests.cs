using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Changes;

public sealed class NewChangeHandlerTests : IDisposable
{
    private const string Complete =
        "change new Upgrade mail server service:email start:\"2026-12-01 22:00\" end:2026-12-01T23:30Z rollback:\"Restore the snapshot\"";

    private readonly EngineHarness _harness;

    public NewChangeHandlerTests()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Changes.StandardTemplates.Add("Certificate renewal");
        _harness = new EngineHarness(options);
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_CompleteCommand_DraftsTheChangeWithTimesInUtc()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(Complete));

        Change change = Assert.Single(_harness.WrittenChanges);
        Assert.Equal(ChangeState.Draft, change.State);
        Assert.Equal(ChangeType.Normal, change.Type);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 22, 0, 0, TimeSpan.Zero), change.PlannedWindow.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero), change.PlannedWindow.End);
        Assert.Equal(Chat.Alice.Identity, change.Requester);
        Assert.StartsWith("Drafted **CHG-1001** (normal, 2026-12-01 22:00 UTC to 2026-12-01 23:30 UTC).", reply.Text, StringComparison.Ordinal);
        Assert.Equal("CHG-1001 · Upgrade mail server", reply.Card!.Title);
        Assert.Contains(reply.Card.Buttons, b => b.ActionId == "change.submit");
    }

    [Fact]
    public async Task HandleAsync_MissingFields_AnswersWithAFormHoldingWhatWasGiven()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change new Upgrade mail server service:email"));

        Assert.Equal("Almost there: I still need the start, end, rollback. Times are " + ChangeCommands.DateHint + ".", reply.Text);
        Card form = reply.Card!;
        Assert.True(form.IsForm);
        Assert.Equal("change.new", form.Buttons[0].ActionId);
        Assert.Equal("Upgrade mail server", form.Inputs.Single(i => i.Name == "title").Value);
        Assert.All(form.Inputs.Where(i => i.Name is "title" or "service" or "start" or "end" or "rollback"), i => Assert.True(i.Required));
        Assert.Empty(_harness.WrittenChanges);
    }

    [Fact]
    public async Task HandleAsync_FormSubmission_DraftsTheChange()
    {
        await _harness.HandleAsync(Chat.Alice.Submits("change.new",
            ("title", "Upgrade mail server"), ("service", "email"), ("start", "2026-12-01T22:00Z"), ("end", "2026-12-01T23:00Z"),
            ("rollback", "Restore"), ("type", "emergency"), ("risk", "high"), ("template", "")));

        Change change = Assert.Single(_harness.WrittenChanges);
        Assert.Equal(ChangeType.Emergency, change.Type);
        Assert.Equal(ChangeRisk.High, change.Risk);
    }

    [Theory]
    [InlineData("start:tomorrow", "I can't read the planned start `tomorrow`")]
    [InlineData("start:2026-13-01T22:00Z", "I can't read the planned start `2026-13-01T22:00Z`")]
    [InlineData("start:2026-12-01T22:00Z end:01/12/2026", "I can't read the planned end `01/12/2026`")]
    public async Task HandleAsync_UnreadableTime_SaysHowToWriteItAndCreatesNothing(string times, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says($"change new Upgrade service:email rollback:undo {times}"));

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains("2026-12-01T22:00Z", reply.Text, StringComparison.Ordinal);
        await _harness.Changes.DidNotReceiveWithAnyArgs().CreateAsync(default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_EndBeforeStart_IsRefused()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(
            "change new Upgrade service:email rollback:undo start:2026-12-01T22:00Z end:2026-12-01T21:00Z"));

        Assert.Equal("The planned end (2026-12-01 21:00 UTC) must be after the planned start (2026-12-01 22:00 UTC).", reply.Text);
        Assert.Empty(_harness.WrittenChanges);
    }

    [Fact]
    public async Task HandleAsync_StandardWithoutTemplate_AsksForTheTemplate()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(
            "change new Renew cert type:standard service:email rollback:undo start:2026-12-01T22:00Z end:2026-12-01T23:00Z"));

        Assert.StartsWith("Almost there: I still need the template.", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.WrittenChanges);
    }

    [Fact]
    public async Task HandleAsync_StandardWithUnknownTemplate_ListsTheTemplates()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(
            "change new Renew cert type:standard template:yolo service:email rollback:undo start:2026-12-01T22:00Z end:2026-12-01T23:00Z"));

        Assert.Equal("`yolo` is not a pre-approved template; use one of: Certificate renewal.", reply.Text);
        Assert.Empty(_harness.WrittenChanges);
    }

    [Fact]
    public async Task HandleAsync_StandardWithTemplate_KeepsTheConfiguredName()
    {
        await _harness.HandleAsync(Chat.Alice.Says(
            "change new Renew cert type:standard template:\"certificate RENEWAL\" service:email rollback:undo start:2026-12-01T22:00Z end:2026-12-01T23:00Z"));

        Assert.Equal("Certificate renewal", Assert.Single(_harness.WrittenChanges).TemplateName);
    }

    [Fact]
    public async Task HandleAsync_NewDraft_PromisesNoOutboundWork()
    {
        await _harness.HandleAsync(Chat.Alice.Says(Complete));

        Assert.Empty(_harness.Outbound.OfType<NotificationWork>());
    }
}
