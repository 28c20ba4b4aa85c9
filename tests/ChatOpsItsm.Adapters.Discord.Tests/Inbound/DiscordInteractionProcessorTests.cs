using System.Text;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.TestSupport.Builders;
using ChatOpsItsm.TestSupport.Discord;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

public sealed class DiscordInteractionProcessorTests : IDisposable
{
    private readonly DiscordHarness _harness = new();

    [Fact]
    public async Task ProcessAsync_SignedPing_PongAsJson()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.Ping);

        Assert.Equal(200, result.StatusCode);
        DiscordHarness.AssertJson("""{"type":1}""", result);
        _harness.AssertNothingProcessed();
    }

    public static TheoryData<string> Refusals => new()
    {
        "no signature", "no timestamp", "non-hex signature", "short signature", "byte flipped after signing",
        "another timestamp", "another key", "301 s old", "301 s ahead",
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ProcessAsync_NotAuthentic_401WithNothingProcessed(string defect)
    {
        foreach (string fixture in new[] { InteractionFixtures.Ping, InteractionFixtures.SlashCommandGuild })
        {
            (byte[] body, string? signature, string? timestamp) = Refused(defect, InteractionFixtures.Bytes(fixture));

            DiscordHttpResult result = await _harness.PostAsync(body, signature, timestamp);

            Assert.Equal(401, result.StatusCode);
            Assert.Null(result.Json);
        }

        _harness.AssertNothingProcessed();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"id":"1","token":"t"}""")]
    [InlineData("[1,2]")]
    [InlineData("""{"type":"two"}""")]
    [InlineData("""{"type":42,"id":"1","token":"t","channel_id":"2","user":{"id":"3"}}""")]
    [InlineData("""{"type":2,"token":"t","channel_id":"2","user":{"id":"3"},"data":{"name":"whoami"}}""")]
    public async Task ProcessAsync_SignedButNotAnInteractionWeTake_400(string json)
    {
        DiscordHttpResult result = await _harness.PostAsync(Encoding.UTF8.GetBytes(json));

        Assert.Equal(400, result.StatusCode);
        Assert.Null(result.Json);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_BodyOverOneMebibyte_413BeforeAnythingElse()
    {
        byte[] body = new byte[DiscordInteractionProcessor.MaxBodyBytes + 1];

        DiscordHttpResult result = await _harness.PostAsync(body, null, null);

        Assert.Equal(413, result.StatusCode);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_GuildSlashCommand_EngineSeesThePersonChannelAndGuild()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.SlashCommandGuild);

        Assert.Equal(200, result.StatusCode);
        await _harness.InboundLedger.Received(1).TryRecordAsync("discord:1300000000000000002", BuilderDefaults.Instant, Arg.Any<CancellationToken>());
        await _harness.References.Received(1).RememberAsync(
            Arg.Is<ConversationReference>(r => r.Conversation.ToString() == "discord:1500000000000000001"
                && r.User!.Value.ToString() == "discord:1600000000000000001"
                && r.ChannelData["guild"] == DiscordHarness.Guild),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_ReportMissingTheService_TheEnginesFormOpensAsAModal()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.SlashCommandGuild);

        JsonObject response = Json(result);
        Assert.Equal(9, (int)response["type"]!);
        Assert.StartsWith("v1:incident.report:", (string?)response["data"]!["custom_id"], StringComparison.Ordinal);
        JsonArray labels = response["data"]!["components"]!.AsArray();
        Assert.InRange(labels.Count, 1, 5);
        Assert.All(labels, label => Assert.Equal(18, (int)label!["type"]!));
        Assert.Contains(labels, label => (string?)label!["component"]!["custom_id"] == "service");
    }

    [Fact]
    public async Task ProcessAsync_DirectMessageCommand_PersonFromUserAndNoGuild()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.SlashCommandDirect);

        Assert.Equal(200, result.StatusCode);
        await _harness.References.Received(1).RememberAsync(
            Arg.Is<ConversationReference>(r => r.Conversation.ToString() == "discord:1500000000000000009"
                && r.User!.Value.ToString() == "discord:1600000000000000001"
                && r.ChannelData.Count == 0),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_ReplayedInteraction_AlreadyHandledOnlyToTheInvoker()
    {
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(false);

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.SlashCommandGuild);

        DiscordHarness.AssertJson("""{"type":4,"data":{"content":"I already handled that.","allowed_mentions":{"parse":[]},"flags":64}}""", result);
        Assert.Empty(_harness.Dialogs.Live);
    }

    [Fact]
    public async Task ProcessAsync_ReplayedClick_SilentAcknowledgement()
    {
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(false);

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.WithCustomId(InteractionFixtures.ButtonClick, "v1:incident.show:id=INC-1001"));

        DiscordHarness.AssertJson("""{"type":6}""", result);
        Assert.Empty(_harness.Incidents.ReceivedCalls());
    }

    [Theory]
    [InlineData(InteractionFixtures.SlashCommandGuild)]
    [InlineData(InteractionFixtures.ButtonClick)]
    [InlineData(InteractionFixtures.ModalSubmitLabels)]
    public async Task ProcessAsync_GuildNotAllowed_EphemeralNoticeAndNothingProcessed(string fixture)
    {
        using DiscordHarness harness = new(options => options.AllowedGuilds = ["1400000000000000099"]);

        DiscordHttpResult result = await harness.PostAsync(fixture);

        JsonObject response = Json(result);
        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(DiscordInteractionProcessor.GuildNotAllowedText, (string?)response["data"]!["content"]);
        harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_AutocompleteFromAGuildNotAllowed_NoChoicesAndNoRead()
    {
        using DiscordHarness harness = new(options => options.AllowedGuilds = ["1400000000000000099"]);

        DiscordHttpResult result = await harness.PostAsync(InteractionFixtures.Autocomplete);

        DiscordHarness.AssertJson("""{"type":8,"data":{"choices":[]}}""", result);
        harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_DirectMessageWithAnAllowList_StillAllowed()
    {
        using DiscordHarness harness = new(options => options.AllowedGuilds = ["1400000000000000099"]);

        await harness.PostAsync(InteractionFixtures.SlashCommandDirect);

        await harness.InboundLedger.Received(1).TryRecordAsync("discord:1300000000000000005", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(InteractionFixtures.ButtonClick, ComponentInteractionHandler.StaleButtonText)]
    [InlineData(InteractionFixtures.ModalSubmitLabels, ModalSubmitHandler.StaleFormText)]
    public async Task ProcessAsync_CustomIdOfAnotherLayout_EphemeralRunItAgain(string fixture, string expected)
    {
        DiscordHttpResult result = await _harness.PostAsync(fixture);

        DiscordHarness.AssertJson($$$"""{"type":4,"data":{"content":"{{{expected}}}","allowed_mentions":{"parse":[]},"flags":64}}""", result);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_UnknownCommand_EphemeralAskingForReRegistration()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.SlashCommandGuild);
        node["data"]!["name"] = "change";

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.ToBytes(node));

        JsonObject response = Json(result);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(CommandInteractionHandler.UnknownCommandText("change report"), (string?)response["data"]!["content"]);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_ClickAnsweredWithACardWithoutButtons_UpdatesTheMessageWithItsButtonsDisabled()
    {
        Incident closed = IncidentBuilder.AnIncident().WithTitle("Checkout API returns 502").InState(IncidentState.Closed).Build();
        _harness.Incidents.GetWithHistoryAsync(closed.Id, Arg.Any<CancellationToken>()).Returns(new IncidentWithHistory(closed, []));

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.WithCustomId(InteractionFixtures.ButtonClick, $"v1:incident.show:id={closed.Id}"));

        JsonObject response = Json(result);
        Assert.Equal(7, (int)response["type"]!);
        Assert.StartsWith($"{closed.Id} · ", (string?)response["data"]!["embeds"]![0]!["title"], StringComparison.Ordinal);
        DiscordHarness.AssertJson(
            """[{"type":1,"id":1,"components":[{"type":2,"id":2,"custom_id":"v1:chg:approve:CHG-1042","style":3,"label":"Approve","disabled":true},{"type":2,"id":3,"custom_id":"v1:chg:reject:CHG-1042","style":4,"label":"Reject","disabled":true}]}]""",
            response["data"]!["components"]!.ToJsonString());
        DiscordHarness.AssertJson("""{"parse":[]}""", response["data"]!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task ProcessAsync_ClickOnAResolveButton_ResolveFormAsTheBriefsModal()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.WithCustomId(InteractionFixtures.ButtonClick, "v1:form.incident.resolve:id=INC-1001"));

        DiscordHarness.AssertJson(
            """{"type":9,"data":{"components":[{"type":18,"label":"Resolution","description":"what fixed it","component":{"type":4,"custom_id":"resolution","style":2,"required":true,"max_length":4000}}],"custom_id":"v1:incident.resolve:id=INC-1001","title":"Resolve INC-1001"}}""", result);
    }

    [Theory]
    [InlineData(InteractionFixtures.ModalSubmitLabels)]
    [InlineData(InteractionFixtures.ModalSubmitLegacy)]
    public async Task ProcessAsync_ModalSubmitInEitherLayout_TheEngineRunsTheFormsCommand(string fixture)
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.WithCustomId(fixture, "v1:incident.resolve:id=INC-1001"));

        JsonObject response = Json(result);
        Assert.Equal(4, (int)response["type"]!);
        Assert.Contains("INC-1001", (string?)response["data"]!["content"], StringComparison.Ordinal);
        await _harness.Incidents.Received(1).GetAsync(TicketId.Parse("INC-1001"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_Autocomplete_ChoicesWithoutTheInboundGate()
    {
        _harness.Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage(
            [new IncidentSummary(TicketId.Parse("INC-1001"), "Checkout API returns 502", "Checkout API", Priority.P2, IncidentState.New,
                BuilderDefaults.Requester, BuilderDefaults.RequesterName, null, null, BuilderDefaults.Instant)],
            null));

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.Autocomplete);

        DiscordHarness.AssertJson("""{"type":8,"data":{"choices":[{"name":"INC-1001 · P2 · Checkout API returns 502","value":"INC-1001"}]}}""", result);
        Assert.Empty(_harness.InboundLedger.ReceivedCalls());
        Assert.Empty(_harness.References.ReceivedCalls());
    }

    [Fact]
    public async Task ProcessAsync_ServiceAutocomplete_ConfiguredServices()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.Autocomplete);
        node["data"]!["options"]![0]!["name"] = "report";
        node["data"]!["options"]![0]!["options"] = JsonNode.Parse("""[{"type":3,"name":"title","value":"x"},{"type":3,"name":"service","value":"check","focused":true}]""");

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.ToBytes(node));

        DiscordHarness.AssertJson("""{"type":8,"data":{"choices":[{"name":"Checkout API","value":"Checkout API"}]}}""", result);
    }

    [Fact]
    public async Task ProcessAsync_AutocompleteSlowerThanTheDeadline_NoChoices()
    {
        TaskCompletionSource<IncidentPage> never = new();
        _harness.Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(never.Task);

        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.Bytes(InteractionFixtures.Autocomplete));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        DiscordHttpResult result = await processing;

        DiscordHarness.AssertJson("""{"type":8,"data":{"choices":[]}}""", result);
    }

    [Fact]
    public async Task ProcessAsync_MessageCommand_TheMessagesTextGoesToTheIntake()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.MessageCommand);

        Assert.Equal(200, result.StatusCode);
        Assert.NotEqual(64, (int?)Json(result)["data"]?["flags"]);
        await _harness.InboundLedger.Received(1).TryRecordAsync("discord:1300000000000000008", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_MessageCommandOnAMessageWithoutText_EphemeralAndNothingProcessed()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.MessageCommand);
        node["data"]!["resolved"]!["messages"]!["1900000000000000009"]!["content"] = "";

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.ToBytes(node));

        Assert.Equal(CommandInteractionHandler.EmptyMessageText, (string?)Json(result)["data"]!["content"]);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_AddToTimeline_TheEngineTakesItAsATimelineLineOfTheThread()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.TimelineCommand);

        Assert.Equal(200, result.StatusCode);
        Assert.NotEqual(CommandInteractionHandler.UnresolvedTimelineText, (string?)Json(result)["data"]?["content"]);
        await _harness.InboundLedger.Received(1).TryRecordAsync("discord:1300000000000000010", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await _harness.WarRooms.Received(1).FindAsync(new ConversationAddress("discord", "1950000000000000001"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_AddToTimelineOnAnUnresolvedMessage_EphemeralAndNothingProcessed()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.TimelineCommand);
        node["data"]!["target_id"] = "1900000000000000000";

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.ToBytes(node));

        Assert.Equal(CommandInteractionHandler.UnresolvedTimelineText, (string?)Json(result)["data"]!["content"]);
        Assert.Equal(64, (int?)Json(result)["data"]!["flags"]);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_AddToTimelineOnAnImageOnlyMessage_StillReachesTheEngine()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.TimelineCommand);
        node["data"]!["resolved"]!["messages"]!["1900000000000000011"]!["content"] = "";

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.ToBytes(node));

        Assert.Equal(200, result.StatusCode);
        await _harness.InboundLedger.Received(1).TryRecordAsync("discord:1300000000000000010", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_UnknownMessageCommand_EphemeralAndNothingProcessed()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.MessageCommand);
        node["data"]!["name"] = "Translate";

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.ToBytes(node));

        Assert.Equal(CommandInteractionHandler.UnknownCommandText("Translate"), (string?)Json(result)["data"]!["content"]);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_AnyInteraction_NeverLogsTheTokenOrSignature()
    {
        byte[] body = InteractionFixtures.Bytes(InteractionFixtures.SlashCommandGuild);
        string timestamp = InteractionSigner.TimestampOf(_harness.Time.GetUtcNow());
        string signature = _harness.Signer.Sign(timestamp, body);

        await _harness.PostAsync(body, signature, timestamp);
        await _harness.PostAsync(body, signature[..126], timestamp);
        await _harness.PostAsync(InteractionFixtures.ButtonClick);

        string logs = _harness.AllLogText();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain("tok_", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(signature[..32], logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Checkout API returns 502", logs, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private static JsonObject Json(DiscordHttpResult result) => JsonNode.Parse(result.Json!)!.AsObject();

    private (byte[] Body, string? Signature, string? Timestamp) Refused(string defect, byte[] body)
    {
        DateTimeOffset now = _harness.Time.GetUtcNow();
        string timestamp = InteractionSigner.TimestampOf(now);
        string signature = _harness.Signer.Sign(timestamp, body);
        switch (defect)
        {
            case "no signature":
                return (body, null, timestamp);
            case "no timestamp":
                return (body, signature, null);
            case "non-hex signature":
                return (body, "xy" + signature[2..], timestamp);
            case "short signature":
                return (body, signature[..64], timestamp);
            case "byte flipped after signing":
                byte[] flipped = [.. body];
                flipped[10] ^= 0x01;
                return (flipped, signature, timestamp);
            case "another timestamp":
                return (body, signature, InteractionSigner.TimestampOf(now.AddSeconds(1)));
            case "another key":
                return (body, new InteractionSigner().Sign(timestamp, body), timestamp);
            default:
                string stale = InteractionSigner.TimestampOf(now.AddSeconds(defect == "301 s old" ? -301 : 301));
                return (body, _harness.Signer.Sign(stale, body), stale);
        }
    }
}
