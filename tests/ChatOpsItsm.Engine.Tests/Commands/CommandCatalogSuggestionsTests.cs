using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Engine.Tests.Commands;

/// <summary>Which catalog parameters a platform suggests values for while they are typed (Discord autocomplete).</summary>
public sealed class CommandCatalogSuggestionsTests
{
    private readonly CommandCatalog _catalog = new();

    [Fact]
    public void IncidentReportService_SuggestsFromTheServices()
    {
        ParameterDefinition service = _catalog.Find("incident", "report")!.Parameters.Single(p => p.Name == "service");

        Assert.Equal(SuggestionSource.Services, service.SuggestFrom);
    }

    [Fact]
    public void EveryTicketIdParameter_SuggestsFromTheTickets()
    {
        List<ParameterDefinition> ids = [.. _catalog.Commands.SelectMany(c => c.Parameters).Where(p => p.Kind == ParameterKind.TicketId)];

        Assert.NotEmpty(ids);
        Assert.All(ids, p => Assert.Equal(SuggestionSource.Tickets, p.SuggestFrom));
    }

    [Fact]
    public void EveryOtherParameter_SuggestsNothing()
    {
        IEnumerable<string> suggested = _catalog.Commands
            .SelectMany(c => c.Parameters.Select(p => (Command: c, Parameter: p)))
            .Where(pair => pair.Parameter.Kind != ParameterKind.TicketId && pair.Parameter.SuggestFrom != SuggestionSource.None)
            .Select(pair => $"{pair.Command.Path} {pair.Parameter.Name}");

        Assert.Equal(["incident report service", "change new service", "change edit service", "problem new service"], suggested);
    }
}
