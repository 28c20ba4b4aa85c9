using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Help;

public sealed class HelpHandlerTests : IDisposable
{
    private static readonly string[] EveryoneCommands =
    [
        "`help [topic]`",
        "`whoami`",
        "`incident report [title] [service:] [impact:] [urgency:] [description:]`",
        "`incident show <id>`",
        "`incident list [scope] [priority:]`",
        "`incident note <id> <text>`",
        "`incident close <id>`",
        "`incident reopen <id> <reason>`",
        "`incident cancel <id> [reason]`",
    ];

    private static readonly string[] WorkerCommands =
    [
        "`incident assign <id> [user]`",
        "`incident hold <id> [for:] [reason]`",
        "`incident resume <id>`",
        "`incident resolve <id> <resolution>`",
    ];

    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Help_Requester_ListsOnlyCommandsARequesterMayUse()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("help"));

        Assert.StartsWith("**What I can do for you**\n", reply.Text, StringComparison.Ordinal);
        Assert.All(EveryoneCommands, usage => Assert.Contains(usage, reply.Text, StringComparison.Ordinal));
        Assert.All(WorkerCommands, usage => Assert.DoesNotContain(usage, reply.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("olga")]
    [InlineData("root")]
    public async Task Help_Worker_ListsEveryCommand(string who)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says("/help"));

        Assert.All(EveryoneCommands.Concat(WorkerCommands), usage => Assert.Contains(usage, reply.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_Always_InvitesPlainWords()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("help"));

        Assert.EndsWith("Or just tell me what is wrong in your own words, and I'll propose an incident.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Line_ShowsUsageAndDescription()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("help"));

        Assert.Contains("- `incident resolve <id> <resolution>`: Resolve an incident\n", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_IncidentTopic_ListsOnlyIncidentCommands()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("help incident"));

        Assert.Contains("`incident report", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`whoami`", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`help [topic]`", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task HandleAsync_EmptyMessage_AnswersWithHelp(string text)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(text));

        Assert.StartsWith("**What I can do for you**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_MistypedCommand_SuggestsTheNearestAndShowsHelp()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("/incdent lst"));

        Assert.StartsWith(
            "I don't know `incdent lst`. Did you mean `incident list [scope] [priority:]`?\n\n**What I can do for you**",
            reply.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ShortMistypedFirstWordWithoutSlash_SuggestsTheCommand()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incdent list"));

        Assert.StartsWith("I don't know `incdent list`. Did you mean `incident list", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_TypedTextWithBackticks_CannotBreakOutOfTheCodeSpan()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("/incident `rm`"));

        Assert.StartsWith("I don't know `incident 'rm'`.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_VeryLongTypedText_IsShortened()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("/" + new string('x', 300)));

        Assert.StartsWith($"I don't know `{new string('x', 40)}…`.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_UnknownTopic_StillListsTheCommands()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("help my laptop will not boot"));

        Assert.Contains("`incident report", reply.Text, StringComparison.Ordinal);
    }
}
