namespace ChatOpsItsm.Host.Configuration;

/// <summary>
/// <c>Channels:Local</c>. The local channel trusts whatever user id the caller names, so it is for a developer's
/// machine: on by default in the Development environment, off everywhere else unless set to <c>true</c>.
/// </summary>
public sealed class LocalChannelOptions
{
    /// <summary>Whether the web chat and the local endpoint are served.</summary>
    /// <value>Unset: on in Development, off otherwise (decided at start-up from the environment).</value>
    public bool? Enabled { get; set; }

    public bool IsEnabled => Enabled == true;
}
