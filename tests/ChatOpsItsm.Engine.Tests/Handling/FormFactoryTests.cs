using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Handling;

public sealed class FormFactoryTests
{
    private readonly CommandCatalog _catalog = new();

    [Fact]
    public void For_FixedValues_LeavesThemOutOfTheInputsAndPutsThemOnTheSubmitButton()
    {
        CommandDefinition resolve = _catalog.Find("incident", "resolve")!;
        Dictionary<string, string> fixedValues = new() { ["id"] = "INC-1001" };

        Card card = FormFactory.For(resolve, "Resolve INC-1001", fixedValues);

        CardInput input = Assert.Single(card.Inputs);
        Assert.Equal("resolution", input.Name);
        Assert.Equal(InputKind.MultilineText, input.Kind);
        Assert.True(input.Required);
        CardButton submit = Assert.Single(card.Buttons);
        Assert.Equal("incident.resolve", submit.ActionId);
        Assert.Equal(ButtonStyle.Primary, submit.Style);
        Assert.Equal("INC-1001", submit.Data["id"]);
        Assert.True(card.IsForm);
    }

    [Fact]
    public void For_ReportForm_MarksTitleAndServiceRequiredAndPrefills()
    {
        CommandDefinition report = _catalog.Find("incident", "report")!;
        Dictionary<string, string> prefill = new() { ["title"] = "Printer jam", ["impact"] = "high" };

        Card card = FormFactory.For(report, "Report an incident", new Dictionary<string, string>(), prefill, "intake.cancel");

        Assert.Equal(["title", "service", "impact", "urgency", "description"], card.Inputs.Select(i => i.Name));
        Assert.Equal(["title", "service"], card.Inputs.Where(i => i.Required).Select(i => i.Name));
        Assert.Equal("Printer jam", card.Inputs.Single(i => i.Name == "title").Value);
        Assert.Equal("high", card.Inputs.Single(i => i.Name == "impact").Value);
        Assert.Equal(["Report", "Cancel"], card.Buttons.Select(b => b.Label));
        Assert.Equal("intake.cancel", card.Buttons[1].ActionId);
    }

    [Fact]
    public void For_ChoiceOverride_MakesAWordParameterAChoice()
    {
        CommandDefinition report = _catalog.Find("incident", "report")!;
        Dictionary<string, IReadOnlyList<string>> overrides = new() { ["service"] = ["email", "vpn"] };

        Card card = FormFactory.For(report, "Report", new Dictionary<string, string>(), choiceOverrides: overrides);

        CardInput service = card.Inputs.Single(i => i.Name == "service");
        Assert.Equal(InputKind.Choice, service.Kind);
        Assert.Equal(["email", "vpn"], service.Choices);
    }

    [Fact]
    public void For_ChoiceParameter_IsAChoiceInputWithItsValues()
    {
        CommandDefinition hold = _catalog.Find("incident", "hold")!;

        Card card = FormFactory.For(hold, "Hold", new Dictionary<string, string> { ["id"] = "INC-1001" });

        CardInput waitsOn = card.Inputs.Single(i => i.Name == "for");
        Assert.Equal(InputKind.Choice, waitsOn.Kind);
        Assert.Equal(["requester", "vendor", "change"], waitsOn.Choices);
        Assert.Equal("For", waitsOn.Label);
    }
}
