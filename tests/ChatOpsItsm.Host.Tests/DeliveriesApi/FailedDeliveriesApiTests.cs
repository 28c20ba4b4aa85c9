using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.DeliveriesApi;

/// <summary>
/// SPEC §6 poison messages: a delivery that keeps failing is moved aside, listed by <c>GET /api/deliveries?state=failed</c>,
/// and <c>POST /api/deliveries/{workId}/replay</c> puts it back. The failing platform is a recording channel that
/// throws until the test mends it.
/// </summary>
public sealed class FailedDeliveriesApiTests(AzuriteFixture azurite)
{
    private const string ReportP1 = "incident report Mail is down for everyone service:email impact:high urgency:high";

    [Fact]
    public async Task PoisonDelivery_ListedAsFailed_ReplayAfterTheFix_IsDelivered()
    {
        RecordingChannel nowhere = new("nowhere") { Failing = true };
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), PoisonSettings())
        {
            ReplaceServices = services => services.AddSingleton<IOutboundChannel>(nowhere),
        };
        HttpClient http = host.CreateClient();
        await new LocalChatClient(http).SayAsync("alice", ReportP1);

        JsonObject failed = await Eventually.UntilAsync(
            () => FailedAsync(http), page => page["items"]!.AsArray().Count > 0, "a failed delivery");
        JsonObject item = Assert.Single(failed["items"]!.AsArray())!.AsObject();
        string workId = (string)item["workId"]!;
        nowhere.Failing = false;
        using HttpResponseMessage replay = await http.PostAsync(ReplayUri(workId), null, TestContext.Current.CancellationToken);

        Assert.Equal(["workId", "kind", "target", "failedAt", "attempts", "reason"], item.Select(p => p.Key));
        Assert.Contains("nowhere:x", (string?)item["target"], StringComparison.Ordinal);
        Assert.Equal(2, (int)item["attempts"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)item["reason"]));
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.UntilAsync(() => Task.FromResult(nowhere.Count("INC-1001")), count => count == 1, "the replayed delivery");
        JsonObject after = await FailedAsync(http);
        Assert.Empty(after["items"]!.AsArray());
        Assert.Contains((await new LocalConversationClient(http).TextsAsync("oncall")), text => text.Contains("INC-1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replay_UnknownWorkId_Is404Problem()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await host.CreateClient().PostAsync(ReplayUri("INC-9999:1:requester"), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?state=done")]
    [InlineData("?state=FAILED")]
    public async Task List_StateOtherThanFailed_Is400Problem(string query)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri($"/api/deliveries{query}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_NothingFailed_IsAnEmptyList()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        JsonObject page = await FailedAsync(host.CreateClient());

        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task Deliveries_NotLoopbackWithoutKeys_Are403()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { RemoteAddress = IPAddress.Parse("203.0.113.7") };
        HttpClient http = host.CreateClient();

        using HttpResponseMessage list = await http.GetAsync(new Uri("/api/deliveries?state=failed", UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage replay = await http.PostAsync(ReplayUri("x"), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replay.StatusCode);
    }

    [Fact]
    public async Task Replay_FromAnotherSitesPage_Is403()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        using HttpRequestMessage request = new(HttpMethod.Post, ReplayUri("x"));
        request.Headers.Add("Origin", "https://evil.example");

        using HttpResponseMessage response = await host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Dictionary<string, string?> PoisonSettings()
    {
        Dictionary<string, string?> settings = DeliverySettings.Fast(azurite.UniqueName("q"));
        settings["Itsm:Routes:OnCall:1"] = "nowhere:x";
        settings["Delivery:MaxAttempts"] = "2";
        return settings;
    }

    private static Uri ReplayUri(string workId) => new($"/api/deliveries/{Uri.EscapeDataString(workId)}/replay", UriKind.Relative);

    private static async Task<JsonObject> FailedAsync(HttpClient http)
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri("/api/deliveries?state=failed", UriKind.Relative), TestContext.Current.CancellationToken);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
