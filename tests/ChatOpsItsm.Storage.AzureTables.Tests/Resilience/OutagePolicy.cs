using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Resilience;

/// <summary>While <see cref="IsDown"/>, every request fails before it leaves, as a refused connection does (status 0).</summary>
internal sealed class OutagePolicy : HttpPipelinePolicy
{
    private volatile bool _isDown;

    public bool IsDown
    {
        get => _isDown;
        set => _isDown = value;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfDown();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfDown();
        return ProcessNextAsync(message, pipeline);
    }

    private void ThrowIfDown()
    {
        if (_isDown)
        {
            throw new RequestFailedException(0, "Simulated outage: connection refused.");
        }
    }
}
