using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

/// <summary>Every event the adapter hands the engine says whether it came from a DM (no guild), where no war room can open.</summary>
public sealed class DirectEventsTests
{
    private static readonly Dictionary<string, string> NoData = [];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToCommand_SlashCommand_IsDirectInADmOnly(bool inDm)
    {
        InteractionContext context = Context(InteractionFixtures.SlashCommandGuild, inDm);

        InboundCommand command = CommandInteractionHandler.ToCommand(context, CommandOptions.PathOf(context.Interaction.Data), new CommandCatalog())!;

        Assert.Equal(inDm, command.IsDirect);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToReport_MessageCommand_IsDirectInADmOnly(bool inDm)
    {
        InteractionContext context = Context(InteractionFixtures.MessageCommand, inDm);

        Assert.Equal(inDm, CommandInteractionHandler.ToReport(context, context.Interaction.Data!)!.IsDirect);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToAction_ButtonClick_IsDirectInADmOnly(bool inDm)
    {
        InteractionContext context = Context(InteractionFixtures.ButtonClick, inDm);

        Assert.Equal(inDm, ComponentInteractionHandler.ToAction(context, "incident.show", NoData, null).IsDirect);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToSubmission_ModalSubmit_IsDirectInADmOnly(bool inDm)
    {
        InteractionContext context = Context(InteractionFixtures.ModalSubmitLabels, inDm);

        Assert.Equal(inDm, ModalSubmitHandler.ToSubmission(context, "incident.resolve", NoData, NoData).IsDirect);
    }

    /// <summary>The fixture as sent in a guild, or as the brief's DM variant: no <c>guild_id</c>, <c>user</c> instead of <c>member</c>.</summary>
    private static InteractionContext Context(string fixture, bool inDm)
    {
        JsonObject node = InteractionFixtures.Node(fixture);
        if (inDm)
        {
            node.Remove("guild_id");
            node["user"] = node["member"]!["user"]!.DeepClone();
            node.Remove("member");
            node["context"] = 1;
        }

        return InteractionMapper.ContextOf(InteractionFixtures.Parse(InteractionFixtures.ToBytes(node)), BuilderDefaults.Instant)!;
    }
}
