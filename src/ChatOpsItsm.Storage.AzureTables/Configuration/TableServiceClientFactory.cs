using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>
/// Creates the one <see cref="TableServiceClient"/> of the process. The SDK's own retries are off: every call
/// goes through <c>StorageResiliencePipeline</c> instead, so there is one place that decides what to retry.
/// </summary>
internal static class TableServiceClientFactory
{
    /// <param name="options">The validated <c>Storage</c> section.</param>
    /// <param name="metrics">Counts every HTTP request sent.</param>
    /// <param name="extraPolicies">Policies added after the round-trip counter, per retry (tests inject faults here).</param>
    /// <exception cref="InvalidOperationException">The connection string cannot be parsed.</exception>
    public static TableServiceClient Create(
        TableStorageOptions options, StorageMetrics metrics, params IEnumerable<HttpPipelinePolicy> extraPolicies)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(extraPolicies);
        TableClientOptions clientOptions = new();
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Retry.NetworkTimeout = options.OperationTimeout;
        clientOptions.AddPolicy(new StorageRoundTripPolicy(metrics), HttpPipelinePosition.PerRetry);
        foreach (HttpPipelinePolicy policy in extraPolicies)
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        try
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            // The parser's message may quote the string, and the string may hold the account key: drop it.
            throw new InvalidOperationException(
                $"{TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ConnectionString)} is not a valid storage connection string.");
        }
    }
}
