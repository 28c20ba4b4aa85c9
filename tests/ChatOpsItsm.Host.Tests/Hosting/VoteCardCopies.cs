using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Reads the copies of a change's vote card (message key <c>vote-card:&lt;id&gt;</c>) in a local conversation's history.</summary>
public sealed class VoteCardCopies(HttpClient http)
{
    private readonly LocalConversationClient _conversations = new(http);

    public static string Key(string changeId) => "vote-card:" + changeId;

    public async Task<IReadOnlyList<JsonObject>> InAsync(string conversation, string changeId) =>
        [.. (await _conversations.MessagesAsync(conversation)).Where(message => (string?)message["messageKey"] == Key(changeId))];

    /// <summary>Waits until the conversation holds a copy of the card that <paramref name="done"/> accepts, and returns every copy.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForAsync(string conversation, string changeId, Func<JsonObject, bool> done, string what)
    {
        Copies found = await Eventually.UntilAsync(
            async () => new Copies(await InAsync(conversation, changeId)),
            seen => seen.Items.Any(copy => copy["card"] is JsonObject card && done(card)),
            $"the vote card of {changeId} in {conversation}: {what}");
        return found.Items;
    }

    public static string Body(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return (string?)card["body"] ?? "";
    }

    public static int ButtonCount(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card["buttons"] is JsonArray buttons ? buttons.Count : 0;
    }

    /// <summary>The copies as a failed wait shows them.</summary>
    private sealed record Copies(IReadOnlyList<JsonObject> Items)
    {
        public override string ToString() => string.Join('\n', Items.Select(item => item.ToJsonString()));
    }
}
