using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

public sealed class CommandOptionsTests
{
    [Fact]
    public void ToCommand_GuildSlashCommand_CatalogActionWithEveryOptionByName()
    {
        InteractionContext context = Context(InteractionFixtures.Interaction(InteractionFixtures.SlashCommandGuild));

        InboundCommand command = CommandInteractionHandler.ToCommand(context, CommandOptions.PathOf(context.Interaction.Data), new CommandCatalog())!;

        Assert.Equal("1300000000000000002", command.EventId);
        Assert.Equal("incident.report", command.ActionId);
        Assert.Equal("discord:1600000000000000001", command.User.Identity.ToString());
        Assert.Equal("discord:1500000000000000001", command.Conversation.ToString());
        Assert.Equal("1400000000000000001", command.ChannelData["guild"]);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["title"] = "Checkout API returns 502",
                ["impact"] = "high",
                ["assignee"] = "discord:1600000000000000002",
            },
            command.Values);
    }

    [Fact]
    public void ToCommand_NotInTheCatalog_Null()
    {
        JsonInteractionData data = Data("""{"name":"incident","type":1,"options":[{"type":1,"name":"explode","options":[]}]}""");

        InboundCommand? command = CommandInteractionHandler.ToCommand(
            Context(InteractionFixtures.Interaction(InteractionFixtures.SlashCommandGuild)), CommandOptions.PathOf(data), new CommandCatalog());

        Assert.Null(command);
    }

    [Fact]
    public void PathOf_CommandWithoutSubCommand_NameNullAndItsParameters()
    {
        CommandPath path = CommandOptions.PathOf(Data("""{"name":"help","type":1,"options":[{"type":3,"name":"topic","value":"incident"}]}"""))!;

        Assert.Equal("help", path.Group);
        Assert.Null(path.Name);
        Assert.Equal("topic", Assert.Single(path.Parameters).Name);
    }

    [Fact]
    public void PathOf_SubCommandGroup_GroupAndSubCommandJoined()
    {
        CommandPath path = CommandOptions.PathOf(Data(
            """{"name":"admin","type":1,"options":[{"type":2,"name":"delivery","options":[{"type":1,"name":"replay","options":[{"type":3,"name":"work","value":"w-1"}]}]}]}"""))!;

        Assert.Equal("admin", path.Group);
        Assert.Equal("delivery replay", path.Name);
        Assert.Equal("w-1", CommandOptions.ValuesOf(path.Parameters)["work"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":"incident","options":[{"type":1,"options":[]}]}""")]
    public void PathOf_NoUsableName_Null(string json)
    {
        Assert.Null(CommandOptions.PathOf(Data(json)));
    }

    [Fact]
    public void ValuesOf_EveryOptionType_InvariantText()
    {
        CommandPath path = CommandOptions.PathOf(Data("""
            {"name":"x","options":[
              {"type":3,"name":"s","value":"text"},{"type":4,"name":"i","value":9007199254740991},
              {"type":10,"name":"n","value":1.5},{"type":5,"name":"b","value":false},
              {"type":6,"name":"u","value":"1600000000000000002"},{"type":7,"name":"c","value":"1500000000000000001"},
              {"type":3,"name":"missing"},{"type":3,"name":"obj","value":{"a":1}}]}
            """))!;

        Dictionary<string, string> values = CommandOptions.ValuesOf(path.Parameters);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["s"] = "text",
                ["i"] = "9007199254740991",
                ["n"] = "1.5",
                ["b"] = "false",
                ["u"] = "discord:1600000000000000002",
                ["c"] = "1500000000000000001",
            },
            values);
    }

    [Fact]
    public void Focused_Autocomplete_TheOptionBeingTyped()
    {
        CommandPath path = CommandOptions.PathOf(InteractionFixtures.Interaction(InteractionFixtures.Autocomplete).Data)!;

        Assert.Equal("id", path.Focused!.Name);
        Assert.Equal("INC-10", CommandOptions.ValueOf(path.Focused));
    }

    [Fact]
    public void ToReport_MessageCommand_TheTargetMessagesText()
    {
        InteractionContext context = Context(InteractionFixtures.Interaction(InteractionFixtures.MessageCommand));

        InboundMessage message = CommandInteractionHandler.ToReport(context, context.Interaction.Data!)!;

        Assert.Equal("payroll export is stuck since 9am", message.Text);
        Assert.Equal("1300000000000000008", message.EventId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ToReport_TargetWithoutText_Null(string content)
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.MessageCommand);
        node["data"]!["resolved"]!["messages"]!["1900000000000000009"]!["content"] = content;
        InteractionContext context = Context(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)));

        Assert.Null(CommandInteractionHandler.ToReport(context, context.Interaction.Data!));
    }

    [Fact]
    public void ToReport_TargetNotResolved_Null()
    {
        JsonObject node = InteractionFixtures.Node(InteractionFixtures.MessageCommand);
        node["data"]!["target_id"] = "1900000000000000000";
        InteractionContext context = Context(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)));

        Assert.Null(CommandInteractionHandler.ToReport(context, context.Interaction.Data!));
    }

    private static JsonInteractionData Data(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, DiscordJsonContext.Default.JsonInteractionData)!;

    private static InteractionContext Context(JsonInteraction interaction) => InteractionMapper.ContextOf(interaction, BuilderDefaults.Instant)!;
}
