namespace ChatOpsItsm.Domain.Requests;

/// <summary>Who approves requests for a catalog item: nobody, the requester's manager, or an approver group by quorum.</summary>
public enum RequestApprovalKind
{
    None,
    Manager,
    Group,
}
