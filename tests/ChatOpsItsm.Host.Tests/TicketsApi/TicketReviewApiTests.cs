using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.TicketsApi;

/// <summary><c>GET /api/tickets/{id}/review</c>: a major incident's post-incident review as a Markdown download.</summary>
public sealed class TicketReviewApiTests(AzuriteFixture azurite)
{
    private const string Key = "review-key-5b2e9c1d7a3f4e60";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetReview_MajorIncidentDeclaredInTheChat_MarkdownDownloadWithItsTitle()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        await chat.SayAsync("alice", "incident report Payments API returns 502 service:erp impact:high urgency:high");
        LocalChatResponse declared = await chat.SayAsync("bob", "major declare INC-1001");
        Assert.DoesNotContain("Only agents", declared.AllText, StringComparison.Ordinal);

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/api/tickets/inc-1001/review", UriKind.Relative), Token);

        string markdown = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {markdown}");
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment; filename=\"INC-1001-review.md\"", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Contains("Payments API returns 502", markdown, StringComparison.Ordinal);
        Assert.Contains("INC-1001", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReview_IncidentNeverDeclaredMajor_Is409AndSaysSo()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        await new LocalChatClient(host.CreateClient()).SayAsync("alice", "incident report Printer jams service:printer impact:low urgency:low");

        (HttpStatusCode status, string detail) = await ProblemAsync(host.CreateClient(), "/api/tickets/INC-1001/review");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("INC-1001 is not a major incident", detail, StringComparison.Ordinal);
        Assert.Contains("major declare INC-1001", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/tickets/INC-9999/review", HttpStatusCode.NotFound, "There is no incident INC-9999.")]
    [InlineData("/api/tickets/CHG-1001/review", HttpStatusCode.NotFound, "CHG-1001 is not an incident")]
    [InlineData("/api/tickets/RLS-1001/review", HttpStatusCode.NotFound, "RLS-1001 is not an incident")]
    [InlineData("/api/tickets/not-an-id/review", HttpStatusCode.BadRequest, "INC-1001")]
    [InlineData("/api/tickets/INC-12/review", HttpStatusCode.BadRequest, "INC-1001")]
    [InlineData("/api/tickets/INC-1001%27%20or%20true/review", HttpStatusCode.BadRequest, "INC-1001")]
    public async Task GetReview_UnknownOrMalformedId_IsProblemAndNothingIsRendered(string path, HttpStatusCode expected, string detailPart)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        (HttpStatusCode status, string detail) = await ProblemAsync(host.CreateClient(), path);

        Assert.Equal(expected, status);
        Assert.Contains(detailPart, detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer wrong-key-0000000000000000")]
    [InlineData($"Basic {Key}")]
    public async Task GetReview_KeysConfiguredAndNoMatchingBearer_Is401LikeEveryTicketsEndpoint(string authorization)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), new Dictionary<string, string?> { ["Api:Keys:0"] = Key });
        using HttpClient client = host.CreateClient();
        if (authorization.Length > 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/tickets/INC-1001/review", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task GetReview_KeysConfiguredAndRightBearer_ReachesTheReview()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), new Dictionary<string, string?> { ["Api:Keys:0"] = Key })
        {
            RemoteAddress = IPAddress.Parse("203.0.113.9"),
        };
        using HttpClient client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        (HttpStatusCode status, string detail) = await ProblemAsync(client, "/api/tickets/INC-1001/review");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("There is no incident INC-1001.", detail);
    }

    [Fact]
    public async Task GetReview_NoKeysAndRemoteCaller_Is403()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { RemoteAddress = IPAddress.Parse("203.0.113.7") };

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/api/tickets/INC-1001/review", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<(HttpStatusCode Status, string Detail)> ProblemAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        string text = await response.Content.ReadAsStringAsync(Token);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        return (response.StatusCode, (string?)JsonNode.Parse(text)!["detail"] ?? "");
    }
}
