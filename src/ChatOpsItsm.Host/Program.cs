using ChatOpsItsm.Host.Startup;

// A tool, not the bot: writes the Teams app package and exits.
if (TeamsPackageCommand.Matches(args))
{
    return await TeamsPackageCommand.RunAsync(args, CancellationToken.None);
}

// A tool, not the bot: writes or registers the Discord slash commands and exits.
if (DiscordCommandsCommand.Matches(args))
{
    return await DiscordCommandsCommand.RunAsync(args, CancellationToken.None);
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddItsmHost();

WebApplication app = builder.Build();

// Fail fast with one clear message instead of starting a bot that is misconfigured or cannot store anything.
if (!app.Services.GetRequiredService<StartupConfigurationCheck>().ConfigurationIsValid()
    || !await app.Services.GetRequiredService<StartupStorageCheck>().StorageIsReadyAsync(app.Lifetime.ApplicationStopping))
{
    return 1;
}

app.UseItsmHost();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
