using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Engine.Tests.Commands;

public sealed class CommandCatalogTests
{
    private readonly CommandCatalog _catalog = new();

    [Fact]
    public void Commands_Always_HaveUniqueActionIds()
    {
        IEnumerable<string> actionIds = _catalog.Commands.Select(c => c.ActionId);

        Assert.Equal(actionIds.Count(), actionIds.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Commands_Always_HaveUniquePaths()
    {
        IEnumerable<string> paths = _catalog.Commands.Select(c => c.Path);

        Assert.Equal(paths.Count(), paths.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Commands_Always_HaveDescriptionsAndUniqueParameterNames()
    {
        Assert.All(_catalog.Commands, command =>
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description));
            Assert.Equal(command.Parameters.Count, command.Parameters.Select(p => p.Name).Distinct().Count());
        });
    }

    [Fact]
    public void Commands_Always_HaveAtMostOneRestTextParameterAndItComesLast()
    {
        Assert.All(_catalog.Commands, command =>
        {
            List<ParameterDefinition> positional = command.Parameters.Where(p => p.Positional).ToList();
            int restText = positional.FindIndex(p => p.Kind == ParameterKind.Text);
            Assert.True(restText == -1 || restText == positional.Count - 1, $"{command.Path}: rest text is not last");
        });
    }

    [Theory]
    [InlineData("help", null, "help")]
    [InlineData("whoami", null, "whoami")]
    [InlineData("incident", "report", "incident.report")]
    [InlineData("INCIDENT", "Resolve", "incident.resolve")]
    public void Find_KnownCommand_ReturnsIt(string group, string? name, string expectedActionId)
    {
        CommandDefinition? command = _catalog.Find(group, name);

        Assert.NotNull(command);
        Assert.Equal(expectedActionId, command.ActionId);
    }

    [Theory]
    [InlineData("incident", null)]
    [InlineData("incident", "explode")]
    [InlineData("change", "explode")]
    public void Find_UnknownCommand_ReturnsNull(string group, string? name)
    {
        CommandDefinition? command = _catalog.Find(group, name);

        Assert.Null(command);
    }

    [Theory]
    [InlineData("incident.assign", "incident assign")]
    [InlineData("Incident.Close", "incident close")]
    [InlineData("whoami", "whoami")]
    public void FindByActionId_KnownId_ReturnsTheCommand(string actionId, string expectedPath)
    {
        CommandDefinition? command = _catalog.FindByActionId(actionId);

        Assert.Equal(expectedPath, command?.Path);
    }

    [Theory]
    [InlineData("incident.explode")]
    [InlineData("intake.report")]
    [InlineData("")]
    public void FindByActionId_UnknownId_ReturnsNull(string actionId)
    {
        CommandDefinition? command = _catalog.FindByActionId(actionId);

        Assert.Null(command);
    }

    [Fact]
    public void Groups_Always_ListEachFirstWordOnce()
    {
        IEnumerable<string> groups = _catalog.Groups;

        Assert.Equal(["help", "whoami", "link", "unlink", "incident", "major", "change", "request", "problem", "release", "notify", "admin"], groups);
    }

    [Theory]
    [InlineData("incident", true)]
    [InlineData("Help", true)]
    [InlineData("incidents", false)]
    [InlineData("major", true)]
    [InlineData("majors", false)]
    public void IsGroup_Word_SaysWhetherItStartsACommand(string word, bool expected)
    {
        bool isGroup = _catalog.IsGroup(word);

        Assert.Equal(expected, isGroup);
    }

    [Theory]
    [InlineData("incdent lst", "incident list")]
    [InlineData("incident resolv", "incident resolve")]
    [InlineData("INCIDENT ASIGN", "incident assign")]
    [InlineData("hlep", "help")]
    [InlineData("whoamii", "whoami")]
    public void Nearest_Mistyped_SuggestsTheClosestCommand(string typed, string expectedPath)
    {
        CommandDefinition nearest = _catalog.Nearest(typed);

        Assert.Equal(expectedPath, nearest.Path);
    }

    [Theory]
    [InlineData("incident assign")]
    [InlineData("incident hold")]
    [InlineData("incident resume")]
    [InlineData("incident resolve")]
    public void Commands_WorkerOnlyCommands_RequireAgentOnCallOrAdmin(string path)
    {
        CommandDefinition command = _catalog.Commands.Single(c => c.Path == path);

        Assert.Equal([Role.Agent, Role.OnCall, Role.Admin], command.RequiredRoles);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("whoami")]
    [InlineData("incident report")]
    [InlineData("incident show")]
    [InlineData("incident list")]
    [InlineData("incident note")]
    [InlineData("incident close")]
    [InlineData("incident reopen")]
    [InlineData("incident cancel")]
    public void Commands_EveryoneCommands_RequireNoRole(string path)
    {
        CommandDefinition command = _catalog.Commands.Single(c => c.Path == path);

        Assert.Empty(command.RequiredRoles);
    }
}
