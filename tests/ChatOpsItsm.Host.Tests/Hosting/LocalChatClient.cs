using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Talks to <c>POST /api/local/messages</c> the way the web chat does.</summary>
public sealed class LocalChatClient(HttpClient http, string conversation = "general")
{
    public const string Route = "/api/local/messages";

    public Task<LocalChatResponse> SayAsync(string user, string text) =>
        PostAsync(new JsonObject { ["user"] = User(user), ["conversation"] = Conversation(), ["text"] = text });

    /// <summary>Says something under a chosen event id, as the web chat does (and as a redelivery would).</summary>
    public Task<LocalChatResponse> SayAsync(string user, string text, string eventId) =>
        PostAsync(new JsonObject { ["eventId"] = eventId, ["user"] = User(user), ["conversation"] = Conversation(), ["text"] = text });

    /// <summary>Clicks a button of a card returned earlier: its action id and data, as the web chat sends them.</summary>
    public Task<LocalChatResponse> ClickAsync(string user, JsonObject button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return PostAsync(new JsonObject
        {
            ["user"] = User(user),
            ["conversation"] = Conversation(),
            ["action"] = new JsonObject { ["id"] = (string)button["actionId"]!, ["data"] = button["data"]!.DeepClone() },
        });
    }

    public Task<LocalChatResponse> SubmitAsync(string user, string formId, IReadOnlyDictionary<string, string> values, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        JsonObject valuesJson = [];
        foreach ((string key, string value) in values)
        {
            valuesJson[key] = value;
        }

        return PostAsync(new JsonObject
        {
            ["user"] = User(user, name),
            ["conversation"] = Conversation(),
            ["form"] = new JsonObject { ["id"] = formId, ["values"] = valuesJson },
        });
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json") =>
        http.PostAsync(new Uri(Route, UriKind.Relative), new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

    private static JsonObject User(string id, string? name = null) =>
        name is null ? new JsonObject { ["id"] = id } : new JsonObject { ["id"] = id, ["name"] = name };

    private JsonObject Conversation() => new() { ["id"] = conversation };

    private async Task<LocalChatResponse> PostAsync(JsonObject body)
    {
        using HttpResponseMessage response = await http.PostAsJsonAsync(
            new Uri(Route, UriKind.Relative), body, TestContext.Current.CancellationToken);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return new LocalChatResponse(JsonNode.Parse(text)!.AsObject());
    }
}
