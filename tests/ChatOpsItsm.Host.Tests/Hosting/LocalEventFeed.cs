using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// An open <c>GET /api/local/conversations/{id}/events</c> stream, read as a browser's EventSource would. Each read
/// gives up after <see cref="Eventually.Limit"/>.
/// </summary>
public sealed class LocalEventFeed : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _limit;
    private readonly IAsyncEnumerator<SseItem<string>> _events;

    private LocalEventFeed(HttpResponseMessage response, Stream stream)
    {
        _response = response;
        _limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        _events = SseParser.Create(stream).EnumerateAsync(_limit.Token).GetAsyncEnumerator(_limit.Token);
    }

    public HttpResponseMessage Response => _response;

    public static async Task<LocalEventFeed> OpenAsync(HttpClient http, string conversation)
    {
        ArgumentNullException.ThrowIfNull(http);
        HttpResponseMessage response = await http.GetAsync(
            new Uri($"/api/local/conversations/{Uri.EscapeDataString(conversation)}/events", UriKind.Relative),
            HttpCompletionOption.ResponseHeadersRead,
            TestContext.Current.CancellationToken);
        Stream stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        return new LocalEventFeed(response, stream);
    }

    /// <summary>The next event of any type.</summary>
    public async Task<SseItem<string>> NextAsync()
    {
        _limit.CancelAfter(Eventually.Limit);
        Assert.True(await _events.MoveNextAsync(), "The event stream ended.");
        _limit.CancelAfter(Timeout.InfiniteTimeSpan);
        return _events.Current;
    }

    /// <summary>The next <c>message</c> event's JSON.</summary>
    public async Task<JsonObject> NextMessageAsync()
    {
        while (true)
        {
            SseItem<string> item = await NextAsync();
            if (item.EventType == "message")
            {
                return JsonNode.Parse(item.Data)!.AsObject();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _limit.CancelAsync();
        await _events.DisposeAsync();
        _response.Dispose();
        _limit.Dispose();
    }
}
