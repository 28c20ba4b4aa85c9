using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>Hands each <c>change</c> command to its handler; the command router has already checked the roles it needs.</summary>
public sealed class ChangeRouter(
    NewChangeHandler create,
    SubmitChangeHandler submit,
    EditChangeHandler edit,
    VoteChangeHandler vote,
    ChangeLifecycleHandler lifecycle,
    ShowChangeHandler show,
    ListChangesHandler list,
    ChangeLinkHandler link)
{
    public Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Command.Name switch
        {
            "new" => create.HandleAsync(arguments, context, cancellationToken),
            "submit" => submit.HandleAsync(arguments, context, cancellationToken),
            "edit" => edit.HandleAsync(arguments, context, cancellationToken),
            "approve" or "reject" or "abstain" => vote.HandleAsync(arguments, context, cancellationToken),
            "show" => show.HandleAsync(arguments, context, cancellationToken),
            "list" => list.HandleAsync(arguments, context, cancellationToken),
            "link" or "unlink" => link.HandleAsync(arguments, context, cancellationToken),
            _ => lifecycle.HandleAsync(arguments, context, cancellationToken),
        };
    }
}
