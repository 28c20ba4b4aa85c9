using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>Hands each <c>request</c> command to its handler; the command router has already checked the roles it needs.</summary>
public sealed class RequestRouter(
    CatalogHandler catalog,
    NewRequestHandler create,
    ApproveRequestHandler approve,
    RequestLifecycleHandler lifecycle,
    ShowRequestHandler show,
    ListRequestsHandler list)
{
    public Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Command.Name switch
        {
            "catalog" => Task.FromResult(catalog.Handle()),
            "new" => create.HandleAsync(arguments, context, cancellationToken),
            "approve" or "reject" => approve.HandleAsync(arguments, context, cancellationToken),
            "show" => show.HandleAsync(arguments, context, cancellationToken),
            "list" => list.HandleAsync(arguments, context, cancellationToken),
            _ => lifecycle.HandleAsync(arguments, context, cancellationToken),
        };
    }
}
