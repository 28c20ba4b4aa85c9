namespace ChatOpsItsm.Host.Configuration;

/// <summary>The <c>Channels</c> section: which chat channels this host serves.</summary>
public sealed class ChannelsOptions
{
    public const string SectionName = "Channels";

    /// <summary>The local web chat and its <c>POST /api/local/messages</c> endpoint.</summary>
    public LocalChannelOptions Local { get; set; } = new();
}
