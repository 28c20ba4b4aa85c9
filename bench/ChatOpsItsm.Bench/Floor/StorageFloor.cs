using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace ChatOpsItsm.Bench.Floor;

/// <summary>
/// The storage floor: the cheapest thing each command could cost, measured with Azure.Data.Tables straight
/// against the same emulator, through its own client (not counted as the host's round trips).
/// </summary>
internal sealed class StorageFloor
{
    private const string Partition = "floor";

    private readonly TableClient _table;
    private int _inserted;

    private StorageFloor(TableClient table)
    {
        _table = table;
    }

    public string TableName => _table.Name;

    public static async Task<StorageFloor> CreateAsync(TableServiceClient service, string tableName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        TableClient table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync(cancellationToken);
        return new StorageFloor(table);
    }

    /// <summary>One <c>AddEntity</c> of a new small entity (about the size of an incident's index row).</summary>
    public async Task<bool> InsertAsync(int index, CancellationToken cancellationToken)
    {
        int number = Interlocked.Increment(ref _inserted) - 1;
        var entity = new TableEntity(Partition, RowKey(number))
        {
            ["Title"] = "Bench incident " + index.ToString(CultureInfo.InvariantCulture),
            ["Service"] = "email",
            ["State"] = "New",
            ["Priority"] = 3,
        };
        try
        {
            Response response = await _table.AddEntityAsync(entity, cancellationToken);
            return !response.IsError;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    /// <summary>One <c>GetEntity</c> by partition and row key of an entity <see cref="InsertAsync"/> wrote.</summary>
    public async Task<bool> ReadAsync(int index, CancellationToken cancellationToken)
    {
        int inserted = Volatile.Read(ref _inserted);
        if (inserted == 0)
        {
            return false;
        }

        try
        {
            Response<TableEntity> response =
                await _table.GetEntityAsync<TableEntity>(Partition, RowKey(index % inserted), cancellationToken: cancellationToken);
            return response.HasValue;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    private static string RowKey(int number) => number.ToString("D7", CultureInfo.InvariantCulture);
}
