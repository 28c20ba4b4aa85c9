using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Health;

/// <summary>
/// Tells the health endpoint whether storage is reachable and the tickets table exists, with one cheap request:
/// a point read of a row that is never written.
/// </summary>
public sealed class StorageProbe
{
    private const string ProbeKey = "probe";
    private const string TableNotFound = "TableNotFound";

    private readonly StorageTables _tables;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    internal StorageProbe(StorageTables tables, StorageResiliencePipeline pipeline, ILogger<StorageProbe> logger)
    {
        _tables = tables;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>Never throws for an outage: an unreachable storage is an unhealthy result.</summary>
    public async Task<StorageProbeResult> CheckAsync(CancellationToken cancellationToken)
    {
        TableClient table = _tables.Tickets;
        try
        {
            NullableResponse<TableEntity> response = await _pipeline.ExecuteAsync(
                async token => await table.GetEntityIfExistsAsync<TableEntity>(ProbeKey, ProbeKey, [ProbeKey], token),
                cancellationToken);
            if (!response.HasValue && response.GetRawResponse().Headers.TryGetValue("x-ms-error-code", out string? code) && code == TableNotFound)
            {
                return Unhealthy($"Azure Table Storage answers, but the table {table.Name} does not exist yet.");
            }

            return new StorageProbeResult(true, "Azure Table Storage answers.");
        }
        catch (StorageUnavailableException)
        {
            return Unhealthy(StorageResiliencePipeline.UnavailableMessage);
        }
        catch (RequestFailedException exception)
        {
            return Unhealthy($"Azure Table Storage refused the probe (status {exception.Status}).");
        }
    }

    private StorageProbeResult Unhealthy(string description)
    {
        _logger.ProbeFailed(description);
        return new StorageProbeResult(false, description);
    }
}
