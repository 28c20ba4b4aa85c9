using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Configuration;

public sealed class TableServiceClientFactoryTests
{
    [Fact]
    public void Create_DevelopmentStorage_PointsAtAzuriteTablePort()
    {
        using StorageMetrics metrics = new(null);

        Azure.Data.Tables.TableServiceClient client = TableServiceClientFactory.Create(new TableStorageOptions(), metrics);

        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", client.Uri.ToString().TrimEnd('/'));
    }

    [Fact]
    public void Create_MalformedConnectionString_ThrowsWithoutQuotingIt()
    {
        using StorageMetrics metrics = new(null);
        TableStorageOptions options = new() { ConnectionString = "AccountKey=very-secret;nonsense" };

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(
            () => TableServiceClientFactory.Create(options, metrics));

        Assert.DoesNotContain("very-secret", exception.ToString(), StringComparison.Ordinal);
    }
}
