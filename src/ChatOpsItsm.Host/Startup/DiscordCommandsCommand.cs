using ChatOpsItsm.Adapters.Discord.Commands;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Outbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Host.Startup;

/// <summary>
/// <c>discord-commands write [--out manifests/discord/commands.json]</c> writes the slash-command definitions generated
/// from the command catalog; <c>discord-commands register [--guild &lt;id&gt;]</c> registers them with Discord by bulk
/// overwrite, for one guild (instant; <c>Discord:CommandGuildId</c> by default) or globally, with <c>Discord:ApplicationId</c>
/// and <c>Discord:BotToken</c> from the configuration.
/// </summary>
internal static class DiscordCommandsCommand
{
    public const string Name = "discord-commands";

    private static readonly string ManifestPath = Path.Combine("manifests", "discord", "commands.json");

    public static bool Matches(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        string action = args.Length > 1 ? args[1] : "";
        ConfigurationManager configuration = WebApplication.CreateBuilder(args.Length > 2 ? args[2..] : []).Configuration;
        ServiceCollection services = new();
        services.AddLogging(logging => logging.AddSimpleConsole());
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName));
        services.AddDiscordOutbound();
        await using ServiceProvider provider = services.BuildServiceProvider();
        ILogger logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DiscordCommandsCommand));
        List<JsonApplicationCommand> commands;
        try
        {
            commands = DiscordCommandDefinitions.Build(new CommandCatalog());
        }
        catch (InvalidOperationException exception)
        {
            logger.DiscordCommandsRefused(exception.Message);
            return 1;
        }

        switch (action)
        {
            case "write":
                string output = Path.GetFullPath(configuration["out"] ?? ManifestPath, RepositoryRoot());
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                await File.WriteAllTextAsync(output, DiscordCommandDefinitions.ToJson(commands), cancellationToken);
                logger.DiscordCommandsWritten(commands.Count, output);
                return 0;
            case "register":
                return await RegisterAsync(provider, configuration, commands, logger, cancellationToken);
            default:
                logger.DiscordCommandsUsage();
                return 1;
        }
    }

    private static async Task<int> RegisterAsync(
        IServiceProvider provider, ConfigurationManager configuration, List<JsonApplicationCommand> commands, ILogger logger, CancellationToken cancellationToken)
    {
        DiscordOptions options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DiscordOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.ApplicationId) || string.IsNullOrWhiteSpace(options.BotToken))
        {
            logger.DiscordCommandsRefused("Set Discord:ApplicationId and Discord:BotToken (environment variables Discord__ApplicationId and Discord__BotToken) to register commands.");
            return 1;
        }

        string? guild = configuration["guild"] ?? (string.IsNullOrWhiteSpace(options.CommandGuildId) ? null : options.CommandGuildId);
        if (guild is not null && !guild.All(char.IsAsciiDigit))
        {
            logger.DiscordCommandsRefused("--guild must be a guild (server) id: digits only.");
            return 1;
        }

        try
        {
            int registered = await provider.GetRequiredService<CommandRegistrar>().RegisterAsync(commands, guild, cancellationToken);
            logger.DiscordCommandsRegistered(registered, guild ?? "every guild (global)");
            return 0;
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException
            or DiscordApiException or DiscordUnavailableException or DiscordBotTokenRejectedException)
        {
            logger.DiscordCommandsRefused(exception.Message);
            return 1;
        }
    }

    /// <summary><c>dotnet run</c> starts in the project folder: relative paths are taken from the checkout that holds <c>ChatOpsItsm.sln</c>.</summary>
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ChatOpsItsm.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
