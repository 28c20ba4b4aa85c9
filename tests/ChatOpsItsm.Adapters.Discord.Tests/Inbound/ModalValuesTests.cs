using System.Text.Json;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

public sealed class ModalValuesTests
{
    [Theory]
    [InlineData(InteractionFixtures.ModalSubmitLabels)]
    [InlineData(InteractionFixtures.ModalSubmitLegacy)]
    public void Read_EitherLayout_ValuesByCustomId(string fixture)
    {
        Dictionary<string, string> values = ModalValues.Read(InteractionFixtures.Interaction(fixture).Data!.Components);

        Assert.Equal(new Dictionary<string, string> { ["resolution"] = "Rolled back release 2026.07.3", ["cause"] = "config" }, values);
    }

    [Fact]
    public void Read_TextDisplaysUnknownTypesAndMultiSelects_SkippedOrJoined()
    {
        List<JsonComponent> components = Components("""
            [{"type":10,"id":1,"content":"Please describe"},
             {"type":99,"custom_id":"future","value":"x"},
             {"type":18,"component":{"type":3,"custom_id":"services","values":["Payroll","Checkout API"]}},
             {"type":18,"component":{"type":4,"custom_id":"empty"}},
             {"type":18},
             {"type":1,"components":[{"type":4,"value":"no id"}]}]
            """);

        Dictionary<string, string> values = ModalValues.Read(components);

        Assert.Equal(new Dictionary<string, string> { ["services"] = "Payroll,Checkout API", ["empty"] = "" }, values);
    }

    [Fact]
    public void Read_None_Empty()
    {
        Assert.Empty(ModalValues.Read(null));
    }

    [Fact]
    public void ToSubmission_InputNamedLikeFixedData_FixedDataWins()
    {
        InteractionContext context = InteractionMapper.ContextOf(InteractionFixtures.Interaction(InteractionFixtures.ModalSubmitLabels), BuilderDefaults.Instant)!;

        InboundFormSubmission submission = ModalSubmitHandler.ToSubmission(
            context,
            "incident.resolve",
            new Dictionary<string, string> { ["id"] = "INC-1001" },
            new Dictionary<string, string> { ["id"] = "INC-9999", ["resolution"] = "Rolled back" });

        Assert.Equal("incident.resolve", submission.FormId);
        Assert.Equal(new Dictionary<string, string> { ["id"] = "INC-1001", ["resolution"] = "Rolled back" }, submission.Values);
        Assert.Equal("1300000000000000004", submission.EventId);
        Assert.Equal("discord:1600000000000000002", submission.User.Identity.ToString());
    }

    [Fact]
    public void ToAction_SelectClicked_ChosenValuesUnderValue()
    {
        InteractionContext context = InteractionMapper.ContextOf(InteractionFixtures.Interaction(InteractionFixtures.ButtonClick), BuilderDefaults.Instant)!;

        InboundCardAction action = ComponentInteractionHandler.ToAction(
            context, "incident.list", new Dictionary<string, string> { ["scope"] = "open" }, ["P1", "P2"]);

        Assert.Equal(new Dictionary<string, string> { ["scope"] = "open", ["value"] = "P1,P2" }, action.Data);
        Assert.Equal("discord:1500000000000000002", action.Conversation.ToString());
    }

    [Fact]
    public void ToAction_ButtonClicked_OnlyItsData()
    {
        InteractionContext context = InteractionMapper.ContextOf(InteractionFixtures.Interaction(InteractionFixtures.ButtonClick), BuilderDefaults.Instant)!;

        InboundCardAction action = ComponentInteractionHandler.ToAction(context, "incident.assign", new Dictionary<string, string> { ["id"] = "INC-1001" }, null);

        Assert.Equal(new Dictionary<string, string> { ["id"] = "INC-1001" }, action.Data);
    }

    private static List<JsonComponent> Components(string json) =>
        JsonSerializer.Deserialize(json, DiscordJsonContext.Default.ListJsonComponent)!;
}
