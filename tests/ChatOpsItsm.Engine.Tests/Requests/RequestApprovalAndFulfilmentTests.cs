using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Requests;

public sealed class RequestApprovalAndFulfilmentTests : IDisposable
{
    private readonly EngineHarness _harness = new(RequestCatalogOptions.Create());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Approve_ByTheGroup_ApprovesRefreshesTheCardAndTellsTheRequester()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new new-laptop model:developer needed_by:2026-02-01"));
        _harness.Outbound.Clear();

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Clicks("request.approve", ("id", "REQ-1001")));

        Assert.StartsWith("Your approval of **REQ-1001** is recorded. **REQ-1001** is Approved", reply.Text, StringComparison.Ordinal);
        List<NotificationWork> work = [.. _harness.Outbound.OfType<NotificationWork>()];
        NotificationWork card = Assert.Single(work, w => w.MessageKey == "approval-card:REQ-1001");
        Assert.Empty(card.Message.Card!.Buttons);
        NotificationWork requester = Assert.Single(work, w => w.Target.Person == Chat.Alice.Identity);
        Assert.StartsWith("Your request **REQ-1001** (New laptop) is now **Approved**", requester.Message.Text, StringComparison.Ordinal);
        Assert.Contains(work, w => w.Target.Conversation?.ConversationId == "service-desk");
    }

    [Fact]
    public async Task Approve_ByRequesterOrOutsider_IsRefusedAndChangesNothing()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new new-laptop model:standard"));

        Reply self = await _harness.ReplyToAsync(Chat.Alice.Says("request approve REQ-1001"));
        Reply outsider = await _harness.ReplyToAsync(Chat.Bob.Says("request approve REQ-1001"));

        Assert.Equal("You requested REQ-1001, so you can't approve it.", self.Text);
        Assert.Equal("Only members of the it-approvers approver group can approve REQ-1001.", outsider.Text);
        Assert.Equal(RequestState.AwaitingApproval, _harness.StoredRequest(EngineHarness.FirstRequestId).State);
    }

    [Fact]
    public async Task Reject_ByManagerWithReason_Rejects()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new software-access app:jira justification:curious"));

        Reply reply = await _harness.ReplyToAsync(Chat.Erin.Says("request reject REQ-1001 not needed for your role"));

        Assert.EndsWith("**REQ-1001** is Rejected.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(RequestState.Rejected, _harness.StoredRequest(EngineHarness.FirstRequestId).State);
    }

    [Fact]
    public async Task Approve_AfterAConflict_ReReadsAndSaves()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new new-laptop model:standard"));
        _harness.InjectRequestConflicts(2);

        await _harness.HandleAsync(Chat.Dave.Says("request approve REQ-1001"));

        Assert.Equal(RequestState.Approved, _harness.StoredRequest(EngineHarness.FirstRequestId).State);
    }

    [Fact]
    public async Task TakeFulfillClose_ByAgentAndRequester_NotifiesTheRequester()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new password-reset account:alice"));
        _harness.Outbound.Clear();

        Assert.Equal("**REQ-1001** is now In Fulfillment.", (await _harness.ReplyToAsync(Chat.Bob.Says("request take REQ-1001"))).Text);
        Assert.Equal("**REQ-1001** is now Fulfilled.", (await _harness.ReplyToAsync(Chat.Bob.Says("request fulfill REQ-1001 reset, temp password sent"))).Text);
        Assert.Equal("**REQ-1001** is now Closed.", (await _harness.ReplyToAsync(Chat.Alice.Says("request close REQ-1001"))).Text);

        Assert.Equal(2, _harness.Outbound.OfType<NotificationWork>().Count(w => w.Target.Person == Chat.Alice.Identity));
    }

    [Fact]
    public async Task Take_ByRequester_IsRefusedByRole()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new password-reset account:alice"));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request take REQ-1001"));

        Assert.Equal("Only agents and on-call engineers can use `request take`.", reply.Text);
    }

    [Fact]
    public async Task Cancel_ByAnotherRequester_IsRefused()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new password-reset account:alice"));

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("request cancel REQ-1001"));

        Assert.Equal("Only the requester, agents and on-call engineers can do that.", reply.Text);
    }

    [Fact]
    public async Task Show_WrongTypeOfId_SaysSo()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request show CHG-1001"));

        Assert.Equal("CHG-1001 is not a service request; request ids look like REQ-1001.", reply.Text);
    }

    [Fact]
    public async Task List_OthersRequestsAsRequester_IsRefused()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request list all"));

        Assert.StartsWith("Only agents and on-call engineers can list others' requests", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AfterSubmit_ShowsFieldsApprovalAndHistory()
    {
        await _harness.HandleAsync(Chat.Alice.Says("request new dl-change list:team-all action:remove member:me"));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request show REQ-1001"));

        Assert.Equal("REQ-1001 · Distribution list change", reply.Card!.Title);
        Assert.Contains("- Member: local:alice", reply.Card.Body, StringComparison.Ordinal);
        Assert.Contains("· Alice · submitted", reply.Card.Body, StringComparison.Ordinal);
        Assert.Equal("none needed", reply.Card.Facts.Single(f => f.Label == "Approval").Value);
    }

    [Fact]
    public async Task List_Mine_ReadsTheRequesterIndex()
    {
        _harness.RequestListing.Add(new Engine.Requests.RequestSummary(
            EngineHarness.FirstRequestId, "password-reset", "Password reset", RequestState.Approved, Chat.Alice.Identity, "Alice", null, _harness.Time.GetUtcNow()));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request list"));

        Assert.Equal("**Your requests**\n- **REQ-1001** · Approved · Password reset · Alice", reply.Text);
    }
}
