using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Host.LocalChannel.Protocol;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>Turns the engine's neutral replies into the local channel's JSON.</summary>
internal static class LocalReplyMapper
{
    public static JsonLocalResponse ToResponse(EngineResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new JsonLocalResponse
        {
            Replies = [.. response.Replies.Select(reply => new JsonLocalReply { Text = reply.Text, Card = reply.Card is null ? null : ToCard(reply.Card) })],
        };
    }

    private static JsonLocalCard ToCard(Card card) => new()
    {
        Title = card.Title,
        Facts = [.. card.Facts.Select(fact => new JsonLocalFact { Label = fact.Label, Value = fact.Value })],
        Body = card.Body,
        Buttons = [.. card.Buttons.Select(ToButton)],
        Inputs = [.. card.Inputs.Select(ToInput)],
        Link = card.Link,
    };

    private static JsonLocalButton ToButton(CardButton button) => new()
    {
        Label = button.Label,
        ActionId = button.ActionId,
        Data = button.Data,
        Style = button.Style switch
        {
            ButtonStyle.Primary => "primary",
            ButtonStyle.Danger => "danger",
            _ => "default",
        },
    };

    private static JsonLocalInput ToInput(CardInput input) => new()
    {
        Name = input.Name,
        Label = input.Label,
        Kind = input.Kind switch
        {
            InputKind.MultilineText => "multiline",
            InputKind.Choice => "choice",
            InputKind.Date => "date",
            _ => "text",
        },
        Required = input.Required,
        Value = input.Value,
        MaxLength = input.MaxLength,
        Choices = input.Choices,
        Placeholder = input.Placeholder,
    };
}
