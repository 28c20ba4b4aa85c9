using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>The answers every request command shares: which request, and an update that did not go through.</summary>
public static class RequestReplies
{
    /// <summary>The code of a refusal by role or ownership, before the domain is asked.</summary>
    public const string NotAllowed = "not_allowed";

    public static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));

    /// <summary>The request id of the command, or the reply saying what is wrong with it.</summary>
    public static (TicketId? Id, EngineResponse? Problem) RequestId(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        (TicketId? id, string? problem) = arguments.TicketId();
        problem ??= arguments.FirstProblem();
        if (id is null || problem is not null)
        {
            return (null, Say(problem!));
        }

        return id.Value.Type == TicketType.Request ? (id, null) : (null, Say($"{id} is not a service request; request ids look like REQ-1001."));
    }

    /// <summary>The reply to an update that changed nothing: not found, refused, or others kept writing.</summary>
    public static EngineResponse Failure(RequestUpdate update, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Status switch
        {
            RequestUpdateStatus.NotFound => Say($"I can't find {id}."),
            RequestUpdateStatus.Refused => Say(update.Refusal!.Message),
            RequestUpdateStatus.Busy => Say($"{id} is being changed by others right now; nothing was changed. Try again in a moment."),
            _ => throw new ArgumentException($"{update.Status} is not a failure.", nameof(update)),
        };
    }
}
