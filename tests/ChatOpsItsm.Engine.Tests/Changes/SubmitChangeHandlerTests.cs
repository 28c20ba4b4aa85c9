using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using NSubstitute;
using static ChatOpsItsm.Engine.Tests.Changes.ChangeBuilder;

namespace ChatOpsItsm.Engine.Tests.Changes;

public sealed class SubmitChangeHandlerTests : IDisposable
{
    private readonly EngineHarness _harness;

    public SubmitChangeHandlerTests()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Changes.StandardTemplates.Add("Certificate renewal");
        options.Changes.FreezeWindows.Add(new FreezeWindowOptions
        {
            Name = "year-end freeze",
            Start = new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2027, 1, 3, 0, 0, 0, TimeSpan.Zero),
            Reason = "Finance closes the books.",
        });
        _harness = new EngineHarness(options);
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_NormalChange_OpensTheVoteUnderTheCab()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change submit CHG-1001"));

        Change stored = _harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal(ChangeState.Authorize, stored.State);
        Assert.Equal(ApproverGroup.Cab, stored.Voting!.Policy.Group);
        Assert.Equal(2, stored.Voting.EligibleApprovers);
        Assert.Equal("Submitted **CHG-1001** to the cab: 2 approvals needed by 2026-01-07 09:00 UTC.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_NormalChange_SchedulesTheDeadlineTimer()
    {
        _harness.HoldsChange(AChange().Build());

        await _harness.HandleAsync(Chat.Alice.Says("change submit CHG-1001"));

        TimerWork timer = Assert.Single(_harness.Outbound.OfType<TimerWork>());
        Assert.Equal(TimerKind.VoteDeadline, timer.Kind);
        Assert.Equal(EngineHarness.FirstChangeId, timer.Ticket);
        Assert.Equal(new DateTimeOffset(2026, 1, 7, 9, 0, 0, TimeSpan.Zero), timer.NotBefore);
    }

    [Fact]
    public async Task HandleAsync_NormalChange_PostsTheVoteCardToEveryCabRoute()
    {
        _harness.HoldsChange(AChange().Build());

        await _harness.HandleAsync(Chat.Alice.Says("change submit CHG-1001"));

        List<NotificationWork> cards = [.. _harness.Outbound.OfType<NotificationWork>()];
        Assert.Equal([EngineHarness.CabLocal, EngineHarness.CabTeams], cards.Select(c => c.Target.Conversation));
        Assert.All(cards, c => Assert.Equal("vote-card:CHG-1001", c.MessageKey));
        Assert.All(cards, c => Assert.True(c.Essential));
        Assert.Equal(2, cards.Select(c => c.WorkId).Distinct().Count());
        Card card = cards[0].Message.Card!;
        Assert.Equal("Vote: CHG-1001 · Upgrade mail server", card.Title);
        Assert.Equal(["change.approve", "form.change.reject", "change.abstain"], card.Buttons.Select(b => b.ActionId));
        Assert.All(card.Buttons, b => Assert.Equal("CHG-1001", b.Data["id"]));
        Assert.Equal("0 of 2 approvals", card.Facts.Single(f => f.Label == "Votes").Value);
        Assert.Equal("2026-01-07 09:00 UTC", card.Facts.Single(f => f.Label == "Deadline").Value);
        Assert.Equal("2026-01-06 22:00 UTC to 2026-01-06 23:00 UTC", card.Facts.Single(f => f.Label == "Window").Value);
    }

    [Fact]
    public async Task HandleAsync_EmergencyChange_GoesToTheEcab()
    {
        _harness.HoldsChange(AChange().OfType(ChangeType.Emergency).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change submit CHG-1001"));

        Assert.Equal("Submitted **CHG-1001** to the ecab: 1 approval needed by 2026-01-05 13:00 UTC.", reply.Text);
        Assert.Equal([EngineHarness.EcabLocal], _harness.Outbound.OfType<NotificationWork>().Select(c => c.Target.Conversation));
    }

    [Fact]
    public async Task HandleAsync_PlannedInAFreeze_IsRefusedWithTheReasonAndNothingIsWritten()
    {
        _harness.HoldsChange(AChange().StartingAt(new DateTimeOffset(2026, 12, 24, 22, 0, 0, TimeSpan.Zero)).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change submit CHG-1001"));

        Assert.Contains("year-end freeze", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Finance closes the books", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Draft, _harness.StoredChange(EngineHarness.FirstChangeId).State);
        Assert.Empty(_harness.Outbound);
    }

    [Fact]
    public async Task HandleAsync_EmergencyInAFreeze_IsSubmitted()
    {
        _harness.HoldsChange(AChange().OfType(ChangeType.Emergency).StartingAt(new DateTimeOffset(2026, 12, 24, 22, 0, 0, TimeSpan.Zero)).Build());

        await _harness.HandleAsync(Chat.Alice.Says("change submit CHG-1001"));

        Assert.Equal(ChangeState.Authorize, _harness.StoredChange(EngineHarness.FirstChangeId).State);
    }

    [Fact]
    public async Task HandleAsync_OverlappingChange_IsAWarningInTheReplyAndOnTheCards()
    {
        _harness.HoldsChange(AChange().Build());
        _harness.ChangeListing.Add(new ChangeSummary(TicketIdOf(1002), "Move mailboxes", ChangeType.Normal, ChangeRisk.Low, "email",
            ChangeState.Scheduled, new ChangeWindow(PlannedStart.AddMinutes(30), PlannedStart.AddHours(2)), Chat.Bob.Identity, "Bob", PlannedStart));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change submit CHG-1001"));

        Assert.Contains("⚠ It overlaps **CHG-1002** (Move mailboxes, 2026-01-06 22:30 UTC to 2026-01-07 00:00 UTC) on email.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("**CHG-1002** · Move mailboxes", reply.Card!.Body, StringComparison.Ordinal);
        Assert.Contains("**CHG-1002** · Move mailboxes", _harness.Outbound.OfType<NotificationWork>().First().Message.Card!.Body, StringComparison.Ordinal);
        await _harness.Changes.Received(1).ListAsync(
            Arg.Is<ChangeQuery>(q => q.Kind == ChangeListKind.OnService && q.Service == "email"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_StandardChange_IsScheduledWithoutAVote()
    {
        _harness.HoldsChange(AChange().OfType(ChangeType.Standard, "Certificate renewal").Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change submit CHG-1001"));

        Assert.Equal(ChangeState.Scheduled, _harness.StoredChange(EngineHarness.FirstChangeId).State);
        Assert.StartsWith("**CHG-1001** is Scheduled for 2026-01-06 22:00 UTC to 2026-01-06 23:00 UTC", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.Outbound);
    }

    [Fact]
    public async Task HandleAsync_SomeoneElsesDraft_IsRefused()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("change submit CHG-1001"));

        Assert.Equal("Only the requester, agents and on-call engineers can do that.", reply.Text);
        Assert.Equal(ChangeState.Draft, _harness.StoredChange(EngineHarness.FirstChangeId).State);
    }

    [Fact]
    public async Task HandleAsync_GroupTooSmallForTheQuorum_IsRefused()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Changes.Policies["normal"] = new ApprovalPolicyOptions { Quorum = 3 };
        using EngineHarness harness = new(options);
        harness.HoldsChange(AChange().Build());

        Reply reply = await harness.ReplyToAsync(Chat.Alice.Says("change submit CHG-1001"));

        Assert.Equal("CHG-1001 can't be submitted: 2 members of cab may vote on it and approval needs 3. Ask an admin to add approvers.", reply.Text);
    }

    [Theory]
    [InlineData("change submit INC-1001", "INC-1001 is not a change; change ids look like CHG-1001.")]
    [InlineData("change submit CHG-1009", "I can't find CHG-1009.")]
    public async Task HandleAsync_WrongId_SaysSo(string command, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(command));

        Assert.Equal(expected, reply.Text);
    }

    private static Domain.Tickets.TicketId TicketIdOf(long number) => new(Domain.Tickets.TicketType.Change, number);
}
