using System.Diagnostics.CodeAnalysis;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>Reads a route written <c>platform:conversationId</c> (the id may contain colons, as Teams ids do).</summary>
public static class RouteAddress
{
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ConversationAddress? address)
    {
        address = null;
        string trimmed = (text ?? "").Trim();
        int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == trimmed.Length - 1 || !trimmed[..colon].All(char.IsAsciiLetterOrDigit) || trimmed.Any(char.IsControl))
        {
            return false;
        }

        address = new ConversationAddress(trimmed[..colon].ToLowerInvariant(), trimmed[(colon + 1)..]);
        return true;
    }
}
