using System.Text.Json;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

public sealed class ModalRendererTests
{
    private static readonly Dictionary<string, string> IdData = new() { ["id"] = "INC-1001" };

    [Fact]
    public void TryRender_ResolveForm_TheBriefsModalShape()
    {
        Card form = Form("Resolve INC-1001", new CardInput("resolution", "Resolution", InputKind.MultilineText, true, null, 1000, []));

        JsonMessageData modal = ModalRenderer.TryRender(form, form.Buttons[0])!;

        Assert.Equal(
            """{"components":[{"type":18,"label":"Resolution","component":{"type":4,"custom_id":"resolution","style":2,"required":true,"max_length":1000}}],"custom_id":"v1:incident.resolve:id=INC-1001","title":"Resolve INC-1001"}""",
            Json(modal));
    }

    [Fact]
    public void TryRender_WithTheRepliesText_ShowsItAboveTheInputs()
    {
        Card form = Form("Report an incident", new CardInput("service", "Service", InputKind.Text, true, null, 80, []));

        JsonMessageData modal = ModalRenderer.TryRender(form, form.Buttons[0], "Almost there: I still need the **service**.")!;

        Assert.Equal(
            """{"type":10,"content":"Almost there: I still need the **service**."}""",
            JsonSerializer.Serialize(modal.Components![0], DiscordJsonContext.Default.JsonComponent));
        Assert.Equal(ComponentTypes.Label, modal.Components[1].Type);
    }

    [Fact]
    public void TryRender_FiveInputsAndText_TheTextGivesWayToTheInputs()
    {
        Card form = Form("Five", [.. Enumerable.Range(1, 5).Select(i => new CardInput($"f{i}", $"F{i}", InputKind.Text, false, null, 50, []))]);

        JsonMessageData modal = ModalRenderer.TryRender(form, form.Buttons[0], "Some text")!;

        Assert.Equal(5, modal.Components!.Count);
        Assert.All(modal.Components, c => Assert.Equal(ComponentTypes.Label, c.Type));
    }

    [Fact]
    public void TryRender_EveryInputKind_LabelsWithTheRightComponents()
    {
        Card form = Form(
            "Report an incident",
            new CardInput("title", "Title", InputKind.Text, true, "Checkout down", 200, []) { Placeholder = "what is wrong, in a line" },
            new CardInput("due", "Due", InputKind.Date, false, null, 10, []),
            new CardInput("impact", "Impact", InputKind.Choice, false, "medium", 20, ["high", "medium", "low"]),
            new CardInput("team", "Team", InputKind.Choice, true, null, 50, [.. Enumerable.Range(1, 26).Select(i => $"team-{i}")]),
            new CardInput("description", "Description", InputKind.MultilineText, false, null, 9000, []));

        List<JsonComponent> labels = ModalRenderer.TryRender(form, form.Buttons[0])!.Components!;

        Assert.All(labels, label => Assert.Equal(ComponentTypes.Label, label.Type));
        Assert.Equal("what is wrong, in a line", labels[0].Description);
        Assert.Equal((ComponentTypes.TextInput, TextInputStyles.Short, "Checkout down", 200), Shape(labels[0].Component!));
        Assert.Equal((ComponentTypes.TextInput, TextInputStyles.Short, null, 10), Shape(labels[1].Component!));
        Assert.Equal(ModalRenderer.DatePlaceholder, labels[1].Component!.Placeholder);
        Assert.False(labels[1].Component!.Required);
        JsonComponent select = labels[2].Component!;
        Assert.Equal(ComponentTypes.StringSelect, select.Type);
        Assert.Equal(["high", "medium", "low"], select.Options!.Select(o => o.Value));
        Assert.Equal("medium", Assert.Single(select.Options!, o => o.Default == true).Value);
        Assert.Equal(ComponentTypes.TextInput, labels[3].Component!.Type);
        Assert.Equal((ComponentTypes.TextInput, TextInputStyles.Paragraph, null, 4000), Shape(labels[4].Component!));
    }

    [Fact]
    public void TryRender_LongTexts_CutToDiscordsLimits()
    {
        Card form = Form(
            new string('T', 60),
            new CardInput("notes", new string('L', 60), InputKind.Text, true, new string('v', 5000), 8000, []) { Placeholder = new string('p', 150) },
            new CardInput("pick", "Pick", InputKind.Choice, true, null, 20, [new string('c', 150)]));

        JsonMessageData modal = ModalRenderer.TryRender(form, form.Buttons[0])!;

        Assert.Equal(ModalRenderer.TitleLength, modal.Title!.Length);
        JsonComponent label = modal.Components![0];
        Assert.Equal(ModalRenderer.LabelLength, label.Label!.Length);
        Assert.Equal(ModalRenderer.DescriptionLength, label.Description!.Length);
        Assert.Equal(ModalRenderer.TextLength, label.Component!.Value!.Length);
        Assert.Equal(ModalRenderer.OptionLength, modal.Components[1].Component!.Options![0].Label.Length);
    }

    [Fact]
    public void TryRender_SixInputs_NullForSteps()
    {
        Card form = Form("Big", [.. Enumerable.Range(1, 6).Select(i => new CardInput($"f{i}", $"F{i}", InputKind.Text, false, null, 10, []))]);

        Assert.Null(ModalRenderer.TryRender(form, form.Buttons[0]));
    }

    [Fact]
    public void TryRender_SubmitDataTooLongForACustomId_NullForSteps()
    {
        Card form = new("Long", [], null, [new CardButton("Go", "incident.report", new Dictionary<string, string> { ["dialog"] = new string('d', 100) })],
            [new CardInput("title", "Title", InputKind.Text, true, null, 200, [])]);

        Assert.Null(ModalRenderer.TryRender(form, form.Buttons[0]));
    }

    [Fact]
    public void SubmitOf_CancelFirstThenPrimary_ThePrimary()
    {
        Card form = new("F", [], null,
            [new CardButton("Cancel", "intake.cancel", IdData), new CardButton("Report", "incident.report", IdData, ButtonStyle.Primary)],
            [new CardInput("title", "Title", InputKind.Text, true, null, 200, [])]);

        Assert.Equal("incident.report", ModalRenderer.SubmitOf(form)!.ActionId);
    }

    [Fact]
    public void SubmitOf_NoButtons_Null()
    {
        Card form = new("F", [], null, [], [new CardInput("title", "Title", InputKind.Text, true, null, 200, [])]);

        Assert.Null(ModalRenderer.SubmitOf(form));
    }

    private static (int Type, int? Style, string? Value, int? MaxLength) Shape(JsonComponent c) => (c.Type, c.Style, c.Value, c.MaxLength);

    private static Card Form(string title, params CardInput[] inputs) =>
        new(title, [], null, [new CardButton("Resolve", "incident.resolve", IdData, ButtonStyle.Primary)], inputs);

    private static string Json(JsonMessageData data) => JsonSerializer.Serialize(data, DiscordJsonContext.Default.JsonMessageData);
}
