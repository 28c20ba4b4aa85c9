namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>One call to make: the route, the JSON body (serialized once, resent as is on a retry), and the extras.</summary>
/// <param name="Route">Where it goes and how it is authenticated.</param>
/// <param name="Body">UTF-8 JSON, or null for no body.</param>
/// <param name="BotAuthorization"><c>Bot &lt;token&gt;</c> on bot routes, null on webhook routes. A secret.</param>
/// <param name="AuditLogReason">The <c>X-Audit-Log-Reason</c> (sent URL-encoded), or null.</param>
internal sealed record DiscordRequest(DiscordRoute Route, byte[]? Body, string? BotAuthorization, string? AuditLogReason = null)
{
    /// <summary>Never prints the bot token (records print every property by default).</summary>
    public override string ToString() => $"DiscordRequest {{ Route = {Route.Description} }}";
}
