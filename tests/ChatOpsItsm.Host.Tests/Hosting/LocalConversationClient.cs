using System.Net;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Reads a local conversation's stored messages (<c>GET /api/local/conversations/{id}/messages</c>) as the page does.</summary>
public sealed class LocalConversationClient(HttpClient http)
{
    public async Task<IReadOnlyList<JsonObject>> MessagesAsync(string conversation, int max = 100)
    {
        using HttpResponseMessage response = await http.GetAsync(
            new Uri($"/api/local/conversations/{Uri.EscapeDataString(conversation)}/messages?max={max}", UriKind.Relative),
            TestContext.Current.CancellationToken);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return [.. JsonNode.Parse(text)!["messages"]!.AsArray().Select(message => message!.AsObject())];
    }

    /// <summary>The texts of the conversation's messages, oldest first.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(string conversation) =>
        [.. (await MessagesAsync(conversation)).Select(message => (string?)message["text"] ?? "")];

    /// <summary>Waits until the conversation has a message whose text contains <paramref name="fragment"/>, and returns the texts.</summary>
    public Task<IReadOnlyList<string>> WaitForTextAsync(string conversation, string fragment) =>
        Eventually.UntilAsync(
            () => TextsAsync(conversation),
            texts => texts.Any(text => text.Contains(fragment, StringComparison.Ordinal)),
            $"a message containing '{fragment}' in {conversation}");

    public static int CountContaining(IEnumerable<string> texts, string fragment) =>
        texts.Count(text => text.Contains(fragment, StringComparison.Ordinal));
}
