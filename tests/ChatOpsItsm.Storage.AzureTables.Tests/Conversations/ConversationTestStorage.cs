using Azure.Data.Tables;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations;
using ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;
using ChatOpsItsm.Storage.AzureTables.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

/// <summary>
/// The conversation ports as the host wires them (<c>AddAzureTableStorage()</c> plus
/// <c>AddAzureTableConversations()</c>) on the fixture's Azurite, with tables of their own and fake logging.
/// </summary>
internal sealed class ConversationTestStorage : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ConversationTestStorage(ServiceProvider provider, string tablePrefix)
    {
        _provider = provider;
        TablePrefix = tablePrefix;
    }

    public string TablePrefix { get; }

    public IConversationReferences References => _provider.GetRequiredService<IConversationReferences>();

    public IInboundLedger Ledger => _provider.GetRequiredService<IInboundLedger>();

    public InboundLedgerJanitor Janitor => _provider.GetRequiredService<InboundLedgerJanitor>();

    public INotificationPreferences Preferences => _provider.GetRequiredService<INotificationPreferences>();

    public ILocalConversationStore LocalChat => _provider.GetRequiredService<ILocalConversationStore>();

    public ConversationStorageInitializer Initializer => _provider.GetRequiredService<ConversationStorageInitializer>();

    public StorageMetrics Metrics => _provider.GetRequiredService<StorageMetrics>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    /// <summary>The raw tables, to check rows behind the stores' backs.</summary>
    public ConversationTables Tables => _provider.GetRequiredService<ConversationTables>();

    public static async Task<ConversationTestStorage> StartAsync(AzuriteFixture azurite, ConversationTestSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        settings ??= new ConversationTestSettings();
        string prefix = azurite.UniqueName("c");
        ServiceCollection services = new();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddOptions<TableStorageOptions>().Configure(options =>
        {
            options.ConnectionString = settings.ConnectionString ?? azurite.ConnectionString;
            options.TablePrefix = prefix;
            options.MaxRetries = settings.MaxRetries;
            options.OperationTimeout = settings.OperationTimeout;
        });
        services.AddOptions<InboundOptions>().Configure(options => options.Window = settings.InboundWindow);
        services.AddSingleton(provider => TableServiceClientFactory.Create(
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value,
            provider.GetRequiredService<StorageMetrics>(),
            settings.Policies));
        services.AddAzureTableStorage();
        services.AddAzureTableConversations();
        ConversationTestStorage storage = new(services.BuildServiceProvider(validateScopes: true), prefix);
        if (settings.Initialize)
        {
            await storage.Initializer.InitializeAsync(TestContext.Current.CancellationToken);
        }

        return storage;
    }

    /// <summary>Every row of a table, keys only, for checks that a test's own rows are (or are not) there.</summary>
    public static async Task<IReadOnlyList<(string PartitionKey, string RowKey)>> KeysAsync(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        List<(string, string)> keys = [];
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(
            select: ["PartitionKey", "RowKey"], cancellationToken: TestContext.Current.CancellationToken))
        {
            keys.Add((row.PartitionKey, row.RowKey));
        }

        return keys;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
