namespace ChatOpsItsm.Domain.Requests;

/// <summary>Names and groupings of request states as people read them.</summary>
public static class RequestStates
{
    /// <summary>Nothing can change any more: Rejected, Closed, Canceled.</summary>
    public static bool IsFinal(RequestState state) => state is RequestState.Rejected or RequestState.Closed or RequestState.Canceled;

    /// <summary>Not yet fulfilled, so it may still be called off.</summary>
    public static bool IsCancelable(RequestState state) =>
        state is RequestState.Submitted or RequestState.AwaitingApproval or RequestState.Approved or RequestState.InFulfillment;

    /// <summary><c>Awaiting Approval</c>, <c>In Fulfillment</c>, <c>Approved</c>…</summary>
    public static string DisplayName(RequestState state) => state switch
    {
        RequestState.AwaitingApproval => "Awaiting Approval",
        RequestState.InFulfillment => "In Fulfillment",
        _ => state.ToString(),
    };
}
