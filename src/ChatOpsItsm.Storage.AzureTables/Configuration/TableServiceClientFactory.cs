using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>Creates the one <see cref="TableServiceClient"/> of the process, on the terms of <see cref="StorageClientFactory"/>.</summary>
internal static class TableServiceClientFactory
{
    /// <exception cref="InvalidOperationException">The connection string cannot be parsed.</exception>
    public static TableServiceClient Create(
        TableStorageOptions options, StorageMetrics metrics, params IEnumerable<HttpPipelinePolicy> extraPolicies) =>
        StorageClientFactory.Create<TableClientOptions, TableServiceClient>(
            options, metrics, new TableClientOptions(), (connectionString, clientOptions) => new TableServiceClient(connectionString, clientOptions), extraPolicies);
}
