using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Requests;

public sealed class NewRequestHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new(RequestCatalogOptions.Create());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Catalog_ListsItemsWithTheirFields()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request catalog"));

        Assert.Contains("**software-access** · Software access · your manager approves", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`app:` Application (vpn|jira, required)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_NoApproval_IsApprovedAndSentToTheFulfilmentRoute()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request new password-reset account:alice.smith"));

        Assert.StartsWith("Submitted **REQ-1001** (Password reset). It needs no approval", reply.Text, StringComparison.Ordinal);
        Assert.Equal(RequestState.Approved, _harness.StoredRequest(EngineHarness.FirstRequestId).State);
        NotificationWork desk = Assert.Single(_harness.Outbound.OfType<NotificationWork>());
        Assert.Equal(new ChatOpsItsm.Engine.Conversation.ConversationAddress("local", "service-desk"), desk.Target.Conversation);
        Assert.Contains(desk.Message.Card!.Buttons, b => b.ActionId == "request.take");
    }

    [Fact]
    public async Task New_MissingFields_AnswersWithTheItemsForm()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request new software-access app:vpn"));

        Assert.Equal("Almost there: I still need the Justification.", reply.Text);
        Card form = reply.Card!;
        Assert.Equal(["app", "justification"], form.Inputs.Select(i => i.Name));
        Assert.Equal(InputKind.Choice, form.Inputs[0].Kind);
        Assert.Equal("vpn", form.Inputs[0].Value);
        CardButton submit = Assert.Single(form.Buttons);
        Assert.Equal("request.new", submit.ActionId);
        Assert.Equal("software-access", submit.Data["item"]);
        Assert.False(_harness.HasRequest(EngineHarness.FirstRequestId));
    }

    [Fact]
    public async Task New_InvalidChoice_AnswersWithTheFormAndTheProblem()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request new software-access app:excel justification:\"need it\""));

        Assert.Equal("The Application must be one of: vpn, jira.", reply.Text);
        Assert.NotNull(reply.Card);
    }

    [Fact]
    public async Task New_FromTheForm_ResolvesAPersonFieldAndStoresIt()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Submits("request.new",
            ("item", "dl-change"), ("list", "team-all"), ("action", "add"), ("member", "@bob")));

        Assert.StartsWith("Submitted **REQ-1001**", reply.Text, StringComparison.Ordinal);
        ServiceRequest stored = _harness.StoredRequest(EngineHarness.FirstRequestId);
        Assert.Equal("local:bob", stored.Fields.Single(f => f.Name == "member").Value);
    }

    [Fact]
    public async Task New_ManagerApproval_SendsTheApprovalCardToTheManager()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request new software-access app:vpn justification:travel"));

        Assert.Contains("waiting for your manager's approval", reply.Text, StringComparison.Ordinal);
        NotificationWork card = Assert.Single(_harness.Outbound.OfType<NotificationWork>());
        Assert.Equal(Chat.Erin.Identity, card.Target.Person);
        Assert.Equal("approval-card:REQ-1001", card.MessageKey);
        Assert.Equal(["request.approve", "form.request.reject"], card.Message.Card!.Buttons.Select(b => b.ActionId));
    }

    [Fact]
    public async Task New_ManagerApprovalWithoutManager_IsRefusedAndStoresNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("request new software-access app:vpn justification:travel"));

        Assert.Contains("no manager is configured for you (local:carol)", reply.Text, StringComparison.Ordinal);
        Assert.False(_harness.HasRequest(EngineHarness.FirstRequestId));
    }

    [Fact]
    public async Task New_UnknownItem_NamesTheCatalog()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("request new pony"));

        Assert.Equal("`pony` is not in the catalog; choose one of: password-reset, software-access, new-laptop, dl-change.", reply.Text);
    }
}
