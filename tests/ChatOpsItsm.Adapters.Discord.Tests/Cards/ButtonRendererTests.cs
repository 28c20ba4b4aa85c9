using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed class ButtonRendererTests
{
    [Fact]
    public void Render_Styles_MapToDiscordStyles()
    {
        List<JsonComponent> buttons = ButtonRenderer.Render(SampleCards.Incident() with
        {
            Buttons = [Button("a", ButtonStyle.Primary), Button("b", ButtonStyle.Danger), Button("c", ButtonStyle.Default)],
        }, null);

        Assert.Equal([1, 4, 2], buttons.Select(b => b.Style!.Value));
        Assert.All(buttons, b => Assert.Equal(ComponentTypes.Button, b.Type));
        Assert.All(buttons, b => Assert.Null(b.Url));
    }

    [Fact]
    public void Render_Button_CarriesActionAndDataInCustomId()
    {
        JsonComponent button = ButtonRenderer.Render(SampleCards.Incident(), null)[3];

        Assert.Equal("v1:incident.assign:id=INC-1001;user=me", button.CustomId);
        Assert.True(CustomIds.TryDecode(button.CustomId, out string action, out IReadOnlyDictionary<string, string> data));
        Assert.Equal("incident.assign", action);
        Assert.Equal("me", data["user"]);
    }

    [Fact]
    public void Render_CustomIdOver100_LeavesOnlyThatButtonOut()
    {
        CardButton tooLong = new("Huge", "incident.note", new Dictionary<string, string> { ["text"] = new string('x', 100) });
        Card card = SampleCards.Incident() with { Buttons = [Button("a"), tooLong, Button("c")] };

        List<JsonComponent> buttons = ButtonRenderer.Render(card, null);

        Assert.Equal(["a", "c"], buttons.Select(b => b.Label));
    }

    [Fact]
    public void Render_FormCard_SubmitOpensTheFormAndCancelStays()
    {
        List<JsonComponent> buttons = ButtonRenderer.Render(SampleCards.ReportForm(), null);

        Assert.Equal($"v1:form.incident.report:dialog={SampleCards.DialogId}", buttons[0].CustomId);
        Assert.Equal($"v1:intake.cancel:dialog={SampleCards.DialogId}", buttons[1].CustomId);
    }

    [Fact]
    public void Render_FormCardWithoutPrimary_FirstButtonSubmits()
    {
        Card form = SampleCards.ReportForm() with { Buttons = [Button("Send"), Button("Other")] };

        List<JsonComponent> buttons = ButtonRenderer.Render(form, null);

        Assert.StartsWith("v1:form.incident.close:", buttons[0].CustomId, StringComparison.Ordinal);
        Assert.StartsWith("v1:incident.close:", buttons[1].CustomId, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotAForm_ActionsStayAsTheEngineWroteThem()
    {
        List<JsonComponent> buttons = ButtonRenderer.Render(SampleCards.ReportForm() with { Inputs = [] }, null);

        Assert.StartsWith("v1:incident.report:", buttons[0].CustomId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incident.report", "form.incident.report")]
    [InlineData("form.incident.note", "form.incident.note")]
    [InlineData("intake.report", "intake.report")]
    [InlineData("notify", "form.notify")]
    public void OpenFormAction_PrefixesOnlyPlainActions(string actionId, string expected) =>
        Assert.Equal(expected, ButtonRenderer.OpenFormAction(actionId));

    private static CardButton Button(string label, ButtonStyle style = ButtonStyle.Default) =>
        new(label, "incident.close", new Dictionary<string, string> { ["id"] = "INC-1001", ["n"] = label }, style);
}
