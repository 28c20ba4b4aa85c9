using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>The answers every problem command shares: which problem or incident, and an update that did not go through.</summary>
public static class ProblemReplies
{
    public static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));

    /// <summary>The ticket id of parameter <paramref name="name"/> when it is of <paramref name="type"/>, or the reply saying what is wrong.</summary>
    public static (TicketId? Id, EngineResponse? Problem) IdOf(CommandArguments arguments, string name, TicketType type)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        (TicketId? id, string? problem) = arguments.TicketId(name);
        problem ??= arguments.FirstProblem();
        if (id is null || problem is not null)
        {
            return (null, Say(problem!));
        }

        return id.Value.Type == type
            ? (id, null)
            : (null, Say(type == TicketType.Problem
                ? $"{id} is not a problem; problem ids look like PRB-1001."
                : $"{id} is not an incident; incident ids look like INC-1001."));
    }

    /// <summary>The reply to an update that changed nothing: not found, refused, or others kept writing.</summary>
    public static EngineResponse Failure(ProblemUpdate update, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Status switch
        {
            ProblemUpdateStatus.NotFound => Say($"I can't find {id}."),
            ProblemUpdateStatus.Refused => Say(update.Refusal!.Message),
            ProblemUpdateStatus.Busy => Say($"{id} is being changed by others right now; nothing was changed. Try again in a moment."),
            _ => throw new ArgumentException($"{update.Status} is not a failure.", nameof(update)),
        };
    }
}
