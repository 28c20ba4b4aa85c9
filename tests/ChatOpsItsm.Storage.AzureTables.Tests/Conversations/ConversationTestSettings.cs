using Azure.Core.Pipeline;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

/// <summary>How a <see cref="ConversationTestStorage"/> differs from the defaults: Azurite, fresh tables, a 24-hour window.</summary>
internal sealed record ConversationTestSettings
{
    public TimeSpan InboundWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Another account (a closed port for outage tests); the fixture's Azurite when null.</summary>
    public string? ConnectionString { get; init; }

    public int MaxRetries { get; init; } = 3;

    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Policies added to the table client after the round-trip counter (fault injection).</summary>
    public IReadOnlyList<HttpPipelinePolicy> Policies { get; init; } = [];

    /// <summary>Creates the conversation tables before handing the storage out.</summary>
    public bool Initialize { get; init; } = true;
}
