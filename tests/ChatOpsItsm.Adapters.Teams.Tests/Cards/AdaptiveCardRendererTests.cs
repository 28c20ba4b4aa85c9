using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Teams.Cards;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Tests.Cards;

public sealed partial class AdaptiveCardRendererTests
{
    private const int TeamsSafeActivityBytes = 28 * 1024;

    public static TheoryData<int> CardIndexes => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(CardIndexes))]
    public void RenderCard_EveryButton_IsExecuteWithVerbAndSubmitFallbackCarryingTheActionId(int index)
    {
        Card card = SampleCards.All().ElementAt(index);

        JsonObject rendered = AdaptiveCardRenderer.RenderCard(card);

        List<JsonObject> executes = Actions(rendered).Where(a => Type(a) == "Action.Execute").ToList();
        Assert.Equal(card.Buttons.Count, executes.Count);
        foreach ((JsonObject action, CardButton button) in executes.Zip(card.Buttons))
        {
            Assert.Equal(button.ActionId, (string?)action["verb"]);
            Assert.Equal(button.ActionId, (string?)action["data"]?[CardActions.ActionKey]);
            JsonObject fallback = Assert.IsType<JsonObject>(action["fallback"]);
            Assert.Equal("Action.Submit", Type(fallback));
            Assert.Equal(button.ActionId, (string?)fallback["data"]?[CardActions.ActionKey]);
            Assert.All(button.Data, pair => Assert.Equal(pair.Value, (string?)fallback["data"]?[pair.Key]));
        }
    }

    [Theory]
    [MemberData(nameof(CardIndexes))]
    public void RenderCard_AnyCard_IsVersion15WithUniqueInputIds(int index)
    {
        Card card = SampleCards.All().ElementAt(index);

        JsonObject rendered = AdaptiveCardRenderer.RenderCard(card);

        Assert.Equal("AdaptiveCard", Type(rendered));
        Assert.Equal("1.5", (string?)rendered["version"]);
        List<string?> ids = Body(rendered).Where(e => Type(e)!.StartsWith("Input.", StringComparison.Ordinal)).Select(e => (string?)e["id"]).ToList();
        Assert.Equal(card.Inputs.Select(i => i.Name), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(50 * 1024, 'x')]
    [InlineData(50 * 1024, 'é')]
    [InlineData(50 * 1024, '<')]
    public void RenderAttachment_FiftyKilobyteBody_StaysUnderTeamsLimitAndSaysWhereTheRestIs(int length, char filler)
    {
        Card card = SampleCards.Incident() with { Body = new string(filler, length) };

        JsonObject attachment = AdaptiveCardRenderer.RenderAttachment(card);

        Assert.True(SizeOf(attachment) < TeamsSafeActivityBytes - 2048, $"{SizeOf(attachment)} bytes");
        List<string> texts = Body(attachment["content"]!.AsObject()).Where(e => Type(e) == "TextBlock").Select(e => (string)e["text"]!).ToList();
        Assert.Contains(texts, t => t.EndsWith(Truncation.Ellipsis, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("incident show INC-1001", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderCard_HugeFactValuesAndBody_StillFitsTheBudget()
    {
        string huge = new('€', 30_000);
        Card card = SampleCards.Incident() with { Body = huge, Facts = [.. Enumerable.Range(0, 40).Select(i => new CardFact($"Fact {i}", huge))] };

        JsonObject rendered = AdaptiveCardRenderer.RenderCard(card);

        Assert.True(AdaptiveCardRenderer.SizeOf(rendered) <= AdaptiveCardRenderer.MaxCardBytes);
    }

    [Fact]
    public void RenderCard_TruncatedCardWithLink_PointsToTheTicketLink()
    {
        Card card = SampleCards.WithLink() with { Body = new string('x', 50 * 1024) };

        JsonObject rendered = AdaptiveCardRenderer.RenderCard(card);

        Assert.Contains(Body(rendered), e => ((string?)e["text"])?.Contains("(https://itsm.example.com/api/tickets/INC-1003)", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void RenderCard_ShortCard_IsNotMarkedShortened()
    {
        JsonObject rendered = AdaptiveCardRenderer.RenderCard(SampleCards.Incident());

        Assert.DoesNotContain(Body(rendered), e => ((string?)e["text"])?.Contains("Shortened", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void RenderCard_MarkdownLinkInUserText_ShowsTheAddressInsteadOfHidingIt()
    {
        Card card = SampleCards.Incident() with
        {
            Title = "INC-1001 · [Reset your password](https://evil.example/login)",
            Body = "Please [click here](https://evil.example/x) or see ![logo](https://evil.example/i.png)",
        };

        JsonObject rendered = AdaptiveCardRenderer.RenderCard(card);

        List<string> texts = Body(rendered).Where(e => Type(e) == "TextBlock").Select(e => (string)e["text"]!).ToList();
        Assert.Equal("INC-1001 · Reset your password (https://evil.example/login)", texts[0]);
        Assert.Equal("Please click here (https://evil.example/x) or see logo (https://evil.example/i.png)", texts[1]);
    }

    [Fact]
    public void RenderCard_MentionAndJsonInUserText_StayTextAndAddNoStructure()
    {
        const string Hostile = "<at>Everyone</at> \"}],\"actions\":[{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}]}";
        Card card = SampleCards.Incident() with { Title = Hostile, Body = Hostile, Facts = [new("Service", Hostile)] };

        JsonObject rendered = AdaptiveCardRenderer.RenderCard(card);

        Assert.Null(rendered["msteams"]?["entities"]);
        Assert.Null(rendered["actions"]);
        Assert.DoesNotContain(Actions(rendered), a => Type(a) == "Action.OpenUrl");
        Assert.Equal(Hostile, (string?)Body(rendered)[0]["text"]);
        Assert.Equal(Hostile, (string?)Body(rendered)[1]["facts"]![0]!["value"]);
        JsonObject reparsed = JsonNode.Parse(rendered.ToJsonString())!.AsObject();
        Assert.True(JsonNode.DeepEquals(rendered, reparsed));
    }

    [Fact]
    public void RenderCard_ButtonDataNamingTheActionKey_CannotChangeTheAction()
    {
        CardButton button = new("Close", "incident.close", new Dictionary<string, string> { [CardActions.ActionKey] = "admin.replay", ["id"] = "INC-1001" });
        Card card = SampleCards.Incident() with { Buttons = [button] };

        JsonObject action = Actions(AdaptiveCardRenderer.RenderCard(card)).Single();

        Assert.Equal("incident.close", (string?)action["data"]?[CardActions.ActionKey]);
        Assert.Equal("incident.close", (string?)action["fallback"]?["data"]?[CardActions.ActionKey]);
    }

    [Fact]
    public void RenderCard_ButtonStyles_MapToPositiveAndDestructive()
    {
        List<JsonObject> actions = Actions(AdaptiveCardRenderer.RenderCard(SampleCards.WithLink()));

        Assert.Equal("positive", (string?)actions[0]["style"]);
        Assert.Equal("destructive", (string?)actions[1]["style"]);
        Assert.Equal("Action.OpenUrl", Type(actions[2]));
        Assert.Equal(CardActions.OpenTicketTitle, (string?)actions[2]["title"]);
    }

    [Fact]
    public void RenderCard_FormCancelButton_SkipsValidationWhileSubmitSendsTheInputs()
    {
        List<JsonObject> actions = Actions(AdaptiveCardRenderer.RenderCard(SampleCards.ReportForm()));

        Assert.Null(actions[0]["associatedInputs"]);
        Assert.Equal("none", (string?)actions[1]["associatedInputs"]);
        Assert.Equal("none", (string?)actions[1]["fallback"]?["associatedInputs"]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/api/tickets/INC-1001")]
    [InlineData("")]
    public void RenderCard_LinkThatIsNotHttp_IsLeftOut(string link)
    {
        Card card = SampleCards.WithLink() with { Link = link };

        List<JsonObject> actions = Actions(AdaptiveCardRenderer.RenderCard(card));

        Assert.DoesNotContain(actions, a => Type(a) == "Action.OpenUrl");
    }

    [Fact]
    public void RenderCard_ChoiceValueNotAmongChoices_IsLeftOut()
    {
        Card card = SampleCards.ReportForm() with { Inputs = [new("impact", "Impact", InputKind.Choice, false, "huge", 20, ["high", "low"])] };

        JsonObject input = Body(AdaptiveCardRenderer.RenderCard(card)).Single(e => Type(e) == "Input.ChoiceSet");

        Assert.Null(input["value"]);
    }

    [Fact]
    public void RenderWireAttachment_AnyCard_CarriesTheSameCardAsTheJsonAttachment()
    {
        Card card = SampleCards.WithLink();

        JsonAttachment wire = AdaptiveCardRenderer.RenderWireAttachment(card);

        Assert.Equal(AdaptiveCardRenderer.ContentType, wire.ContentType);
        Assert.True(JsonNode.DeepEquals(AdaptiveCardRenderer.RenderCard(card), JsonNode.Parse(wire.Content!.Value.GetRawText())));
    }

    private static int SizeOf(JsonObject node) => JsonSerializer.SerializeToUtf8Bytes(node, TeamsJsonContext.Default.JsonObject).Length;

    private static string? Type(JsonNode? node) => (string?)node?["type"];

    private static List<JsonObject> Body(JsonObject card) => [.. card["body"]!.AsArray().Select(e => e!.AsObject())];

    private static List<JsonObject> Actions(JsonObject card) =>
        [.. Body(card).Where(e => Type(e) == "ActionSet").SelectMany(e => e["actions"]!.AsArray()).Select(a => a!.AsObject())];
}
