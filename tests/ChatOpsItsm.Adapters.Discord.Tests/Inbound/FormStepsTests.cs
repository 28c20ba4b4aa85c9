using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

/// <summary>A form of seven inputs, end to end: two modal steps joined by a Continue button, then one submission to the engine.</summary>
public sealed class FormStepsTests : IDisposable
{
    private readonly DiscordHarness _harness = new();
    private readonly InteractionContext _command =
        InteractionMapper.ContextOf(InteractionFixtures.Interaction(InteractionFixtures.SlashCommandGuild), BuilderDefaults.Instant)!;

    private static readonly Card SevenInputs = new(
        "Report an incident",
        [],
        null,
        [new CardButton("Report", "incident.report", new Dictionary<string, string> { ["impact"] = "high" }, ButtonStyle.Primary)],
        [
            new CardInput("title", "Title", InputKind.Text, true, null, 200, []),
            new CardInput("service", "Service", InputKind.Text, true, null, 80, []),
            new CardInput("impact", "Impact", InputKind.Choice, false, null, 20, ["high", "medium", "low"]),
            new CardInput("urgency", "Urgency", InputKind.Choice, false, null, 20, ["high", "medium", "low"]),
            new CardInput("description", "Description", InputKind.MultilineText, false, null, 4000, []),
            new CardInput("seen", "First seen", InputKind.Date, false, null, 10, []),
            new CardInput("where", "Where", InputKind.Text, false, "eu-west", 50, []),
        ]);

    [Fact]
    public async Task SevenInputForm_TwoStepsThenOneSubmission()
    {
        Incident? created = null;
        _harness.Incidents.CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .Returns(call => created = call.Arg<Func<TicketId, Incident>>()(TicketId.Parse("INC-1001")));

        JsonInteractionResponse first = await ComposeAsync(SevenInputs);

        Assert.Equal(ResponseTypes.Modal, first.Type);
        Assert.Equal("Report an incident (1/2)", first.Data!.Title);
        Assert.Equal(["title", "service", "impact", "urgency", "description"], first.Data.Components!.Select(c => c.Component!.CustomId));
        Assert.True(CustomIds.TryDecode(first.Data.CustomId, out string action, out IReadOnlyDictionary<string, string> data));
        Assert.Equal(FormSteps.StepAction, action);
        Assert.Equal(new Dictionary<string, string> { ["d"] = "1300000000000000002", ["s"] = "1" }, data);

        JsonObject saved = Json(await _harness.PostAsync(ModalSubmit(first.Data.CustomId!, "1300000000000000020",
            ("title", "Checkout API returns 502"), ("service", "Checkout API"), ("description", "since 9:00"), ("impact", "low"))));

        Assert.Equal(4, (int)saved["type"]!);
        Assert.Equal(64, (int)saved["data"]!["flags"]!);
        Assert.Equal("Step 1 of 2 saved.", (string?)saved["data"]!["content"]);
        JsonNode button = saved["data"]!["components"]![0]!["components"]![0]!;
        Assert.Equal(FormSteps.ContinueLabel, (string?)button["label"]);
        string continueId = (string)button["custom_id"]!;

        JsonObject second = Json(await _harness.PostAsync(Click(continueId)));

        Assert.Equal(9, (int)second["type"]!);
        Assert.Equal("Report an incident (2/2)", (string?)second["data"]!["title"]);
        JsonArray labels = second["data"]!["components"]!.AsArray();
        Assert.Equal(["seen", "where"], labels.Select(l => (string?)l!["component"]!["custom_id"]));
        Assert.Equal("eu-west", (string?)labels[1]!["component"]!["value"]);
        Assert.Empty(_harness.InboundLedger.ReceivedCalls());

        JsonObject done = Json(await _harness.PostAsync(ModalSubmit((string)second["data"]!["custom_id"]!, "1300000000000000021",
            ("seen", "2026-01-05"), ("where", "eu-west"))));

        Assert.Equal(4, (int)done["type"]!);
        await _harness.InboundLedger.Received(1).TryRecordAsync("discord:1300000000000000021", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        Assert.NotNull(created);
        Assert.Equal("Checkout API returns 502", created.Title);
        Assert.Equal("Checkout API", created.Service);
        Assert.Equal(Impact.High, created.Impact);
        Assert.Empty(_harness.Dialogs.Live);
    }

    [Fact]
    public async Task SubmitAsync_LastStepSubmittedTwice_SecondFindsTheFormGone()
    {
        JsonInteractionResponse first = await ComposeAsync(SevenInputs);
        await _harness.PostAsync(ModalSubmit(first.Data!.CustomId!, "1300000000000000020", ("title", "t"), ("service", "s")));
        string last = CustomIds.Encode(FormSteps.StepAction, new Dictionary<string, string> { ["d"] = "1300000000000000002", ["s"] = "2" })!;
        await _harness.PostAsync(ModalSubmit(last, "1300000000000000021"));

        DiscordHttpResult again = await _harness.PostAsync(ModalSubmit(last, "1300000000000000022"));

        Assert.Equal(FormSteps.ExpiredText, (string?)Json(again)["data"]!["content"]);
        await _harness.InboundLedger.Received(1).TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task NextAsync_AfterTheDialogTimeout_Expired()
    {
        JsonInteractionResponse first = await ComposeAsync(SevenInputs);
        await _harness.PostAsync(ModalSubmit(first.Data!.CustomId!, "1300000000000000020", ("title", "t")));
        _harness.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        string next = CustomIds.Encode(FormSteps.NextAction, new Dictionary<string, string> { ["d"] = "1300000000000000002", ["s"] = "1" })!;

        DiscordHttpResult result = await _harness.PostAsync(Click(next));

        Assert.Equal(FormSteps.ExpiredText, (string?)Json(result)["data"]!["content"]);
    }

    [Theory]
    [InlineData("d=1300000000000000099;s=1")]
    [InlineData("d=1300000000000000002;s=2")]
    [InlineData("d=1300000000000000002;s=0")]
    [InlineData("d=1300000000000000002;s=x")]
    [InlineData("s=1")]
    public async Task NextAsync_AnotherFormOrAStepOutOfRange_ExpiredAndNoEngine(string data)
    {
        await ComposeAsync(SevenInputs);

        DiscordHttpResult result = await _harness.PostAsync(Click($"v1:{FormSteps.NextAction}:{data}"));

        Assert.Equal(FormSteps.ExpiredText, (string?)Json(result)["data"]!["content"]);
        Assert.Empty(_harness.InboundLedger.ReceivedCalls());
    }

    [Fact]
    public async Task NextAsync_SomeoneElsesContinueButton_Expired()
    {
        JsonInteractionResponse first = await ComposeAsync(SevenInputs);
        await _harness.PostAsync(ModalSubmit(first.Data!.CustomId!, "1300000000000000020", ("title", "t")));
        string next = CustomIds.Encode(FormSteps.NextAction, new Dictionary<string, string> { ["d"] = "1300000000000000002", ["s"] = "1" })!;
        JsonObject node = JsonNode.Parse(Click(next))!.AsObject();
        node["member"]!["user"]!["id"] = "1600000000000000003";

        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.ToBytes(node));

        Assert.Equal(FormSteps.ExpiredText, (string?)Json(result)["data"]!["content"]);
    }

    [Fact]
    public async Task StepAction_OnAButton_NeverReachesTheEngine()
    {
        DiscordHttpResult result = await _harness.PostAsync(InteractionFixtures.WithCustomId(InteractionFixtures.ButtonClick, $"v1:{FormSteps.StepAction}:d=1;s=1"));

        Assert.Equal(ComponentInteractionHandler.StaleButtonText, (string?)Json(result)["data"]!["content"]);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ComposeAsync_AFormLeftUnfinished_ANewOneReplacesIt()
    {
        await ComposeAsync(SevenInputs);
        InteractionContext later = _command with { Id = "1300000000000000030" };

        JsonInteractionResponse response = await _harness.Get<ReplyComposer>().ComposeAsync(
            later, EngineResponse.Of(Reply.Show(SevenInputs)), TestContext.Current.CancellationToken);

        Assert.Equal(ResponseTypes.Modal, response.Type);
        Assert.Equal("1300000000000000030", Assert.Single(_harness.Dialogs.Live).State.DialogId);
    }

    public void Dispose() => _harness.Dispose();

    private Task<JsonInteractionResponse> ComposeAsync(Card form) =>
        _harness.Get<ReplyComposer>().ComposeAsync(_command, EngineResponse.Of(Reply.Show(form)), TestContext.Current.CancellationToken);

    /// <summary>A click by the person who ran the command, in the same channel.</summary>
    private static byte[] Click(string customId)
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.ButtonClick);
        node["id"] = "1300000000000000040";
        node["channel_id"] = "1500000000000000001";
        node["member"] = JsonNode.Parse("""{"user":{"id":"1600000000000000001","username":"dana.ops"},"roles":[],"permissions":"3072"}""");
        node["data"]!["custom_id"] = customId;
        return InteractionFixtures.ToBytes(node);
    }

    /// <summary>A modal submit by the person who ran the command, in the same channel.</summary>
    private static byte[] ModalSubmit(string customId, string interactionId, params (string Name, string Value)[] values)
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.ModalSubmitLabels);
        node["id"] = interactionId;
        node["member"] = JsonNode.Parse("""{"user":{"id":"1600000000000000001","username":"dana.ops"},"roles":[],"permissions":"3072"}""");
        node["data"]!["custom_id"] = customId;
        JsonArray components = [];
        foreach ((string name, string value) in values)
        {
            components.Add(new JsonObject
            {
                ["type"] = 18,
                ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = name, ["value"] = value },
            });
        }

        node["data"]!["components"] = components;
        return InteractionFixtures.ToBytes(node);
    }

    private static JsonObject Json(DiscordHttpResult result) => JsonNode.Parse(result.Json!)!.AsObject();
}
