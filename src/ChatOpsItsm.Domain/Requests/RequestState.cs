namespace ChatOpsItsm.Domain.Requests;

/// <summary>
/// Where a service request stands (SPEC §2): Submitted → Awaiting Approval → Approved | Rejected → In Fulfillment →
/// Fulfilled → Closed; Canceled at any point before it is fulfilled.
/// </summary>
public enum RequestState
{
    Submitted,
    AwaitingApproval,
    Approved,
    Rejected,
    InFulfillment,
    Fulfilled,
    Closed,
    Canceled,
}
