using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Host.LocalChannel.Protocol;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>Turns the engine's neutral replies, and the stored messages of a conversation, into the local channel's JSON.</summary>
internal static class LocalReplyMapper
{
    /// <summary>The replies with the ids they were stored under (the same position in <paramref name="stored"/>).</summary>
    public static JsonLocalResponse ToResponse(IReadOnlyList<Reply> replies, IReadOnlyList<StoredReply> stored)
    {
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(stored);
        return new JsonLocalResponse
        {
            Replies = [.. replies.Select((reply, index) => new JsonLocalReply
            {
                Id = stored[index].Id,
                Revision = stored[index].Revision,
                Text = reply.Text,
                Card = reply.Card is null ? null : ToCard(reply.Card),
            })],
        };
    }

    public static JsonLocalMessage ToMessage(LocalMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new JsonLocalMessage
        {
            Id = message.MessageId,
            Author = message.Author,
            AuthorName = message.AuthorName,
            At = message.At,
            Revision = message.Revision,
            MessageKey = message.MessageKey,
            Text = message.Content.Text,
            Card = message.Content.Card is null ? null : ToCard(message.Content.Card),
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
