using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Host.Configuration;

/// <summary>
/// <c>Channels:Local</c>. The local channel trusts whatever user id the caller names, so it is for a developer's
/// machine: on by default in the Development environment, off everywhere else unless set to <c>true</c>.
/// </summary>
public sealed class LocalChannelOptions
{
    /// <summary>Whether the web chat and the local endpoints are served.</summary>
    /// <value>Unset: on in Development, off otherwise (decided at start-up from the environment).</value>
    public bool? Enabled { get; set; }

    /// <summary>How often an open live feed asks storage for new and updated messages.</summary>
    /// <value>500 ms; from 50 ms to 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public bool IsEnabled => Enabled == true;
}
