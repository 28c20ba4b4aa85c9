using System.Net;
using System.Text.RegularExpressions;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatOpsItsm.Host.Tests.WebChat;

/// <summary>
/// The web chat in a real browser: Debian's Chromium driven by Playwright (the driver ships in the NuGet
/// package; no browser is downloaded), against the host on a real Kestrel port and Azurite.
/// </summary>
public sealed partial class WebChatBrowserTests(AzuriteFixture azurite)
{
    private const string ChromiumVariable = "CHROMIUM_PATH";
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task WebChat_ReportByTypingThenAssignAsAgent_ShowsInProgressAndRendersMarkupAsText()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { RemoteAddress = null };
        string address = StartOnKestrel(host);
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1000 } });
        page.SetDefaultTimeout(15_000);
        List<string> consoleErrors = CollectConsoleErrors(page);

        try
        {
            // alice describes the problem; the bot proposes an incident; she reports it.
            await page.GotoAsync(address);
            await SayAsync(page, "Email is down for everyone");
            ILocator proposal = page.GetByTestId("card").Filter(new LocatorFilterOptions { HasText = "Report this incident?" });
            await Expect(proposal).ToBeVisibleAsync();
            await proposal.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Report", Exact = true }).ClickAsync();
            ILocator incidentCard = page.GetByTestId("card").Filter(new LocatorFilterOptions { HasText = "INC-" }).Last;
            await Expect(incidentCard.GetByTestId("card-title")).ToContainTextAsync("Email is down for everyone");
            await Expect(State(incidentCard)).ToHaveTextAsync("New");
            string id = TicketIdPattern().Match(await incidentCard.GetByTestId("card-title").TextContentAsync() ?? "").Value;
            Assert.StartsWith("INC-", id, StringComparison.Ordinal);

            // bob, an agent, opens it and takes it.
            await page.GetByTestId("user-input").FillAsync("bob");
            await SayAsync(page, $"incident show {id}");
            ILocator bobsCard = page.GetByTestId("card").Filter(new LocatorFilterOptions { HasText = "Assign to me" }).Last;
            await bobsCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Assign to me" }).ClickAsync();
            ILocator assignedCard = page.GetByTestId("card").Last;
            await Expect(State(assignedCard)).ToHaveTextAsync("In Progress");
            await Expect(page.GetByTestId("reply-text").Last).ToContainTextAsync("In Progress");

            // Markup typed by a user is shown as text, never turned into elements.
            const string Hostile = "<img src=x onerror=window.pwned=1>";
            await SayAsync(page, $"incident report {Hostile} service:email");
            ILocator hostileCard = page.GetByTestId("card").Last;
            await Expect(hostileCard.GetByTestId("card-title")).ToContainTextAsync(Hostile);
            await Expect(page.Locator("#messages img")).ToHaveCountAsync(0);
            Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        }
        finally
        {
            // Also on failure: the picture says more than the timeout.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath() });
        }

        Assert.True(consoleErrors.Count == 0, string.Join(Environment.NewLine, consoleErrors));
    }

    [Fact]
    public async Task WebChat_DirectMessages_ShowTheRequesterEachStateChangeLiveWithoutReload()
    {
        Dictionary<string, string?> settings = DeliverySettings.Fast(azurite.UniqueName("q"));
        settings["Channels:Local:PollInterval"] = "00:00:00.100";
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), settings) { RemoteAddress = null };
        string address = StartOnKestrel(host);
        using HttpClient http = new() { BaseAddress = new Uri(address) };
        LocalChatClient bob = new(http, "agents");
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await LaunchAsync(playwright);
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1000 } });
        page.SetDefaultTimeout(15_000);
        List<string> consoleErrors = CollectConsoleErrors(page);

        try
        {
            // alice reports in general, then opens her direct messages from the hint.
            await page.GotoAsync(address);
            await SayAsync(page, "incident report Laptop screen flickers service:email urgency:low");
            await Expect(page.GetByTestId("card").Last.GetByTestId("card-title")).ToContainTextAsync("INC-1001");
            await Expect(page.GetByTestId("dm-hint")).ToHaveTextAsync("dm:alice");
            await page.GetByTestId("dm-hint").ClickAsync();
            await Expect(page.GetByTestId("conversation-input")).ToHaveValueAsync("dm:alice");
            await page.EvaluateAsync("() => { window.sameDocument = true; }");

            // bob works the incident elsewhere; alice's page hears of each change as it happens.
            await bob.SayAsync("bob", "incident assign INC-1001 me");
            await bob.SayAsync("bob", "incident resolve INC-1001 replaced the display cable");

            ILocator direct = page.GetByTestId("reply-text");
            await Expect(direct.Filter(new LocatorFilterOptions { HasText = "is now In Progress" })).ToHaveCountAsync(1);
            await Expect(direct.Filter(new LocatorFilterOptions { HasText = "is now Resolved" })).ToHaveCountAsync(1);
            Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));

            // Back in general, the history shows the earlier conversation once, without the direct messages.
            await page.GetByTestId("conversation-input").FillAsync("general");
            await page.GetByTestId("conversation-input").DispatchEventAsync("change");
            await Expect(page.GetByTestId("user-text").Filter(new LocatorFilterOptions { HasText = "Laptop screen flickers" })).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("reply-text").Filter(new LocatorFilterOptions { HasText = "is now Resolved" })).ToHaveCountAsync(0);
        }
        finally
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("webchat-dm.png") });
        }

        Assert.True(consoleErrors.Count == 0, string.Join(Environment.NewLine, consoleErrors));
    }

    /// <summary>The host on a real Kestrel port (a browser cannot reach TestServer); returns its address.</summary>
    private static string StartOnKestrel(ItsmHostFactory host)
    {
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumPath(),
        Headless = true,
        Args = ChromiumArguments,
    });

    private static List<string> CollectConsoleErrors(IPage page)
    {
        List<string> errors = [];
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return errors;
    }

    /// <summary>Types and sends a message, then waits for the bot's answer to be on the page.</summary>
    private static async Task SayAsync(IPage page, string text)
    {
        const string BotMessages = "[data-testid=message][data-from=bot]";
        int before = await page.Locator(BotMessages).CountAsync();
        await page.GetByTestId("chat-input").FillAsync(text);
        await page.GetByTestId("send").ClickAsync();

        await page.WaitForFunctionAsync(
            "([selector, count]) => document.querySelectorAll(selector).length > count", new object[] { BotMessages, before });
        await Expect(page.GetByTestId("typing")).ToHaveCountAsync(0);
    }

    private static ILocator State(ILocator card) => card.Locator("[data-testid=fact-value][data-label=State]");

    private static string ChromiumPath()
    {
        string path = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : DefaultChromium;
        Assert.True(File.Exists(path), $"No Chromium at {path}: run 'apt-get install -y chromium' (as .ci/run does) or set {ChromiumVariable}.");
        return path;
    }

    /// <summary>TestResults/&lt;name&gt; at the repository root (git-ignored), for a person to look at.</summary>
    private static string ScreenshotPath(string name = "webchat.png")
    {
        DirectoryInfo? directory = new(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatOpsItsm.sln")))
        {
            directory = directory.Parent;
        }

        string folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [GeneratedRegex(@"INC-\d+")]
    private static partial Regex TicketIdPattern();
}
