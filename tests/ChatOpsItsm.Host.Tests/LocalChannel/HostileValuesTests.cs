using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>Whatever people type is stored and returned as typed: no filter injection, no escaping surprises.</summary>
public sealed class HostileValuesTests(AzuriteFixture azurite)
{
    public static TheoryData<string> HostileTexts =>
    [
        "'; DROP TABLE Tickets; --",
        "PartitionKey eq 'INC' or true",
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "Mail 🔥 down 💥 für alle – ünïcödé",
        "100% broken %27 %00 %2F",
        "a|b|c ix|open|1|0000001001",
        "back\\slash /slash #hash ?query ~tilde",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task ReportForm_HostileFieldValues_AreStoredAndReturnedVerbatim(string hostile)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        Dictionary<string, string> values = new()
        {
            ["title"] = hostile,
            ["service"] = hostile,
            ["description"] = $"{hostile}\nsecond line {hostile}",
            ["impact"] = "low",
        };

        LocalChatResponse reported = await chat.SubmitAsync("alice", "incident.report", values, name: hostile);
        JsonObject ticket = await api.GetAsync("INC-1001");
        JsonObject listed = (await api.ListAsync("?state=New"))["items"]!.AsArray().Single()!.AsObject();

        Assert.Contains(hostile, (string?)reported.Card["title"], StringComparison.Ordinal);
        Assert.Equal(hostile, (string?)ticket["title"]);
        Assert.Equal(hostile, (string?)ticket["service"]);
        Assert.Equal($"{hostile}\nsecond line {hostile}", (string?)ticket["description"]);
        Assert.Equal(hostile, (string?)ticket["requester"]!["name"]);
        Assert.Equal(hostile, (string?)listed["title"]);
        Assert.Equal(hostile, (string?)listed["service"]);
    }

    [Theory]
    [InlineData("war/room#1?x")]
    [InlineData("chan|nel ~%27 'or' 1 eq 1")]
    [InlineData("🚨 ops")]
    public async Task Intake_HostileConversationId_KeepsTheDialogAndRecordsTheChannel(string conversation)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient(), conversation);

        LocalChatResponse proposal = await chat.SayAsync("alice", "Outlook is down for everyone");
        LocalChatResponse created = await chat.ClickAsync("alice", LocalChatResponse.Button(proposal.Card, "Report"));
        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");

        Assert.Contains("INC-1001", created.AllText, StringComparison.Ordinal);
        Assert.Equal($"local:{conversation}", (string?)ticket["channel"]);
        Assert.Equal($"local:{conversation}", (string?)ticket["audit"]![0]!["channel"]);
    }
}
