using System.Net;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.WebChat;

/// <summary>The web chat's files: served from the host itself, nothing from elsewhere, no markup built from strings.</summary>
public sealed class WebChatPageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Root_ServesTheChatPageWithAStrictContentSecurityPolicy()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-testid=\"chat-input\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"chat.js\"", html, StringComparison.Ordinal);
        string policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/chat.js")]
    [InlineData("/chat.css")]
    public async Task ChatFiles_LoadNothingFromOtherHosts(string path)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        string content = await host.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("http://", content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//cdn", content, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("innerHTML")]
    [InlineData("outerHTML")]
    [InlineData("insertAdjacentHTML")]
    [InlineData("document.write")]
    [InlineData("eval(")]
    public async Task ChatScript_NeverTurnsStringsIntoMarkup(string dangerous)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        string script = await host.CreateClient().GetStringAsync(new Uri("/chat.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(dangerous, script, StringComparison.Ordinal);
    }
}
