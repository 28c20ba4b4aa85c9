using Azure.Storage.Queues;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Configuration;

public sealed class QueueServiceClientFactoryTests
{
    [Fact]
    public void Create_DevelopmentStorage_PointsAtAzuriteQueuePort()
    {
        using StorageMetrics metrics = new(null);

        QueueServiceClient client = QueueServiceClientFactory.Create(new TableStorageOptions(), metrics);

        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", client.Uri.ToString().TrimEnd('/'));
    }

    [Fact]
    public void Create_MalformedConnectionString_ThrowsWithoutQuotingIt()
    {
        using StorageMetrics metrics = new(null);
        TableStorageOptions options = new() { ConnectionString = "AccountKey=very-secret;nonsense" };

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(
            () => QueueServiceClientFactory.Create(options, metrics));

        Assert.DoesNotContain("very-secret", exception.ToString(), StringComparison.Ordinal);
    }
}
