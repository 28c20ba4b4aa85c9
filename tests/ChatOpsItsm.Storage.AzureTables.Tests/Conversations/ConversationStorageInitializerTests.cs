using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Conversations;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class ConversationStorageInitializerTests
{
    private readonly AzuriteFixture _azurite;

    public ConversationStorageInitializerTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_FreshAccount_CreatesTheThreeTables()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite, new ConversationTestSettings { Initialize = false });

        await storage.Initializer.InitializeAsync(Token);

        Assert.Equal(
            [$"{storage.TablePrefix}Conversations", $"{storage.TablePrefix}Inbound", $"{storage.TablePrefix}LocalChat"],
            storage.Tables.All.Select(table => table.Name));
        foreach (Azure.Data.Tables.TableClient table in storage.Tables.All)
        {
            await table.GetAccessPoliciesAsync(Token);
        }
    }

    [Fact]
    public async Task InitializeAsync_Twice_Succeeds()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        await storage.Initializer.InitializeAsync(Token);

        Assert.Contains(storage.Logs.GetSnapshot(), record => record.Message.Contains("are ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InitializeAsync_StorageUnreachable_ThrowsWithHowToMessage()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite,
            new ConversationTestSettings
            {
                ConnectionString = ClosedPortConnectionString(),
                MaxRetries = 0,
                OperationTimeout = TimeSpan.FromSeconds(2),
                Initialize = false,
            });

        StorageUnavailableException exception = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.Initializer.InitializeAsync(Token));

        Assert.Equal(ConversationStorageInitializer.UnreachableMessage, exception.Message);
        Assert.Contains("npm start", exception.Message, StringComparison.Ordinal);
    }

    private static string ClosedPortConnectionString()
    {
        TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");
    }
}
