using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Identity;

/// <summary>Teams identities of the test's people, and the link-port answers the link tests set up.</summary>
internal static class LinkTestPeople
{
    public static ConversationAddress TeamsChat { get; } = new("teams", "a:dm-1");

    /// <summary><c>teams:aad-bob</c>: Bob on Teams.</summary>
    public static ChannelUser BobOnTeams { get; } = new(new UserIdentity("teams", "aad-bob"), "Bob (Teams)");

    public static LinkCode Code { get; } = LinkCode.Parse("ABCD2345");

    public static InboundMessage SaysOnTeams(this ChannelUser user, string text) => new(Chat.EventId, user, TeamsChat, text);

    public static void Links(this IIdentityLinks links, UserIdentity primary, params UserIdentity[] others)
    {
        LinkedIdentities person = new(primary, [primary, .. others]);
        foreach (UserIdentity identity in person.Identities)
        {
            links.FindAsync(identity, Arg.Any<CancellationToken>()).Returns(person);
        }
    }

    public static PendingLink Pending(this IIdentityLinks links, UserIdentity requester, TimeSpan? left = null)
    {
        PendingLink pending = new(Code, requester, BuilderDefaults.Instant + (left ?? TimeSpan.FromMinutes(5)), "etag-1");
        links.FindCodeAsync(Code, Arg.Any<CancellationToken>()).Returns(pending);
        return pending;
    }
}
