namespace ChatOpsItsm.Engine.Delivery;

/// <summary>The registered <see cref="IOutboundChannel"/>s by platform (<c>local</c>, <c>teams</c>, <c>discord</c>).</summary>
public sealed class OutboundChannels
{
    private readonly Dictionary<string, IOutboundChannel> _byPlatform = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="InvalidOperationException">Two channels claim the same platform.</exception>
    public OutboundChannels(IEnumerable<IOutboundChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        foreach (IOutboundChannel channel in channels)
        {
            if (!_byPlatform.TryAdd(channel.Platform, channel))
            {
                throw new InvalidOperationException($"Two outbound channels are registered for the platform '{channel.Platform}'.");
            }
        }
    }

    public IEnumerable<string> Platforms => _byPlatform.Keys.Order(StringComparer.Ordinal);

    public bool Serves(string platform) => _byPlatform.ContainsKey(platform);

    /// <summary>The channel for <paramref name="platform"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// No channel serves it: the delivery worker retries, then moves the work aside until a channel is configured.
    /// </exception>
    public IOutboundChannel For(string platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if (_byPlatform.TryGetValue(platform, out IOutboundChannel? channel))
        {
            return channel;
        }

        string registered = _byPlatform.Count == 0 ? "none" : string.Join(", ", Platforms);
        throw new InvalidOperationException($"No outbound channel serves the platform '{platform}' (registered: {registered}).");
    }
}
