using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>Hands each <c>release</c> command to its handler; the command router has already checked the roles it needs.</summary>
public sealed class ReleaseRouter(
    NewReleaseHandler create,
    ReleaseMembershipHandler membership,
    ReleaseLifecycleHandler lifecycle,
    DeployReleaseHandler deploy,
    ShowReleaseHandler show,
    ListReleasesHandler list)
{
    public Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Command.Name switch
        {
            "new" => create.HandleAsync(arguments, context, cancellationToken),
            "add" or "remove" => membership.HandleAsync(arguments, context, cancellationToken),
            "deploy" => deploy.HandleAsync(arguments, context, cancellationToken),
            "show" => show.HandleAsync(arguments, context, cancellationToken),
            "list" => list.HandleAsync(arguments, context, cancellationToken),
            _ => lifecycle.HandleAsync(arguments, context, cancellationToken),
        };
    }
}
