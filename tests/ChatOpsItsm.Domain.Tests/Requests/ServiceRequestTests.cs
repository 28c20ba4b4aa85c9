using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.Domain.Tests.Requests.RequestBuilder;

namespace ChatOpsItsm.Domain.Tests.Requests;

public sealed class ServiceRequestTests
{
    [Fact]
    public void Submit_NoApproval_GoesStraightToApproved()
    {
        ServiceRequest request = ServiceRequest.Submit(Id, PasswordReset, Values(("account", "alice.smith")), null, null, By("alice")).Request!;

        Assert.Equal(RequestState.Approved, request.State);
        Assert.Null(request.Voting);
        Assert.Equal([AuditActions.Submitted, AuditActions.Approved], request.PendingEvents.Select(e => e.Action));
        Assert.Equal("alice.smith", request.Fields.Single().Value);
    }

    [Fact]
    public void Submit_ManagerApproval_AwaitsTheManager()
    {
        ServiceRequest request = Access();

        Assert.Equal(RequestState.AwaitingApproval, request.State);
        Assert.Equal(Mia, request.Approver);
        Assert.Equal("vpn", request.Fields[0].Value);
    }

    [Fact]
    public void Submit_ManagerApprovalWithoutManager_IsRefused()
    {
        (ServiceRequest? request, IReadOnlyList<DomainError> errors) =
            ServiceRequest.Submit(Id, SoftwareAccess, Values(("app", "vpn"), ("justification", "x")), null, null, By("alice"));

        Assert.Null(request);
        Assert.Contains("Itsm:Managers", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_GroupTooSmall_IsRefused()
    {
        (ServiceRequest? request, IReadOnlyList<DomainError> errors) =
            ServiceRequest.Submit(Id, Laptop, Values(("model", "standard")), null, 0, By("alice"));

        Assert.Null(request);
        Assert.Equal(DomainErrorCodes.InvalidTransition, Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData("account", "", "The Account is required.")]
    [InlineData("account", "Alice Smith!", "Use your login name, e.g. alice.smith.")]
    public void Submit_InvalidField_ListsTheProblem(string field, string value, string message)
    {
        (ServiceRequest? request, IReadOnlyList<DomainError> errors) = ServiceRequest.Submit(Id, PasswordReset, Values((field, value)), null, null, By("alice"));

        Assert.Null(request);
        Assert.Equal(message, Assert.Single(errors).Message);
    }

    [Fact]
    public void Submit_HostileText_IsStoredVerbatim()
    {
        const string hostile = "'; DROP TABLE x; -- <script>|~ 😀";
        ServiceRequest request = Submitted(SoftwareAccess, Values(("app", "jira"), ("justification", hostile)));

        Assert.Equal(hostile, request.Fields[1].Value);
    }

    [Fact]
    public void Vote_ByManager_Approves()
    {
        ServiceRequest request = Access();

        DomainResult result = request.Vote(Person("mia"), VoteChoice.Approve, "ok", By("mia", 5));

        Assert.True(result.Succeeded);
        Assert.Equal(RequestState.Approved, request.State);
        Assert.Equal(ChangeDecision.Approved, request.Voting!.Decision);
    }

    [Fact]
    public void Vote_ByRequester_IsRefused()
    {
        ServiceRequest request = NewLaptop();

        DomainResult result = request.Vote(Person("alice", null, ItApprovers), VoteChoice.Approve, null, By("alice", 5));

        Assert.Equal("You requested REQ-1001, so you can't approve it.", result.Error!.Message);
        Assert.Empty(request.PendingEvents);
    }

    [Fact]
    public void Vote_ByNonManager_IsRefusedEvenForAnAdmin()
    {
        ServiceRequest request = Access();

        DomainResult result = request.Vote(Person("root", [Role.Admin]), VoteChoice.Approve, null, By("root", 5));

        Assert.Equal(DomainErrorCodes.NotPermitted, result.Error!.Code);
        Assert.Equal(RequestState.AwaitingApproval, request.State);
    }

    [Fact]
    public void Vote_GroupMemberRejectsWithReason_Vetoes()
    {
        ServiceRequest request = NewLaptop();

        DomainResult result = request.Vote(Person("gus", null, ItApprovers), VoteChoice.Reject, "budget", By("gus", 5));

        Assert.True(result.Succeeded);
        Assert.Equal(RequestState.Rejected, request.State);
    }

    [Fact]
    public void Vote_RejectWithoutReason_IsRefused()
    {
        ServiceRequest request = NewLaptop();

        DomainResult result = request.Vote(Person("gus", null, ItApprovers), VoteChoice.Reject, " ", By("gus", 5));

        Assert.Equal("The reason for rejecting is required.", result.Error!.Message);
    }

    [Fact]
    public void Vote_OnRequestNeedingNoApproval_IsRefused()
    {
        ServiceRequest request = Reset();

        DomainResult result = request.Vote(Person("mia"), VoteChoice.Approve, null, By("mia"));

        Assert.Equal("REQ-1001 is Approved, so it can't be approved or rejected: it needs no approval.", result.Error!.Message);
    }

    [Fact]
    public void Fulfilment_TakeFulfillClose_MovesThroughTheLifecycle()
    {
        ServiceRequest request = Reset();

        Assert.True(request.Take(By("bob", 1)).Succeeded);
        Assert.Equal(new UserIdentity("local", "bob"), request.Assignee);
        Assert.True(request.Fulfill("done", By("bob", 2)).Succeeded);
        Assert.True(request.Close(null, By("alice", 3)).Succeeded);
        Assert.Equal(RequestState.Closed, request.State);
    }

    [Fact]
    public void Fulfill_BeforeTake_SaysToTakeItFirst()
    {
        DomainResult result = Reset().Fulfill(null, By("bob"));

        Assert.Equal("REQ-1001 is Approved, so it can't be fulfilled: take it first with `request take REQ-1001`.", result.Error!.Message);
    }
}
