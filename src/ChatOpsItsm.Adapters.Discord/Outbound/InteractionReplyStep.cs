using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Outbound;

/// <summary>One message of a late interaction answer, and whether it replaces the interaction's original response or follows up.</summary>
internal sealed record InteractionReplyStep(JsonMessageData Message, bool ReplacesOriginal);
