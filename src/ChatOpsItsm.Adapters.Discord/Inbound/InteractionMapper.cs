using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Who and where (brief §2): the invoker is <c>member.user</c> in a guild and <c>user</c> in a DM, named
/// <c>discord:&lt;id&gt;</c> and shown by nickname, then global name, then user name; the conversation is
/// <c>discord:&lt;channel id&gt;</c>; the channel data keeps the guild.
/// </summary>
internal static class InteractionMapper
{
    public const string Platform = "discord";

    /// <summary>The <c>ChannelData</c> key of the guild (server) id; absent in DMs.</summary>
    public const string GuildKey = "guild";

    /// <summary>The context, or null when the interaction lacks an id, token, invoker or channel.</summary>
    public static InteractionContext? ContextOf(JsonInteraction interaction, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        string? channelId = interaction.ChannelId ?? interaction.Channel?.Id;
        if (interaction.Id is not { Length: > 0 } id || interaction.Token is not { Length: > 0 } token
            || string.IsNullOrWhiteSpace(channelId) || UserOf(interaction) is not { } user)
        {
            return null;
        }

        Dictionary<string, string> channelData = new(StringComparer.Ordinal);
        if (interaction.GuildId is { Length: > 0 } guild)
        {
            channelData[GuildKey] = guild;
        }

        return new InteractionContext(interaction, id, token, user, new ConversationAddress(Platform, channelId), channelData, receivedAt);
    }

    public static ChannelUser? UserOf(JsonInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        JsonUser? user = interaction.Member?.User ?? interaction.User;
        if (!UserIdentity.TryParse($"{Platform}:{user?.Id}", out UserIdentity identity))
        {
            return null;
        }

        string? name = new[] { interaction.Member?.Nick, user?.GlobalName, user?.Username }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        return new ChannelUser(identity, name ?? identity.Id);
    }
}
