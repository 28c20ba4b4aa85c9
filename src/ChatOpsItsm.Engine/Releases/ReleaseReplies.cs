using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>The answers every release command shares: which release (and change), and an update that did not go through.</summary>
public static class ReleaseReplies
{
    /// <summary>The code of a refusal by role, before the domain is asked.</summary>
    public const string NotAllowed = "not_allowed";

    public static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));

    /// <summary>The release id of the command, or the reply saying what is wrong with it.</summary>
    public static (TicketId? Id, EngineResponse? Problem) ReleaseId(CommandArguments arguments) =>
        IdOf(arguments, "id", TicketType.Release, "release", "RLS-1001");

    /// <summary>The change id of <c>release add|remove</c>, or the reply saying what is wrong with it.</summary>
    public static (TicketId? Id, EngineResponse? Problem) ChangeId(CommandArguments arguments) =>
        IdOf(arguments, "change", TicketType.Change, "change", "CHG-1001");

    /// <summary>The reply to an update that changed nothing: not found, refused, or others kept writing.</summary>
    public static EngineResponse Failure(ReleaseUpdate update, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Status switch
        {
            ReleaseUpdateStatus.NotFound => Say($"I can't find {id}."),
            ReleaseUpdateStatus.Refused => Say(update.Refusal!.Message),
            ReleaseUpdateStatus.Busy => Say($"{id} is being changed by others right now; nothing was changed. Try again in a moment."),
            _ => throw new ArgumentException($"{update.Status} is not a failure.", nameof(update)),
        };
    }

    private static (TicketId? Id, EngineResponse? Problem) IdOf(
        CommandArguments arguments, string name, TicketType type, string noun, string example)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        (TicketId? id, string? problem) = arguments.TicketId(name);
        problem ??= arguments.FirstProblem();
        if (id is null || problem is not null)
        {
            return (null, Say(problem!));
        }

        return id.Value.Type == type ? (id, null) : (null, Say($"{id} is not a {noun}; {noun} ids look like {example}."));
    }
}
