using Azure.Core;
using Azure.Core.Pipeline;

namespace ChatOpsItsm.Storage.AzureTables.Tests.MajorIncidents;

/// <summary>
/// Once armed, runs <c>between</c> just before the next request with the given method leaves: another instance's
/// write lands between this instance's read and its write, every time, not only when a race happens to hit.
/// </summary>
internal sealed class InterleavePolicy : HttpPipelinePolicy
{
    private readonly RequestMethod _method;
    private Func<Task>? _between;

    public InterleavePolicy(RequestMethod method)
    {
        _method = method;
    }

    public void Arm(Func<Task> between) => Interlocked.Exchange(ref _between, between);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The stores only make asynchronous calls.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Method == _method && Interlocked.Exchange(ref _between, null) is { } between)
        {
            await between();
        }

        await ProcessNextAsync(message, pipeline);
    }
}
