using Azure.Data.Tables;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.MajorIncidents;

public sealed class TableWarRoomsTests
{
    private static readonly TicketId Major = new(TicketType.Incident, 1042);
    private static readonly ConversationAddress Thread = new("discord", "1500000000000000099");
    private readonly AzuriteFixture _azurite;

    public TableWarRoomsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_Remembered_ReturnsItsIncident()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        IWarRooms warRooms = WarRooms(storage);

        await warRooms.RememberAsync(Thread, Major, Token);

        Assert.Equal(Major, await warRooms.FindAsync(new ConversationAddress("discord", "1500000000000000099"), Token));
    }

    [Fact]
    public async Task FindAsync_Unknown_ReturnsNull()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        IWarRooms warRooms = WarRooms(storage);
        await warRooms.RememberAsync(Thread, Major, Token);

        Assert.Null(await warRooms.FindAsync(new ConversationAddress("teams", Thread.ConversationId), Token));
        Assert.Null(await warRooms.FindAsync(new ConversationAddress("discord", "150000000000000009"), Token));
    }

    [Fact]
    public async Task RememberAsync_Twice_KeepsOneRow()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        IWarRooms warRooms = WarRooms(storage);

        await warRooms.RememberAsync(Thread, Major, Token);
        await warRooms.RememberAsync(Thread, Major, Token);

        Assert.Equal(["wr|discord:1500000000000000099"], await WarRoomRowsAsync(storage));
        Assert.Equal(Major, await warRooms.FindAsync(Thread, Token));
    }

    [Fact]
    public async Task FindAsync_HostileAndVeryLongConversationIds_FindEachItsOwnIncident()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        IWarRooms warRooms = WarRooms(storage);
        ConversationAddress hostile = new("teams", "19:x'|/\\#?~ PartitionKey eq 'INC' or true 😀@thread.v2");
        ConversationAddress longOne = new("teams", "19:" + new string('a', 600) + "@thread.tacv2;messageid=1");
        ConversationAddress longTwo = new("teams", "19:" + new string('a', 600) + "@thread.tacv2;messageid=2");
        await warRooms.RememberAsync(hostile, new TicketId(TicketType.Incident, 1001), Token);
        await warRooms.RememberAsync(longOne, new TicketId(TicketType.Incident, 1002), Token);
        await warRooms.RememberAsync(longTwo, new TicketId(TicketType.Incident, 1003), Token);

        Assert.Equal(1001, (await warRooms.FindAsync(hostile, Token))?.Number);
        Assert.Equal(1002, (await warRooms.FindAsync(longOne, Token))?.Number);
        Assert.Equal(1003, (await warRooms.FindAsync(longTwo, Token))?.Number);
        Assert.Null(await warRooms.FindAsync(new ConversationAddress("teams", "19:x' or true or 'a'='a"), Token));
    }

    [Fact]
    public async Task RememberAsync_ChangeId_Throws()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => WarRooms(storage).RememberAsync(Thread, new TicketId(TicketType.Change, 1001), Token));

        Assert.Empty(await WarRoomRowsAsync(storage));
    }

    [Fact]
    public async Task RememberAndFind_CostOneRoundTripEach()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        IWarRooms warRooms = WarRooms(storage);
        using RoundTripCounter counter = new(storage.Metrics);

        await warRooms.RememberAsync(Thread, Major, Token);
        long remember = counter.Take();
        await warRooms.FindAsync(Thread, Token);
        long find = counter.Take();

        Assert.Equal((1L, 1L), (remember, find));
    }

    [Fact]
    public async Task FindAsync_RowNamingNoIncident_ThrowsInvalidData()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.TicketsTable.UpsertEntityAsync(new TableEntity("INC", "wr|discord:1500000000000000099") { ["Incident"] = "CHG-1001" }, cancellationToken: Token);

        await Assert.ThrowsAsync<InvalidDataException>(() => WarRooms(storage).FindAsync(Thread, Token));
    }

    [Fact]
    public async Task StorageDown_BothThrowStorageUnavailable()
    {
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { ConnectionString = ClosedPort.ConnectionString(), MaxRetries = 0, OperationTimeout = TimeSpan.FromSeconds(2), Initialize = false });
        IWarRooms warRooms = WarRooms(storage);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => warRooms.RememberAsync(Thread, Major, Token));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => warRooms.FindAsync(Thread, Token));
    }

    private static IWarRooms WarRooms(TestStorage storage) => storage.WarRooms;

    private static async Task<List<string>> WarRoomRowsAsync(TestStorage storage)
    {
        List<string> keys = [];
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {"INC"} and RowKey ge {"wr|"} and RowKey lt {"wr}"}");
        await foreach (TableEntity row in storage.TicketsTable.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: Token))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
