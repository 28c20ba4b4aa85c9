using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>
/// Creates the one <see cref="QueueServiceClient"/> of the process, on the same account and the same terms as the
/// table client (<see cref="StorageClientFactory"/>); <c>UseDevelopmentStorage=true</c> means Azurite's queues on
/// 127.0.0.1:10001.
/// </summary>
internal static class QueueServiceClientFactory
{
    /// <exception cref="InvalidOperationException">The connection string cannot be parsed.</exception>
    public static QueueServiceClient Create(
        TableStorageOptions options, StorageMetrics metrics, params IEnumerable<HttpPipelinePolicy> extraPolicies) =>
        StorageClientFactory.Create<QueueClientOptions, QueueServiceClient>(
            options, metrics, new QueueClientOptions(), (connectionString, clientOptions) => new QueueServiceClient(connectionString, clientOptions), extraPolicies);
}
