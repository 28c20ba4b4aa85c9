using System.Net;
using System.Net.Http.Headers;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Host.Tests.Security;

/// <summary>The REST API: a bearer key when <c>Api:Keys</c> is set, loopback callers only when it is not.</summary>
public sealed class ApiAuthorizationTests(AzuriteFixture azurite)
{
    private const string Key = "test-key-7c1f0e9a2b4d4f6e";

    public static TheoryData<string> WrongAuthorizations => new()
    {
        "",
        "Bearer wrong-key-0000000000000000",
        $"Bearer {Key}x",
        $"Basic {Key}",
        "Bearer ",
    };

    [Theory]
    [MemberData(nameof(WrongAuthorizations))]
    public async Task Get_KeysConfiguredAndNoMatchingBearer_Is401(string authorization)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), new Dictionary<string, string?> { ["Api:Keys:0"] = Key });
        using HttpClient client = host.CreateClient();
        if (authorization.Length > 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/tickets", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Get_KeysConfiguredAndRightBearer_Is200AndTheKeyIsNeverLogged()
    {
        await using ItsmHostFactory host = new(
            azurite, azurite.UniqueName("h"), new Dictionary<string, string?> { ["Api:Keys:0"] = "another-key-0123456789", ["Api:Keys:1"] = Key })
        {
            RemoteAddress = IPAddress.Parse("203.0.113.9"),
        };
        using HttpClient client = host.CreateClient();
        using HttpClient wrong = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key[..^1]);

        using HttpResponseMessage list = await client.GetAsync(new Uri("/api/tickets", UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage missing = await client.GetAsync(new Uri("/api/tickets/INC-1001", UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage refused = await wrong.GetAsync(new Uri("/api/tickets", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        IReadOnlyList<FakeLogRecord> logs = host.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, record => record.Message.Contains("refused", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, record => record.Message.Contains(Key[..^1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task Get_NoKeysAndRemoteCaller_Is403(string remote)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { RemoteAddress = IPAddress.Parse(remote) };

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/api/tickets", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Get_NoKeysAndLoopbackCaller_Is200(string loopback)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { RemoteAddress = IPAddress.Parse(loopback) };

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/api/tickets", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_IsOpenToRemoteCallersWithoutKey()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), new Dictionary<string, string?> { ["Api:Keys:0"] = Key })
        {
            RemoteAddress = IPAddress.Parse("203.0.113.7"),
        };

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
