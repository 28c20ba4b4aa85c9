using System.Text.Json;
using ChatOpsItsm.Adapters.Teams.Cards;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>
/// Turns a <see cref="Reply"/> into the activities to send (brief §4.3): the text as a <c>markdown</c> message, then
/// the card as an attachment in an activity of its own (Teams splits an activity holding both and returns no usable
/// id). Each activity stays under <see cref="MaxActivityBytes"/>; a card still too large after the renderer's
/// truncation goes as its title and a link to the full record instead.
/// </summary>
internal static class OutboundActivities
{
    /// <summary>The budget every Teams path accepts (brief §5.6), measured as the JSON actually sent.</summary>
    public const int MaxActivityBytes = 28 * 1024;

    /// <summary>At least one activity; the last carries the card when there is one.</summary>
    public static IReadOnlyList<JsonActivity> From(Reply reply, JsonChannelAccount? bot, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(reply);
        TeamsMessage message = TeamsMessageRenderer.Render(reply);
        List<JsonActivity> activities = [];
        if (message.Text is { } text)
        {
            activities.Add(Text(text, bot));
        }

        if (message.CardAttachment is { } attachment && reply.Card is { } card)
        {
            JsonActivity cardActivity = new() { Type = "message", From = bot, Attachments = [attachment] };
            int size = SizeOf(cardActivity);
            if (size > MaxActivityBytes)
            {
                logger.ActivityTooLarge(size, MaxActivityBytes);
                cardActivity = Text(TeamsMessageRenderer.RenderText($"**{card.Title}**\n\n{Truncation.Notice(card)}"), bot);
            }

            activities.Add(cardActivity);
        }

        if (activities.Count == 0)
        {
            activities.Add(Text(Truncation.Ellipsis, bot));
        }

        return activities;
    }

    public static int SizeOf(JsonActivity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, TeamsJsonContext.Default.JsonActivity).Length;

    /// <summary>A text message, shortened further if its escaped JSON is over the budget (non-ASCII text escapes to six bytes a character).</summary>
    private static JsonActivity Text(string text, JsonChannelAccount? bot)
    {
        JsonActivity activity = new() { Type = "message", From = bot, TextFormat = TeamsMessage.TextFormat, Text = text };
        for (int size = SizeOf(activity); size > MaxActivityBytes; size = SizeOf(activity))
        {
            int keep = (int)(activity.Text!.Length * (double)MaxActivityBytes / size * 0.9);
            activity.Text = Truncation.Shorten(activity.Text, Math.Max(keep, 1));
        }

        return activity;
    }
}
