using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>Incidents through the local channel over HTTP, against Azurite: report, work, list, audit, restart.</summary>
public sealed class LocalMessagesEndToEndTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IncidentLifecycle_ReportAssignResolve_IsListedAuditedAndSurvivesRestart()
    {
        string tables = azurite.UniqueName("h");
        await using (ItsmHostFactory host = new(azurite, tables))
        {
            LocalChatClient chat = new(host.CreateClient());

            LocalChatResponse reported = await chat.SayAsync("alice", "incident report VPN drops service:vpn urgency:high");
            LocalChatResponse assigned = await chat.SayAsync("bob", "incident assign INC-1001 me");
            LocalChatResponse resolved = await chat.SayAsync("bob", "incident resolve INC-1001 rebooted the concentrator");
            LocalChatResponse listed = await chat.SayAsync("alice", "incident list all");

            Assert.Contains("INC-1001", reported.AllText, StringComparison.Ordinal);
            Assert.Equal("New", LocalChatResponse.Fact(reported.Card, "State"));
            Assert.Equal("In Progress", LocalChatResponse.Fact(assigned.Card, "State"));
            Assert.Equal("Resolved", LocalChatResponse.Fact(resolved.Card, "State"));
            Assert.Contains("INC-1001", listed.AllText, StringComparison.Ordinal);
            Assert.Contains("Resolved", listed.AllText, StringComparison.Ordinal);

            JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");
            Assert.Equal("Resolved", (string?)ticket["state"]);
            Assert.Equal("rebooted the concentrator", (string?)ticket["resolution"]);
            Assert.Equal("local:alice", (string?)ticket["requester"]!["id"]);
            Assert.Equal("local:bob", (string?)ticket["assignee"]!["id"]);
            JsonArray audit = ticket["audit"]!.AsArray();
            Assert.Equal(["reported", "assigned", "resolved"], audit.Select(e => (string)e!["action"]!));
            Assert.Equal(["local:alice", "local:bob", "local:bob"], audit.Select(e => (string)e!["actor"]!));
            Assert.All(audit, e => Assert.Equal("local:general", (string?)e!["channel"]));
            JsonObject stateChange = audit[2]!["changes"]!.AsArray().Single(c => (string?)c!["field"] == "state")!.AsObject();
            Assert.Equal("In Progress", (string?)stateChange["old"]);
            Assert.Equal("Resolved", (string?)stateChange["new"]);
        }

        // A restart: a new process on the same tables.
        await using ItsmHostFactory restarted = new(azurite, tables);
        JsonObject afterRestart = await new TicketsApiClient(restarted.CreateClient()).GetAsync("INC-1001");
        LocalChatResponse shown = await new LocalChatClient(restarted.CreateClient()).SayAsync("alice", "incident show INC-1001");

        Assert.Equal("Resolved", (string?)afterRestart["state"]);
        Assert.Equal(3, afterRestart["audit"]!.AsArray().Count);
        Assert.Equal("Resolved", LocalChatResponse.Fact(shown.Card, "State"));
    }

    [Fact]
    public async Task Intake_ReportClickedOnAnotherInstance_CreatesTheIncidentOnce()
    {
        string tables = azurite.UniqueName("h");
        await using ItsmHostFactory first = new(azurite, tables);
        await using ItsmHostFactory second = new(azurite, tables);
        LocalChatClient chatOnFirst = new(first.CreateClient());
        LocalChatClient chatOnSecond = new(second.CreateClient());

        LocalChatResponse proposal = await chatOnFirst.SayAsync("alice", "The VPN tunnel keeps dropping for everyone");
        JsonObject report = LocalChatResponse.Button(proposal.Card, "Report");
        LocalChatResponse created = await chatOnSecond.ClickAsync("alice", report);
        LocalChatResponse clickedAgain = await chatOnFirst.ClickAsync("alice", report);

        Assert.Equal("Report this incident?", (string?)proposal.Card["title"]);
        Assert.Equal("vpn", LocalChatResponse.Fact(proposal.Card, "Service"));
        Assert.Contains("INC-1001", created.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("INC-", clickedAgain.AllText, StringComparison.Ordinal);
        Assert.Equal(["INC-1001"], await new TicketsApiClient(first.CreateClient()).ListIdsAsync());
    }

    [Fact]
    public async Task Cards_OnTheWire_UseTheDocumentedCamelCaseShape()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());

        JsonObject proposal = (await chat.SayAsync("alice", "Outlook is down for everyone")).Card;
        JsonObject form = (await chat.SayAsync("alice", "incident report Printer jam")).Card;

        Assert.Subset(new HashSet<string> { "title", "facts", "body", "buttons", "inputs", "link" }, proposal.Select(p => p.Key).ToHashSet());
        Assert.Superset(new HashSet<string> { "title", "facts", "buttons", "inputs" }, proposal.Select(p => p.Key).ToHashSet());
        JsonObject button = LocalChatResponse.Button(proposal, "Report");
        Assert.Equal(["label", "actionId", "data", "style"], button.Select(p => p.Key));
        Assert.Equal("intake.report", (string?)button["actionId"]);
        Assert.Equal("primary", (string?)button["style"]);
        Assert.NotNull((string?)button["data"]!["dialog"]);
        Assert.Equal(["label", "value"], proposal["facts"]![0]!.AsObject().Select(p => p.Key));
        JsonObject service = form["inputs"]!.AsArray().Single(i => (string?)i!["name"] == "service")!.AsObject();
        Assert.Equal("choice", (string?)service["kind"]);
        Assert.True((bool)service["required"]!);
        Assert.Contains("email", service["choices"]!.AsArray().Select(c => (string?)c));
        Assert.True((int)service["maxLength"]! > 0);
        Assert.Equal("Printer jam", (string?)form["inputs"]!.AsArray().Single(i => (string?)i!["name"] == "title")!["value"]);
    }
}
