using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Adapters.Discord.Commands;

/// <summary>
/// The slash commands Discord shows, built from the engine's <see cref="CommandCatalog"/> (the single source for help,
/// parsing and manifests): one CHAT_INPUT command per group, with a sub-command per named command
/// (<c>/incident report</c>) or the parameters as options (<c>/help</c>), plus the <see cref="ReportAsIncident"/> and
/// <see cref="AddToTimeline"/> message commands. Kept in <c>manifests/discord/commands.json</c> and registered by bulk
/// overwrite (brief §6).
/// </summary>
internal static class DiscordCommandDefinitions
{
    /// <summary>The message context-menu command that turns a message into an incident through the intake.</summary>
    public const string ReportAsIncident = "Report as incident";

    /// <summary>The message context-menu command that puts a message on a war room's timeline (as <c>!timeline …</c>).</summary>
    public const string AddToTimeline = "Add to timeline";

    /// <summary>Guild channels and the bot's DM (brief §6 <c>contexts</c>).</summary>
    private static readonly int[] Contexts = [0, 1];

    /// <summary>Guild install only (brief §6 <c>integration_types</c>).</summary>
    private static readonly int[] IntegrationTypes = [0];

    private static readonly DiscordJsonContext Indented = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",

        // A manifest read by people: "…" stays "…". It is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <exception cref="InvalidOperationException">A definition breaks one of Discord's limits.</exception>
    public static List<JsonApplicationCommand> Build(CommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Build(catalog.Commands);
    }

    /// <summary>Builds from any definitions, so each limit can be tested with a hand-made command.</summary>
    /// <exception cref="InvalidOperationException">A definition breaks one of Discord's limits.</exception>
    internal static List<JsonApplicationCommand> Build(IEnumerable<CommandDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        List<JsonApplicationCommand> commands = definitions
            .GroupBy(d => d.Group.ToLowerInvariant())
            .Select(group => ForGroup(group.Key, group.ToList()))
            .Append(TopLevel(ReportAsIncident, CommandTypes.Message, "", null))
            .Append(TopLevel(AddToTimeline, CommandTypes.Message, "", null))
            .ToList();
        commands.ForEach(CommandLimits.Check);
        return commands;
    }

    /// <summary>Canonical JSON: indented by two spaces, '\n' line ends, a trailing newline, so the manifest diffs cleanly.</summary>
    public static string ToJson(List<JsonApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return JsonSerializer.Serialize(commands, Indented.ListJsonApplicationCommand) + "\n";
    }

    private static JsonApplicationCommand ForGroup(string group, List<CommandDefinition> commands)
    {
        if (commands is [{ Name: null } bare])
        {
            return TopLevel(group, CommandTypes.ChatInput, CommandDescriptions.For(bare.Description, bare.RequiredRoles), CommandOptionDefinitions.For(bare.Parameters));
        }

        if (commands.Any(c => c.Name is null))
        {
            throw new InvalidOperationException(
                $"The Discord command '{group}' breaks a limit: a command with sub-commands cannot also be run bare.");
        }

        List<JsonCommandOptionDefinition> subCommands = commands.Select(c => new JsonCommandOptionDefinition
        {
            Type = OptionTypes.SubCommand,
            Name = c.Name!.ToLowerInvariant(),
            Description = CommandDescriptions.For(c.Description, c.RequiredRoles),
            Options = c.Parameters.Count == 0 ? null : CommandOptionDefinitions.For(c.Parameters),
        }).ToList();
        return TopLevel(group, CommandTypes.ChatInput, CommandDescriptions.ForGroup(group, commands), subCommands);
    }

    private static JsonApplicationCommand TopLevel(string name, int type, string description, List<JsonCommandOptionDefinition>? options) => new()
    {
        Name = name,
        Type = type,
        Description = description,
        Options = options is { Count: > 0 } ? options : null,
        Contexts = [.. Contexts],
        IntegrationTypes = [.. IntegrationTypes],
    };
}
