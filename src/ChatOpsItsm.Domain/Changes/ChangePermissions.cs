using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// Who may do what to a change (SPEC §3). Agents, on-call engineers and admins manage any change; the requester
/// may revise, submit, cancel and close their own; the implementer may start, complete and fail it and move it
/// to review. Anyone may ask to vote: <see cref="Change.Vote"/> itself refuses the requester and non-approvers,
/// with its own message, because only the change knows its approver group.
/// </summary>
public static class ChangePermissions
{
    public static bool MayAct(Person person, ChangeOperation operation, Change change)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(change);
        if (operation is ChangeOperation.View or ChangeOperation.Vote || ManagesChanges(person))
        {
            return true;
        }

        bool ownsIt = person.Is(change.Requester);
        bool implementsIt = change.Assignee is { } assignee && person.Is(assignee);
        return operation switch
        {
            ChangeOperation.Revise or ChangeOperation.Submit or ChangeOperation.Cancel or ChangeOperation.Close => ownsIt,
            ChangeOperation.Start or ChangeOperation.Complete or ChangeOperation.Fail or ChangeOperation.Review => implementsIt,
            _ => false,
        };
    }

    /// <summary>The sentence a refused person reads.</summary>
    public static string Explain(ChangeOperation operation) => operation switch
    {
        ChangeOperation.Assign => "Only agents and on-call engineers can do that.",
        ChangeOperation.Link => "Only agents, on-call engineers and admins can link incidents to a change.",
        ChangeOperation.Start or ChangeOperation.Complete or ChangeOperation.Fail or ChangeOperation.Review =>
            "Only the implementer, agents and on-call engineers can do that.",
        _ => "Only the requester, agents and on-call engineers can do that.",
    };

    private static bool ManagesChanges(Person person) =>
        person.HasRole(Role.Agent) || person.HasRole(Role.OnCall) || person.HasRole(Role.Admin);
}
