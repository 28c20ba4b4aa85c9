using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Host.DeliveriesApi;
using ChatOpsItsm.Host.DiscordChannel;
using ChatOpsItsm.Host.Health;
using ChatOpsItsm.Host.LocalChannel;
using ChatOpsItsm.Host.Security;
using ChatOpsItsm.Host.TeamsChannel;
using ChatOpsItsm.Host.TicketsApi;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Startup;

/// <summary>The request pipeline and every area's endpoints.</summary>
internal static class ItsmHostApplicationExtensions
{
    public static WebApplication UseItsmHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Unhandled exceptions and bare status codes answer with problem details, never a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();

        if (app.Services.GetRequiredService<IOptions<ChannelsOptions>>().Value.Local.IsEnabled)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapLocalChannelEndpoints();
        }

        app.MapTicketsApiEndpoints();
        app.MapDeliveriesApiEndpoints();
        // Mapped exactly when the adapter was registered (Teams:Enabled at start-up), so the two never disagree.
        if (app.Services.GetService<TeamsActivityProcessor>() is not null)
        {
            app.MapTeamsEndpoints();
        }

        if (app.Services.GetService<DiscordInteractionProcessor>() is not null)
        {
            app.MapDiscordEndpoints();
        }

        app.MapHealthEndpoints();
        return app;
    }
}
