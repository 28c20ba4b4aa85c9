using Azure.Data.Tables;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Azurite;

public sealed class AzuriteFixtureTests
{
    private readonly AzuriteFixture _azurite;

    public AzuriteFixtureTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task ConnectionString_NewTable_RoundTripsAnEntity()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var table = new TableClient(_azurite.ConnectionString, _azurite.UniqueName("fixture"));
        await table.CreateAsync(cancellationToken);

        await table.AddEntityAsync(new TableEntity("INC", "1001") { ["Title"] = "Printer on fire" }, cancellationToken);
        TableEntity read = (await table.GetEntityAsync<TableEntity>("INC", "1001", cancellationToken: cancellationToken)).Value;

        Assert.Equal("Printer on fire", read.GetString("Title"));
    }

    [Fact]
    public async Task QueueEndpoint_UnsignedRequest_AnsweredByQueueService()
    {
        using var http = new HttpClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri($"{_azurite.QueueEndpoint}?comp=list"), TestContext.Current.CancellationToken);

        // Any storage service stamps its answers, errors included, with a request id.
        Assert.True(response.Headers.Contains("x-ms-request-id"), $"Status {(int)response.StatusCode}, headers: {response.Headers}");
    }

    [Fact]
    public void UniqueName_CalledTwice_ReturnsDistinctValidNames()
    {
        string first = _azurite.UniqueName("tickets");
        string second = _azurite.UniqueName("tickets");

        Assert.NotEqual(first, second);
        Assert.All([first, second], name => Assert.Matches("^[a-z][a-z0-9]{2,62}$", name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1tickets")]
    [InlineData("Tickets")]
    [InlineData("tick-ets")]
    public void UniqueName_InvalidPrefix_Throws(string prefix)
    {
        Assert.ThrowsAny<ArgumentException>(() => _azurite.UniqueName(prefix));
    }
}
