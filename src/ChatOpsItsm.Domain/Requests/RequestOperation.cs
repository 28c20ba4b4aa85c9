namespace ChatOpsItsm.Domain.Requests;

/// <summary>The things a person can ask to do with a service request, for <see cref="RequestPermissions"/>.</summary>
public enum RequestOperation
{
    View,
    Approve,
    Take,
    Fulfill,
    Close,
    Cancel,
}
