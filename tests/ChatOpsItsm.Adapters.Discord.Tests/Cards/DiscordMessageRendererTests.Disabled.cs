using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed partial class DiscordMessageRendererTests
{
    [Fact]
    public void Disabled_RenderedRows_DisablesEveryButtonAndKeepsTheRest()
    {
        List<JsonComponent> rows = DiscordMessageRenderer.Render(Reply.Show(SampleCards.WithButtons(7))).Components!;

        List<JsonComponent> disabled = DiscordMessageRenderer.Disabled(rows);

        Assert.All(disabled, r => Assert.Null(r.Disabled));
        Assert.All(disabled.SelectMany(r => r.Components!), b => Assert.True(b.Disabled));
        Assert.Equal(rows.SelectMany(r => r.Components!).Select(b => b.CustomId), disabled.SelectMany(r => r.Components!).Select(b => b.CustomId));
        Assert.Equal(rows.SelectMany(r => r.Components!).Select(b => b.Label), disabled.SelectMany(r => r.Components!).Select(b => b.Label));
    }

    [Fact]
    public void Disabled_LeavesTheClickedMessagesRowsUntouched()
    {
        List<JsonComponent> rows = DiscordMessageRenderer.Render(Reply.Show(SampleCards.Incident())).Components!;

        _ = DiscordMessageRenderer.Disabled(rows);

        Assert.All(rows.SelectMany(r => r.Components!), b => Assert.Null(b.Disabled));
    }

    [Theory]
    [InlineData(ComponentTypes.StringSelect)]
    [InlineData(5)]
    [InlineData(8)]
    public void Disabled_Selects_AreDisabledToo(int selectType)
    {
        JsonComponent select = new() { Type = selectType, CustomId = "v1:incident.assign:id=INC-1001", Options = [new JsonSelectOption { Label = "a", Value = "a" }] };
        List<JsonComponent> rows = [new JsonComponent { Type = ComponentTypes.ActionRow, Components = [select] }];

        JsonComponent copy = DiscordMessageRenderer.Disabled(rows)[0].Components![0];

        Assert.True(copy.Disabled);
        Assert.Equal(select.Options, copy.Options);
    }

    [Fact]
    public void Disabled_NoRows_GivesNoRows() => Assert.Empty(DiscordMessageRenderer.Disabled([]));
}
