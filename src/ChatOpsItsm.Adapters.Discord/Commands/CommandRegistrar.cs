using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Commands;

/// <summary>
/// Registers the slash commands by bulk overwrite (brief §6): for one guild (instant, for development and tests) or
/// globally. The full list replaces every command of the scope; one left out is deleted.
/// </summary>
internal sealed class CommandRegistrar(DiscordRestClient client, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    /// <summary>Overwrites the commands of <paramref name="guildId"/>'s scope (global when null or empty); returns how many Discord now has.</summary>
    public async Task<int> RegisterAsync(List<JsonApplicationCommand> commands, string? guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        string? guild = string.IsNullOrWhiteSpace(guildId) ? null : guildId;
        List<JsonApplicationCommand> registered = await client.OverwriteCommandsAsync(options.Value.ApplicationId, guild, commands, cancellationToken);
        logger.CommandsRegistered(registered.Count, guild is null ? "global" : "guild " + guild);
        return registered.Count;
    }
}
