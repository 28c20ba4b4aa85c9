namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>
/// The Bot Connector client's switch, read from the <c>Teams</c> section next to <c>TeamsOptions</c>
/// (<c>Teams:AllowInsecureLoopbackServiceUrls</c>).
/// </summary>
public sealed class ConnectorOptions
{
    /// <summary>
    /// Accepts plain-http (and non-default-port) service URLs on the loopback interface, for a local fake connector.
    /// The host turns it on in Development only; production calls only https Bot Connector hosts.
    /// </summary>
    /// <value>Off.</value>
    public bool AllowInsecureLoopbackServiceUrls { get; set; }
}
