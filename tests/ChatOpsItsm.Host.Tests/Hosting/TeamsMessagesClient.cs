using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>Posts activities to <c>POST /api/messages</c> as the Bot Connector does: JSON, signed by the local issuer.</summary>
public sealed class TeamsMessagesClient(HttpClient http, LocalOpenIdIssuer issuer)
{
    public const string Route = "/api/messages";

    /// <summary>Posts with a valid token unless <paramref name="token"/> makes part of it wrong.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, Action<IssuedTokenOptions>? token = null) =>
        PostAsync(activity, issuer.CreateAuthorization(token));

    /// <summary>Posts with exactly this <c>Authorization</c> header; null sends none.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using HttpRequestMessage request = new(HttpMethod.Post, new Uri(Route, UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts with a valid token and asserts the 200.</summary>
    public async Task<string> SendAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await PostAsync(activity);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body;
    }
}
