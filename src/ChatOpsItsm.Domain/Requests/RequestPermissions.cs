using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Requests;

/// <summary>
/// Who may do what to a service request (SPEC §3): agents, on-call engineers and admins fulfil any request; the
/// requester may close and cancel their own. Anyone may ask to approve: <see cref="ServiceRequest.Vote"/> itself refuses
/// the requester and anyone who is not the manager or in the approver group, because only the request knows its approvers.
/// </summary>
public static class RequestPermissions
{
    public static bool MayAct(Person person, RequestOperation operation, ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(request);
        if (operation is RequestOperation.View or RequestOperation.Approve || person.WorksIncidents)
        {
            return true;
        }

        return operation is RequestOperation.Close or RequestOperation.Cancel && person.Is(request.Requester);
    }

    /// <summary>The sentence a refused person reads.</summary>
    public static string Explain(RequestOperation operation) => operation switch
    {
        RequestOperation.Take or RequestOperation.Fulfill => "Only agents and on-call engineers fulfil requests.",
        _ => "Only the requester, agents and on-call engineers can do that.",
    };
}
