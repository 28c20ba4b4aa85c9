using Azure.Core.Pipeline;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Configuration;

namespace ChatOpsItsm.Storage.AzureTables.Tests;

/// <summary>How a <see cref="TestStorage"/> differs from the defaults: Azurite, a fresh table prefix and queue, the system clock.</summary>
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

    /// <summary>Policies added to the queue client after the round-trip counter (a queue outage).</summary>
    public IReadOnlyList<HttpPipelinePolicy> QueuePolicies { get; init; } = [];

    /// <summary>A queue to share with another <see cref="TestStorage"/>; a fresh one when null.</summary>
    public string? QueueName { get; init; }

    /// <summary>Changes to the <c>Delivery</c> defaults (the queue name is set before this runs).</summary>
    public Action<DeliveryOptions>? Delivery { get; init; }

    /// <summary>The engine's handler the delivery pump calls; the pump cannot be resolved without one.</summary>
    public IDeliveryHandler? Handler { get; init; }

    /// <summary>Creates the tables before handing the storage out.</summary>
    public bool Initialize { get; init; } = true;
}
