using Azure.Core;
using Azure.Core.Pipeline;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>
/// The terms every storage client of the process is created on (tables and queues alike): the SDK's own retries
/// off, because every call goes through <c>StorageResiliencePipeline</c>, the one place that decides what to retry;
/// every request counted on the round-trip meter; a connection string that cannot be parsed refused without
/// echoing it (it may hold the account key).
/// </summary>
internal static class StorageClientFactory
{
    /// <param name="options">The validated <c>Storage</c> section.</param>
    /// <param name="metrics">Counts every HTTP request sent.</param>
    /// <param name="clientOptions">A new options object of the SDK client, to be set up here.</param>
    /// <param name="construct">The SDK client's constructor from a connection string and its options.</param>
    /// <param name="extraPolicies">Policies added after the round-trip counter, per retry (tests inject faults here).</param>
    /// <exception cref="InvalidOperationException">The connection string cannot be parsed.</exception>
    public static TClient Create<TClientOptions, TClient>(
        TableStorageOptions options,
        StorageMetrics metrics,
        TClientOptions clientOptions,
        Func<string, TClientOptions, TClient> construct,
        IEnumerable<HttpPipelinePolicy> extraPolicies)
        where TClientOptions : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(clientOptions);
        ArgumentNullException.ThrowIfNull(construct);
        ArgumentNullException.ThrowIfNull(extraPolicies);
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Retry.NetworkTimeout = options.OperationTimeout;
        clientOptions.AddPolicy(new StorageRoundTripPolicy(metrics), HttpPipelinePosition.PerRetry);
        foreach (HttpPipelinePolicy policy in extraPolicies)
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        try
        {
            return construct(options.ConnectionString, clientOptions);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"{TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ConnectionString)} is not a valid storage connection string.");
        }
    }
}
