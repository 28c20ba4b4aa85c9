using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Engine.Tests.Commands;

public sealed class ParameterDefinitionTests
{
    [Fact]
    public void SuggestFrom_TicketId_IsTickets()
    {
        ParameterDefinition id = ParameterDefinition.Id();

        Assert.Equal(SuggestionSource.Tickets, id.SuggestFrom);
    }

    [Theory]
    [InlineData(ParameterKind.TicketId, SuggestionSource.Tickets)]
    [InlineData(ParameterKind.Text, SuggestionSource.None)]
    [InlineData(ParameterKind.Word, SuggestionSource.None)]
    [InlineData(ParameterKind.Choice, SuggestionSource.None)]
    [InlineData(ParameterKind.User, SuggestionSource.None)]
    public void SuggestFrom_NotSet_FollowsTheKind(ParameterKind kind, SuggestionSource expected)
    {
        ParameterDefinition parameter = new("p", "a parameter", kind, Required: false, Positional: false, 20, []);

        Assert.Equal(expected, parameter.SuggestFrom);
    }

    [Fact]
    public void SuggestFrom_FactoriesOtherThanId_AreNone()
    {
        ParameterDefinition[] parameters =
        [
            ParameterDefinition.RestText("title", "what is wrong", 200),
            ParameterDefinition.Option("service", "the service", 80),
            ParameterDefinition.Choice("impact", "how widely", positional: false, "high", "low"),
        ];

        Assert.All(parameters, p => Assert.Equal(SuggestionSource.None, p.SuggestFrom));
    }

    [Fact]
    public void SuggestFrom_SetWithWith_IsKeptAndChangesNothingElse()
    {
        ParameterDefinition option = ParameterDefinition.Option("service", "the service", 80);

        ParameterDefinition suggested = option with { SuggestFrom = SuggestionSource.Services };

        Assert.Equal(SuggestionSource.Services, suggested.SuggestFrom);
        Assert.Equal(option with { SuggestFrom = SuggestionSource.Services }, suggested);
        Assert.NotEqual(option, suggested);
        Assert.Equal(SuggestionSource.None, option.SuggestFrom);
    }
}
