using System.Text.Json.Nodes;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Activities from the team channel <see cref="TeamsActivities.TeamChannelId"/>, as Teams sends them (protocol brief §8.4).</summary>
public static class TeamsChannelActivities
{
    /// <summary>The bot's mention as Teams writes it in the text and in the <c>mention</c> entity.</summary>
    public const string BotMention = "<at>OpsBot</at>";

    /// <summary>
    /// A message that mentions the bot (<c>@OpsBot text</c>), posted in <paramref name="conversationId"/>: the team channel's
    /// thread <c>19:…@thread.tacv2;messageid=…</c> (a new post starts one whose id is its own activity id).
    /// </summary>
    public static JsonObject Message(TeamsUser user, string activityId, string conversationId, string text)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId,
            ["channelId"] = "msteams",
            ["serviceUrl"] = LocalOpenIdIssuer.ServiceUrl,
            ["text"] = $"{BotMention}&nbsp;{text}\n",
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "OpsBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = "channel",
                ["isGroup"] = true,
                ["tenantId"] = TeamsActivities.Tenant,
            },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = BotMention,
                ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "OpsBot" },
            }),
            ["channelData"] = ChannelData(),
        };
    }

    /// <summary>A new post in the team channel: the thread it starts is named after the post's own id.</summary>
    public static JsonObject NewPost(TeamsUser user, string activityId, string text) =>
        Message(user, activityId, $"{TeamsActivities.TeamChannelId};messageid={activityId}", text);

    /// <summary>An Action.Execute click (<c>adaptiveCard/action</c>) on the bot's card <paramref name="cardActivityId"/> in the team channel.</summary>
    public static JsonObject CardAction(TeamsUser user, string activityId, string cardActivityId, string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = activityId,
            ["replyToId"] = cardActivityId,
            ["channelId"] = "msteams",
            ["serviceUrl"] = LocalOpenIdIssuer.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "OpsBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = $"{TeamsActivities.TeamChannelId};messageid={cardActivityId}",
                ["conversationType"] = "channel",
                ["isGroup"] = true,
                ["tenantId"] = TeamsActivities.Tenant,
            },
            ["channelData"] = ChannelData(),
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        };
    }

    private static JsonObject ChannelData() => new()
    {
        ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant },
        ["team"] = new JsonObject { ["id"] = TeamsActivities.TeamChannelId },
        ["channel"] = new JsonObject { ["id"] = TeamsActivities.TeamChannelId },
    };
}
