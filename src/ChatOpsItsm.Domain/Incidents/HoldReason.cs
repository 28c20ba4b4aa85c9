namespace ChatOpsItsm.Domain.Incidents;

/// <summary>Why an incident is On Hold. Only waiting on the requester pauses the SLA clocks.</summary>
public enum HoldReason
{
    AwaitingRequester,
    AwaitingVendor,
    AwaitingChange,
}
