using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>Once armed, the next request fails before it leaves, as a refused connection does (status 0); later ones pass.</summary>
internal sealed class RefuseNextRequestPolicy : HttpPipelinePolicy
{
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        RefuseIfArmed();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        RefuseIfArmed();
        return ProcessNextAsync(message, pipeline);
    }

    private void RefuseIfArmed()
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            throw new RequestFailedException(0, "Simulated: connection refused.");
        }
    }
}
