using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat.Json;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

/// <summary>Replies for the local chat tests, and a structural comparison (records holding lists compare lists by reference).</summary>
internal static class LocalChatReplies
{
    public const string HostileText = "It's \"broken\" | 100% a/b \\ #? PartitionKey eq 'x' or true ~007C 😀\n- second line";

    /// <summary>A vote card using every card feature: facts, body, buttons with data and styles, a form, a link.</summary>
    public static Reply VoteCard(string state) => Reply.Show(
        new Card(
            $"CHG-1001 · {state}",
            [new CardFact("State", state), new CardFact("Risk", "High | \"very\"")],
            HostileText,
            [
                new CardButton("Approve", "change.approve", new Dictionary<string, string> { ["id"] = "CHG-1001", ["quote"] = "o'brien" }, ButtonStyle.Primary),
                new CardButton("Reject", "change.reject", new Dictionary<string, string>(), ButtonStyle.Danger),
            ],
            [
                new CardInput("comment", "Comment", InputKind.MultilineText, false, "pre-filled 😀", 500, []) { Placeholder = "why?" },
                new CardInput("urgency", "Urgency", InputKind.Choice, true, null, 20, ["low", "high"]),
            ])
        {
            Link = "http://localhost/api/tickets/CHG-1001?x=1&y=2",
        },
        $"Vote on **CHG-1001**: {state}");

    public static void Equal(Reply expected, Reply actual) =>
        Assert.Equal(ReplyJsonMapper.ToJson(expected), ReplyJsonMapper.ToJson(actual));
}
