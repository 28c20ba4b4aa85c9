using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Hands each <c>major</c> command to its handler. The command router has checked the catalog's roles (only
/// <c>declare</c> has any); the handlers ask <see cref="Domain.Incidents.MajorPermissions"/> about the incident itself.
/// </summary>
public sealed class MajorRouter(
    DeclareMajorHandler declare,
    MajorRunHandler run,
    MajorRoleHandler role,
    FollowUpHandler action,
    RaiseActionHandler raise,
    JoinWarRoomHandler join,
    MajorLinkHandler link,
    ShowMajorHandler show)
{
    public Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Command.Name switch
        {
            "declare" => declare.HandleAsync(arguments, context, cancellationToken),
            "role" => role.HandleAsync(arguments, context, cancellationToken),
            "action" => action.HandleAsync(arguments, context, cancellationToken),
            "raise" => raise.HandleAsync(arguments, context, cancellationToken),
            "join" => join.HandleAsync(arguments, context, cancellationToken),
            "link" => link.HandleAsync(arguments, context, cancellationToken),
            "show" => show.ShowAsync(arguments, context, cancellationToken),
            "review" => show.ReviewAsync(arguments, context, cancellationToken),
            _ => run.HandleAsync(arguments, context, cancellationToken),
        };
    }
}
