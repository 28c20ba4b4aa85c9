namespace ChatOpsItsm.Engine.Delivery;

/// <summary>Where each keyed message was posted, per platform, so channels can update every copy in place.</summary>
public interface IPostedMessages
{
    /// <summary>Records (or replaces) the copy of <see cref="PostedMessage.MessageKey"/> in that conversation.</summary>
    Task RecordAsync(PostedMessage message, CancellationToken cancellationToken);

    /// <summary>Every copy of <paramref name="messageKey"/> posted on <paramref name="platform"/>.</summary>
    Task<IReadOnlyList<PostedMessage>> FindAsync(string messageKey, string platform, CancellationToken cancellationToken);
}
