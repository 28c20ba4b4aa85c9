using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Configuration;

/// <summary>The <c>Channels</c> section: which chat channels this host serves.</summary>
public sealed class ChannelsOptions
{
    public const string SectionName = "Channels";

    /// <summary>The local web chat and its <c>/api/local/…</c> endpoints.</summary>
    [ValidateObjectMembers]
    public LocalChannelOptions Local { get; set; } = new();
}
