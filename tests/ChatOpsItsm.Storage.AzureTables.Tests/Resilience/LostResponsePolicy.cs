using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Resilience;

/// <summary>
/// Once armed, lets the next matching request reach storage and then loses its answer, as a dropped connection
/// or a gateway timeout would: the write is applied, the caller sees a transient 503 and retries.
/// </summary>
internal sealed class LostResponsePolicy : HttpPipelinePolicy
{
    private readonly Func<HttpMessage, bool> _matches;
    private int _armed;

    public LostResponsePolicy(Func<HttpMessage, bool> matches)
    {
        _matches = matches;
    }

    /// <summary>Matches entity-group transactions (<c>POST …/$batch</c>).</summary>
    public static LostResponsePolicy ForTransactions() =>
        new(message => message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal));

    public int Lost { get; private set; }

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        LoseIfArmed(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        LoseIfArmed(message);
    }

    private void LoseIfArmed(HttpMessage message)
    {
        if (message.Response.Status < 300 && _matches(message) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Lost++;
            throw new RequestFailedException(503, "Simulated: the response was lost on the way back.");
        }
    }
}
