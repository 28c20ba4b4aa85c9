using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>The <c>{"replies":[…]}</c> answer of the local channel, with readers for what tests look at.</summary>
public sealed class LocalChatResponse(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public IReadOnlyList<JsonObject> Replies => [.. Json["replies"]!.AsArray().Select(reply => reply!.AsObject())];

    /// <summary>Every reply's text and every card's title, facts and body, one per line.</summary>
    public string AllText => string.Join('\n', Replies.SelectMany(TextsOf));

    public IReadOnlyList<JsonObject> Cards => [.. Replies.Where(reply => reply["card"] is not null).Select(reply => reply["card"]!.AsObject())];

    public JsonObject Card => Assert.Single(Cards);

    public static JsonObject Button(JsonObject card, string label)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card["buttons"]!.AsArray().Select(button => button!.AsObject())
            .Single(button => (string?)button["label"] == label);
    }

    public static string Fact(JsonObject card, string label)
    {
        ArgumentNullException.ThrowIfNull(card);
        return (string)card["facts"]!.AsArray().Single(fact => (string?)fact!["label"] == label)!["value"]!;
    }

    private static IEnumerable<string> TextsOf(JsonObject reply)
    {
        if ((string?)reply["text"] is { } text)
        {
            yield return text;
        }

        if (reply["card"] is JsonObject card)
        {
            yield return (string)card["title"]!;
            foreach (JsonNode? fact in card["facts"]!.AsArray())
            {
                yield return $"{fact!["label"]}: {fact["value"]}";
            }

            if ((string?)card["body"] is { } body)
            {
                yield return body;
            }
        }
    }
}
