using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// A war-room message starting with <c>!timeline</c>: the rest goes on the incident's timeline, so the scribe records
/// as the room talks without naming the incident. The conversation says which incident (<see cref="IWarRooms"/>);
/// anywhere else the message is answered with the command that names one.
/// </summary>
public sealed class WarRoomTimelineHandler(IWarRooms warRooms, MajorUpdater updater)
{
    public const string Keyword = "!timeline";

    /// <summary>Whether <paramref name="text"/> is a timeline line: <c>!timeline</c> as its first word, in any case.</summary>
    public static bool Matches(string? text)
    {
        string trimmed = (text ?? "").TrimStart();
        return trimmed.StartsWith(Keyword, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == Keyword.Length || char.IsWhiteSpace(trimmed[Keyword.Length]));
    }

    public async Task<EngineResponse> HandleAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Matches(text))
        {
            throw new ArgumentException($"'{Keyword}' does not start the message.", nameof(text));
        }

        string entry = text.TrimStart()[Keyword.Length..].Trim();
        if (entry.Length == 0)
        {
            return MajorReplies.Say($"Usage, in a war room: `{Keyword} <what happened>`.");
        }

        if (await warRooms.FindAsync(context.Event.Conversation, cancellationToken) is not { } id)
        {
            return MajorReplies.Say("This isn't a war room; use `major note <id> <text>`.");
        }

        IncidentUpdate update = await updater.UpdateAsync(
            id, MajorOperation.Record, i => i.AddTimelineEntry(entry, context.Action), context, cancellationToken);
        return update.Status == IncidentUpdateStatus.Saved
            ? MajorReplies.Say($"Added to **{id}**'s timeline.")
            : MajorReplies.Failure(update, id);
    }
}
