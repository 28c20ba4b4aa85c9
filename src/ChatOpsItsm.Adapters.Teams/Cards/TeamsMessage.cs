using ChatOpsItsm.Adapters.Teams.Protocol;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>
/// A reply rendered for Teams: <see cref="Text"/> for an activity with <c>textFormat: markdown</c> and the
/// card as an attachment. Send them as two activities, text first: Teams splits an activity that has both
/// and returns no usable id for updating the card later (brief §4.3).
/// </summary>
internal sealed record TeamsMessage(string? Text, JsonAttachment? CardAttachment)
{
    public const string TextFormat = "markdown";
}
