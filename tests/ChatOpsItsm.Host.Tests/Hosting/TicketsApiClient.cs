using System.Net;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Reads <c>/api/tickets</c> and asserts success.</summary>
public sealed class TicketsApiClient(HttpClient http)
{
    public async Task<JsonObject> GetAsync(string id)
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri($"/api/tickets/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public async Task<JsonObject> ListAsync(string query = "")
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri($"/api/tickets{query}", UriKind.Relative), TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(string query = "") =>
        [.. (await ListAsync(query))["items"]!.AsArray().Select(item => (string)item!["id"]!)];

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
