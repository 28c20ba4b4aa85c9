using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>Hands each <c>problem</c> command to its handler; the command router has already checked the roles it needs.</summary>
public sealed class ProblemRouter(
    NewProblemHandler create,
    ProblemLifecycleHandler lifecycle,
    ShowProblemHandler show,
    ListProblemsHandler list)
{
    public Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Command.Name switch
        {
            "new" => create.HandleAsync(arguments, context, cancellationToken),
            "show" => show.HandleAsync(arguments, context, cancellationToken),
            "list" => list.HandleAsync(arguments, context, cancellationToken),
            _ => lifecycle.HandleAsync(arguments, context, cancellationToken),
        };
    }
}
