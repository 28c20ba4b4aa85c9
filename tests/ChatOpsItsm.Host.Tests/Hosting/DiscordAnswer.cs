using System.Net;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>What the host answered one interaction request: the status, the content type and the body as sent.</summary>
public sealed record DiscordAnswer(HttpStatusCode Status, string? ContentType, string Body)
{
    /// <summary>The body as JSON; fails the test when there is none.</summary>
    public JsonObject Json
    {
        get
        {
            Assert.False(string.IsNullOrEmpty(Body), $"{(int)Status} with an empty body");
            return JsonNode.Parse(Body)!.AsObject();
        }
    }

    /// <summary>The interaction response type (<c>type</c>): 1 PONG, 4 message, 5 deferred, 7 update, 8 choices, 9 modal.</summary>
    public int ResponseType => (int)Json["type"]!;

    /// <summary>The response's message content and embed texts, one per line (what a person reads).</summary>
    public string Text
    {
        get
        {
            JsonNode? data = Json["data"];
            IEnumerable<string?> embeds = data?["embeds"] is JsonArray list
                ? list.SelectMany(embed => new[] { (string?)embed!["title"], (string?)embed["description"] }
                    .Concat(embed["fields"] is JsonArray fields ? fields.Select(f => $"{f!["name"]}: {f["value"]}") : []))
                : [];
            return string.Join('\n', new[] { (string?)data?["content"] }.Concat(embeds).Where(text => !string.IsNullOrEmpty(text)));
        }
    }

    public override string ToString() => $"{(int)Status} {ContentType} {Body}";
}
