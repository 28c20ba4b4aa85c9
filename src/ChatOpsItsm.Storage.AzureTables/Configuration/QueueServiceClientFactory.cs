using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>
/// Creates the one <see cref="QueueServiceClient"/> of the process, on the same account and the same terms as the
/// table client: the SDK's own retries are off (calls go through <c>StorageResiliencePipeline</c>) and every request
/// counts on the round-trip meter.
/// </summary>
internal static class QueueServiceClientFactory
{
    /// <param name="options">The validated <c>Storage</c> section; its connection string names the queue endpoint
    /// too (<c>UseDevelopmentStorage=true</c>: Azurite's queues on 127.0.0.1:10001).</param>
    /// <param name="metrics">Counts every HTTP request sent.</param>
    /// <param name="extraPolicies">Policies added after the round-trip counter, per retry (tests inject faults here).</param>
    /// <exception cref="InvalidOperationException">The connection string cannot be parsed.</exception>
    public static QueueServiceClient Create(
        TableStorageOptions options, StorageMetrics metrics, params IEnumerable<HttpPipelinePolicy> extraPolicies)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(extraPolicies);
        QueueClientOptions clientOptions = new();
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Retry.NetworkTimeout = options.OperationTimeout;
        clientOptions.AddPolicy(new StorageRoundTripPolicy(metrics), HttpPipelinePosition.PerRetry);
        foreach (HttpPipelinePolicy policy in extraPolicies)
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        try
        {
            return new QueueServiceClient(options.ConnectionString, clientOptions);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            // The parser's message may quote the string, and the string may hold the account key: drop it.
            throw new InvalidOperationException(
                $"{TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ConnectionString)} is not a valid storage connection string.");
        }
    }
}
