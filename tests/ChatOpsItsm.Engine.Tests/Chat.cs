using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Tests;

/// <summary>
/// The people of the engine tests and the events they send from the local chat (local:general):
/// Alice reports, Bob is an agent, Olga is on call, Root is an admin (see <see cref="EngineHarness.DefaultOptions"/>).
/// </summary>
internal static class Chat
{
    public const string EventId = "event-1";

    public static ConversationAddress General { get; } = new("local", "general");

    /// <summary><c>local:alice</c>: a requester only.</summary>
    public static ChannelUser Alice { get; } = new(new UserIdentity("local", "alice"), "Alice");

    /// <summary><c>local:bob</c>: an agent (<c>Itsm:Roles:agent</c>).</summary>
    public static ChannelUser Bob { get; } = new(new UserIdentity("local", "bob"), "Bob");

    /// <summary><c>local:olga</c>: on call (<c>Itsm:Roles:oncall</c>).</summary>
    public static ChannelUser Olga { get; } = new(new UserIdentity("local", "olga"), "Olga");

    /// <summary><c>local:root</c>: an admin (<c>Itsm:Admins</c>).</summary>
    public static ChannelUser Root { get; } = new(new UserIdentity("local", "root"), "Root");

    /// <summary><c>local:carol</c>: another requester, who owns none of Alice's incidents; in the cab.</summary>
    public static ChannelUser Carol { get; } = new(new UserIdentity("local", "carol"), "Carol");

    /// <summary><c>local:dave</c>: a requester in the cab.</summary>
    public static ChannelUser Dave { get; } = new(new UserIdentity("local", "dave"), "Dave");

    /// <summary><c>local:erin</c>: a requester in the ecab.</summary>
    public static ChannelUser Erin { get; } = new(new UserIdentity("local", "erin"), "Erin");

    /// <summary>One of the people above by first name, for <c>[Theory]</c> rows: <c>"olga"</c> is <see cref="Olga"/>.</summary>
    public static ChannelUser Named(string name) => name.ToLowerInvariant() switch
    {
        "alice" => Alice,
        "bob" => Bob,
        "olga" => Olga,
        "root" => Root,
        "carol" => Carol,
        "dave" => Dave,
        "erin" => Erin,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not one of the test's people."),
    };

    public static InboundMessage Says(this ChannelUser user, string text) => new(EventId, user, General, text);

    public static InboundCardAction Clicks(this ChannelUser user, string actionId, params (string Key, string Value)[] data) =>
        new(EventId, user, General, actionId, ToDictionary(data));

    public static InboundFormSubmission Submits(this ChannelUser user, string formId, params (string Key, string Value)[] values) =>
        new(EventId, user, General, formId, ToDictionary(values));

    private static Dictionary<string, string> ToDictionary((string Key, string Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
}
