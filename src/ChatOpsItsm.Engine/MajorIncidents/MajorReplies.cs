using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>The answers every <c>major</c> command shares: which incident, and an update that did not go through.</summary>
public static class MajorReplies
{
    public static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));

    /// <summary>The incident id of parameter <paramref name="name"/>, or the reply saying what is wrong with it (or with any other value).</summary>
    public static (TicketId? Id, EngineResponse? Problem) IncidentId(CommandArguments arguments, string name = "id")
    {
        ArgumentNullException.ThrowIfNull(arguments);
        (TicketId? id, string? problem) = arguments.TicketId(name);
        problem ??= arguments.FirstProblem();
        if (id is null || problem is not null)
        {
            return (null, Say(problem!));
        }

        return id.Value.Type == TicketType.Incident
            ? (id, null)
            : (null, Say($"{id} is not an incident; a major incident has an incident id such as INC-1001."));
    }

    /// <summary>The reply to an update that changed nothing: not found, refused (the domain's or the permission's sentence), or others kept writing.</summary>
    public static EngineResponse Failure(IncidentUpdate update, TicketId id) => Say(FailureText(update, id));

    /// <summary>The sentence of <see cref="Failure"/>, for replies that list several outcomes.</summary>
    public static string FailureText(IncidentUpdate update, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Status switch
        {
            IncidentUpdateStatus.NotFound => $"I can't find {id}.",
            IncidentUpdateStatus.Refused => update.Refusal!.Message,
            IncidentUpdateStatus.Busy => $"{id} is being changed by others right now; nothing was changed. Try again in a moment.",
            _ => throw new ArgumentException($"{update.Status} is not a failure.", nameof(update)),
        };
    }
}
