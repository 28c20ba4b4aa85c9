using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Tests.Handling;

public sealed class CommandArgumentsTests
{
    private static readonly UserIdentity LocalSender = new("local", "alice");
    private static readonly UserIdentity TeamsSender = new("teams", "29:aad-alice");
    private readonly CommandCatalog _catalog = new();

    [Theory]
    [InlineData("INC-1001")]
    [InlineData("inc-1001")]
    [InlineData(" INC-1001 ")]
    public void TicketId_WellFormed_IsParsed(string text)
    {
        CommandArguments arguments = Arguments("incident show", ("id", text));

        (TicketId? id, string? problem) = arguments.TicketId();

        Assert.Equal(new TicketId(TicketType.Incident, 1001), id);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void TicketId_Missing_AsksWhichTicketWithUsage(string text)
    {
        CommandArguments arguments = Arguments("incident show", ("id", text));

        (TicketId? id, string? problem) = arguments.TicketId();

        Assert.Null(id);
        Assert.Equal("Which ticket? Usage: `incident show <id>`", problem);
    }

    [Theory]
    [InlineData("1001")]
    [InlineData("INC-99")]
    [InlineData("INC1001")]
    [InlineData("XYZ-1001")]
    public void TicketId_Malformed_SaysWhatAnIdLooksLike(string text)
    {
        CommandArguments arguments = Arguments("incident show", ("id", text));

        (TicketId? id, string? problem) = arguments.TicketId();

        Assert.Null(id);
        Assert.Equal($"`{text}` is not a ticket id such as INC-1001.", problem);
    }

    [Fact]
    public void TicketId_VeryLongGarbage_IsShortenedInTheProblem()
    {
        string garbage = new('x', 300);
        CommandArguments arguments = Arguments("incident show", ("id", garbage));

        (_, string? problem) = arguments.TicketId();

        Assert.NotNull(problem);
        Assert.Contains(new string('x', 40) + "…", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 41), problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TicketId_OtherTicketType_IsParsedWithItsType()
    {
        CommandArguments arguments = Arguments("incident show", ("id", "CHG-1005"));

        (TicketId? id, _) = arguments.TicketId();

        Assert.Equal(new TicketId(TicketType.Change, 1005), id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("me")]
    [InlineData("ME")]
    public void User_EmptyOrMe_IsTheSender(string? text)
    {
        CommandArguments arguments = text is null ? Arguments("incident assign") : Arguments("incident assign", ("user", text));

        (UserIdentity? identity, string? problem) = arguments.User("user", LocalSender);

        Assert.Equal(LocalSender, identity);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("@bob", "local:bob")]
    [InlineData("bob", "local:bob")]
    [InlineData("teams:abc", "teams:abc")]
    [InlineData("discord:123456789012345678", "discord:123456789012345678")]
    public void User_FromLocalSender_ResolvesOnTheRightPlatform(string text, string expected)
    {
        CommandArguments arguments = Arguments("incident assign", ("user", text));

        (UserIdentity? identity, string? problem) = arguments.User("user", LocalSender);

        Assert.Equal(UserIdentity.Parse(expected), identity);
        Assert.Null(problem);
    }

    [Fact]
    public void User_AtNameFromTeamsSender_IsOnTeams()
    {
        CommandArguments arguments = Arguments("incident assign", ("user", "@bob"));

        (UserIdentity? identity, _) = arguments.User("user", TeamsSender);

        Assert.Equal(new UserIdentity("teams", "bob"), identity);
    }

    [Theory]
    [InlineData("@")]
    [InlineData("bad platform:x")]
    [InlineData("te-ams:abc")]
    public void User_NotAnIdentity_SaysHowToWriteAPerson(string text)
    {
        CommandArguments arguments = Arguments("incident assign", ("user", text));

        (UserIdentity? identity, string? problem) = arguments.User("user", LocalSender);

        Assert.Null(identity);
        Assert.Equal($"`{text}` is not a person: write me, @name or platform:id.", problem);
    }

    [Fact]
    public void FirstProblem_AllValuesFine_IsNull()
    {
        CommandArguments arguments = Arguments("incident report", ("title", "Printer jam"), ("impact", "HIGH"), ("urgency", "low"));

        string? problem = arguments.FirstProblem();

        Assert.Null(problem);
    }

    [Fact]
    public void FirstProblem_ValueTooLong_NamesTheParameterAndLimit()
    {
        CommandArguments arguments = Arguments("incident report", ("title", new string('a', 201)));

        string? problem = arguments.FirstProblem();

        Assert.Equal("The title is 201 characters long; the limit is 200.", problem);
    }

    [Fact]
    public void FirstProblem_ValueAtTheLimit_IsFine()
    {
        CommandArguments arguments = Arguments("incident report", ("title", new string('a', 200)));

        string? problem = arguments.FirstProblem();

        Assert.Null(problem);
    }

    [Theory]
    [InlineData("incident report", "impact", "huge", "The impact must be one of: high, medium, low.")]
    [InlineData("incident list", "scope", "yours", "The scope must be one of: mine, open, all.")]
    [InlineData("incident list", "priority", "P9", "The priority must be one of: P1, P2, P3, P4, P5.")]
    [InlineData("incident hold", "for", "lunch", "The for must be one of: requester, vendor, change.")]
    public void FirstProblem_ChoiceOutsideItsValues_ListsTheValues(string path, string name, string value, string expected)
    {
        CommandArguments arguments = Arguments(path, (name, value));

        string? problem = arguments.FirstProblem();

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void FirstProblem_UnknownNames_AreIgnored()
    {
        CommandArguments arguments = Arguments("incident report", ("dialog", new string('d', 500)));

        string? problem = arguments.FirstProblem();

        Assert.Null(problem);
    }

    [Theory]
    [InlineData("  spaced  ", "spaced")]
    [InlineData("   ", null)]
    public void Text_Value_IsTrimmedAndBlankIsNull(string value, string? expected)
    {
        CommandArguments arguments = Arguments("incident note", ("text", value));

        string? text = arguments.Text("text");

        Assert.Equal(expected, text);
    }

    private CommandArguments Arguments(string path, params (string Name, string Value)[] values) =>
        new(_catalog.Commands.Single(c => c.Path == path), values.ToDictionary(v => v.Name, v => v.Value));
}
