using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.Domain.Tests.Requests.RequestBuilder;

namespace ChatOpsItsm.Domain.Tests.Requests;

/// <summary>Every state × every operation: allowed ones move the request, the others refuse and change nothing.</summary>
public sealed class RequestStateMatrixTests
{
    public static TheoryData<RequestState, string, bool> Matrix()
    {
        TheoryData<RequestState, string, bool> data = [];
        Dictionary<string, RequestState[]> allowed = new()
        {
            ["approve"] = [RequestState.AwaitingApproval],
            ["take"] = [RequestState.Approved],
            ["fulfill"] = [RequestState.InFulfillment],
            ["close"] = [RequestState.Fulfilled],
            ["cancel"] = [RequestState.Submitted, RequestState.AwaitingApproval, RequestState.Approved, RequestState.InFulfillment],
        };
        foreach (RequestState state in Enum.GetValues<RequestState>())
        {
            foreach ((string operation, RequestState[] states) in allowed)
            {
                data.Add(state, operation, states.Contains(state));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Operation_InState_IsAllowedOnlyWhereTheLifecycleSays(RequestState state, string operation, bool allowed)
    {
        ServiceRequest request = ServiceRequest.FromSnapshot(Access().ToSnapshot() with { State = state });
        RequestSnapshot before = request.ToSnapshot();

        DomainResult result = operation switch
        {
            "approve" => request.Vote(Person("mia"), VoteChoice.Approve, null, By("mia", 1)),
            "take" => request.Take(By("bob", 1)),
            "fulfill" => request.Fulfill(null, By("bob", 1)),
            "close" => request.Close(null, By("alice", 1)),
            _ => request.Cancel(null, By("alice", 1)),
        };

        Assert.Equal(allowed, result.Succeeded);
        if (!allowed)
        {
            Assert.Equal(before, request.ToSnapshot());
            Assert.Empty(request.PendingEvents);
        }
    }

    [Theory]
    [InlineData("take", false)]
    [InlineData("cancel", true)]
    [InlineData("close", true)]
    public void Permissions_Requester_MayCloseAndCancelOnly(string operation, bool allowed)
    {
        RequestOperation op = Enum.Parse<RequestOperation>(operation, ignoreCase: true);

        Assert.Equal(allowed, RequestPermissions.MayAct(Person("alice"), op, Reset()));
        Assert.True(RequestPermissions.MayAct(Person("bob", [Role.Agent]), op, Reset()));
    }
}
