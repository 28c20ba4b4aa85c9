using ChatOpsItsm.Adapters.Teams.Configuration;
using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>
/// Sends engine replies through the <see cref="ConnectorClient"/> as the bot (<c>28:&lt;AppId&gt;</c>, brief §1.5):
/// posts, replies, in-place updates, and the two kinds of conversation the bot may create (§4.3).
/// </summary>
internal sealed class TeamsSender(ConnectorClient connector, IOptions<TeamsOptions> options, ILogger<TeamsSender> logger)
{
    /// <summary>Posts the reply's activities in order; returns the id of the last (the card, when there is one).</summary>
    public async Task<string> PostAsync(TeamsConversation conversation, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        string id = "";
        foreach (JsonActivity activity in OutboundActivities.From(reply, Bot(conversation.BotId), logger))
        {
            id = await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, activity, cancellationToken);
            logger.ActivityPosted(id, conversation.ConversationId);
        }

        return id;
    }

    /// <summary>Replies to <paramref name="activityId"/> with the reply's activities; returns the last one's id.</summary>
    public async Task<string> ReplyAsync(
        string serviceUrl, string conversationId, string activityId, JsonChannelAccount? bot, Reply reply, CancellationToken cancellationToken)
    {
        string id = "";
        foreach (JsonActivity activity in OutboundActivities.From(reply, bot ?? Bot(null), logger))
        {
            id = await connector.ReplyToActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
            logger.ActivityPosted(id, conversationId);
        }

        return id;
    }

    /// <summary>Replaces the message <paramref name="activityId"/> with the reply's card (or its text when it has no card).</summary>
    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Reply reply, CancellationToken cancellationToken)
    {
        JsonActivity activity = OutboundActivities.From(reply, Bot(null), logger)[^1];
        await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
        logger.ActivityUpdated(activityId, conversationId);
    }

    /// <summary>Opens (or finds again: Teams answers with the same chat) the 1:1 chat with a person; returns its id.</summary>
    public async Task<string> CreateDirectAsync(TeamsPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        JsonConversationParameters parameters = new()
        {
            IsGroup = false,
            Bot = Bot(null),
            Members = [new JsonChannelAccount { Id = person.MemberId }],
            TenantId = person.TenantId,
            ChannelData = new JsonTeamsChannelData { Tenant = new JsonTeamsTenant { Id = person.TenantId } },
        };
        JsonConversationResourceResponse created = await connector.CreateConversationAsync(person.ServiceUrl, parameters, cancellationToken);
        return created.Id!;
    }

    /// <summary>Starts a thread in <paramref name="channelId"/> whose root is the reply's card (or text); returns the thread's conversation id.</summary>
    public async Task<JsonConversationResourceResponse> CreateThreadAsync(
        TeamsConversation channel, string channelId, Reply firstMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        IReadOnlyList<JsonActivity> activities = OutboundActivities.From(firstMessage, Bot(channel.BotId), logger);
        JsonConversationParameters parameters = new()
        {
            IsGroup = true,
            Bot = Bot(channel.BotId),
            TenantId = channel.TenantId,
            ChannelData = new JsonTeamsChannelData
            {
                Channel = new JsonTeamsChannel { Id = channelId },
                Tenant = channel.TenantId is null ? null : new JsonTeamsTenant { Id = channel.TenantId },
            },
            Activity = activities[^1],
        };
        JsonConversationResourceResponse created = await connector.CreateConversationAsync(channel.ServiceUrl, parameters, cancellationToken);

        // The root holds the card; text that came with it follows as the first post in the thread.
        TeamsConversation thread = channel with { ConversationId = created.Id! };
        foreach (JsonActivity activity in activities.Take(activities.Count - 1))
        {
            await connector.SendToConversationAsync(thread.ServiceUrl, thread.ConversationId, activity, cancellationToken);
        }

        return created;
    }

    private JsonChannelAccount Bot(string? botId) => new() { Id = botId ?? "28:" + options.Value.AppId };
}
