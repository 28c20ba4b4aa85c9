using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Commands;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Engine.Tests.Commands;

public sealed class CommandDefinitionTests
{
    private readonly CommandCatalog _catalog = new();

    [Theory]
    [InlineData("help", "help [topic]")]
    [InlineData("whoami", "whoami")]
    [InlineData("incident report", "incident report [title] [service:] [impact:] [urgency:] [description:]")]
    [InlineData("incident show", "incident show <id>")]
    [InlineData("incident list", "incident list [scope] [priority:]")]
    [InlineData("incident assign", "incident assign <id> [user]")]
    [InlineData("incident note", "incident note <id> <text>")]
    [InlineData("incident hold", "incident hold <id> [for:] [reason]")]
    [InlineData("incident resume", "incident resume <id>")]
    [InlineData("incident resolve", "incident resolve <id> <resolution>")]
    [InlineData("incident close", "incident close <id>")]
    [InlineData("incident reopen", "incident reopen <id> <reason>")]
    [InlineData("incident cancel", "incident cancel <id> [reason]")]
    public void Usage_EachCommand_ShowsPositionalAndOptionParameters(string path, string expected)
    {
        CommandDefinition command = _catalog.Commands.Single(c => c.Path == path);

        Assert.Equal(expected, command.Usage);
    }

    [Theory]
    [InlineData("help", "help", "help")]
    [InlineData("incident resolve", "incident resolve", "incident.resolve")]
    public void PathAndActionId_GroupAndName_AreJoinedBySpaceAndDot(string path, string expectedPath, string expectedActionId)
    {
        CommandDefinition command = _catalog.Commands.Single(c => c.Path == path);

        Assert.Equal((expectedPath, expectedActionId), (command.Path, command.ActionId));
    }

    [Theory]
    [InlineData(Role.Requester, false)]
    [InlineData(Role.Agent, true)]
    [InlineData(Role.OnCall, true)]
    [InlineData(Role.Admin, true)]
    public void AllowedFor_WorkerCommand_DependsOnRole(Role role, bool expected)
    {
        CommandDefinition resolve = _catalog.Find("incident", "resolve")!;
        Person person = APerson().WithRole(role).Build();

        bool allowed = resolve.AllowedFor(person);

        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void AllowedFor_CommandWithoutRoles_AllowsARequester()
    {
        CommandDefinition report = _catalog.Find("incident", "report")!;

        bool allowed = report.AllowedFor(APerson().Build());

        Assert.True(allowed);
    }
}
