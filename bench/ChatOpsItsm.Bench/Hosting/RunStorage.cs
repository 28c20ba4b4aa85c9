using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Azure.Storage.Queues;

namespace ChatOpsItsm.Bench.Hosting;

/// <summary>Removes what a run created in a storage account it did not start: its tables and its queues.</summary>
internal static class RunStorage
{
    public static async Task DeleteAsync(
        string connectionString, string tablePrefix, IEnumerable<string> queueNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queueNames);
        var tables = new TableServiceClient(connectionString);
        // '~' sorts after every letter and digit, so this range is exactly the names starting with the prefix.
        string filter = TableServiceClient.CreateQueryFilter($"TableName ge {tablePrefix} and TableName lt {tablePrefix + "~"}");
        await foreach (TableItem table in tables.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            await tables.DeleteTableAsync(table.Name, cancellationToken);
        }

        var queues = new QueueServiceClient(connectionString);
        foreach (string queue in queueNames)
        {
            try
            {
                await queues.DeleteQueueAsync(queue, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // That host never started, so its queue was never created.
            }
        }
    }
}
