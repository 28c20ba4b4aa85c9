namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>
/// The Teams deep link to a channel thread (msteams-docs, "Deep links to navigate to channel conversation"):
/// <c>https://teams.microsoft.com/l/message/&lt;channelId&gt;/&lt;parentMessageId&gt;?parentMessageId=…&amp;createdTime=…</c>.
/// A thread's conversation id is <c>19:…@thread.tacv2;messageid=&lt;root message id&gt;</c> (brief §1.5), which holds
/// both ids; a Teams message id is its creation time in Unix milliseconds, so it is the <c>createdTime</c> too. The
/// tenant, group and names the docs also list are left out: the id alone does not say them, and Teams opens the
/// message without them, while a wrong tenant would send the reader to the wrong organisation.
/// </summary>
internal static class TeamsDeepLink
{
    public const string MessageBase = "https://teams.microsoft.com/l/message/";

    private const string MessageIdMarker = ";messageid=";

    /// <summary>The link to the thread, or null when the id is not a channel thread's (a channel, a chat, anything else).</summary>
    public static string? ToThread(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        int marker = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        if (marker <= 0)
        {
            return null;
        }

        string channelId = conversationId[..marker];
        string messageId = conversationId[(marker + MessageIdMarker.Length)..];
        if (!channelId.StartsWith("19:", StringComparison.Ordinal) || !IsMessageId(messageId))
        {
            return null;
        }

        return $"{MessageBase}{Uri.EscapeDataString(channelId)}/{messageId}?parentMessageId={messageId}&createdTime={messageId}";
    }

    private static bool IsMessageId(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
