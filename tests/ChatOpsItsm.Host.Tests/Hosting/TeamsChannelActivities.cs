using System.Text.Json.Nodes;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Activities from the team channel <see cref="TeamsActivities.TeamChannelId"/>, as Teams sends them (protocol brief §8.4).</summary>
public static class TeamsChannelActivities
{
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
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant },
                ["team"] = new JsonObject { ["id"] = TeamsActivities.TeamChannelId },
                ["channel"] = new JsonObject { ["id"] = TeamsActivities.TeamChannelId },
            },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        };
    }
}
