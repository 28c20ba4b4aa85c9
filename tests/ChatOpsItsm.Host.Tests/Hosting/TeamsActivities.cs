using System.Text.Json.Nodes;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// Bot Framework activities of the shapes Teams sends (protocol brief §8.4, the adapter tests' <c>Fixtures/*.json</c>),
/// addressed to the local issuer's bot and service URL, as mutable trees.
/// </summary>
public static class TeamsActivities
{
    public const string Tenant = "22222222-2222-2222-2222-222222222222";
    public const string BotId = "28:" + LocalOpenIdIssuer.AppId;
    public const string TeamChannelId = "19:team@thread.tacv2";

    /// <summary>A message typed in the person's 1:1 chat with the bot.</summary>
    public static JsonObject PersonalMessage(TeamsUser user, string activityId, string text)
    {
        ArgumentNullException.ThrowIfNull(user);
        JsonObject activity = Personal(user, "message", activityId);
        activity["textFormat"] = "plain";
        activity["text"] = text;
        activity["locale"] = "en-GB";
        return activity;
    }

    /// <summary>An Action.Execute click (<c>adaptiveCard/action</c>) on a card the bot posted in the person's chat.</summary>
    public static JsonObject CardAction(TeamsUser user, string activityId, string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(user);
        JsonObject activity = Personal(user, "invoke", activityId);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1700000000100";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>The bot added to a team: <c>conversationUpdate</c> in the team's General channel.</summary>
    public static JsonObject BotAddedToTeam(string activityId) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = activityId,
        ["channelId"] = "msteams",
        ["serviceUrl"] = LocalOpenIdIssuer.ServiceUrl,
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["from"] = new JsonObject { ["id"] = "29:1admin", ["aadObjectId"] = "77777777-7777-7777-7777-777777777777" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "OpsBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = TeamChannelId,
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = Tenant,
        },
        ["channelData"] = new JsonObject
        {
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = Tenant },
            ["team"] = new JsonObject { ["id"] = TeamChannelId, ["name"] = "IT Operations" },
        },
    };

    private static JsonObject Personal(TeamsUser user, string type, string activityId) => new()
    {
        ["type"] = type,
        ["id"] = activityId,
        ["channelId"] = "msteams",
        ["serviceUrl"] = LocalOpenIdIssuer.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "OpsBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = user.PersonalConversationId,
            ["conversationType"] = "personal",
            ["tenantId"] = Tenant,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };
}
