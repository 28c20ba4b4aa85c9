using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>The interaction responses the inbound side sends (brief §3), by callback type.</summary>
internal static class InteractionResponses
{
    public static JsonInteractionResponse Pong => new() { Type = ResponseTypes.Pong };

    /// <summary>Type 5: the user sees "thinking…"; the answer replaces it later.</summary>
    public static JsonInteractionResponse DeferredMessage => new() { Type = ResponseTypes.DeferredChannelMessage };

    /// <summary>Type 6, components only: acknowledged with no visible loading; the clicked message is edited later.</summary>
    public static JsonInteractionResponse DeferredUpdate => new() { Type = ResponseTypes.DeferredUpdateMessage };

    public static JsonInteractionResponse Message(JsonMessageData data) => new() { Type = ResponseTypes.ChannelMessage, Data = data };

    /// <summary>Type 7, components only: edits the clicked message now.</summary>
    public static JsonInteractionResponse Update(JsonMessageData data) => new() { Type = ResponseTypes.UpdateMessage, Data = data };

    public static JsonInteractionResponse Modal(JsonMessageData data) => new() { Type = ResponseTypes.Modal, Data = data };

    public static JsonInteractionResponse Choices(List<JsonChoice> choices) =>
        new() { Type = ResponseTypes.AutocompleteResult, Data = new JsonMessageData { Choices = choices } };

    /// <summary>A type-4 message only the invoker sees (flags 64), that pings nobody.</summary>
    public static JsonInteractionResponse Ephemeral(string text, List<JsonComponent>? components = null) => Message(new JsonMessageData
    {
        Content = text,
        Components = components,
        Flags = MessageFlags.Ephemeral,
        AllowedMentions = new JsonAllowedMentions(),
    });
}
