using Azure.Core.Pipeline;

namespace ChatOpsItsm.Storage.AzureTables.Tests;

/// <summary>How a <see cref="TestStorage"/> differs from the defaults: Azurite, a fresh table prefix, the system clock.</summary>
internal sealed record TestStorageSettings
{
    /// <summary>A table prefix to share with another <see cref="TestStorage"/>; a fresh one when null.</summary>
    public string? TablePrefix { get; init; }

    /// <summary>Another account (a closed port for outage tests); the fixture's Azurite when null.</summary>
    public string? ConnectionString { get; init; }

    public TimeProvider? TimeProvider { get; init; }

    public int MaxRetries { get; init; } = 3;

    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Policies added to the table client after the round-trip counter (fault injection).</summary>
    public IReadOnlyList<HttpPipelinePolicy> Policies { get; init; } = [];

    /// <summary>Creates the tables before handing the storage out.</summary>
    public bool Initialize { get; init; } = true;
}
