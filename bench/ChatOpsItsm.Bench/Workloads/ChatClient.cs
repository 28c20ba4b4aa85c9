using System.Net.Http.Json;

namespace ChatOpsItsm.Bench.Workloads;

/// <summary>Sends chat messages to the host's local channel over real HTTP and returns the raw answer.</summary>
internal sealed class ChatClient : IDisposable
{
    private const string MessagesRoute = "api/local/messages";

    private readonly HttpClient _http;
    private readonly LocalUser _user;

    /// <param name="baseAddress">The host.</param>
    /// <param name="userId">Who speaks: <c>local:{userId}</c>.</param>
    /// <param name="concurrency">Requests in flight at once; the pool allows four connections more.</param>
    /// <param name="timeout">How long one request may take, waiting for a connection included (30 s unless given).</param>
    public ChatClient(Uri baseAddress, string userId, int concurrency, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            // One connection per worker and a few spare: no request waits for a socket.
            MaxConnectionsPerServer = concurrency + 4,
            UseProxy = false,
            UseCookies = false,
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        _user = new LocalUser(userId, "Bench Agent");
    }

    /// <summary>Posts <paramref name="text"/>; returns the body of a 2xx answer, or null for anything else.</summary>
    public Task<string?> SendAsync(string conversationId, string text, CancellationToken cancellationToken) =>
        SendAsAsync(_user, conversationId, text, cancellationToken);

    /// <summary>Posts <paramref name="text"/> as <paramref name="user"/> (<c>local:{id}</c>); returns the body of a 2xx answer, or null.</summary>
    public async Task<string?> SendAsAsync(LocalUser user, string conversationId, string text, CancellationToken cancellationToken)
    {
        var message = new LocalMessage(user, new LocalConversation(conversationId), text);
        try
        {
            using HttpResponseMessage response = await _http.PostAsync(
                MessagesRoute, JsonContent.Create(message, LocalChannelJsonContext.Default.LocalMessage), cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode ? body : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}
