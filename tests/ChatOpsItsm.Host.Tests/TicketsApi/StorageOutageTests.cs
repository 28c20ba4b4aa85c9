using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace ChatOpsItsm.Host.Tests.TicketsApi;

/// <summary>SPEC §6: storage down for a while means clear answers, not 500s or stack traces.</summary>
public sealed class StorageOutageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetTicket_StorageDown_Is503ProblemWithRetryAfter()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { ReplaceServices = StoreDown };

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri("/api/tickets/INC-1001", UriKind.Relative), TestContext.Current.CancellationToken);

        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nothing was changed", (string?)JsonNode.Parse(text)!["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task LocalMessage_StorageDown_AnswersWithAPlainApology()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { ReplaceServices = StoreDown };

        LocalChatResponse answer = await new LocalChatClient(host.CreateClient()).SayAsync("alice", "incident show INC-1001");

        Assert.Contains("can't reach the ticket store", answer.AllText, StringComparison.Ordinal);
    }

    private static void StoreDown(IServiceCollection services)
    {
        IIncidentStore store = Substitute.For<IIncidentStore>();
        store.GetWithHistoryAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).ThrowsAsync(new StorageUnavailableException("down"));
        services.AddSingleton(store);
    }
}
